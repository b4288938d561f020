#pragma once
// Undoer: takes back exactly what one import job created, and nothing else. In this order:
// the memberships the job added (outcome membership_added), then the users it created
// (user_result created), then the organizations it created (org map: created). Users that
// already existed, memberships that were already there and organizations that were found are
// never touched. A user or organization the job created that has since gained memberships the
// job did not make is kept and reported (deleting it would delete those memberships too). A
// row whose WorkOS ids the store lacks is refused (reported, nothing sent).
//
// Exactly-once and resumable: the first run stores the whole plan (one action per object) in
// the job store in one transaction (Store::FollowUpStore). Every action's intent ("deleting",
// with the object's id) is recorded before its DELETE is sent, and its result after. A killed
// undo is continued by running it again: actions still pending or deleting are sent again,
// and a 404 on an object we recorded as ours and being deleted counts as deleted (ids are never
// reused, so a repeated DELETE can only hit the same object). Deletes pass the job's shared
// Api::RateLimiter (memberships and users: user-management writes; organizations: the general
// family) and run a few at a time.
//
// Holds the job's lock file (JobRunner::lockPath) while it runs: an import of the same job
// cannot run at the same time. A job that was still resumable is marked cancelled once undone,
// so that it is never resumed over the undo; its file can be imported again as a new job.
//
// Ownership and threads: as FollowUpWorker (a thread with an event loop, never the GUI thread).

#include "engine/followup/followupworker.h"

namespace Engine {

// What an undo would delete, for the confirmation (the wizard's dialog, the CLI's refusal).
struct UndoPreview {
    bool ok = false;
    QString error;
    qint64 memberships = 0;   // memberships the job added
    qint64 users = 0;         // users the job created
    qint64 organizations = 0; // organizations the job created
    qint64 updates = 0;       // users the job updated: their fields are put back (never deleted)
    qint64 refused = 0;       // objects whose ids the store lacks
    QString apiHost;          // the environment's API host
    QUrl apiUrl;              // the job's API address (undo goes there unless told otherwise)
    QString environment;      // "production", "staging", "rehearsal"; empty for jobs of earlier versions
    bool alreadyUndone = false;
    bool started = false;     // an undo has started: the job is closed to import
};

// start(), cancel(), isRunning() and the signals: FollowUpWorker.
class Undoer : public FollowUpWorker
{
    Q_OBJECT
public:
    Undoer(QString storePath, Api::ApiKey apiKey, QObject *parent = nullptr);
    ~Undoer() override;

    // Counts from the job store only; no request. Blocks on the store: not on the GUI thread.
    static UndoPreview preview(const QString &storePath, const QString &jobId);

    // Deletes in flight at once (per phase): one read and one write per object at ~100 ms each
    // is ~5 objects/s per lane, so 16 lanes outrun the 50 writes/s budget and the limiter sets the pace.
    static constexpr int Lanes = 16;

    // cancel() stops sending; deletes in flight finish or are replayed on the next run.

protected:
    QString alreadyRunning() const override;
    QCoro::Task<void> launch(FollowUpRun run) override;
};

} // namespace Engine
