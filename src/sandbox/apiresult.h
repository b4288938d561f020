#pragma once
// ApiResult: what one API operation of the sandbox answers — an HTTP status and a JSON
// body shaped like the WorkOS API's (an object, a list, or an error with code, message and
// errors[]). Produced by SandboxStore, turned into an HttpResponse by the ApiRouter.
//
// Value type.

#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtCore/QString>

namespace Sandbox {

struct ApiResult
{
    int status = 200;
    QJsonObject body;

    static ApiResult ok(QJsonObject body, int status = 200)
    {
        return ApiResult {status, std::move(body)};
    }

    // WorkOS error shape: {"code": ..., "message": ..., "errors": [...]} (errors only when
    // there are any).
    static ApiResult error(int status, const QString &code, const QString &message,
                           const QJsonArray &errors = {})
    {
        QJsonObject body {{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
        if (!errors.isEmpty())
            body.insert(QStringLiteral("errors"), errors);
        return ApiResult {status, std::move(body)};
    }
};

} // namespace Sandbox
