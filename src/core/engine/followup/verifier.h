#pragma once
// Verifier: checks, with reads only, that WorkOS holds what a finished import put there. For
// every row the job imported (outcome created, existed, membership added or already there):
// the user exists with that email; for users the job created, first_name, last_name,
// external_id, email_verified and metadata are what the row says; the row's membership exists
// in the right organization with the row's role (when the job added it); organizations the job
// created exist with their name and external id.
//
// Cost: it reads lists, 100 objects per request, never one request per row: every organization
// (newest first, until the job's are found), the memberships of each organization the job
// used, and users newest first until the job's users are found (a user not among them is then
// looked up by email, one read each). Every request passes one shared Api::RateLimiter with the
// job's budget (WorkOS: 1,000 user-management reads per 10 s). docs/PERFORMANCE.md has the
// figures.
//
// The result: mismatches (one per row and problem, with the row's line, what was expected and
// what WorkOS holds) recorded in the job store (Store::FollowUpStore), written as a report in
// the error report's formats when asked, and the job's verify record (state, time, counts).
// A verify is resumable like an import: every page it reads is recorded in the job store
// together with the cursor past it (Store::VerifyRead), so a verify that is stopped or killed
// continues where it was when it runs again, without reading those pages again, and ends with
// the same report as a run that was never interrupted. A job imported again or undone after
// the stopped verify started makes the next one start afresh.
//
// Ownership and threads: as FollowUpWorker (a thread with an event loop, never the GUI thread:
// it reads the CSV file and the store).

#include "engine/followup/followupworker.h"

namespace Engine {

// start(), cancel(), isRunning() and the signals: FollowUpWorker.
class Verifier : public FollowUpWorker
{
    Q_OBJECT
public:
    Verifier(QString storePath, Api::ApiKey apiKey, QObject *parent = nullptr);
    ~Verifier() override;

protected:
    QString alreadyRunning() const override;
    QCoro::Task<void> launch(FollowUpRun run) override;
};

} // namespace Engine
