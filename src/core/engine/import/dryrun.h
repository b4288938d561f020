#pragma once
// DryRun: what the real import of a planned file would do, found with reads only, after the
// organizations were resolved (reads only too). Every valid row is classified like the
// import would: its organization unresolved (the row would fail, with why), its user new
// (would be created) or already in WorkOS (found by email), its membership new or already
// there (the memberships of users that exist are listed). Nothing is written anywhere: not
// to WorkOS, not to the job store.
//
// Reads go through the run's client and so through its RateLimiter (WorkOS's read budget:
// one GET per distinct email, one per existing user with organizations). WorkOS cannot list
// users by several emails at once, so a file of N distinct emails costs N reads: about N/100
// seconds at WorkOS's limit. A job-level failure (key refused, WorkOS unreachable) stops it.
//
// With updateExisting, the user WorkOS holds (the same read) is compared with the person's
// first row: usersExisting splits into usersToUpdate and usersUnchanged, at no extra request.
//
// Runs as a coroutine in the engine thread, a few lookups at a time.

#include "api/workosclient.h"
#include "engine/import/networkgate.h"
#include "engine/import/orgdirectory.h"
#include "model/schema.h"
#include "source/sourceoptions.h"

#include <QCoro/QCoroTask>

#include <atomic>
#include <optional>

namespace Engine {

struct DryRunResult {
    qint64 usersToCreate = 0;       // distinct emails WorkOS does not have
    qint64 usersExisting = 0;       // distinct emails WorkOS has
    // With JobSettings::updateExisting (and so in a catch-up), usersExisting splits into
    // these two: WorkOS's user differs from the row in a field the update sends, or not.
    qint64 usersToUpdate = 0;
    qint64 usersUnchanged = 0;
    // A catch-up only: users the earlier job imported that this file no longer has (listed,
    // never deleted), and the first few of their emails.
    qint64 earlierUsersMissing = 0;
    QStringList earlierUsersMissingSample;
    qint64 membershipsToAdd = 0;
    qint64 membershipsExisting = 0;
    qint64 rowsFailing = 0;         // valid rows that would fail (unresolved organization)
    QStringList failures;           // the first few: "line N: why"
    std::optional<Api::ApiError> fatalError; // job-level: stopped
    QString error;                  // the file could not be read
};

class DryRun
{
public:
    DryRun(Api::WorkOsClient *client, const OrgDirectory *orgs, NetworkGate *gate, const std::atomic_bool *stop);

    QCoro::Task<DryRunResult> run(QString csvPath, Model::Schema schema, int concurrency);
    // How the file is read (our CSV or a provider's export); before run().
    void setSource(const Source::Options &source) { m_source = source; }
    // JobSettings::updateExisting: compare each existing user with its first row (Engine::diffUser)
    // and count it as to update or unchanged; before run().
    void setUpdateExisting(bool on) { m_updateExisting = on; }

    static constexpr int MaxFailuresListed = 5;

private:
    struct Person; // one distinct email of the file
    QCoro::Task<void> lookupLane(QList<Person *> *queue, DryRunResult *result);

    Api::WorkOsClient *m_client;
    const OrgDirectory *m_orgs;
    NetworkGate *m_gate;
    const std::atomic_bool *m_stop;
    Source::Options m_source;
    bool m_updateExisting = false;
};

} // namespace Engine
