#include "rowimporter.h"

#include "networkgate.h"
#include "orgdirectory.h"
#include "userdirectory.h"

#include <QCoro/QCoroTimer>

using namespace Qt::StringLiterals;
using Api::ApiError;

namespace Engine {

QString outcomeCode(const ApiError &error)
{
    if (!error.subCodes().isEmpty())
        return error.subCodes().first();
    if (!error.code().isEmpty())
        return error.code();
    switch (error.kind()) {
    case ApiError::Kind::Transient: return u"network"_s;
    case ApiError::Kind::Timeout: return u"timeout"_s;
    case ApiError::Kind::RateLimited: return u"rate_limited"_s;
    case ApiError::Kind::Unauthorized: return u"unauthorized"_s;
    case ApiError::Kind::Forbidden: return u"forbidden"_s;
    case ApiError::Kind::NotFound: return u"not_found"_s;
    case ApiError::Kind::TlsError: return u"tls"_s;
    case ApiError::Kind::ProxyError: return u"proxy"_s;
    default: return ApiError::kindName(error.kind());
    }
}

RowImporter::RowImporter(QString jobId, Api::WorkOsClient *client, OrgDirectory *orgs, UserDirectory *users,
                         const std::atomic_bool *stop, std::atomic_bool *multipleRolesOff)
    : m_jobId(std::move(jobId)), m_client(client), m_orgs(orgs), m_users(users), m_stop(stop),
      m_multipleRolesOff(multipleRolesOff)
{
}

bool RowImporter::isJobLevel(const ApiError &error)
{
    return error.blocksAllRequests() || NetworkGate::isUnreachable(error);
}

QCoro::Task<RowImporter::Attempt> RowImporter::attempt(Model::UserRow row)
{
    const qint64 number = row.row;
    m_jobErrors.remove(number);
    std::optional<Store::RowOutcome> outcome = co_await import(std::move(row));
    Attempt a;
    if (const auto it = m_jobErrors.constFind(number); it != m_jobErrors.constEnd()) {
        a.jobError = *it;
        m_jobErrors.erase(it);
        if (outcome && outcome->user == Store::UserResult::Created)
            m_createdBeforeTrouble.insert(number);
        co_return a;
    }
    if (outcome && m_createdBeforeTrouble.remove(number)) {
        outcome->user = Store::UserResult::Created;
        if (outcome->outcome == Store::Outcome::Existed)
            outcome->outcome = Store::Outcome::Created;
    }
    a.outcome = std::move(outcome);
    co_return a;
}

Store::RowOutcome RowImporter::failure(const Model::UserRow &row, Store::Stage stage, const ApiError &error) const
{
    if (isJobLevel(error))
        m_jobErrors.insert(row.row, error); // attempt() turns this into "no outcome"
    Store::RowOutcome o;
    o.jobId = m_jobId;
    o.row = row.row;
    o.line = row.line;
    o.email = row.email;
    o.orgKey = row.org.key();
    o.outcome = Store::Outcome::Failed;
    o.stage = stage;
    o.code = outcomeCode(error);
    o.httpStatus = error.httpStatus();
    o.message = error.userMessage();
    o.requestId = error.requestId();
    o.retryable = error.retryable();
    o.attempts = error.attempts();
    return o;
}

QCoro::Task<std::optional<Store::RowOutcome>> RowImporter::import(Model::UserRow row)
{
    Store::RowOutcome out;
    out.jobId = m_jobId;
    out.row = row.row;
    out.line = row.line;
    out.email = row.email;
    out.orgKey = row.org.key();

    // 1. The organization, resolved by pre-warming.
    QString organizationId;
    if (!row.org.isEmpty()) {
        const auto org = m_orgs->find(out.orgKey);
        if (!org || org->entry.resolution == Store::OrgResolution::Failed) {
            out.outcome = Store::Outcome::Failed;
            out.stage = Store::Stage::Org;
            out.code = u"organization_unresolved"_s;
            out.message = org ? org->entry.error
                              : u"The organization %1 was not resolved before the import."_s.arg(out.orgKey);
            out.retryable = org ? org->retryable : true;
            co_return out;
        }
        organizationId = org->entry.organizationId;
    }

    // 2. The user: one create per email, shared by every row of that email.
    QString userId;
    Store::UserResult userResult = Store::UserResult::None;
    for (;;) {
        if (m_stop->load())
            co_return std::nullopt;
        const UserDirectory::Answer answer = m_users->claim(row.emailKey);
        if (answer.claim == UserDirectory::Claim::Known) {
            userId = answer.userId;
            break;
        }
        if (answer.claim == UserDirectory::Claim::Wait) {
            co_await QCoro::sleepFor(std::chrono::milliseconds(20));
            continue;
        }
        if (storedUserId) {
            if (const QString known = storedUserId(row.emailKey); !known.isEmpty()) {
                userId = known;
                m_users->resolve(row.emailKey, userId);
                break;
            }
        }
        Api::NewUser user;
        user.email = row.email;
        user.password = row.password;
        user.passwordHash = row.passwordHash;
        user.passwordHashType = row.passwordHashType;
        user.firstName = row.firstName;
        user.lastName = row.lastName;
        user.emailVerified = row.emailVerified;
        user.externalId = row.externalId;
        user.metadata = row.metadata;
        const Api::Result<Api::User> created = co_await m_client->createUser(user);
        if (created.ok()) {
            userId = created->id;
            userResult = Store::UserResult::Created;
            m_users->resolve(row.emailKey, userId);
            break;
        }
        if (created.hasError(ApiError::Kind::EmailTaken)) {
            // Not a failure: the user exists (from an earlier run, or created by this row
            // before a crash). Find it and carry on to the membership.
            const Api::Result<std::optional<Api::User>> found = co_await m_client->findUserByEmail(row.email);
            if (found.ok() && found.value().has_value()) {
                userId = found.value()->id;
                userResult = Store::UserResult::Existed;
                m_users->resolve(row.emailKey, userId);
                break;
            }
            m_users->release(row.emailKey);
            if (!found.ok()) {
                if (found.hasError(ApiError::Kind::Cancelled))
                    co_return std::nullopt;
                co_return failure(row, Store::Stage::Lookup, found.error());
            }
            ApiError missing(ApiError::Kind::NotFound,
                             u"WorkOS says the email is taken but finds no user with it."_s);
            co_return failure(row, Store::Stage::Lookup, missing);
        }
        m_users->release(row.emailKey);
        if (created.hasError(ApiError::Kind::Cancelled))
            co_return std::nullopt;
        if (created.error().blocksAllRequests())
            fatalError = created.error();
        co_return failure(row, Store::Stage::User, created.error());
    }
    out.userId = userId;
    out.user = userResult;

    // 3. The membership.
    if (organizationId.isEmpty()) {
        out.outcome = userResult == Store::UserResult::Created ? Store::Outcome::Created : Store::Outcome::Existed;
        out.stage = Store::Stage::User;
        co_return out;
    }
    QStringList roles = row.roleSlugs;
    if (m_multipleRolesOff->load() && roles.size() > 1)
        roles = roles.mid(0, 1);
    for (int attempt = 0; attempt < 2; ++attempt) {
        const Api::Result<Api::Membership> m = co_await m_client->createMembership(userId, organizationId, roles);
        if (m.ok()) {
            out.outcome = Store::Outcome::MembershipAdded;
            break;
        }
        if (m.hasError(ApiError::Kind::MembershipExists)) {
            out.outcome = Store::Outcome::MembershipExisted;
            break;
        }
        if (m.hasError(ApiError::Kind::MultipleRolesNotEnabled) && roles.size() > 1) {
            if (!m_multipleRolesOff->exchange(true) && onWarning)
                onWarning(u"This WorkOS environment does not have Multiple Roles enabled: rows with several "
                          "role slugs get their first slug only (first seen on line %1)."_s.arg(row.line));
            roles = roles.mid(0, 1);
            continue;
        }
        if (m.hasError(ApiError::Kind::Cancelled))
            co_return std::nullopt;
        if (m.error().blocksAllRequests())
            fatalError = m.error();
        Store::RowOutcome failed = failure(row, Store::Stage::Membership, m.error());
        failed.userId = userId;
        failed.user = userResult;
        co_return failed;
    }
    out.stage = Store::Stage::Membership;
    if (roles.size() < row.roleSlugs.size())
        out.message = u"Only the first role (%1) was given: Multiple Roles is not enabled."_s.arg(roles.value(0));
    co_return out;
}

} // namespace Engine
