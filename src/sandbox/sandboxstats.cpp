#include "sandboxstats.h"

#include <QtCore/QJsonArray>
#include <QtCore/QSet>

using namespace Qt::StringLiterals;

namespace Sandbox {

QString routeName(Route route)
{
    switch (route) {
    case Route::CreateUser: return u"POST /user_management/users"_s;
    case Route::ListUsers: return u"GET /user_management/users"_s;
    case Route::GetUser: return u"GET /user_management/users/:id"_s;
    case Route::GetUserByExternalId: return u"GET /user_management/users/external_id/:external_id"_s;
    case Route::CreateOrganization: return u"POST /organizations"_s;
    case Route::ListOrganizations: return u"GET /organizations"_s;
    case Route::GetOrganization: return u"GET /organizations/:id"_s;
    case Route::GetOrganizationByExternalId: return u"GET /organizations/external_id/:external_id"_s;
    case Route::CreateMembership: return u"POST /user_management/organization_memberships"_s;
    case Route::ListMemberships: return u"GET /user_management/organization_memberships"_s;
    case Route::GetMembership: return u"GET /user_management/organization_memberships/:id"_s;
    case Route::DeleteUser: return u"DELETE /user_management/users/:id"_s;
    case Route::UpdateUser: return u"PUT /user_management/users/:id"_s;
    case Route::DeleteOrganization: return u"DELETE /organizations/:id"_s;
    case Route::DeleteMembership: return u"DELETE /user_management/organization_memberships/:id"_s;
    case Route::ListRoles: return u"GET /authorization/roles"_s;
    case Route::CreateRole: return u"POST /authorization/roles"_s;
    case Route::DeactivateMembership: return u"PUT /user_management/organization_memberships/:id/deactivate"_s;
    case Route::ReactivateMembership: return u"PUT /user_management/organization_memberships/:id/reactivate"_s;
    case Route::Unknown: return u"unknown"_s;
    case Route::SandboxState: return u"GET /_sandbox/state"_s;
    case Route::SandboxStats: return u"GET /_sandbox/stats"_s;
    case Route::SandboxReset: return u"POST /_sandbox/reset"_s;
    case Route::SandboxSwitches: return u"POST /_sandbox/switches"_s;
    }
    return {};
}

void SandboxStats::countRequest(Route route)
{
    if (int(route) < ApiRouteCount) {
        ++m_perRoute[int(route)];
        ++m_total;
    }
}

void SandboxStats::countStatus(int status)
{
    ++m_perStatus[status];
}

void SandboxStats::countErrorCodes(const QJsonObject &errorBody)
{
    QSet<QString> codes;
    if (const QString code = errorBody.value(u"code"_s).toString(); !code.isEmpty())
        codes.insert(code);
    const QJsonArray errors = errorBody.value(u"errors"_s).toArray();
    for (const QJsonValue &item : errors) {
        if (const QString code = item.toObject().value(u"code"_s).toString(); !code.isEmpty())
            codes.insert(code);
    }
    for (const QString &code : std::as_const(codes))
        ++m_perErrorCode[code];
}

QJsonObject SandboxStats::toJson(const RateLimiter &limiter) const
{
    QJsonObject endpoints;
    for (int i = 0; i < ApiRouteCount; ++i) {
        if (m_perRoute[i] > 0)
            endpoints.insert(routeName(Route(i)), m_perRoute[i]);
    }
    QJsonObject statuses;
    for (auto it = m_perStatus.cbegin(); it != m_perStatus.cend(); ++it)
        statuses.insert(QString::number(it.key()), it.value());
    QJsonObject errorCodes;
    for (auto it = m_perErrorCode.cbegin(); it != m_perErrorCode.cend(); ++it)
        errorCodes.insert(it.key(), it.value());
    QJsonObject families;
    for (const RateFamily family : {RateFamily::Writes, RateFamily::Reads, RateFamily::General}) {
        const FamilyLimit &limit = limiter.limit(family);
        families.insert(rateFamilyName(family),
                        QJsonObject {
                            {u"limit"_s, limit.limit > 0 ? QJsonValue(limit.limit) : QJsonValue(QJsonValue::Null)},
                            {u"window_seconds"_s, double(limit.windowMs) / 1000.0},
                            // the most requests admitted within any one window (never above limit)
                            {u"max_in_window"_s, limiter.maxAdmittedInWindow(family)},
                            // the most requests attempted within any one window, refused ones included
                            {u"max_attempted_in_window"_s, limiter.maxAttemptedInWindow(family)},
                            {u"rate_limited"_s, limiter.refused(family)},
                        });
    }
    return QJsonObject {
        {u"requests"_s, m_total},
        {u"endpoints"_s, endpoints},
        {u"statuses"_s, statuses},
        {u"error_codes"_s, errorCodes},
        {u"rate_limited"_s, m_rateLimited},
        {u"unauthorized"_s, m_unauthorized},
        {u"faults"_s, QJsonObject {{u"failed"_s, m_failed}, {u"reset"_s, m_reset}, {u"stalled"_s, m_stalled}}},
        {u"idempotent_replays"_s, m_idempotentReplays},
        {u"families"_s, families},
    };
}

void SandboxStats::clear()
{
    *this = SandboxStats();
}

} // namespace Sandbox
