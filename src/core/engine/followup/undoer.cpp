#include "undoer.h"

#include "rolecleanup.h"
#include "updaterestore.h"

#include "engine/import/jobrunner.h"
#include "engine/jobsettings.h"
#include "engine/import/rowimporter.h"
#include "report/errorreport.h"
#include "store/followupstore.h"
#include "store/intentstore.h"
#include "store/jobstore.h"

#include <QCoro/QCoroTask>

#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QLockFile>
#include <QtCore/QPointer>
#include <QtCore/QSet>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace Engine {

namespace {

using Store::UndoAction;
using Store::UndoKind;
using Store::UndoState;

// The plan: one action per object the job created, memberships first, then users, then
// organizations; objects without an id are refused at once.
QList<UndoAction> planUndo(const Store::JobStore &store, const Store::FollowUpStore &followUps, const QString &jobId)
{
    QList<UndoAction> memberships;
    QList<UndoAction> users;
    QList<UndoAction> organizations;
    QSet<QString> pairs;
    QSet<QString> userIds;
    QHash<QString, Store::OrgEntry> orgs;
    for (const Store::OrgEntry &e : store.orgs(jobId))
        orgs.insert(e.key, e);
    const auto refuse = [](UndoAction &a, const QString &what) {
        a.state = UndoState::Refused;
        a.code = u"undo.no_id"_s;
        a.message = u"The job store has no WorkOS id for this %1, so undo cannot tell what to delete; nothing was "
                    "sent. Check it in the WorkOS dashboard."_s.arg(what);
    };
    followUps.forEachOutcome(jobId, [&](const Store::RowOutcome &o) {
        if (o.outcome == Store::Outcome::MembershipAdded) {
            UndoAction a;
            a.kind = UndoKind::Membership;
            a.userId = o.userId;
            a.organizationId = orgs.value(o.orgKey).organizationId;
            a.row = o.row;
            a.line = o.line;
            a.email = o.email;
            a.orgKey = o.orgKey;
            const QString pair = a.userId + u'\n' + a.organizationId;
            if (a.userId.isEmpty() || a.organizationId.isEmpty())
                refuse(a, u"membership"_s);
            else if (pairs.contains(pair))
                return true;
            pairs.insert(pair);
            memberships.append(a);
        }
        if (o.user == Store::UserResult::Created) {
            UndoAction a;
            a.kind = UndoKind::User;
            a.userId = o.userId;
            a.objectId = o.userId;
            a.row = o.row;
            a.line = o.line;
            a.email = o.email;
            if (a.userId.isEmpty())
                refuse(a, u"user"_s);
            else if (userIds.contains(a.userId))
                return true;
            userIds.insert(a.userId);
            users.append(a);
        }
        return true;
    });
    for (const Store::OrgEntry &e : std::as_const(orgs)) {
        if (e.resolution != Store::OrgResolution::Created)
            continue;
        UndoAction a;
        a.kind = UndoKind::Organization;
        a.organizationId = e.organizationId;
        a.objectId = e.organizationId;
        a.orgKey = e.key;
        if (a.organizationId.isEmpty())
            refuse(a, u"organization"_s);
        organizations.append(a);
    }
    QList<UndoAction> plan = memberships + users + organizations;
    for (qsizetype i = 0; i < plan.size(); ++i)
        plan[i].seq = i + 1;
    return plan;
}

// The state one run of an undo shares between its lanes (coroutines deleting in parallel).
struct UndoRun {
    QString jobId;
    Store::FollowUpStore *followUps = nullptr;
    Api::WorkOsClient *client = nullptr;
    QList<UndoAction> *actions = nullptr;
    std::vector<qsizetype> queue; // indices into actions, this phase
    std::size_t next = 0;
    std::shared_ptr<std::atomic_bool> cancel;
    std::optional<Api::ApiError> fatal;
    QString storeError;
    qint64 done = 0;
    std::function<void()> tick;

