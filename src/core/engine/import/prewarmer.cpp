#include "prewarmer.h"

#include <vector>

using namespace Qt::StringLiterals;
using Api::ApiError;

namespace Engine {

PreWarmer::PreWarmer(Api::WorkOsClient *client, OrgDirectory *directory, bool dryRun, const std::atomic_bool *stop,
                     NetworkGate *gate)
    : m_client(client), m_directory(directory), m_dryRun(dryRun), m_stop(stop), m_gate(gate)
{
}

static OrgState failedState(const Model::OrgRef &org, const ApiError &error)
{
    OrgState s;
    s.entry.key = org.key();
    s.entry.name = org.name;
    s.entry.resolution = Store::OrgResolution::Failed;
    s.entry.error = error.userMessage();
    s.retryable = error.retryable();
    s.error = error;
    return s;
}

static OrgState foundState(const Model::OrgRef &org, const Api::Organization &found, Store::OrgResolution how)
{
    OrgState s;
    s.entry.key = org.key();
    s.entry.organizationId = found.id;
    s.entry.name = found.name;
    s.entry.resolution = how;
    return s;
}

QCoro::Task<OrgState> PreWarmer::resolve(Model::OrgRef org)
{
    if (!org.id.isEmpty()) {
        const Api::Result<Api::Organization> got = co_await m_client->getOrganization(org.id);
        if (got.ok())
            co_return foundState(org, got.value(), Store::OrgResolution::Existed);
        OrgState s = failedState(org, got.error());
        if (got.hasError(ApiError::Kind::NotFound))
            s.entry.error = u"WorkOS has no organization with the id %1. Check org_id in the CSV."_s.arg(org.id);
        co_return s;
    }
    const Api::Result<Api::Organization> got = co_await m_client->getOrganizationByExternalId(org.externalId);
    if (got.ok()) {
        // Created after this job's intent to create it: a create whose answer a killed run lost.
        const std::optional<QDateTime> intended = intentTime ? intentTime(org.key()) : std::nullopt;
        const bool ours = intended && Store::createdAfterIntent(got.value().createdAt, *intended);
        co_return foundState(org, got.value(), ours ? Store::OrgResolution::Created : Store::OrgResolution::Existed);
    }
    if (!got.hasError(ApiError::Kind::NotFound))
        co_return failedState(org, got.error());
    if (org.name.isEmpty()) {
        OrgState s = failedState(org, got.error());
        s.entry.error = u"No organization has the external id \"%1\", and the CSV gives no org_name to create it with."_s
                            .arg(org.externalId);
        s.retryable = false;
        co_return s;
    }
    if (m_dryRun) {
        OrgState s;
        s.entry.key = org.key();
        s.entry.name = org.name;
        s.entry.resolution = Store::OrgResolution::Created; // would be created
        co_return s;
    }
    Store::CreateIntent intent;
    intent.kind = Store::IntentKind::Organization;
    intent.objectKey = org.key();
    intent.externalId = org.externalId;
    intent.idempotencyKey = QString::fromLatin1(Store::idempotencyKeyFor(
        jobId, intent.kind, intent.objectKey, (org.name + u'\n' + org.externalId).toUtf8()));
    if (recordIntent && !recordIntent(intent)) {
        OrgState s = failedState(org, ApiError(ApiError::Kind::Internal, u"the job store refused to record the create"_s));
        s.retryable = true;
        co_return s;
    }
    const Api::Result<Api::Organization> created =
        co_await m_client->createOrganization(org.name, org.externalId, intent.idempotencyKey.toLatin1());
    if (created.ok())
        co_return foundState(org, created.value(), Store::OrgResolution::Created);
    if (created.hasError(ApiError::Kind::ExternalIdTaken)) {
        // Someone else (another run) created it between our read and our create.
        const Api::Result<Api::Organization> again = co_await m_client->getOrganizationByExternalId(org.externalId);
        if (again.ok())
            co_return foundState(org, again.value(), Store::OrgResolution::Existed);
        co_return failedState(org, again.error());
    }
    co_return failedState(org, created.error());
}

QCoro::Task<void> PreWarmer::lane(QList<Model::OrgRef> *queue, PrewarmResult *result,
                                  std::function<void(const OrgState &)> *onResolved)
{
    while (!queue->isEmpty() && !m_stop->load() && !result->fatalError) {
        const Model::OrgRef org = queue->takeFirst();
        if (const auto known = m_directory->find(org.key());
            known && known->entry.resolution != Store::OrgResolution::Failed) {
            ++result->existed; // resolved by an earlier run of this job
            if (*onResolved)
                (*onResolved)(*known);
            continue;
        }
        OrgState state = co_await resolve(org);
        if (state.error && state.error->kind() == ApiError::Kind::Cancelled)
            break; // stopped: resolved again on resume
        if (state.entry.resolution == Store::OrgResolution::Failed && state.error
            && (state.error->blocksAllRequests() || NetworkGate::isUnreachable(*state.error))) {
            // A condition of the whole job, not of this organization: nothing is recorded.
            if (!NetworkGate::isUnreachable(*state.error) || !m_gate) {
                result->fatalError = state.error;
                break;
            }
            const std::optional<ApiError> why = state.error; // named: GCC 12 and co_await temporaries
            const NetworkGate::Verdict v = co_await m_gate->wait(m_client, why, m_stop);
            if (v == NetworkGate::Verdict::Reachable) {
                queue->prepend(org); // resolve it again
                continue;
            }
            if (v != NetworkGate::Verdict::Stopped)
                result->fatalError = m_gate->error();
            break;
        }
        if (m_gate)
            m_gate->noteReachable();
        if (state.entry.resolution == Store::OrgResolution::Failed) {
            ++result->failed;
            if (result->firstError.isEmpty())
                result->firstError = state.entry.error;
            if (result->failures.size() < PrewarmResult::MaxFailuresListed)
                result->failures.append(u"\"%1\" (%2)"_s.arg(org.id.isEmpty() ? org.externalId : org.id,
                                                             state.entry.error));
        } else if (state.entry.resolution == Store::OrgResolution::Created) {
            if (m_dryRun)
                ++result->wouldCreate;
            else
                ++result->created;
        } else {
            ++result->existed;
        }
        if (!m_dryRun || state.entry.resolution != Store::OrgResolution::Created)
            m_directory->put(state);
        if (*onResolved)
            (*onResolved)(state);
    }
}

QCoro::Task<PrewarmResult> PreWarmer::run(QList<Model::OrgRef> orgs, int concurrency,
                                          std::function<void(const OrgState &)> onResolved)
{
    PrewarmResult result;
    std::vector<QCoro::Task<void>> lanes;
    const int n = std::max(1, std::min<int>(concurrency, int(orgs.size())));
    lanes.reserve(size_t(n));
    for (int i = 0; i < n; ++i)
        lanes.push_back(lane(&orgs, &result, &onResolved));
    for (auto &l : lanes)
        co_await l;
    co_return result;
}

} // namespace Engine
