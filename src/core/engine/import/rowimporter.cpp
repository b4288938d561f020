#include "rowimporter.h"

#include "engine/import/networkgate.h"
#include "engine/import/orgdirectory.h"
#include "engine/import/userdirectory.h"
#include "engine/import/userdiff.h"

#include <QCoro/QCoroTimer>

#include <QtCore/QJsonDocument>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;
using Api::ApiError;

namespace Engine {

namespace {

// What looking up the user of a create that WorkOS refused as "already there" found.
struct ExistingUser {
    enum class Result { Found, Failed, Abandoned };
    Result result = Result::Failed;
    QString userId;
    QDateTime createdAt;
    Api::User user; // as WorkOS answered it (what an update compares with)
    Store::Stage stage = Store::Stage::Lookup;
    ApiError error;
    bool retryable = false; // a later run may find it (beside error.retryable())
};

bool sameEmail(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

// Pauses between lookups by email that find nothing although WorkOS just said the email is
// taken: its search can lag a moment behind a create (about 4 s in all).
constexpr std::array<int, 4> LookupBackoffMs {250, 500, 1000, 2000};

// The user a refused create refers to, when it is this row's user: "email not available" ->
// the user with this email; "external_id_already_used" (WorkOS may check the external id
// before the email, so a replayed create can get it) -> the user with this external id, if it
// has this row's email. Anything else stays an error.
QCoro::Task<ExistingUser> findExistingUser(Api::WorkOsClient *client, const std::atomic_bool *stop, QString email,
                                           QString externalId, ApiError createError)
{
    ExistingUser out;
    const auto failed = [&out](const ApiError &error) {
        out.result = error.kind() == ApiError::Kind::Cancelled ? ExistingUser::Result::Abandoned
                                                                : ExistingUser::Result::Failed;
        out.error = error;
    };
    if (createError.kind() == ApiError::Kind::ExternalIdTaken) {
        const Api::Result<std::optional<Api::User>> holder = co_await client->findUserByExternalId(externalId);
        if (!holder.ok()) {
            failed(holder.error());
            co_return out;
        }
        if (holder.value()) {
            if (sameEmail(holder.value()->email, email)) {
                out.result = ExistingUser::Result::Found;
                out.userId = holder.value()->id;
                out.createdAt = holder.value()->createdAt;
                out.user = *holder.value();
            } else {
                out.stage = Store::Stage::User; // another person holds the external id
                out.error = createError;
            }
            co_return out;
        }
        // Nobody holds it as far as the search shows yet: look for the email below.
    }
    for (std::size_t attempt = 0;; ++attempt) {
        const Api::Result<std::optional<Api::User>> found = co_await client->findUserByEmail(email);
        if (!found.ok()) {
            failed(found.error());
            co_return out;
        }
        if (found.value()) {
            out.result = ExistingUser::Result::Found;
            out.userId = found.value()->id;
            out.createdAt = found.value()->createdAt;
            out.user = *found.value();
            co_return out;
        }
        if (attempt == LookupBackoffMs.size())
            break;
        co_await QCoro::sleepFor(std::chrono::milliseconds(LookupBackoffMs[attempt]));
        if (stop->load()) {
            out.result = ExistingUser::Result::Abandoned;
            co_return out;
        }
    }
    if (createError.kind() == ApiError::Kind::EmailTaken && !externalId.isEmpty()) {
        const Api::Result<std::optional<Api::User>> holder = co_await client->findUserByExternalId(externalId);
        if (holder.ok() && holder.value() && sameEmail(holder.value()->email, email)) {
            out.result = ExistingUser::Result::Found;
            out.userId = holder.value()->id;
            out.createdAt = holder.value()->createdAt;
            out.user = *holder.value();
            co_return out;
        }
    }
    out.error = createError.kind() == ApiError::Kind::EmailTaken
        ? ApiError(ApiError::Kind::NotFound,
                   u"WorkOS says the email is taken but finds no user with it (looked %1 times over about "
                   "4 seconds)."_s.arg(LookupBackoffMs.size() + 1))
        : createError;
    out.retryable = true;
    co_return out;
}

// The body of a user create without its password or hash, for the Idempotency-Key (the key is
// stored with the intent; a secret must not shape anything stored).
QByteArray userKeyBody(const Api::NewUser &user)
{
    Api::NewUser shown = user;
    shown.password.clear();
    shown.passwordHash.clear();
    return QJsonDocument(shown.toJson()).toJson(QJsonDocument::Compact);
}

// A refusal means the create made nothing: 4xx other than "already there", a timeout or a
// throttle. Anything else (no answer, 5xx, cancelled) may have created it.
bool refusedOutright(const ApiError &error)
{
    const int status = error.httpStatus();
    return status >= 400 && status < 500 && status != 408 && status != 409 && status != 429
        && !error.retryable() && error.kind() != ApiError::Kind::EmailTaken
        && error.kind() != ApiError::Kind::ExternalIdTaken && error.kind() != ApiError::Kind::MembershipExists;
}

// Whether a create answered "already there" can have met its own object: only when an earlier
// attempt may have created it, that is when the intent was recorded by an earlier run (this
// call found it there, with its older time) or when this call sent the request more than once
// (a retry after an answer that never came). A first intent answered on the first attempt
// proves the object was there before.
bool mayBeOurs(const Store::CreateIntent &intent, const QDateTime &recordedAt, const ApiError &answer)
{
    return recordedAt != intent.intentAt || answer.attempts() > 1;
}

} // namespace

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

// The Idempotency-Key of a create: the job, the object, the request and the time of the
// object's intent. A create replayed after a kill finds its intent and sends the same key (WorkOS
// answers it as the original); a create WorkOS refused outright forgot its intent, so the next
// attempt (Retry after the person added the role, say) has a new intent and a new key, never the
// refusal replayed.
QString RowImporter::createKey(Store::IntentKind kind, const QString &objectKey, const QByteArray &body,
                               const QDateTime &intentAt) const
{
    return QString::fromLatin1(Store::idempotencyKeyFor(idempotencyScope.isEmpty() ? m_jobId : idempotencyScope, kind,
                                                        objectKey, body + '\n' + QByteArray::number(intentAt.toMSecsSinceEpoch())));
}

std::optional<QDateTime> RowImporter::intend(const Store::CreateIntent &intent)
{
    if (!recordIntent)
        return intent.intentAt.isValid() ? intent.intentAt : QDateTime::currentDateTimeUtc();
    return recordIntent(intent);
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
    o.externalId = row.externalId; // a user made before the failure is still in the ID map
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

// Only the fields that differ are sent; their values before are recorded first (the job
// store's user_updates), so that undo can put them back and a run killed between the record and
// WorkOS's answer is recognised on resume: WorkOS then already holds the "after" values.
QCoro::Task<RowImporter::UpdateResult> RowImporter::update(Model::UserRow row, Api::User held)
{
    UpdateResult out;
    const QList<FieldChange> changes = diffUser(row, held);
    const bool password = replacePasswords && (!row.password.isEmpty() || !row.passwordHash.isEmpty());
    std::optional<Store::UserUpdate> earlier = findUpdate ? findUpdate(held.id) : std::nullopt;
    if (changes.isEmpty() && !password) {
        // Nothing differs: unchanged, unless this job's own update got there first (a run
        // killed before the answer was recorded, or a row replayed after its update).
        if (earlier) {
            const QList<FieldChange> recorded = changesFromJson(earlier->changes);
            const UpdateCheck check = checkUpdate(recorded, held);
            if (!recorded.isEmpty() && check.atAfter.size() == recorded.size()) {
                if (earlier->state != Store::UpdateState::Done && finishUpdate)
                    finishUpdate(held.id, true);
                out.result = UpdateResult::Result::Updated;
            } else if (earlier->state != Store::UpdateState::Done && finishUpdate) {
                finishUpdate(held.id, false); // its PUT changed nothing
            }
        }
        co_return out;
    }
    Store::UserUpdate intent;
    intent.userId = held.id;
    intent.email = row.email;
    intent.row = row.row;
    intent.line = row.line;
    intent.changes = changesToJson(changes);
    intent.passwordReplaced = password;
    intent.intentAt = QDateTime::currentDateTimeUtc();
    if (recordUpdate) {
        const std::optional<Store::UserUpdate> recorded = recordUpdate(intent);
        if (!recorded) {
            out.result = UpdateResult::Result::Abandoned;
            co_return out;
        }
        earlier = recorded->intentAt != intent.intentAt ? recorded : std::nullopt;
    }
    QJsonObject body = updateBody(changes);
    if (password) {
        if (!row.password.isEmpty()) {
            body.insert(u"password"_s, row.password);
        } else {
            body.insert(u"password_hash"_s, row.passwordHash);
            body.insert(u"password_hash_type"_s, row.passwordHashType);
        }
    }
    const Api::Result<Api::User> sent = co_await m_client->updateUser(held.id, body);
    if (sent.ok()) {
        if (finishUpdate)
            finishUpdate(held.id, true);
        out.result = UpdateResult::Result::Updated;
        co_return out;
    }
    if (sent.hasError(ApiError::Kind::Cancelled)) {
        out.result = UpdateResult::Result::Abandoned; // the intent stays: resume looks again
        co_return out;
    }
    if (sent.error().blocksAllRequests())
        fatalError = sent.error();
    // Refused (a 4xx that is not a timeout or a throttle: external_id_already_used, a metadata
    // rule): the PUT changed nothing, and an intent this call recorded goes.
    const int status = sent.error().httpStatus();
    if (!earlier && finishUpdate && status >= 400 && status < 500 && status != 408 && status != 429
        && !sent.error().retryable())
        finishUpdate(held.id, false);
    out.result = UpdateResult::Result::Failed;
    out.error = sent.error();
    co_return out;
}

QCoro::Task<std::optional<Store::RowOutcome>> RowImporter::import(Model::UserRow row)
{
    Store::RowOutcome out;
    out.jobId = m_jobId;
    out.row = row.row;
    out.line = row.line;
    out.email = row.email;
    out.orgKey = row.org.key();
    out.externalId = row.externalId; // the ID map's source id (docs/cutover.md)

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
        if (earlierUserId) {
            // A catch-up: the earlier job's user, read by id (one read, no refused create).
            if (const QString earlier = earlierUserId(row.emailKey); !earlier.isEmpty()) {
                const Api::Result<Api::User> held = co_await m_client->getUser(earlier);
                if (held.ok() && sameEmail(held->email, row.email)) {
                    userId = held->id;
                    userResult = Store::UserResult::Existed;
                    if (updateExisting) {
                        // Before the email is resolved: a failed update leaves it unknown, so
                        // that the next row of the email (or a retry) tries the update again.
                        const UpdateResult updated = co_await update(row, held.value());
                        if (updated.result != UpdateResult::Result::Unchanged
                            && updated.result != UpdateResult::Result::Updated)
                            m_users->release(row.emailKey);
                        if (updated.result == UpdateResult::Result::Abandoned)
                            co_return std::nullopt;
                        if (updated.result == UpdateResult::Result::Failed)
                            co_return failure(row, Store::Stage::User, updated.error);
                        if (updated.result == UpdateResult::Result::Updated)
                            userResult = Store::UserResult::Updated;
                    }
                    m_users->resolve(row.emailKey, userId);
                    break;
                }
                if (!held.ok() && !held.hasError(ApiError::Kind::NotFound)) {
                    m_users->release(row.emailKey);
                    if (held.hasError(ApiError::Kind::Cancelled))
                        co_return std::nullopt;
                    if (held.error().blocksAllRequests())
                        fatalError = held.error();
                    co_return failure(row, Store::Stage::Lookup, held.error());
                }
                // Deleted since, or its email changed in WorkOS: created like a new user below.
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
        // The intent first: a kill from here on leaves it, and the next run asks for this
        // create again with the same Idempotency-Key (WorkOS answers it as the original) or
        // finds the user and knows it for this job's (created after the intent).
        Store::CreateIntent intent;
        intent.kind = Store::IntentKind::User;
        intent.objectKey = row.emailKey;
        intent.email = row.email;
        intent.externalId = row.externalId;
        intent.row = row.row;
        intent.line = row.line;
        const QByteArray userBody = userKeyBody(user);
        intent.intentAt = QDateTime::currentDateTimeUtc();
        intent.idempotencyKey = createKey(intent.kind, intent.objectKey, userBody, intent.intentAt);
        const std::optional<QDateTime> intentAt = intend(intent);
        if (!intentAt) {
            m_users->release(row.emailKey);
            co_return std::nullopt;
        }
        intent.idempotencyKey = createKey(intent.kind, intent.objectKey, userBody, *intentAt);
        const Api::Result<Api::User> created = co_await m_client->createUser(user, intent.idempotencyKey.toLatin1());
        if (created.ok()) {
            userId = created->id;
            userResult = Store::UserResult::Created;
            m_users->resolve(row.emailKey, userId);
            break;
        }
        if (created.hasError(ApiError::Kind::EmailTaken)
            || (created.hasError(ApiError::Kind::ExternalIdTaken) && !row.externalId.isEmpty())) {
            // Not a failure when the user is this row's: it exists from an earlier run, or this
            // row created it before its answer was lost. Find it and carry on to the membership.
            const ExistingUser existing =
                co_await findExistingUser(m_client, m_stop, row.email, row.externalId, created.error());
            if (existing.result == ExistingUser::Result::Found) {
                userId = existing.userId;
                // This job's create whose answer an earlier attempt lost (a killed or stopped run,
                // a dropped connection) on a server that cannot replay it: created after the intent.
                userResult = mayBeOurs(intent, *intentAt, created.error()) && Store::createdAfterIntent(existing.createdAt, *intentAt)
                    ? Store::UserResult::Created
                    : Store::UserResult::Existed;
                if (userResult == Store::UserResult::Existed && forgetIntent)
                    forgetIntent(intent.kind, intent.objectKey); // answered: the create made nothing
                if (userResult == Store::UserResult::Existed && updateExisting) {
                    // Before the email is resolved, as above.
                    const UpdateResult updated = co_await update(row, existing.user);
                    if (updated.result != UpdateResult::Result::Unchanged && updated.result != UpdateResult::Result::Updated)
                        m_users->release(row.emailKey);
                    if (updated.result == UpdateResult::Result::Abandoned)
                        co_return std::nullopt;
                    if (updated.result == UpdateResult::Result::Failed)
                        co_return failure(row, Store::Stage::User, updated.error);
                    if (updated.result == UpdateResult::Result::Updated)
                        userResult = Store::UserResult::Updated;
                }
                m_users->resolve(row.emailKey, userId);
                break;
            }
            m_users->release(row.emailKey);
            if (existing.result == ExistingUser::Result::Abandoned)
                co_return std::nullopt;
            Store::RowOutcome failed = failure(row, existing.stage, existing.error);
            failed.retryable = failed.retryable || existing.retryable;
            co_return failed;
        }
        m_users->release(row.emailKey);
        if (created.hasError(ApiError::Kind::Cancelled))
            co_return std::nullopt;
        if (created.error().blocksAllRequests())
            fatalError = created.error();
        if (forgetIntent && refusedOutright(created.error()))
            forgetIntent(intent.kind, intent.objectKey);
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
        Store::CreateIntent intent;
        intent.kind = Store::IntentKind::Membership;
        intent.objectKey = userId + u'\n' + organizationId;
        intent.email = row.email;
        intent.userId = userId;
        intent.organizationId = organizationId;
        intent.row = row.row;
        intent.line = row.line;
        intent.intentAt = QDateTime::currentDateTimeUtc();
        intent.idempotencyKey = createKey(intent.kind, intent.objectKey, roles.join(u',').toUtf8(), intent.intentAt);
        const std::optional<QDateTime> intentAt = intend(intent);
        if (!intentAt)
            co_return std::nullopt;
        intent.idempotencyKey = createKey(intent.kind, intent.objectKey, roles.join(u',').toUtf8(), *intentAt);
        const Api::Result<Api::Membership> m =
            co_await m_client->createMembership(userId, organizationId, roles, intent.idempotencyKey.toLatin1());
        if (m.ok()) {
            // WorkOS answers a create for an inactive membership by re-activating it: that
            // membership existed before the import (created before the intent), and undo must
            // leave it (docs/verify-and-undo.md).
            const bool reactivated = m->createdAt.isValid() && !Store::createdAfterIntent(m->createdAt, *intentAt);
            out.outcome = reactivated ? Store::Outcome::MembershipExisted : Store::Outcome::MembershipAdded;
            out.membershipId = m->id;
            // What the membership was given, for verify: the environment's default role when the
            // row names none (as WorkOS answered it).
            if (roles.isEmpty() && !m.value().roleSlugs.isEmpty())
                out.code = u"roles.default="_s + m.value().roleSlugs.join(u',');
            break;
        }
        if (m.error().httpStatus() == 409) {
            // A conflict is proof of membership only when the user's memberships show this
            // organization as active (a pending membership, an emulator's bare "conflict" are
            // not); created after this job's intent, it is this job's create whose answer an
            // earlier run lost. Else the conflict is the row's error.
            if (m.hasError(ApiError::Kind::MembershipExists) && !mayBeOurs(intent, *intentAt, m.error())) {
                // WorkOS's own code, on the first attempt of the first intent: it was there before.
                out.outcome = Store::Outcome::MembershipExisted;
                if (forgetIntent)
                    forgetIntent(intent.kind, intent.objectKey);
                break;
            }
            const Api::Result<QList<Api::Membership>> listed =
                co_await m_client->listMemberships(Api::MembershipQuery::forUser(userId));
            if (listed.hasError(ApiError::Kind::Cancelled))
                co_return std::nullopt;
            std::optional<Api::Membership> active;
            if (listed.ok())
                for (const Api::Membership &existing : listed.value())
                    if (existing.organizationId == organizationId && existing.userId == userId
                        && (existing.status.isEmpty() || existing.status == u"active"_s))
                        active = existing;
            if (active) {
                out.outcome = mayBeOurs(intent, *intentAt, m.error()) && Store::createdAfterIntent(active->createdAt, *intentAt)
                    ? Store::Outcome::MembershipAdded
                    : Store::Outcome::MembershipExisted;
                out.membershipId = active->id;
                if (out.outcome == Store::Outcome::MembershipExisted && forgetIntent)
                    forgetIntent(intent.kind, intent.objectKey); // answered: the create made nothing
                break;
            }
            if (m.hasError(ApiError::Kind::MembershipExists)) {
                out.outcome = Store::Outcome::MembershipExisted; // WorkOS's own code says so
                if (forgetIntent)
                    forgetIntent(intent.kind, intent.objectKey);
                break;
            }
            Store::RowOutcome failed =
                failure(row, Store::Stage::Membership, !listed.ok() && listed.error().retryable() ? listed.error() : m.error());
            failed.userId = userId;
            failed.user = userResult;
            co_return failed;
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
        if (forgetIntent && refusedOutright(m.error()))
            forgetIntent(intent.kind, intent.objectKey);
        Store::RowOutcome failed = failure(row, Store::Stage::Membership, m.error());
        failed.userId = userId;
        failed.user = userResult;
        co_return failed;
    }
    out.stage = Store::Stage::Membership;
    if (roles.size() < row.roleSlugs.size()) {
        out.code = u"roles.first_only"_s; // verify then expects the first slug only
        out.message = u"Only the first role (%1) was given: Multiple Roles is not enabled."_s.arg(roles.value(0));
    }
    co_return out;
}

} // namespace Engine