    bool stopping() const { return fatal || cancel->load() || !storeError.isEmpty(); }
    bool save(const UndoAction &a)
    {
        QString error;
        if (!followUps->updateUndoAction(jobId, a, &error)) {
            storeError = error;
            return false;
        }
        return true;
    }
    // A failed request: Cancelled leaves the action as it is (replayed on the next run); a
    // condition of the whole job stops the run without marking the object.
    void failed(UndoAction &a, const Api::ApiError &error)
    {
        if (error.kind() == Api::ApiError::Kind::Cancelled)
            return;
        if (error.blocksAllRequests()) {
            if (!fatal)
                fatal = error;
            return;
        }
        a.state = UndoState::Failed;
        a.code = outcomeCode(error);
        a.message = error.userMessage();
        a.httpStatus = error.httpStatus();
        a.requestId = error.requestId();
        a.retryable = error.retryable();
        save(a);
    }
};

QString kindWord(UndoKind kind)
{
    switch (kind) {
    case UndoKind::Membership: return u"membership"_s;
    case UndoKind::User: return u"user"_s;
    case UndoKind::Organization: return u"organization"_s;
    }
    return {};
}

// Not there, and never seen there by this undo: no proof that anything was deleted.
void notFound(UndoRun *run, UndoAction &a)
{
    a.state = UndoState::NotFound;
    a.retryable = false;
    a.httpStatus = 404;
    a.code = u"undo.not_found"_s;
    a.message = a.kind == UndoKind::Membership
        ? u"WorkOS holds no membership of user %1 in organization %2 here. Undo deleted nothing for it and cannot "
          "prove it gone: check that this is the environment the job wrote to."_s.arg(a.userId, a.organizationId)
        : u"WorkOS holds no %1 %2 here. Undo deleted nothing for it and cannot prove it gone: check that this is "
          "the environment the job wrote to."_s.arg(kindWord(a.kind), a.objectId);
    run->save(a);
}

QCoro::Task<void> undoOne(UndoRun *run, qsizetype index)
{
    UndoAction &a = (*run->actions)[index];
    Api::WorkOsClient *client = run->client;
    Api::PageRequest few;
    few.limit = 10;

    if (a.state != UndoState::Deleting) {
        // First see the object here (a 404 on its DELETE proves something only for an object
        // this undo saw): the membership by its pair, a user or organization by its id. Then
        // leave a user or organization in place when it has memberships (of any status) this
        // job did not make; ours were deleted first.
        if (a.kind != UndoKind::Membership) {
            std::optional<Api::ApiError> unseen;
            if (a.kind == UndoKind::User) {
                const Api::Result<Api::User> user = co_await client->getUser(a.objectId);
                if (!user)
                    unseen = user.error();
            } else {
                const Api::Result<Api::Organization> organization = co_await client->getOrganization(a.objectId);
                if (!organization)
                    unseen = organization.error();
            }
            if (unseen) {
                if (unseen->kind() == Api::ApiError::Kind::NotFound)
                    notFound(run, a);
                else
                    run->failed(a, *unseen);
                co_return;
            }
        }
        Api::MembershipQuery query;
        query.statuses = Api::MembershipQuery::allStatuses();
        if (a.kind == UndoKind::Membership) {
            query.userId = a.userId;
            query.organizationId = a.organizationId;
        } else if (a.kind == UndoKind::User) {
            query.userId = a.userId;
        } else {
            query.organizationId = a.organizationId;
        }
        const Api::Result<Api::Page<Api::Membership>> answer = co_await client->listMembershipsPage(query, few);
        if (!answer) {
            // A 404 on a list is not proof of anything: the user or organization may be elsewhere.
            if (answer.hasError(Api::ApiError::Kind::NotFound) && a.kind == UndoKind::Membership)
                notFound(run, a);
            else
                run->failed(a, answer.error());
            co_return;
        }
        if (a.kind == UndoKind::Membership) {
            a.objectId.clear();
            for (const Api::Membership &m : answer->items)
                if (m.userId == a.userId && m.organizationId == a.organizationId)
                    a.objectId = m.id;
            if (a.objectId.isEmpty()) {
                notFound(run, a);
                co_return;
            }
        } else if (!answer->items.isEmpty()) {
            QStringList where;
            for (const Api::Membership &m : answer->items) {
                const QString other = a.kind == UndoKind::User ? m.organizationId : m.userId;
                where.append(m.status.isEmpty() || m.status == u"active"_s ? other : u"%1 (%2)"_s.arg(other, m.status));
            }
            const QString more = answer->after.isEmpty() ? QString() : u", …"_s;
            a.state = UndoState::Kept;
            a.retryable = false;
            if (a.kind == UndoKind::User) {
                a.code = u"undo.user_has_other_memberships"_s;
                a.message = u"Kept user %1 (%2): it belongs to organizations this job did not add it to (%3%4), "
                            "counting pending invitations and inactive memberships. Deleting it would remove those "
                            "memberships too. Remove them first if the user should go, then run undo again."_s
                                .arg(a.email, a.userId, where.join(u", "_s), more);
            } else {
                a.code = u"undo.organization_has_other_members"_s;
                a.message = u"Kept organization %1 (%2): it has members this job did not add (%3%4), counting "
                            "pending invitations and inactive memberships. Deleting it would remove them too. "
                            "Remove them first if the organization should go, then run undo again."_s
                                .arg(a.orgKey, a.organizationId, where.join(u", "_s), more);
            }
            run->save(a);
            co_return;
        }
        // Seen here. The intent, before the request: a kill from here on replays this DELETE,
        // and its 404 then proves the earlier attempt deleted it.
        a.state = UndoState::Deleting;
        a.code.clear();
        a.message.clear();
        if (!run->save(a))
            co_return;
    }

    Api::Result<void> deleted;
    if (a.kind == UndoKind::Membership)
        deleted = co_await client->deleteMembership(a.objectId);
    else if (a.kind == UndoKind::User)
        deleted = co_await client->deleteUser(a.objectId);
    else
        deleted = co_await client->deleteOrganization(a.objectId);
    if (deleted.ok() || deleted.hasError(Api::ApiError::Kind::NotFound)) {
        // 404: this undo saw the object here and recorded its DELETE before sending it, and
        // ids are never reused: an earlier attempt (whose answer was lost) deleted it.
        a.state = UndoState::Deleted;
        a.code.clear();
        a.message.clear();
        a.httpStatus = 0;
        a.requestId.clear();
        a.retryable = false;
        run->save(a);
        co_return;
    }
    run->failed(a, deleted.error());
}

QCoro::Task<void> lane(UndoRun *run)
{
    while (run->next < run->queue.size() && !run->stopping()) {
        const qsizetype index = run->queue[run->next++];
        co_await undoOne(run, index);
        ++run->done;
        run->tick();
    }
}

Store::Stage stageOf(UndoKind kind)
{
    switch (kind) {
    case UndoKind::Membership: return Store::Stage::Membership;
    case UndoKind::User: return Store::Stage::User;
    case UndoKind::Organization: return Store::Stage::Org;
    }
    return Store::Stage::User;
}

// Whether the environment holds the job: a few of the objects still to delete, read by id
// (memberships by their pair), spread over the plan. `found` 0 of `looked` > 0: another
// environment (or everything deleted behind the program's back): undo refuses.
struct Sample {
    int looked = 0;
    int found = 0;
    std::optional<Api::ApiError> error; // a failure that is not "not found"
};
constexpr int SampleSize = 5;

QCoro::Task<Sample> sampleHoldsJob(Api::WorkOsClient *client, QList<UndoAction> actions)
{
    Sample out;
    QList<UndoAction> candidates;
    for (const UndoAction &a : std::as_const(actions))
        if (a.state == UndoState::Pending)
            candidates.append(a);
    const qsizetype step = std::max<qsizetype>(1, candidates.size() / SampleSize);
    for (qsizetype i = 0; i < candidates.size() && out.looked < SampleSize && out.found == 0; i += step) {
        const UndoAction a = candidates[i];
        ++out.looked;
        std::optional<Api::ApiError> error;
        bool found = false;
        if (a.kind == UndoKind::User) {
            const Api::Result<Api::User> r = co_await client->getUser(a.objectId);
            found = r.ok();
            if (!r)
                error = r.error();
        } else if (a.kind == UndoKind::Organization) {
            const Api::Result<Api::Organization> r = co_await client->getOrganization(a.objectId);
            found = r.ok();
            if (!r)
                error = r.error();
        } else {
            Api::MembershipQuery query;
            query.userId = a.userId;
            query.organizationId = a.organizationId;
            query.statuses = Api::MembershipQuery::allStatuses();
            Api::PageRequest few;
            few.limit = 10;
            const Api::Result<Api::Page<Api::Membership>> r = co_await client->listMembershipsPage(query, few);
            if (r)
                found = std::ranges::any_of(r->items, [&a](const Api::Membership &m) {
                    return m.userId == a.userId && m.organizationId == a.organizationId;
                });
            else
                error = r.error();
        }
        if (found)
            ++out.found;
        else if (error && error->kind() != Api::ApiError::Kind::NotFound) {
            out.error = *error;
            co_return out;
        }
    }
    co_return out;
}

// The plan in its order (memberships, users, organizations), numbered again.
QList<UndoAction> sortedPlan(QList<UndoAction> plan)
{
    std::stable_sort(plan.begin(), plan.end(), [](const UndoAction &x, const UndoAction &y) { return int(x.kind) < int(y.kind); });
    for (qsizetype i = 0; i < plan.size(); ++i)
        plan[i].seq = i + 1;
    return plan;
}

// The creates an import recorded the intent of but not the answer (Store::IntentStore): each
// object looked up here; one created after its intent is the job's and joins the plan.
struct Reconciled {
    QList<UndoAction> actions;
    std::optional<Api::ApiError> error;
    QString storeError;
};

QCoro::Task<Reconciled> reconcileIntents(Api::WorkOsClient *client, QString storePath, QString jobId,
                                         QList<UndoAction> plan)
{
    Reconciled out;
    QList<Store::CreateIntent> intents;
    {
        Store::IntentStore store(storePath);
        if (!store.open(&out.storeError))
            co_return out;
        intents = store.all(jobId, &out.storeError);
        if (!out.storeError.isEmpty())
            co_return out;
    }
    QSet<QString> emails;
    QSet<QString> ids;
    QSet<QString> pairs;
    QSet<QString> orgKeys;
    for (const UndoAction &a : std::as_const(plan)) {
        if (a.kind == UndoKind::User)
            emails.insert(a.email.toLower());
        if (a.kind == UndoKind::Membership)
            pairs.insert(a.userId + u'\n' + a.organizationId);
        if (a.kind == UndoKind::Organization)
            orgKeys.insert(a.orgKey);
        if (!a.objectId.isEmpty())
            ids.insert(a.objectId);
    }
    const auto fail = [&out](const Api::ApiError &e) {
        if (e.kind() != Api::ApiError::Kind::NotFound)
            out.error = e;
    };
    for (const Store::CreateIntent &intent : std::as_const(intents)) {
        UndoAction a;
        a.row = intent.row;
        a.line = intent.line;
        a.email = intent.email;
        if (intent.kind == Store::IntentKind::User) {
            if (emails.contains(intent.objectKey))
                continue;
            const Api::Result<std::optional<Api::User>> found = co_await client->findUserByEmail(intent.email);
            if (!found) {
                fail(found.error());
                if (out.error)
                    co_return out;
                continue;
            }
            if (!found.value() || ids.contains(found.value()->id)
                || !Store::createdAfterIntent(found.value()->createdAt, intent.intentAt))
                continue;
            a.kind = UndoKind::User;
            a.userId = a.objectId = found.value()->id;
            emails.insert(intent.objectKey);
        } else if (intent.kind == Store::IntentKind::Membership) {
            if (pairs.contains(intent.objectKey))
                continue;
            Api::MembershipQuery query;
            query.userId = intent.userId;
            query.organizationId = intent.organizationId;
            query.statuses = Api::MembershipQuery::allStatuses();
            Api::PageRequest few;
            few.limit = 10;
            const Api::Result<Api::Page<Api::Membership>> found = co_await client->listMembershipsPage(query, few);
            if (!found) {
                fail(found.error());
                if (out.error)
                    co_return out;
                continue;
            }
            const auto it = std::ranges::find_if(found->items, [&intent](const Api::Membership &m) {
                return m.userId == intent.userId && m.organizationId == intent.organizationId;
            });
            if (it == found->items.end() || !Store::createdAfterIntent(it->createdAt, intent.intentAt))
                continue;
            a.kind = UndoKind::Membership;
            a.userId = intent.userId;
            a.organizationId = intent.organizationId;
            pairs.insert(intent.objectKey);
        } else {
            if (orgKeys.contains(intent.objectKey) || intent.externalId.isEmpty())
                continue;
            const Api::Result<Api::Organization> found = co_await client->getOrganizationByExternalId(intent.externalId);
            if (!found) {
                fail(found.error());
                if (out.error)
                    co_return out;
                continue;
            }
            if (ids.contains(found->id) || !Store::createdAfterIntent(found->createdAt, intent.intentAt))
                continue;
            a.kind = UndoKind::Organization;
            a.organizationId = a.objectId = found->id;
            a.orgKey = intent.objectKey;
            orgKeys.insert(intent.objectKey);
        }
        ids.insert(a.objectId);
        out.actions.append(a);
    }
    co_return out;
}

QCoro::Task<void> runUndo(QPointer<Undoer> self, FollowUpRequest req, QString storePath, Api::ApiKey key,
                          std::shared_ptr<std::atomic_bool> cancel, std::function<void(FollowUpResult)> finish,
                          std::function<void(QString)> say, std::function<void(FollowUpProgress)> report)
{
    FollowUpResult result;
    result.jobId = req.jobId;
    QElapsedTimer clock;
    clock.start();
    Store::JobStore store(storePath);
    Store::FollowUpStore followUps(storePath);
    auto stop = [&](const QString &message) {
        result.message = message;
        result.elapsedMs = clock.elapsed();
        finish(result);
    };
    QString error;
    if (!store.open(&error) || !followUps.open(&error)) {
        stop(QCoreApplication::translate("Engine::Undoer", "Cannot open the job store %1: %2").arg(storePath, error));
        co_return;
    }
    const std::optional<Store::JobRecord> found = store.job(req.jobId);
    if (!found) {
        stop(QCoreApplication::translate("Engine::Undoer", "There is no job \"%1\". `workos-import jobs` lists the jobs.").arg(req.jobId));
        co_return;
    }
    const Store::JobRecord job = *found;
    QLockFile lock(JobRunner::lockPath(storePath, job.id));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0)) {
        stop(QCoreApplication::translate("Engine::Undoer", "Job %1 is running in another window or process. Stop it there first, then run undo again.").arg(job.id));
        co_return;
    }

    // Only where the job wrote: the same address (a local sandbox may be back on another port)
    // and a key of the same kind of environment.
    if (const QString mismatch = environmentMismatch(job, key.reveal(), req.apiUrl); !mismatch.isEmpty()) {
        result.refused = true;
        stop(mismatch);
        co_return;
    }
    Api::ClientConfig config = followUpClientConfig(job, key, req.apiUrl, cancel);
    const std::shared_ptr<Api::ClientStats> stats = config.stats;
    const QUrl address = config.baseUrl;
    Api::WorkOsClient client(config);
    if (const auto problem = client.configurationError()) {
        stop(problem->userMessage());
        co_return;
    }

    // The plan: made once, then continued. Nothing is recorded (and the job stays open to
    // import) until the environment has shown that it holds the job's data.
    std::optional<Store::FollowUpRecord> existing = followUps.followUp(job.id, Store::FollowUpKind::Undo);
    QList<UndoAction> actions = existing ? followUps.undoActions(job.id) : QList<UndoAction>();
    const bool continuing = existing && !actions.isEmpty();
    if (!continuing)
        actions = planUndo(store, followUps, job.id);
    // Objects left in place, or not found, last time are looked at again.
    for (UndoAction &a : actions)
        if (a.state == UndoState::Kept || a.state == UndoState::NotFound)
            a.state = UndoState::Pending;

    const Sample sample = co_await sampleHoldsJob(&client, actions);
    if (!self)
        co_return;
    if (sample.error) {
        stop(QCoreApplication::translate("Engine::Undoer", "Stopped before deleting anything: %1").arg(sample.error->userMessage()));
        co_return;
    }
    if (sample.looked > 0 && sample.found == 0) {
        result.refused = true;
        stop(QCoreApplication::translate("Engine::Undoer",
                 "Refused: this key/address does not hold this job's data. %1 of the objects job %2 created were "
                 "looked up by id at %3 and none is there, so nothing was deleted. Use the key of the environment "
                 "the job wrote to (WORKOS_API_KEY) and its address.")
                 .arg(sample.looked).arg(job.id, address.toString()));
        co_return;
    }

    Store::FollowUpRecord record;
    if (continuing) {
        record = *existing;
        say(QCoreApplication::translate("Engine::Undoer", "Continuing the undo of job %1 (started %2).").arg(job.id, record.startedAt.toLocalTime().toString(Qt::ISODate)));
    } else {
        // Creates whose answer a killed or stopped import lost: found here, created after the
        // job's intent, they are the job's and go with the rest (docs/resume.md).
        const Reconciled more = co_await reconcileIntents(&client, storePath, job.id, actions);
        if (!self)
            co_return;
        if (more.error) {
            stop(QCoreApplication::translate("Engine::Undoer", "Stopped before deleting anything: %1").arg(more.error->userMessage()));
            co_return;
        }
        if (!more.storeError.isEmpty()) {
            stop(more.storeError);
            co_return;
        }
        if (!more.actions.isEmpty()) {
            say(QCoreApplication::translate("Engine::Undoer", "%n objects the import created without recording the answer (it was stopped or killed) are added to the undo.",
                                            nullptr, int(more.actions.size())));
            actions = sortedPlan(actions + more.actions);
        }
        record.jobId = job.id;
        record.kind = Store::FollowUpKind::Undo;
        record.startedAt = QDateTime::currentDateTimeUtc();
        if (!followUps.saveUndoPlan(job.id, actions, record, &error)) {
            stop(error);
            co_return;
        }
        // From now on the job is closed to import (resume and retry refuse it).
        if (Store::isResumable(job.state))
            store.updateJobState(job.id, Store::JobState::Cancelled,
                                 QCoreApplication::translate("Engine::Undoer", "An undo of this job started. Import the file again as a new job if you need it."));
    }
    record.state = Store::FollowUpState::Running;
    record.checked = actions.size();
    followUps.putFollowUp(record);
    for (const UndoAction &a : std::as_const(actions))
        if (a.state == UndoState::Pending)
            followUps.updateUndoAction(job.id, a);
    qint64 open = 0;
    for (const UndoAction &a : std::as_const(actions))
        open += a.isOpen() ? 1 : 0;
    say(QCoreApplication::translate("Engine::Undoer", "Undo of job %1 at %2: %3 objects in the plan, %4 still to do.")
            .arg(job.id, address.toString()).arg(actions.size()).arg(open));

    UndoRun run;
    run.jobId = job.id;
    run.followUps = &followUps;
    run.client = &client;
    run.actions = &actions;
    run.cancel = cancel;
    FollowUpProgress progress;
    progress.jobId = job.id;
    for (const UndoKind kind : {UndoKind::Membership, UndoKind::User, UndoKind::Organization}) {
        run.queue.clear();
        run.next = 0;
        run.done = 0;
        for (qsizetype i = 0; i < actions.size(); ++i)
            if (actions[i].kind == kind && actions[i].isOpen())
                run.queue.push_back(i);
        if (run.queue.empty())
            continue;
        progress.step = kind == UndoKind::Membership ? QCoreApplication::translate("Engine::Undoer", "Deleting memberships")
                      : kind == UndoKind::User      ? QCoreApplication::translate("Engine::Undoer", "Deleting users")
                                                    : QCoreApplication::translate("Engine::Undoer", "Deleting organizations");
        progress.total = qint64(run.queue.size());
        run.tick = [&] {
            progress.done = run.done;
            progress.requests = stats->snapshot().requests;
            report(progress);
        };
        run.tick();
        say(u"%1: %2."_s.arg(progress.step).arg(progress.total));
        std::vector<QCoro::Task<void>> lanes;
        for (int i = 0; i < Undoer::Lanes; ++i)
            lanes.push_back(lane(&run));
        for (QCoro::Task<void> &t : lanes)
            co_await t;
        if (!self)
            co_return;
        if (run.stopping())
            break;
    }

    // Users the import updated (updaterestore.h): their fields put back, never deleted.
    RestoreSummary restoredUpdates;
    if (!run.stopping()) {
        restoredUpdates = co_await restoreUpdates(&client, storePath, job.id, cancel);
        if (!self)
            co_return;
        if (restoredUpdates.fatal)
            run.fatal = restoredUpdates.fatal;
        if (!restoredUpdates.storeError.isEmpty())
            run.storeError = restoredUpdates.storeError;
    }

    // The result, from the actions as recorded.
    qint64 deleted = 0;
    qint64 problems = 0;
    qint64 notFoundCount = 0;
    open = 0;
    QList<Store::RowOutcome> problemRows;
    for (const UndoAction &a : std::as_const(actions)) {
        if (a.state == UndoState::Deleted || a.state == UndoState::Gone)
            ++deleted;
        if (a.isOpen())
            ++open;
        if (a.state == UndoState::NotFound)
            ++notFoundCount;
        if (a.state == UndoState::Kept || a.state == UndoState::Refused || a.state == UndoState::Failed
            || a.state == UndoState::NotFound) {
            ++problems;
            Store::RowOutcome r;
            r.jobId = job.id;
            r.row = a.row;
            r.line = a.line;
            r.email = a.email;
            r.orgKey = a.orgKey;
            r.outcome = Store::Outcome::Failed;
            r.stage = stageOf(a.kind);
            r.code = a.code;
            r.httpStatus = a.httpStatus;
            r.message = a.message.isEmpty() ? u"The %1 %2 was not deleted."_s.arg(kindWord(a.kind), a.objectId) : a.message;
            r.requestId = a.requestId;
            r.retryable = a.retryable;
            problemRows.append(r);
        }
    }
    problems += restoredUpdates.changedAgain + restoredUpdates.failed;
    open += restoredUpdates.failed;
    problemRows += restoredUpdates.problems;
    result.restored = restoredUpdates.restored;
    result.checked = actions.size();
    result.deleted = deleted;
    result.problems = problems;
    result.requests = stats->snapshot().requests;
    result.elapsedMs = clock.elapsed();
    record.checked = actions.size();
    record.done = deleted;
    record.problems = problems;
    record.updatedAt = QDateTime::currentDateTimeUtc();
    if (!run.storeError.isEmpty()) {
        record.message = QCoreApplication::translate("Engine::Undoer", "Stopped: cannot record progress in the job store (%1). Run undo again to continue.").arg(run.storeError);
    } else if (run.fatal) {
        record.message = QCoreApplication::translate("Engine::Undoer", "Stopped: %1 Run undo again to continue; nothing is deleted twice.").arg(run.fatal->userMessage());
    } else if (cancel->load()) {
        record.message = QCoreApplication::translate("Engine::Undoer", "Stopped. Run undo again to continue; nothing is deleted twice.");
        result.cancelled = true;
    } else if (notFoundCount > 0) {
        // No proof: the job is not undone.
        record.state = Store::FollowUpState::Failed;
        record.message = QCoreApplication::translate("Engine::Undoer", "Not undone: %n objects this job created were not found at %1, so undo cannot prove them "
                                                     "deleted (see the report); deleted: %2. Check that this is the environment the job wrote to, "
                                                     "then run undo again.", nullptr, int(notFoundCount)).arg(address.toString()).arg(deleted);
        result.completed = true;
    } else if (open > 0) {
        record.state = Store::FollowUpState::Failed;
        record.message = QCoreApplication::translate("Engine::Undoer", "%n deletions failed (see the report). Run undo again to try them again.",
                                                     nullptr, int(open));
        result.completed = true;
    } else {
        record.state = Store::FollowUpState::Done;
        record.finishedAt = record.updatedAt;
        record.message = problems == 0
            ? QCoreApplication::translate("Engine::Undoer", "Undone: %n objects this job created were deleted; nothing that existed before was touched.",
                                         nullptr, int(deleted))
            : QCoreApplication::translate("Engine::Undoer", "Undone, except %n objects left in place (see the report); deleted: %1.",
                                         nullptr, int(problems)).arg(deleted);
        result.completed = true;
    }
    if (const QString updates = restoredUpdates.sentence(); !updates.isEmpty())
        record.message += u' ' + updates;
    followUps.putFollowUp(record);
    result.message = record.message;
    // Roles the job created (rolecleanup.h): WorkOS cannot delete them; say which they are.
    if (record.state == Store::FollowUpState::Done)
        result.message += rolesLeftInPlaceSentence(store, job.id);

    if (!req.reportPath.isEmpty() && run.storeError.isEmpty()) {
        Report::ErrorReport file(req.reportPath);
        const bool written = file.write([&](const Report::ErrorReport::RowSink &sink, QString *) {
            for (const Store::RowOutcome &r : std::as_const(problemRows))
                if (!sink(r))
                    return false;
            return true;
        }, &error);
        if (written) {
            result.reportPath = req.reportPath;
            result.reportRows = file.rowsWritten();
        } else {
            result.message += QCoreApplication::translate("Engine::Undoer", " The report could not be written: %1").arg(error);
        }
    }
    finish(result);
}

} // namespace

