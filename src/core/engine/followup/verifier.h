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
// Ownership and threads: the caller owns it; it lives in a thread with an event loop (the
// CLI's main thread or the GUI's engine thread, never the GUI thread: it reads the CSV file and
// the store). start() returns at once; progress() and finished() come from that thread.
// cancel() is thread-safe. The API key is kept in memory only.

#include "engine/followup/followup.h"

#include <QtCore/QObject>

#include <atomic>
#include <memory>

namespace Engine {

class Verifier : public QObject
{
    Q_OBJECT
public:
    Verifier(QString storePath, Api::ApiKey apiKey, QObject *parent = nullptr);
    ~Verifier() override;

    // Starts; finished() follows exactly once.
    void start(FollowUpRequest request);
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progress(const Engine::FollowUpProgress &progress);
    void message(const QString &text);
    void finished(const Engine::FollowUpResult &result);

private:
    QString m_storePath;
    Api::ApiKey m_apiKey;
    bool m_running = false;
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
};

} // namespace Engine
