#pragma once
// SandboxStats: counters for GET /_sandbox/stats — requests per endpoint, per status and per
// error code, 429s sent, injected faults — plus the rate limiter's per-family window peaks.
//
// Owned by the ApiRouter; main thread only.

#include "sandboxratelimit.h"

#include <QtCore/QJsonObject>
#include <QtCore/QMap>

#include <array>

namespace Sandbox {

enum class Route {
    CreateUser,
    ListUsers,
    GetUser,
    GetUserByExternalId,
    CreateOrganization,
    ListOrganizations,
    GetOrganization,
    GetOrganizationByExternalId,
    CreateMembership,
    ListMemberships,
    GetMembership,
    DeleteUser,
    UpdateUser,
    DeleteOrganization,
    DeleteMembership,
    ListRoles,
    CreateRole,
    DeactivateMembership, // PUT /user_management/organization_memberships/:id/deactivate
    ReactivateMembership, // PUT /user_management/organization_memberships/:id/reactivate
    Unknown, // no such endpoint
    SandboxState,
    SandboxStats,
    SandboxReset,
    SandboxSwitches,
};
constexpr int ApiRouteCount = int(Route::Unknown) + 1; // routes counted in the statistics
QString routeName(Route route); // "POST /user_management/users", ...

class SandboxStats
{
public:
    void countRequest(Route route);
    void countStatus(int status);
    // The error answer's code and every errors[].code ("user_creation_error" and
    // "email_not_available" for a taken email), each once.
    void countErrorCodes(const QJsonObject &errorBody);
    void countRateLimited() { ++m_rateLimited; }
    void countUnauthorized() { ++m_unauthorized; }
    void countFailed() { ++m_failed; }
    void countReset() { ++m_reset; }
    void countIdempotentReplay() { ++m_idempotentReplays; }
    void countStalled() { ++m_stalled; }

    qint64 requests() const { return m_total; }
    QJsonObject toJson(const RateLimiter &limiter) const;
    void clear();

private:
    std::array<qint64, ApiRouteCount> m_perRoute {};
    QMap<int, qint64> m_perStatus;
    QMap<QString, qint64> m_perErrorCode;
    qint64 m_total = 0;
    qint64 m_rateLimited = 0;
    qint64 m_unauthorized = 0;
    qint64 m_failed = 0;
    qint64 m_reset = 0;
    qint64 m_idempotentReplays = 0;
    qint64 m_stalled = 0;
};

} // namespace Sandbox