UndoPreview Undoer::preview(const QString &storePath, const QString &jobId)
{
    UndoPreview p;
    Store::JobStore store(storePath);
    Store::FollowUpStore followUps(storePath);
    if (!store.open(&p.error) || !followUps.open(&p.error))
        return p;
    const std::optional<Store::JobRecord> job = store.job(jobId);
    if (!job) {
        p.error = u"There is no job \"%1\"."_s.arg(jobId);
        return p;
    }
    p.apiHost = job->apiHost;
    const JobSettings settings = JobSettings::fromJson(job->settings);
    p.apiUrl = settings.apiUrl;
    p.environment = settings.environment;
    const std::optional<Store::FollowUpRecord> undo = followUps.followUp(jobId, Store::FollowUpKind::Undo);
    p.alreadyUndone = undo && undo->state == Store::FollowUpState::Done;
    p.started = undo.has_value();
    for (const UndoAction &a : planUndo(store, followUps, jobId)) {
        if (a.state == UndoState::Refused)
            ++p.refused;
        else if (a.kind == UndoKind::Membership)
            ++p.memberships;
        else if (a.kind == UndoKind::User)
            ++p.users;
        else
            ++p.organizations;
    }
    p.updates = updatesToRestore(storePath, jobId);
    p.ok = true;
    return p;
}

