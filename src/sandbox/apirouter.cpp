#include "apirouter.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonParseError>
#include <QtCore/QVarLengthArray>

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {

SandboxStore::Settings storeSettings(const SandboxOptions &options)
{
    SandboxStore::Settings settings;
    settings.roles = options.roles;
    settings.multipleRoles = options.multipleRoles;
    settings.seed = options.seed;
    return settings;
}

FaultSettings faultSettings(const SandboxOptions &options)
{
    return FaultSettings {options.latencyMs, options.failRate, options.resetRate, options.stallRate};
}

// The non-empty pieces of text between separators.
QVarLengthArray<QByteArrayView, 8> splitView(QByteArrayView text, char separator)
{
    QVarLengthArray<QByteArrayView, 8> pieces;
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf(separator, start);
        if (end < 0)
            end = text.size();
        if (end > start)
            pieces.append(text.sliced(start, end - start));
        start = end + 1;
    }
    return pieces;
}

QueryParams parseQuery(const QByteArray &query)
{
    // '+' stays a plus sign: e-mail addresses contain it and QUrlQuery does not encode it.
    QueryParams params;
    for (const QByteArrayView pair : splitView(query, '&')) {
        const qsizetype eq = pair.indexOf('=');
        const QByteArrayView name = eq < 0 ? pair : pair.first(eq);
        const QByteArrayView value = eq < 0 ? QByteArrayView() : pair.sliced(eq + 1);
        params.insert(QString::fromUtf8(QByteArray::fromPercentEncoding(name.toByteArray())),
                      QString::fromUtf8(QByteArray::fromPercentEncoding(value.toByteArray())));
    }
    return params;
}

QByteArray jsonBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

RateFamily familyOf(const QByteArray &method, const QByteArray &path)
{
    if (path.startsWith("/user_management/") || path == "/user_management")
        return method == "GET" || method == "HEAD" ? RateFamily::Reads : RateFamily::Writes;
    return RateFamily::General;
}

// The environment roles: GET lists them, POST creates one (docs/sandbox.md).
Route roleRoute(const QByteArray &method)
{
    if (method == "GET")
        return Route::ListRoles;
    if (method == "POST")
        return Route::CreateRole;
    return Route::Unknown;
}

} // namespace

ApiRouter::ApiRouter(const SandboxOptions &options)
    : m_store(storeSettings(options))
    , m_limiter(options.rateLimits)
    , m_faults(faultSettings(options), options.seed)
    , m_requestIds(options.seed + 1)
    , m_honourIdempotencyKey(!options.ignoreIdempotencyKey)
    , m_adminSecret(options.adminSecret)
{
    for (const QString &key : options.keys)
        m_keys.insert(key.toUtf8());
    m_clock.start();
}

ApiRouter::Match ApiRouter::match(const QByteArray &method, const QByteArray &rawPath) const
{
    QByteArrayView path(rawPath);
    while (path.size() > 1 && path.endsWith('/'))
        path.chop(1);
    const auto segments = splitView(path, '/');
    const auto decoded = [](QByteArrayView segment) {
        return QString::fromUtf8(QByteArray::fromPercentEncoding(segment.toByteArray()));
    };
    const bool get = method == "GET";
    const bool post = method == "POST";
    const bool del = method == "DELETE";
    const qsizetype n = segments.size();
    Match m;
    if (n == 0)
        return m;

    if (segments[0] == "user_management" && n >= 2) {
        if (segments[1] == "users") {
            if (n == 2 && post)
                m.route = Route::CreateUser;
            else if (n == 2 && get)
                m.route = Route::ListUsers;
            else if (n == 3 && get)
                m.route = Route::GetUser, m.parameter = decoded(segments[2]);
            else if (n == 3 && del)
                m.route = Route::DeleteUser, m.parameter = decoded(segments[2]);
            else if (n == 3 && method == "PUT")
                m.route = Route::UpdateUser, m.parameter = decoded(segments[2]);
            else if (n == 4 && get && segments[2] == "external_id")
                m.route = Route::GetUserByExternalId, m.parameter = decoded(segments[3]);
        } else if (segments[1] == "organization_memberships") {
            if (n == 2 && post)
                m.route = Route::CreateMembership;
            else if (n == 2 && get)
                m.route = Route::ListMemberships;
            else if (n == 3 && get)
                m.route = Route::GetMembership, m.parameter = decoded(segments[2]);
            else if (n == 3 && del)
                m.route = Route::DeleteMembership, m.parameter = decoded(segments[2]);
            else if (n == 4 && method == "PUT" && segments[3] == "deactivate")
                m.route = Route::DeactivateMembership, m.parameter = decoded(segments[2]);
            else if (n == 4 && method == "PUT" && segments[3] == "reactivate")
                m.route = Route::ReactivateMembership, m.parameter = decoded(segments[2]);
        }
    } else if (segments[0] == "organizations") {
        if (n == 1 && post)
            m.route = Route::CreateOrganization;
        else if (n == 1 && get)
            m.route = Route::ListOrganizations;
        else if (n == 2 && get)
            m.route = Route::GetOrganization, m.parameter = decoded(segments[1]);
        else if (n == 2 && del)
            m.route = Route::DeleteOrganization, m.parameter = decoded(segments[1]);
        else if (n == 3 && get && segments[1] == "external_id")
            m.route = Route::GetOrganizationByExternalId, m.parameter = decoded(segments[2]);
    } else if (segments[0] == "authorization" && n == 2 && segments[1] == "roles") {
        m.route = roleRoute(method);
    } else if (segments[0] == "_sandbox" && n == 2) {
        if (get && segments[1] == "state")
            m.route = Route::SandboxState;
        else if (get && segments[1] == "stats")
            m.route = Route::SandboxStats;
        else if (post && segments[1] == "reset")
            m.route = Route::SandboxReset;
        else if (post && segments[1] == "switches")
            m.route = Route::SandboxSwitches;
    }
    return m;
}

