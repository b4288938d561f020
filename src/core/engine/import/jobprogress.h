#pragma once
// JobProgress: a snapshot of a running job for the GUI's run page and the CLI's progress
// line. Made by JobRunner a few times a second and sent by queued signal; a value type.

#include "store/jobrecords.h"

#include <QtCore/QList>
#include <QtCore/QMetaType>
#include <QtCore/QString>

namespace Engine {

enum class Phase { Planning, Prewarming, Importing, Finishing, Done };
QString phaseName(Phase phase);

// A condition of the whole job that stops it (or, for ServerUnreachable while
// retryInSeconds >= 0, holds it while WorkOS is probed again). Never a row's failure: the rows
// it hit have no outcome, and the job, left interrupted, finishes on resume once it is fixed.
enum class Blocker {
    None,
    KeyRefused,        // 401/403: the API key is wrong, revoked or lacks permission
    ServerUnreachable, // no answer from WorkOS: network, DNS, connection refused, timeouts
    TlsOrProxy,        // the secure connection or the configured proxy failed
    FileChanged,       // the CSV file changed since the job was planned
    StoreFailed,       // the job store could not be written
};
QString blockerId(Blocker blocker); // "none", "key_refused", "server_unreachable", ...

struct WorkerActivity {
    QString workerId;
    int chunk = -1;   // chunk index being worked on; -1 when idle
    int inFlight = 0; // rows in flight
};

struct JobProgress {
    QString jobId;
    Phase phase = Phase::Planning;
    Store::JobState state = Store::JobState::Planned;

    // Planning: bytes of the file read so far. Pre-warming: organizations resolved.
    qint64 stepDone = 0;
    qint64 stepTotal = 0;

    qint64 totalRows = 0;
    qint64 rowsToImport = 0; // valid rows that need work in this run
    qint64 rowsDone = 0;     // of rowsToImport
    Store::JobCounters counters;
    qint64 requests = 0;
    double usersPerSecond = 0; // rows finished per second, over the last few seconds
    qint64 etaSeconds = -1;    // -1: unknown (Engine::DurationModel::refine)
    qint64 etaLowSeconds = -1; // the range of the ETA
    qint64 etaHighSeconds = -1;
    // Set while a job-level condition holds the run: ServerUnreachable with retryInSeconds
    // >= 0 means "cannot reach WorkOS, retrying in N s".
    Blocker blocker = Blocker::None;
    int retryInSeconds = -1;
    QList<WorkerActivity> workers;
};

} // namespace Engine

Q_DECLARE_METATYPE(Engine::JobProgress)
