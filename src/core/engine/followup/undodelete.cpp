#include "undodelete.h"

#include "engine/import/rowimporter.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Engine::Undo {

using Store::UndoState;

bool UndoRun::save(const UndoAction &a)
{
    QString error;
    if (!followUps->updateUndoAction(jobId, a, &error)) {
        storeError = error;
        return false;
    }
    return true;
}
void UndoRun::failed(UndoAction &a, const Api::ApiError &error)
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

QCoro::Task<Api::Result<Api::Page<Api::Membership>>> firstMemberships(Api::WorkOsClient *client, QString userId,
                                                                     QString organizationId)
{
    Api::MembershipQuery query;
    query.userId = std::move(userId);
    query.organizationId = std::move(organizationId);
    query.statuses = Api::MembershipQuery::allStatuses();
    Api::PageRequest few;
    few.limit = 10;
    co_return co_await client->listMembershipsPage(query, few);
}

QString kindWord(UndoKind kind)
{
    switch (kind) {
    case UndoKind::Membership: return u"membership"_s;
    case UndoKind::User: return u"user"_s;
    case UndoKind::Organization: return u"organization"_s;
    }
    return {};
}

namespace {

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
        // The membership by its pair; a user's or an organization's memberships.
        // Named values, not temporaries, in co_await (GCC 12, docs/development.md).
        const QString ofUser = a.kind == UndoKind::Organization ? QString() : a.userId;
        const QString ofOrganization = a.kind == UndoKind::User ? QString() : a.organizationId;
        const Api::Result<Api::Page<Api::Membership>> answer = co_await firstMemberships(client, ofUser, ofOrganization);
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

} // namespace

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
            const Api::Result<Api::Page<Api::Membership>> r = co_await firstMemberships(client, a.userId, a.organizationId);
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

} // namespace Engine::Undo