bool ApiRouter::authorized(const QByteArray &authorization) const
{
    constexpr QByteArrayView bearer = "Bearer ";
    if (!QByteArrayView(authorization).startsWith(bearer))
        return false;
    const QByteArray key = authorization.sliced(bearer.size()).trimmed();
    return m_keys.contains(key) && !m_refusedKeys.contains(key);
}

bool ApiRouter::sandboxAuthorized(const QByteArray &secret) const
{
    // Compared in constant time: the answer's timing says nothing about the secret.
    if (m_adminSecret.isEmpty() || secret.size() != m_adminSecret.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < secret.size(); ++i)
        diff |= static_cast<unsigned char>(secret[i] ^ m_adminSecret[i]);
    return diff == 0;
}

HttpOutcome ApiRouter::handle(const HttpRequest &request)
{
    const Match m = match(request.method, request.path);
    if (m.route == Route::SandboxState || m.route == Route::SandboxStats || m.route == Route::SandboxReset
        || m.route == Route::SandboxSwitches) {
        HttpOutcome outcome;
        // Every rehearsal user's email and name, and a reset that empties the journal: only for
        // whoever started the sandbox (the wizard, a test, a script), never any local user.
        outcome.response = sandboxAuthorized(request.sandboxSecret)
            ? handleSandbox(m.route, request)
            : toResponse(ApiResult::error(401, u"sandbox_secret_required"_s,
                                          u"/_sandbox/* needs the header \"X-Sandbox-Secret: SECRET\" with the secret the "
                                          "sandbox was started with (--admin-secret-file, WORKOS_SANDBOX_ADMIN_SECRET, or "
                                          "\"admin_secret\" in its first line)."_s));
        return outcome;
    }
    if (m_unreachable) {
        // The server is "down": the connection drops before the request is read or counted.
        HttpOutcome outcome;
        outcome.kind = HttpOutcome::Kind::Reset;
        return outcome;
    }
    if (PasswordSignIn::isAuthenticateRequest(request.method, request.path))
        return handleSignIn(request);
    m_stats.countRequest(m.route);
    HttpOutcome outcome = handleApi(m, request);
    if (outcome.kind == HttpOutcome::Kind::Respond) {
        m_stats.countStatus(outcome.response.status);
        if (outcome.response.status >= 400)
            m_stats.countErrorCodes(QJsonDocument::fromJson(outcome.response.body).object());
    }
    return outcome;
}

