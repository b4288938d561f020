#pragma once
// ApiError: why one WorkOS API operation failed, classified so that callers decide what to do
// without reading HTTP details (skip a taken email, retry a transient failure, stop the job on
// a bad key), plus the details a person needs in an error report: HTTP status, the API's code,
// message and sub-error codes (errors[].code), the request id (X-Request-ID) and Retry-After.
//
// Result<T>: the value of a successful operation or its ApiError (an expected-like type; the
// core returns values or errors, never throws).
//
// Value types; copy them across threads freely. Neither ever holds the API key: the client
// scrubs it out of every message before building an error, and the QDebug output prints only
// what is stored here.

#include <QtCore/QByteArray>
#include <QtCore/QJsonObject>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <chrono>
#include <optional>
#include <utility>
#include <variant>

class QDebug;

namespace Api {

class ApiError
{
public:
    enum class Kind {
        Internal,                // misuse or a bug: no request was made (also a default-made error)
        InvalidConfiguration,    // base URL or key unusable (e.g. http:// to a non-local host)
        EmailTaken,              // 400 user_creation_error/email_not_available, legacy 409 user_already_exists
        ExternalIdTaken,         // external_id_already_used
        MembershipExists,        // organization_membership_already_exists (WorkOS's "already a member")
        InvalidRole,             // invalid_role: a role slug the environment does not know
        MultipleRolesNotEnabled, // several role slugs while Multiple Roles is off
        RateLimited,             // 429
        Transient,               // network errors, 408, 5xx
        Timeout,                 // no bytes for the inactivity timeout, or past the deadline
        Cancelled,               // cancelAll(), the cancellation flag, or the client went away
        Unauthorized,            // 401: the API key is wrong or revoked
        Forbidden,               // 403: the key lacks permission
        NotFound,                // 404
        InvalidRequest,          // other 400/409/422: the API's message says what is wrong
        InvalidResponse,         // a 2xx answer we could not read (not the JSON we expect)
        TlsError,                // the server's certificate was not trusted, or no TLS at all
        ProxyError,              // the configured (system) proxy failed
    };

    ApiError() = default;
    ApiError(Kind kind, QString message);

    // An HTTP error answer. `body` is the JSON error object ({code, message, errors[]}) or
    // empty; `membershipCreate` says the request created an organization membership (only the
    // code organization_membership_already_exists means the membership exists; any other 409
    // there is an InvalidRequest with its code).
    static ApiError fromHttp(int httpStatus, const QJsonObject &body, bool membershipCreate);

    Kind kind() const { return m_kind; }
    int httpStatus() const { return m_httpStatus; } // 0 when no HTTP answer arrived
    QString code() const { return m_code; }         // the API's error code ("user_creation_error")
    QString message() const { return m_message; }   // the API's message or a technical description
    QStringList subCodes() const { return m_subCodes; } // errors[].code
    QString requestId() const { return m_requestId; }   // X-Request-ID, for WorkOS support
    QString endpoint() const { return m_endpoint; }     // "POST /user_management/users" (no query)
    std::optional<std::chrono::milliseconds> retryAfter() const { return m_retryAfter; }
    int attempts() const { return m_attempts; }         // how many times the request was sent

    void setHttpStatus(int status) { m_httpStatus = status; }
    void setCode(QString code) { m_code = std::move(code); }
    void setMessage(QString message) { m_message = std::move(message); }
    void setSubCodes(QStringList codes) { m_subCodes = std::move(codes); }
    void setRequestId(QString id) { m_requestId = std::move(id); }
    void setEndpoint(QString endpoint) { m_endpoint = std::move(endpoint); }
    void setRetryAfter(std::optional<std::chrono::milliseconds> after) { m_retryAfter = after; }
    void setAttempts(int attempts) { m_attempts = attempts; }

    // Worth sending again: RateLimited, Transient, Timeout.
    bool retryable() const;
    // Every later request with the same settings will fail the same way (bad key, missing
    // permission, TLS, proxy, configuration): an import should stop rather than fail each row.
    bool blocksAllRequests() const;

    // Plain words for the person running the import: what happened and what to do next.
    // English; the GUI may map kind() to its own translated text instead.
    QString userMessage() const;
    // One line for logs and reports: kind, status, code, message, request id.
    QString technicalSummary() const;

    static QString kindName(Kind kind);

    // Replace every occurrence of `secret` in the texts this error carries (a server or a
    // proxy might echo a header back); the client calls this with the API key.
    void scrub(const QString &secret);

private:
    Kind m_kind = Kind::Internal;
    int m_httpStatus = 0;
    QString m_code;
    QString m_message;
    QStringList m_subCodes;
    QString m_requestId;
    QString m_endpoint;
    std::optional<std::chrono::milliseconds> m_retryAfter;
    int m_attempts = 0;
};

QDebug operator<<(QDebug debug, const ApiError &error);

// The value of a successful operation or the ApiError of a failed one. Default-made, it holds
// an Internal error (QCoro::waitFor needs a default-constructible result).
template<typename T>
class [[nodiscard]] Result
{
public:
    Result() : m_data(std::in_place_index<1>, ApiError::Kind::Internal, QStringLiteral("no result")) { }
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) { }
    Result(ApiError error) : m_data(std::in_place_index<1>, std::move(error)) { }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    // Only when ok().
    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T *operator->() const { return &std::get<0>(m_data); }

    // Only when !ok().
    const ApiError &error() const { return std::get<1>(m_data); }

    bool hasError(ApiError::Kind kind) const { return !ok() && error().kind() == kind; }

private:
    std::variant<T, ApiError> m_data;
};

// Result of an operation that returns nothing.
template<>
class [[nodiscard]] Result<void>
{
public:
    Result() : m_error(std::in_place, ApiError::Kind::Internal, QStringLiteral("no result")) { }
    Result(ApiError error) : m_error(std::move(error)) { }
    static Result success() { Result r; r.m_error.reset(); return r; }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const ApiError &error() const { return *m_error; }
    bool hasError(ApiError::Kind kind) const { return !ok() && m_error->kind() == kind; }

private:
    std::optional<ApiError> m_error;
};

} // namespace Api
