#include "engine/import/jobrun.h"

#include "engine/import/catchup.h"
#include "engine/import/runmessages.h"
#include "engine/import/dryrun.h"
#include "engine/planning/durationmodel.h"

#include <QtCore/QCoreApplication>

#include <vector>

using namespace Qt::StringLiterals;

namespace Engine {

namespace {

// `count` cheap authenticated reads one after another, for the duration model's answer time.
// False when one fails (no point in more).
QCoro::Task<bool> probeAnswerTime(Api::WorkOsClient *client, int count)
{
    for (int i = 0; i < count; ++i) {
        const Api::Result<void> ok = co_await client->verifyKey();
        if (!ok.ok())
            co_return false;
    }
    co_return true;
}

// The dry run's second half: what the import would do with each valid row (DryRun), as the
// result's counters. A job-level failure sets result->blocker (and ctx's fatal error).
QCoro::Task<void> dryRunRows(QPointer<JobRunner> self, JobRunner::Run *run, Api::WorkOsClient *client,
                             RunContext *ctx, Model::Schema schema, JobSettings settings,
                             Model::ValidationSummary planned, JobResult *result, std::function<void(QString)> say)
{
    say(QCoreApplication::translate("Engine::JobRunner", "Looking up the file's users in WorkOS (reads only)."));
    DryRun dry(client, &ctx->orgs, &ctx->network, &run->stop);
    dry.setUpdateExisting(settings.updateExisting || !settings.catchUpOf.isEmpty());
    dry.setSource(settings.source);
    const DryRunResult d = co_await dry.run(settings.csvPath, schema, std::min(8, settings.concurrency));
    if (!self)
        co_return;
    result->state = Store::JobState::Failed; // a dry run that could not end (never stored)
    if (d.fatalError) {
        ctx->setFatal(*d.fatalError);
        result->blocker = blockerFor(*d.fatalError);
        if (result->blocker == Blocker::None)
            result->blocker = Blocker::ServerUnreachable;
        co_return;
    }
    if (!d.error.isEmpty()) {
        result->message = d.error;
        co_return;
    }
    if (run->cancelled || run->paused) {
        result->message = QCoreApplication::translate("Engine::JobRunner", "Stopped before the dry run ended.");
        co_return;
    }
    result->state = Store::JobState::Planned;
    Store::JobCounters &c = result->counters;
    c.totalRows = planned.rows;
    c.valid = planned.valid;
    c.invalid = planned.invalid;
    c.duplicatesSkipped = planned.duplicates;
    c.created = d.usersToCreate;
    c.existed = d.usersExisting;
    c.membershipsAdded = d.membershipsToAdd;
    c.membershipExisted = d.membershipsExisting;
    c.failed = d.rowsFailing;
    c.updated = d.usersToUpdate;
    result->usersToUpdate = d.usersToUpdate;
    result->usersUnchanged = d.usersUnchanged;
    result->earlierUsersMissing = d.earlierUsersMissing;
    result->earlierUsersMissingSample = d.earlierUsersMissingSample;
    if (!settings.catchUpOf.isEmpty() && run->store) {
        // Found, not kept: a dry run writes nothing, to WorkOS or to the job store.
        const QList<Store::MissingUser> missing = missingEarlierUsers(*run->store, settings);
        result->earlierUsersMissing = missing.size();
        result->earlierUsersMissingSample = missingSample(missing);
    }
    result->dryRun = true;
    result->writesNeeded = d.usersToCreate + d.membershipsToAdd + result->orgsToCreate;
    result->message = QCoreApplication::translate("Engine::JobRunner", "Dry run: nothing was written to WorkOS. The import would create %1 users (%2 already exist), "
                      "add %3 memberships (%4 already there) and create %5 organizations; %6 rows would fail and "
                      "%7 are invalid.")
                          .arg(d.usersToCreate).arg(d.usersExisting).arg(d.membershipsToAdd).arg(d.membershipsExisting)
                          .arg(result->orgsToCreate).arg(d.rowsFailing).arg(planned.invalid);
    if (!d.failures.isEmpty())
        result->message += u" Rows that would fail: %1%2."_s.arg(d.failures.join(u"; "_s),
                                                                d.rowsFailing > d.failures.size() ? u"; ..."_s : QString());
}

} // namespace

QCoro::Task<void> finishDryRun(QPointer<JobRunner> self, JobRunner::Run *run, Api::WorkOsClient *client,
                               RunContext *ctx, Model::Schema schema, JobSettings settings,
                               Model::ValidationSummary planned, qint64 organizationCount, JobResult *resultOut,
                               std::function<void(QString)> say, std::function<void(JobResult)> finish)
{
    JobResult &result = *resultOut;
    co_await dryRunRows(self, run, client, ctx, schema, settings, planned, &result, say);
    if (!self)
        co_return;
    if (result.blocker != Blocker::None)
        result.message = dryRunStoppedMessage(*ctx->fatalError());
    if (result.blocker == Blocker::None && result.state == Store::JobState::Planned) {
        // How long the import would take, at the answer time seen here.
        DurationInput in = DurationModel::inputFor(run->duration.rows, run->duration.distinctUsers,
                                                   run->duration.memberships, settings);
        in.existingUsers = result.counters.existed; // the dry run's per-row prediction
        in.organizationsToRead = organizationCount;
        in.organizationsToCreate = result.orgsToCreate;
        // The answer time: cheap reads (GET /organizations?limit=1) on at most 6 lanes (more
        // would wait for a connection and look slow); 96 when it decides the duration
        // (answer times have a tail: the mean needs about a hundred samples).
        const Api::ClientStats::Snapshot before = ctx->clientConfig.stats->snapshot();
        for (const int wanted : {16, 96}) {
            if (wanted > 16) {
                const DurationEstimate guess = DurationModel::estimate(in);
                if (guess.latencyBoundSeconds < 0.5 * guess.rateBoundSeconds)
                    break; // the rate limit decides; the answer time hardly matters
            }
            const qint64 answered = ctx->clientConfig.stats->snapshot().answers - before.answers;
            std::vector<QCoro::Task<bool>> lanes;
            const int perLane = int((wanted - answered + 5) / 6);
            for (int lane = 0; lane < 6; ++lane)
                lanes.push_back(probeAnswerTime(client, perLane));
            bool reached = true;
            for (auto &l : lanes)
                reached = (co_await l) && reached;
            if (!self)
                co_return;
            const Api::ClientStats::Snapshot after = ctx->clientConfig.stats->snapshot();
            if (after.answers > before.answers) {
                in.latencySeconds = double(after.answerMicros - before.answerMicros) / 1e6
                    / double(after.answers - before.answers);
                in.latencyObserved = true;
            }
            if (!reached)
                break;
        }
        result.estimate = DurationModel::estimate(in);
    }
    result.elapsedMs = run->clock.elapsed();
    finish(result);
    co_return;
}

} // namespace Engine