HttpOutcome ApiRouter::handleApi(const Match &m, const HttpRequest &request)
{
    HttpOutcome outcome;
    const qint64 nowMs = m_clock.elapsed();
    const FaultInjector::Decision fault = m_faults.next();
    outcome.delayMs = fault.delayMs;

    // The key is never echoed, logged or stored beyond the accepted set.
    if (!authorized(request.authorization)) {
        m_stats.countUnauthorized();
        outcome.response = toResponse(ApiResult::error(
            401, u"unauthorized"_s,
            u"Invalid API key. Send \"Authorization: Bearer <key>\" with a key the sandbox accepts."_s));
        return outcome;
    }

    const RateFamily family = familyOf(request.method, request.path);
    const RateDecision rate = m_limiter.admit(request.authorization, family, nowMs);
    QList<QPair<QByteArray, QByteArray>> rateHeaders;
    if (rate.limit > 0) {
        rateHeaders = {{"X-RateLimit-Limit"_ba, QByteArray::number(rate.limit)},
                       {"X-RateLimit-Remaining"_ba, QByteArray::number(rate.remaining)},
                       {"X-RateLimit-Reset"_ba, QByteArray::number(rate.resetSeconds)}};
    }
    if (!rate.allowed) {
        m_stats.countRateLimited();
        outcome.response = toResponse(ApiResult::error(
            429, u"rate_limit_exceeded"_s,
            u"Rate limit exceeded: at most %1 %2 requests per %3 seconds per API key. Retry after %4 seconds."_s
                .arg(rate.limit)
                .arg(rateFamilyName(family))
                .arg(double(m_limiter.limit(family).windowMs) / 1000.0)
                .arg(rate.retryAfterSeconds)));
        outcome.response.headers.append({"Retry-After"_ba, QByteArray::number(rate.retryAfterSeconds)});
        outcome.response.headers.append(rateHeaders);
        return outcome;
    }

    if (fault.fault == FaultInjector::Fault::Fail) {
        m_stats.countFailed();
        outcome.response = toResponse(fault.failStatus == 503
            ? ApiResult::error(503, u"service_unavailable"_s, u"The service is temporarily unavailable (injected fault)."_s)
            : ApiResult::error(500, u"internal_server_error"_s, u"Something went wrong on our side (injected fault)."_s));
        outcome.response.headers.append(rateHeaders);
        return outcome;
    }

    const QByteArray idemKey = (m_honourIdempotencyKey && request.method == "POST" && !request.idempotencyKey.isEmpty())
        ? request.authorization + '\n' + request.idempotencyKey
        : QByteArray();
    if (const auto it = m_idempotent.constFind(idemKey); !idemKey.isEmpty() && it != m_idempotent.constEnd()) {
        outcome.response = *it; // the same answer as the first time; nothing runs again
        m_stats.countIdempotentReplay();
    } else {
        outcome.response = toResponse(runOperation(m, request));
        if (!idemKey.isEmpty() && outcome.response.status < 500)
            m_idempotent.insert(idemKey, outcome.response);
    }
    outcome.response.headers.append(rateHeaders);
    if (fault.fault == FaultInjector::Fault::Reset) {
        m_stats.countReset();
        outcome.kind = HttpOutcome::Kind::Reset;
    } else if (fault.fault == FaultInjector::Fault::Stall) {
        m_stats.countStalled();
        outcome.kind = HttpOutcome::Kind::Stall;
    }
    return outcome;
}