Undoer::Undoer(QString storePath, Api::ApiKey apiKey, QObject *parent)
    : QObject(parent), m_storePath(std::move(storePath)), m_apiKey(std::move(apiKey))
{
    qRegisterMetaType<Engine::FollowUpProgress>();
    qRegisterMetaType<Engine::FollowUpResult>();
}

Undoer::~Undoer()
{
    m_cancel->store(true);
}

void Undoer::cancel()
{
    m_cancel->store(true);
}

void Undoer::start(FollowUpRequest request)
{
    if (m_running) {
        FollowUpResult r;
        r.jobId = request.jobId;
        r.message = QCoreApplication::translate("Engine::Undoer", "An undo is already running.");
        Q_EMIT finished(r);
        return;
    }
    m_running = true;
    m_cancel->store(false);
    QPointer<Undoer> self(this);
    auto finish = [self](FollowUpResult result) {
        if (!self)
            return;
        self->m_running = false;
        Q_EMIT self->finished(result);
    };
    auto say = [self](QString text) {
        if (self)
            Q_EMIT self->message(text);
    };
    auto report = [self](FollowUpProgress p) {
        if (self)
            Q_EMIT self->progress(p);
    };
    [](QCoro::Task<void> task) { Q_UNUSED(task); }(
        runUndo(self, std::move(request), m_storePath, m_apiKey, m_cancel, finish, say, report));
}

} // namespace Engine
