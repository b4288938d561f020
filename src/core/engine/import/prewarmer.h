#pragma once
// PreWarmer: before any worker starts, resolves every distinct organization of the job once:
// by WorkOS id (org_id), or by external id (org_external_id), creating it from external id +
// name when it does not exist. Results go to the OrgDirectory and the job store, so that no two
// workers ever race to create the same organization and a resumed job does not ask again.
// A dry run only reads: organizations that would be created are reported, not created.
//
// Runs as a coroutine in the engine thread with that thread's client; a few organizations
// are resolved at once (`concurrency`).

#include "api/workosclient.h"
#include "engine/import/networkgate.h"
#include "engine/import/orgdirectory.h"
#include "model/orgref.h"
#include "store/intentstore.h"

#include <QCoro/QCoroTask>

#include <atomic>
#include <functional>

namespace Engine {

struct PrewarmResult {
    qint64 existed = 0;
    qint64 created = 0;
    qint64 wouldCreate = 0; // dry run
    qint64 failed = 0;
    QString firstError;
    // The first few organizations that failed, each as "name (why)".
    QStringList failures;
    static constexpr int MaxFailuresListed = 5;
    // A job-level failure (the key, TLS or proxy refused; WorkOS unreachable past the
    // patience): pre-warming stopped, and the organization that met it was not recorded.
    std::optional<Api::ApiError> fatalError;
};

class PreWarmer
{
public:
    // `gate` (optional) holds the organizations while WorkOS cannot be reached.
    PreWarmer(Api::WorkOsClient *client, OrgDirectory *directory, bool dryRun, const std::atomic_bool *stop,
              NetworkGate *gate = nullptr);

    // Resolves `orgs`; `onResolved(state)` is called for each (to save it and report progress).
    QCoro::Task<PrewarmResult> run(QList<Model::OrgRef> orgs, int concurrency,
                                   std::function<void(const OrgState &)> onResolved);

    // Resolves one organization.
    QCoro::Task<OrgState> resolve(Model::OrgRef org);

    // What names the job in the Idempotency-Key of each create (Store::idempotencyScope).
    QString jobId;
    // Records an organization create's intent before it is sent; answers the intent's time
    // (an earlier run's when there was one), nullopt when the store refused (the organization
    // is then left unresolved and pre-warming stops). Unset: nothing recorded.
    std::function<std::optional<QDateTime>(const Store::CreateIntent &)> recordIntent;
    // The time of an earlier run's intent for an organization key (no intent: nullopt). An
    // organization found by external id that was created after it is this job's (a create
    // whose answer a killed run lost), not one that existed.
    std::function<std::optional<QDateTime>(const QString &orgKey)> intentTime;

private:
    QCoro::Task<void> lane(QList<Model::OrgRef> *queue, PrewarmResult *result,
                           std::function<void(const OrgState &)> *onResolved);

    Api::WorkOsClient *m_client;
    OrgDirectory *m_directory;
    bool m_dryRun;
    const std::atomic_bool *m_stop;
    NetworkGate *m_gate;
};

} // namespace Engine
