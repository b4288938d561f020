#include "undoplan.h"

#include "undodelete.h"

#include "store/intentstore.h"
#include "store/jobstore.h"

#include <QtCore/QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Engine::Undo {

using Store::UndoKind;
using Store::UndoState;

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

QList<UndoAction> sortedPlan(QList<UndoAction> plan)
{
    std::stable_sort(plan.begin(), plan.end(), [](const UndoAction &x, const UndoAction &y) { return int(x.kind) < int(y.kind); });
    for (qsizetype i = 0; i < plan.size(); ++i)
        plan[i].seq = i + 1;
    return plan;
}

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
            const Api::Result<Api::Page<Api::Membership>> found =
                co_await firstMemberships(client, intent.userId, intent.organizationId);
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

} // namespace Engine::Undo