ApiResult ApiRouter::runOperation(const Match &match, const HttpRequest &request)
{
    QJsonObject body;
    if (match.route == Route::CreateUser || match.route == Route::CreateOrganization
        || match.route == Route::CreateMembership || match.route == Route::UpdateUser
        || match.route == Route::CreateRole) {
        if (!request.body.trimmed().isEmpty()) {
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
            if (error.error != QJsonParseError::NoError || !document.isObject()) {
                return ApiResult::error(400, u"invalid_request"_s,
                                        u"The request body must be a JSON object."_s);
            }
            body = document.object();
        }
    }
    if (isChange(match.route)) {
        if (m_journalBroken)
            return ApiResult::error(503, u"service_unavailable"_s,
                                    u"The sandbox cannot use its journal any more, so it makes no changes. Restart it."_s);
        ApiResult result = applyChange(match.route, match.parameter, body);
        m_signIn.observe(match.route, match.parameter, body, result);
        if (m_journal.isOpen() && result.status >= 200 && result.status < 300) {
            // Passwords and hashes are checked by the store and never written anywhere.
            QJsonObject kept = body;
            kept.remove(u"password"_s);
            kept.remove(u"password_hash"_s);
            kept.remove(u"password_hash_type"_s);
            QJsonObject entry {{u"route"_s, int(match.route)}, {u"body"_s, kept}};
            if (!match.parameter.isEmpty())
                entry.insert(u"parameter"_s, match.parameter);
            if (result.body.contains(u"id"_s)) {
                entry.insert(u"id"_s, result.body.value(u"id"_s));
                entry.insert(u"created_at"_s, result.body.value(u"created_at"_s));
            }
            if (!m_journal.append(entry)) {
                // Not in the file, so not in memory either: a restarted sandbox and this one
                // must hold the same, and the client was told the change failed.
                revertToJournal();
                return ApiResult::error(500, u"internal_server_error"_s,
                                        u"The sandbox could not record the change in its journal (is the disk full?)."_s);
            }
        }
        return result;
    }
    switch (match.route) {
    case Route::CreateUser: return m_store.createUser(body);
    case Route::ListUsers: return m_store.listUsers(parseQuery(request.query));
    case Route::GetUser: return m_store.getUser(match.parameter);
    case Route::GetUserByExternalId: return m_store.getUserByExternalId(match.parameter);
    case Route::CreateOrganization: return m_store.createOrganization(body);
    case Route::ListOrganizations: return m_store.listOrganizations(parseQuery(request.query));
    case Route::GetOrganization: return m_store.getOrganization(match.parameter);
    case Route::GetOrganizationByExternalId: return m_store.getOrganizationByExternalId(match.parameter);
    case Route::CreateMembership: return m_store.createMembership(body);
    case Route::ListMemberships: return m_store.listMemberships(parseQuery(request.query));
    case Route::GetMembership: return m_store.getMembership(match.parameter);
    case Route::DeleteUser: return m_store.deleteUser(match.parameter);
    case Route::UpdateUser: return m_store.updateUser(match.parameter, body);
    case Route::DeleteOrganization: return m_store.deleteOrganization(match.parameter);
    case Route::DeleteMembership: return m_store.deleteMembership(match.parameter);
    case Route::DeactivateMembership: return m_store.setMembershipActive(match.parameter, false);
    case Route::ReactivateMembership: return m_store.setMembershipActive(match.parameter, true);
    case Route::ListRoles: return m_store.listRoles();
    case Route::CreateRole: return m_store.createRole(body);
    case Route::Unknown:
    case Route::SandboxState:
    case Route::SandboxStats:
    case Route::SandboxReset:
    case Route::SandboxSwitches:
        break;
    }
    return ApiResult::error(404, u"not_found"_s,
                            u"No such endpoint: %1 %2"_s.arg(QString::fromLatin1(request.method),
                                                             QString::fromUtf8(request.path)));
}

bool ApiRouter::isChange(Route route) const
{
    switch (route) {
    case Route::CreateUser:
    case Route::CreateOrganization:
    case Route::CreateMembership:
    case Route::UpdateUser:
    case Route::DeleteUser:
    case Route::DeleteOrganization:
    case Route::DeleteMembership:
    case Route::CreateRole:
    case Route::DeactivateMembership:
    case Route::ReactivateMembership:
        return true;
    default:
        return false;
    }
}

ApiResult ApiRouter::applyChange(Route route, const QString &parameter, const QJsonObject &body)
{
    switch (route) {
    case Route::CreateUser: return m_store.createUser(body);
    case Route::CreateOrganization: return m_store.createOrganization(body);
    case Route::CreateMembership: return m_store.createMembership(body);
    case Route::UpdateUser: return m_store.updateUser(parameter, body);
    case Route::DeleteUser: return m_store.deleteUser(parameter);
    case Route::DeleteOrganization: return m_store.deleteOrganization(parameter);
    case Route::DeleteMembership: return m_store.deleteMembership(parameter);
    case Route::CreateRole: return m_store.createRole(body);
    case Route::DeactivateMembership: return m_store.setMembershipActive(parameter, false);
    case Route::ReactivateMembership: return m_store.setMembershipActive(parameter, true);
    default: return ApiResult::error(404, u"not_found"_s, u"Not a change."_s);
    }
}

bool ApiRouter::openJournal(const QString &path, QString *error)
{
    QList<QJsonObject> entries;
    if (!m_journal.open(path, &entries, error))
        return false;
    int line = 0;
    for (const QJsonObject &entry : std::as_const(entries)) {
        ++line;
        const auto route = Route(entry.value(u"route"_s).toInt(-1));
        if (!isChange(route)) {
            *error = u"line %1 of the journal %2 is not a change this sandbox knows"_s.arg(line).arg(path);
            return false;
        }
        if (entry.contains(u"id"_s))
            m_store.setReplayIdentity(entry.value(u"id"_s).toString(), entry.value(u"created_at"_s).toString());
        QJsonObject body = entry.value(u"body"_s).toObject();
        const ApiResult result = applyChange(route, entry.value(u"parameter"_s).toString(), body);
        m_store.setReplayIdentity({}, {});
        if (result.status < 200 || result.status >= 300) {
            *error = u"line %1 of the journal %2 could not be replayed: %3"_s.arg(line).arg(path)
                         .arg(result.body.value(u"message"_s).toString());
            return false;
        }
    }
    return true;
}

