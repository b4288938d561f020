#include "verifyrows.h"

#include "updatecheck.h"

#include <QtCore/QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Engine::Verify {

QStringList rolesTheImportSet(const QStringList &rowSlugs, const Imported &imported)
{
    const bool truncated = imported.code == u"roles.first_only"_s
        || (imported.code.isEmpty() && imported.message.startsWith(u"Only the first role"_s));
    if (!rowSlugs.isEmpty())
        return truncated ? rowSlugs.mid(0, 1) : rowSlugs;
    if (imported.code.startsWith(u"roles.default="_s))
        return imported.code.mid(14).split(u',', Qt::SkipEmptyParts);
    return {};
}

bool isImported(Store::Outcome outcome)
{
    return outcome == Store::Outcome::Created || outcome == Store::Outcome::Existed
        || outcome == Store::Outcome::MembershipAdded || outcome == Store::Outcome::MembershipExisted;
}

bool hasMembership(Store::Outcome outcome)
{
    return outcome == Store::Outcome::MembershipAdded || outcome == Store::Outcome::MembershipExisted;
}

QString shown(const QString &value)
{
    return value.isEmpty() ? u"(empty)"_s : u"\""_s + value + u'"';
}

QString shown(const QJsonObject &object)
{
    return object.isEmpty() ? u"{}"_s : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString membershipKey(const QString &userId, const QString &organizationId)
{
    return userId + u'\n' + organizationId;
}

Comparison::Comparison(QString jobId, QHash<QString, Store::OrgEntry> orgs, QHash<QString, Api::User> users,
                       QHash<QString, QString> replacedBy, QHash<QString, QStringList> memberships,
                       QHash<QString, Api::Organization> organizations)
    : m_jobId(std::move(jobId))
    , m_orgs(std::move(orgs))
    , m_users(std::move(users))
    , m_replacedBy(std::move(replacedBy))
    , m_memberships(std::move(memberships))
    , m_organizations(std::move(organizations))
{
}

void Comparison::mismatch(const Model::UserRow &row, Store::Stage stage, const QString &code, const QString &message)
{
    Store::RowOutcome m;
    m.jobId = m_jobId;
    m.row = row.row;
    m.line = row.line;
    m.email = row.email;
    m.orgKey = row.org.key();
    m.outcome = Store::Outcome::Failed;
    m.stage = stage;
    m.code = code;
    m.message = message;
    m_mismatches.append(m);
}

void Comparison::row(const Model::UserRow &row, const Imported &imported)
{
    if (!checkUser(row, imported))
        return;
    if (hasMembership(imported.outcome))
        checkMembership(row, imported);
}

bool Comparison::checkUser(const Model::UserRow &row, const Imported &imported)
{
    if (imported.userId.isEmpty()) {
        mismatch(row, Store::Stage::User, u"verify.no_user_id"_s,
                 u"The job store has no WorkOS user id for this row, so it cannot be checked."_s);
        return false;
    }
    const auto user = m_users.constFind(imported.userId);
    if (user == m_users.constEnd()) {
        const QString now = m_replacedBy.value(imported.userId);
        mismatch(row, Store::Stage::User, u"verify.user_missing"_s,
                 now.isEmpty()
                     ? u"user: expected %1 (%2), WorkOS holds no such user"_s.arg(row.email, imported.userId)
                     : u"user: expected %1 (%2), WorkOS holds another user with that email (%3)"_s
                           .arg(row.email, imported.userId, now));
        return false;
    }
    if (user->email.compare(row.email, Qt::CaseInsensitive) != 0)
        mismatch(row, Store::Stage::User, u"verify.email_differs"_s,
                 u"email: expected %1, WorkOS holds %2"_s.arg(shown(row.email), shown(user->email)));
    // The fields of a user the job created; a user it left as it was is not compared.
    if (imported.user == Store::UserResult::Created)
        checkCreatedUser(row, *user);
    // The fields the job updated (docs/cutover.md): what the import set.
    if (imported.user == Store::UserResult::Updated)
        for (const QString &line : updateMismatches(m_updates.value(imported.userId), *user))
            mismatch(row, Store::Stage::User, u"verify.update_differs"_s, line);
    return true;
}

void Comparison::checkCreatedUser(const Model::UserRow &row, const Api::User &user)
{
    const auto field = [&](const QString &name, const QString &expected, const QString &held) {
        if (expected != held)
            mismatch(row, Store::Stage::User, u"verify.%1_differs"_s.arg(name),
                     u"%1: expected %2, WorkOS holds %3"_s.arg(name, shown(expected), shown(held)));
    };
    field(u"first_name"_s, row.firstName, user.firstName);
    field(u"last_name"_s, row.lastName, user.lastName);
    field(u"external_id"_s, row.externalId, user.externalId);
    const bool verified = row.emailVerified.value_or(false);
    if (verified != user.emailVerified)
        mismatch(row, Store::Stage::User, u"verify.email_verified_differs"_s,
                 u"email_verified: expected %1, WorkOS holds %2"_s
                     .arg(verified ? u"true"_s : u"false"_s, user.emailVerified ? u"true"_s : u"false"_s));
    if (row.metadata != user.metadata)
        mismatch(row, Store::Stage::User, u"verify.metadata_differs"_s,
                 u"metadata: expected %1, WorkOS holds %2"_s.arg(shown(row.metadata), shown(user.metadata)));
}

void Comparison::checkMembership(const Model::UserRow &row, const Imported &imported)
{
    const Store::OrgEntry org = m_orgs.value(imported.orgKey);
    const auto membership = m_memberships.constFind(membershipKey(imported.userId, org.organizationId));
    if (org.organizationId.isEmpty() || membership == m_memberships.constEnd()) {
        mismatch(row, Store::Stage::Membership, u"verify.membership_missing"_s,
                 u"membership: expected %1 in organization %2, WorkOS holds no such membership"_s
                     .arg(row.email, org.organizationId.isEmpty() ? imported.orgKey : org.organizationId));
        return;
    }
    if (imported.outcome == Store::Outcome::MembershipAdded) {
        // The roles this import set: the row's, only the first when the import had to
        // truncate them, the environment's default role for a row without any.
        const QStringList expected = rolesTheImportSet(row.roleSlugs, imported);
        const QStringList held = *membership;
        QStringList expectedSorted = expected;
        QStringList heldSorted = held;
        expectedSorted.sort();
        heldSorted.sort();
        if (!expected.isEmpty() && expectedSorted != heldSorted)
            mismatch(row, Store::Stage::Membership, u"verify.role_differs"_s,
                     u"role: expected %1, WorkOS holds %2"_s.arg(shown(expected.join(u", "_s)),
                                                                 shown(held.join(u", "_s))));
    }
}

void Comparison::createdOrganizations(const QHash<QString, Model::UserRow> &firstRowOfOrg)
{
    for (const Store::OrgEntry &e : std::as_const(m_orgs)) {
        if (e.resolution != Store::OrgResolution::Created)
            continue;
        Model::UserRow where = firstRowOfOrg.value(e.key);
        if (where.org.isEmpty()) {
            where.org.externalId = e.key.startsWith(u"ext:"_s) ? e.key.mid(4) : QString();
            where.org.id = e.key.startsWith(u"id:"_s) ? e.key.mid(3) : QString();
        }
        const auto o = m_organizations.constFind(e.organizationId);
        if (o == m_organizations.constEnd()) {
            mismatch(where, Store::Stage::Org, u"verify.organization_missing"_s,
                     u"organization: expected %1 (%2), WorkOS holds no such organization"_s.arg(shown(e.name), e.organizationId));
            continue;
        }
        if (!e.name.isEmpty() && o->name != e.name)
            mismatch(where, Store::Stage::Org, u"verify.organization_name_differs"_s,
                     u"organization name: expected %1, WorkOS holds %2"_s.arg(shown(e.name), shown(o->name)));
        if (e.key.startsWith(u"ext:"_s) && o->externalId != e.key.mid(4))
            mismatch(where, Store::Stage::Org, u"verify.organization_external_id_differs"_s,
                     u"organization external_id: expected %1, WorkOS holds %2"_s.arg(shown(e.key.mid(4)), shown(o->externalId)));
    }
}

QList<Store::RowOutcome> Comparison::mismatches() const
{
    QList<Store::RowOutcome> sorted = m_mismatches;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const Store::RowOutcome &a, const Store::RowOutcome &b) { return a.row < b.row; });
    return sorted;
}

} // namespace Engine::Verify
