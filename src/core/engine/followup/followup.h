#pragma once
// What the Verifier and the Undoer share: how they are asked (FollowUpRequest), how they report
// progress (FollowUpProgress) and their result (FollowUpResult), plus the checks both make
// before reading WorkOS (the job's CSV file is unchanged) and the client configuration they
// use (the job's API address and rate budget, with the one shared RateLimiter). Where a job
// writes (jobenvironment.h) and whether an undo closed it to import (importclosure.h) are
// shared with the import and live beside both.
//
// Value types and free functions; any thread.

#include "api/workosclient.h"
#include "engine/importclosure.h"
#include "engine/jobenvironment.h"
#include "store/jobrecords.h"

#include <QtCore/QMetaType>
#include <QtCore/QString>
#include <QtCore/QUrl>

namespace Engine {

struct FollowUpRequest {
    QString jobId;
    QUrl apiUrl;        // empty: the job's own API address
    QString reportPath; // empty: no report file (.csv, .json or .jsonl otherwise)
};

struct FollowUpProgress {
    QString jobId;
    QString step;     // plain words: "Reading users", "Deleting memberships", ...
    qint64 done = 0;  // of `total` in this step
    qint64 total = 0; // 0 when unknown
    qint64 requests = 0;
};

struct FollowUpResult {
    QString jobId;
    bool completed = false; // ran to the end (mismatches or failed deletions may still be there)
    bool cancelled = false; // stopped by cancel(): run it again to continue
    bool refused = false;   // refused before anything was sent or deleted (wrong place, nothing of the job there)
    qint64 checked = 0;     // verify: rows checked; undo: objects in the plan
    qint64 problems = 0;    // verify: mismatches; undo: objects kept, refused or failed
    qint64 deleted = 0;     // undo: objects deleted (or already gone)
    qint64 restored = 0;    // undo: users the import updated whose fields are as before again
    qint64 requests = 0;
    qint64 elapsedMs = 0;
    QString message;        // plain words: the summary, or why it stopped
    QString reportPath;     // written when asked and completed
    qint64 reportRows = 0;
    // verify: the job itself has not finished (interrupted, paused, failed, ...): only the rows
    // it imported so far were checked, of `jobRows` in its file.
    bool jobUnfinished = false;
    qint64 jobRows = 0;
};

// Plain words when the job's CSV file is missing or changed since the job was planned (by
// size, then SHA-256); empty when it is the same file.
QString csvChangedProblem(const Store::JobRecord &job);

// Plain words when undo (or verify) would run against another place than the one the job
// wrote to: another API address (a local sandbox may come back on another port), or a key of
// another kind of environment (a live key for a staging job, or the reverse). Says how to
// proceed. Empty when they match (or the job predates the record).
QString environmentMismatch(const Store::JobRecord &job, const QString &key, const QUrl &apiUrl);

// The client configuration for a follow-up of `job`: its API address (or `apiUrl` when set),
// its rate budget in a new RateLimiter, shared counters, the cancellation flag.
Api::ClientConfig followUpClientConfig(const Store::JobRecord &job, const Api::ApiKey &key, const QUrl &apiUrl,
                                       std::shared_ptr<const std::atomic_bool> cancelFlag);

} // namespace Engine

Q_DECLARE_METATYPE(Engine::FollowUpProgress)
Q_DECLARE_METATYPE(Engine::FollowUpResult)