void ApiRouter::revertToJournal()
{
    // The answers kept for Idempotency-Key stay: every change they answered is in the journal
    // (the failed one was answered 500, which is never kept).
    m_store.clear();
    QList<QJsonObject> entries;
    QString error;
    if (!m_journal.reload(&entries, &error)) {
        m_journalBroken = true;
        return;
    }
    for (const QJsonObject &entry : std::as_const(entries)) {
        const auto route = Route(entry.value(u"route"_s).toInt(-1));
        if (entry.contains(u"id"_s))
            m_store.setReplayIdentity(entry.value(u"id"_s).toString(), entry.value(u"created_at"_s).toString());
        const ApiResult result = applyChange(route, entry.value(u"parameter"_s).toString(), entry.value(u"body"_s).toObject());
        m_store.setReplayIdentity({}, {});
        if (result.status < 200 || result.status >= 300) {
            m_journalBroken = true;
            return;
        }
    }
}

HttpResponse ApiRouter::handleSandbox(Route route, const HttpRequest &request)
{
    QJsonObject body;
    switch (route) {
    case Route::SandboxState:
        body = m_store.state();
        break;
    case Route::SandboxStats:
        body = m_stats.toJson(m_limiter);
        body.insert(u"counts"_s, QJsonObject {{u"users"_s, m_store.userCount()},
                                              {u"organizations"_s, m_store.organizationCount()},
                                              {u"organization_memberships"_s, m_store.membershipCount()}});
        break;
    case Route::SandboxReset:
        // A fresh sandbox: no data, no statistics, empty rate-limit windows.
        if (m_journal.isOpen() && !m_journal.clear()) {
            revertToJournal();
            return toResponse(ApiResult::error(500, u"internal_server_error"_s,
                                               u"The sandbox could not empty its journal, so nothing was reset."_s));
        }
        m_store.clear();
        m_signIn.clear();
        m_idempotent.clear();
        m_stats.clear();
        m_limiter.clear();
        m_unreachable = false;
        m_refusedKeys.clear();
        body = QJsonObject {{u"reset"_s, true}};
        break;
    case Route::SandboxSwitches: {
        // {"unreachable": bool, "refused_keys": [key, ...]}: each given member replaces the switch.
        const QJsonObject in = QJsonDocument::fromJson(request.body).object();
        if (in.contains(u"unreachable"_s))
            m_unreachable = in.value(u"unreachable"_s).toBool();
        if (in.contains(u"refused_keys"_s)) {
            m_refusedKeys.clear();
            for (const QJsonValue &k : in.value(u"refused_keys"_s).toArray())
                m_refusedKeys.insert(k.toString().toUtf8());
        }
        if (in.contains(u"add_roles"_s)) {
            QStringList slugs;
            for (const QJsonValue &r : in.value(u"add_roles"_s).toArray())
                slugs.append(r.toString());
            m_store.addRoles(slugs);
        }
        body = QJsonObject {{u"unreachable"_s, m_unreachable}, {u"refused_keys"_s, int(m_refusedKeys.size())}};
        break;
    }
    default:
        break;
    }
    return toResponse(ApiResult::ok(body));
}

HttpResponse ApiRouter::toResponse(const ApiResult &result)
{
    HttpResponse response;
    response.status = result.status;
    // 204 No Content (a delete) has no body, like WorkOS.
    if (result.status != 204)
        response.body = jsonBytes(result.body);
    response.headers.append({"X-Request-ID"_ba, m_requestIds.next(u"req").toLatin1()});
    return response;
}

HttpOutcome ApiRouter::handleSignIn(const HttpRequest &request)
{
    QSet<QByteArray> keys = m_keys;
    for (const QByteArray &refused : std::as_const(m_refusedKeys))
        keys.remove(refused);
    const PasswordSignIn::Answer answer = m_signIn.authenticate(
        request.body, keys, m_clock.elapsed(), [this](const QString &id) { return m_store.getUser(id).body; });
    HttpOutcome outcome;
    outcome.response = toResponse(answer.result);
    if (answer.retryAfterSeconds > 0)
        outcome.response.headers.append({"Retry-After"_ba, QByteArray::number(answer.retryAfterSeconds)});
    return outcome;
}

} // namespace Sandbox
