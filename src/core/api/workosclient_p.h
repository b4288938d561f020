#pragma once
// Private to the WorkOsClient sources (workosclient*.cpp): the shape of one request and of one
// attempt's answer, and the helpers every operation file uses to build paths and queries and to
// read answers. Not part of the client's API; include it only from those files.

#include "api/workosclient.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtCore/QString>
#include <QtNetwork/QNetworkReply>

#include <optional>

namespace Api {

struct WorkOsClient::Request
{
    QByteArray method;
    QString path;  // below the base URL, segments already percent-encoded
    QString query; // percent-encoded, without '?'
    QByteArray body;
    int maxRetries = 0;
    bool membershipCreate = false;
    // A POST's Idempotency-Key chosen by the caller (derived from the job and the object, so
    // that a create replayed by a later run is answered as the original); empty: a random one.
    QByteArray idempotencyKey = {};
};

struct WorkOsClient::Response
{
    enum class Outcome { Finished, IdleTimeout, DeadlineExceeded, Cancelled, ClientGone, TooLarge };
    Outcome outcome = Outcome::Finished;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString errorString;
    int httpStatus = 0;
    QByteArray body;
    QString requestId;
    QByteArray retryAfter;
    QByteArray location;
    QStringList sslErrors;
};

namespace ClientDetail {

// One path segment or query value, percent-encoded.
inline QString segment(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

inline QString queryItem(QLatin1StringView key, const QString &value)
{
    return key + u'=' + segment(value);
}

inline ApiError invalidResponse(const QString &what)
{
    return ApiError(ApiError::Kind::InvalidResponse, what);
}

// The items of a list answer, parsed with T::fromJson; nullopt when one has no id.
template <typename T>
std::optional<Page<T>> parsePage(const QJsonObject &answer)
{
    using namespace Qt::StringLiterals;
    Page<T> page;
    for (const QJsonValue &item : answer.value("data"_L1).toArray()) {
        std::optional<T> value = T::fromJson(item.toObject());
        if (!value)
            return std::nullopt;
        page.items.append(*std::move(value));
    }
    const QJsonObject metadata = answer.value("list_metadata"_L1).toObject();
    page.after = metadata.value("after"_L1).toString();
    page.before = metadata.value("before"_L1).toString();
    return page;
}

// The answer to a request for one object, read with T::fromJson: the object, the request's
// error, or InvalidResponse saying `noId` when the answer is not such an object.
template <typename T>
Result<T> objectFrom(const Result<QJsonObject> &answer, const QString &noId)
{
    if (!answer)
        return answer.error();
    if (std::optional<T> value = T::fromJson(answer.value()))
        return *std::move(value);
    return invalidResponse(noId);
}

// The answer to a list request, read with parsePage<T>: the page, the request's error, or
// InvalidResponse saying `noId` when an item is not a T.
template <typename T>
Result<Page<T>> pageFrom(const Result<QJsonObject> &answer, const QString &noId)
{
    if (!answer)
        return answer.error();
    if (std::optional<Page<T>> page = parsePage<T>(answer.value()))
        return *std::move(page);
    return invalidResponse(noId);
}

// Success when the request succeeded, whatever it answered (deletes, the key check).
inline Result<void> doneFrom(const Result<QJsonObject> &answer)
{
    if (!answer)
        return answer.error();
    return Result<void>::success();
}

} // namespace ClientDetail

} // namespace Api
