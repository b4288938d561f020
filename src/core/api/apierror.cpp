#include "apierror.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDebug>
#include <QtCore/QJsonArray>

using namespace Qt::StringLiterals;

namespace Api {

namespace {

bool mentions(const QString &code, const QStringList &subCodes, QLatin1StringView what)
{
    return code == what || subCodes.contains(what);
}

bool mentionsPart(const QString &code, const QStringList &subCodes, QLatin1StringView part)
{
    if (code.contains(part))
        return true;
    for (const QString &sub : subCodes) {
        if (sub.contains(part))
            return true;
    }
    return false;
}

} // namespace

ApiError::ApiError(Kind kind, QString message)
    : m_kind(kind)
    , m_message(std::move(message))
{
}

ApiError ApiError::fromHttp(int httpStatus, const QJsonObject &body, bool membershipCreate)
{
    ApiError error;
    error.m_httpStatus = httpStatus;
    error.m_code = body.value("code"_L1).toString();
    if (error.m_code.isEmpty())
        error.m_code = body.value("error"_L1).toString(); // OAuth-style bodies
    error.m_message = body.value("message"_L1).toString();
    if (error.m_message.isEmpty())
        error.m_message = body.value("error_description"_L1).toString();
    const QJsonArray errors = body.value("errors"_L1).toArray();
    for (const QJsonValue &item : errors) {
        const QString sub = item.toObject().value("code"_L1).toString();
        if (!sub.isEmpty())
            error.m_subCodes.append(sub);
        if (error.m_message.isEmpty())
            error.m_message = item.toObject().value("message"_L1).toString();
    }

    const QString &code = error.m_code;
    const QStringList &subs = error.m_subCodes;
    // The API's codes decide first (WorkOS reference: "user_creation_error" with the
    // sub-error "email_not_available"; the older API and emulators answer 409
    // "user_already_exists"); the status decides the rest.
    if (mentions(code, subs, "email_not_available"_L1) || mentions(code, subs, "user_already_exists"_L1)
        || mentions(code, subs, "email_already_exists"_L1))
        error.m_kind = Kind::EmailTaken;
    else if (mentions(code, subs, "external_id_already_used"_L1) || mentions(code, subs, "external_id_taken"_L1))
        error.m_kind = Kind::ExternalIdTaken;
    else if (mentionsPart(code, subs, "multiple_roles"_L1))
        error.m_kind = Kind::MultipleRolesNotEnabled;
    else if (mentions(code, subs, "invalid_role"_L1) || mentions(code, subs, "role_not_found"_L1)
             || mentions(code, subs, "invalid_role_slug"_L1))
        error.m_kind = Kind::InvalidRole;
    else if (mentions(code, subs, "organization_membership_already_exists"_L1))
        error.m_kind = Kind::MembershipExists; // WorkOS's "already a member", and only that
    else if (httpStatus == 409 && membershipCreate)
        // Another conflict on a membership (a pending membership that cannot be reactivated,
        // an emulator's generic "conflict"): not proof of membership. The importer checks the
        // user's memberships before it counts the row as "already a member".
        error.m_kind = Kind::InvalidRequest;
    else if (httpStatus == 429)
        error.m_kind = Kind::RateLimited;
    else if (httpStatus == 408 || httpStatus >= 500)
        error.m_kind = Kind::Transient;
    else if (httpStatus == 401)
        error.m_kind = Kind::Unauthorized;
    else if (httpStatus == 403)
        error.m_kind = Kind::Forbidden;
    else if (httpStatus == 404)
        error.m_kind = Kind::NotFound;
    else
        error.m_kind = Kind::InvalidRequest;

    if (error.m_message.isEmpty())
        error.m_message = u"HTTP status %1"_s.arg(httpStatus);
    return error;
}

bool ApiError::retryable() const
{
    switch (m_kind) {
    case Kind::RateLimited:
    case Kind::Transient:
    case Kind::Timeout:
        return true;
    default:
        return false;
    }
}

bool ApiError::blocksAllRequests() const
{
    switch (m_kind) {
    case Kind::InvalidConfiguration:
    case Kind::Unauthorized:
    case Kind::Forbidden:
    case Kind::TlsError:
    case Kind::ProxyError:
        return true;
    default:
        return false;
    }
}

QString ApiError::userMessage() const
{
    QString text;
    switch (m_kind) {
    case Kind::Internal:
        text = QCoreApplication::translate("Api::ApiError", "The wizard ran into an internal problem (%1). Please report it.").arg(m_message);
        break;
    case Kind::InvalidConfiguration:
        text = QCoreApplication::translate("Api::ApiError", "The connection settings cannot be used: %1").arg(m_message);
        break;
    case Kind::EmailTaken:
        text = QCoreApplication::translate("Api::ApiError", "A user with this email address already exists in WorkOS. The existing user is kept.");
        break;
    case Kind::ExternalIdTaken:
        text = QCoreApplication::translate("Api::ApiError", "The external ID is already used by another record in WorkOS. Give this row a different "
               "external ID or leave it empty.");
        break;
    case Kind::MembershipExists:
        text = QCoreApplication::translate("Api::ApiError", "The user is already a member of this organization. Nothing needed to change.");
        break;
    case Kind::InvalidRole:
        text = QCoreApplication::translate("Api::ApiError", "WorkOS does not know a role in this row (%1). Check the role slugs in the WorkOS "
               "dashboard (Roles) and fix the role_slugs column.").arg(m_message);
        break;
    case Kind::MultipleRolesNotEnabled:
        text = QCoreApplication::translate("Api::ApiError", "This row gives a user several roles, but Multiple Roles is not turned on for this "
               "WorkOS environment. Turn it on in the dashboard, or give each row one role.");
        break;
    case Kind::RateLimited:
        text = QCoreApplication::translate("Api::ApiError", "WorkOS asked us to slow down (too many requests). The wizard waits and tries again; "
               "nothing needs doing.");
        break;
    case Kind::Transient:
        text = QCoreApplication::translate("Api::ApiError", "WorkOS could not be reached or had a temporary problem (%1). Check the internet "
               "connection; running the job again later retries this row.").arg(m_message);
        break;
    case Kind::Timeout:
        text = QCoreApplication::translate("Api::ApiError", "WorkOS did not answer in time (%1). Check the internet connection; running the job "
               "again later retries this row.").arg(m_message);
        break;
    case Kind::Cancelled:
        text = QCoreApplication::translate("Api::ApiError", "The request was stopped before it finished. Resume the job to carry on.");
        break;
    case Kind::Unauthorized:
        text = QCoreApplication::translate("Api::ApiError", "WorkOS did not accept the API key. Copy the secret key (it starts with sk_) from the "
               "WorkOS dashboard, API Keys, and paste it again.");
        break;
    case Kind::Forbidden:
        text = QCoreApplication::translate("Api::ApiError", "The API key is valid but is not allowed to do this. Use a key with full access to "
               "User Management, or ask your WorkOS administrator for one.");
        break;
    case Kind::NotFound:
        text = QCoreApplication::translate("Api::ApiError", "WorkOS could not find what this row refers to (%1). Check the IDs in the row.").arg(m_message);
        break;
    case Kind::InvalidRequest:
        text = QCoreApplication::translate("Api::ApiError", "WorkOS rejected this row: %1. Fix the data in the row and run it again.").arg(m_message);
        break;
    case Kind::InvalidResponse:
        text = QCoreApplication::translate("Api::ApiError", "WorkOS sent an answer the wizard could not read (%1). If a proxy or firewall sits "
               "between you and WorkOS, check it; otherwise try again later.").arg(m_message);
        break;
    case Kind::TlsError:
        text = QCoreApplication::translate("Api::ApiError", "The secure connection to WorkOS failed (%1). If your network inspects HTTPS traffic, "
               "your administrator's certificate must be installed on this computer.").arg(m_message);
        break;
    case Kind::ProxyError:
        text = QCoreApplication::translate("Api::ApiError", "The proxy server set up on this computer did not work (%1). Check the proxy settings "
               "(HTTPS_PROXY) or ask your network administrator.").arg(m_message);
        break;
    }
    if (!m_requestId.isEmpty())
        text += u" (WorkOS request id: %1)"_s.arg(m_requestId);
    return text;
}

QString ApiError::technicalSummary() const
{
    QString text = kindName(m_kind);
    if (m_httpStatus != 0)
        text += u" HTTP %1"_s.arg(m_httpStatus);
    if (!m_code.isEmpty())
        text += u" code=%1"_s.arg(m_code);
    if (!m_subCodes.isEmpty())
        text += u" errors=[%1]"_s.arg(m_subCodes.join(u','));
    if (!m_endpoint.isEmpty())
        text += u" on "_s + m_endpoint;
    if (!m_message.isEmpty())
        text += u": "_s + m_message;
    if (!m_requestId.isEmpty())
        text += u" (request id %1)"_s.arg(m_requestId);
    return text;
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Internal: return u"Internal"_s;
    case Kind::InvalidConfiguration: return u"InvalidConfiguration"_s;
    case Kind::EmailTaken: return u"EmailTaken"_s;
    case Kind::ExternalIdTaken: return u"ExternalIdTaken"_s;
    case Kind::MembershipExists: return u"MembershipExists"_s;
    case Kind::InvalidRole: return u"InvalidRole"_s;
    case Kind::MultipleRolesNotEnabled: return u"MultipleRolesNotEnabled"_s;
    case Kind::RateLimited: return u"RateLimited"_s;
    case Kind::Transient: return u"Transient"_s;
    case Kind::Timeout: return u"Timeout"_s;
    case Kind::Cancelled: return u"Cancelled"_s;
    case Kind::Unauthorized: return u"Unauthorized"_s;
    case Kind::Forbidden: return u"Forbidden"_s;
    case Kind::NotFound: return u"NotFound"_s;
    case Kind::InvalidRequest: return u"InvalidRequest"_s;
    case Kind::InvalidResponse: return u"InvalidResponse"_s;
    case Kind::TlsError: return u"TlsError"_s;
    case Kind::ProxyError: return u"ProxyError"_s;
    }
    return u"Unknown"_s;
}

void ApiError::scrub(const QString &secret)
{
    if (secret.isEmpty())
        return;
    const QString mask = u"<redacted>"_s;
    m_code.replace(secret, mask);
    m_message.replace(secret, mask);
    m_requestId.replace(secret, mask);
    m_endpoint.replace(secret, mask);
    for (QString &sub : m_subCodes)
        sub.replace(secret, mask);
}

QDebug operator<<(QDebug debug, const ApiError &error)
{
    const QDebugStateSaver saver(debug);
    debug.nospace().noquote() << "Api::ApiError(" << error.technicalSummary() << ')';
    return debug;
}

} // namespace Api
