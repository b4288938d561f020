// WorkOsClient's transport: every request passes the rate limiter, goes out once per attempt
// (OneShotBody), is read up to MaxAnswerBytes, times out, is cancelled, and its failure is
// mapped to an ApiError and retried by RetryPolicy. The operations build a Request and call send().
#include "workosclient.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QIODevice>
#include <QtCore/QJsonDocument>
#include <QtCore/QLoggingCategory>
#include <QtCore/QTimer>
#include <QtCore/QUuid>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkProxy>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QNetworkRequest>
#include <QtNetwork/QSslError>

#include <QCoro/QCoroNetworkReply>
#include <QCoro/QCoroTimer>

#include <algorithm>
#include <cstring>
#include <functional>

#include "workosclient_p.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

Q_LOGGING_CATEGORY(lcNet, "wizard.net", QtInfoMsg)

namespace Api {

using namespace ClientDetail;

namespace {

QString seconds(std::chrono::milliseconds ms)
{
    return QString::number(double(ms.count()) / 1000.0, 'g', 3);
}

bool isProxyError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::UnknownProxyError:
        return true;
    default:
        return false;
    }
}

// The body of one attempt, readable once from the start. Qt's HTTP/1.1 channel sends a request
// again by itself when the connection closes before the answer arrives (QHttpNetworkConnection-
// Channel's "reconnectAttempts": up to 3 times, for a POST as well as a GET), which bypasses our
// rate limiter and our counters; with 10% connection resets that alone pushed a run over
// WorkOS's 500 writes per 10 s. Before such a re-send Qt rewinds the upload data
// (resetUploadData()); this device refuses to rewind, so Qt fails the reply with
// ContentReSendError instead, and RetryPolicy retries it the normal way: through the limiter,
// counted, with the same Idempotency-Key. (Qt only takes the device as it is when the request
// has DoNotBufferUploadDataAttribute and a Content-Length; otherwise it copies the data into a
// buffer of its own, which can rewind.)
class OneShotBody : public QIODevice
{
public:
    explicit OneShotBody(QByteArray data) : m_data(std::move(data)) { open(QIODevice::ReadOnly); }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    bool seek(qint64) override { return false; }
    qint64 bytesAvailable() const override { return m_data.size() - m_read + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min<qint64>(maxSize, m_data.size() - m_read);
        if (n <= 0)
            return m_read >= m_data.size() ? -1 : 0;
        std::memcpy(data, m_data.constData() + m_read, size_t(n));
        m_read += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_read = 0;
};

// Keeps the count of operations in progress (for polling the cancellation flag) right on
// every way out of send(), unless the client is gone by then.
class BusyScope
{
public:
    BusyScope(std::shared_ptr<bool> alive, int *busy, std::function<void()> changed)
        : m_alive(std::move(alive)), m_busy(busy), m_changed(std::move(changed))
    {
        ++*m_busy;
        m_changed();
    }
    ~BusyScope()
    {
        if (*m_alive) {
            --*m_busy;
            m_changed();
        }
    }
    BusyScope(const BusyScope &) = delete;
    BusyScope &operator=(const BusyScope &) = delete;

private:
    std::shared_ptr<bool> m_alive;
    int *m_busy;
    std::function<void()> m_changed;
};

} // namespace

// Sleeps for `delay` on a precise timer (the RateLimiter's slots are exact); wakes early on a
// cancellation. True when the caller may go on.
QCoro::Task<bool> WorkOsClient::sleep(std::chrono::milliseconds delay, quint64 generation)
{
    const auto alive = m_alive;
    QElapsedTimer clock;
    clock.start();
    while (delay.count() > 0) {
        QTimer timer;
        timer.setSingleShot(true);
        timer.setTimerType(Qt::PreciseTimer);
        connect(this, &WorkOsClient::cancelRequested, &timer, [t = &timer] { t->start(0); });
        timer.start(std::max(delay - std::chrono::milliseconds(clock.elapsed()), std::chrono::milliseconds(0)));
        co_await qCoro(timer).waitForTimeout();
        if (!*alive || isCancelled(generation))
            co_return false;
        // Woken by a cancellation of other operations: sleep the rest.
        delay -= std::chrono::milliseconds(clock.restart());
    }
    co_return *alive && !isCancelled(generation);
}

QCoro::Task<bool> WorkOsClient::waitForSlot(EndpointFamily family, quint64 generation)
{
    const auto alive = m_alive;
    const std::shared_ptr<RateLimiter> limiter = m_config.rateLimiter;
    for (;;) {
        const std::chrono::milliseconds wait = limiter->reserve(family);
        if (wait.count() > 0 && !co_await sleep(wait, generation))
            co_return false;
        if (!*alive || isCancelled(generation))
            co_return false;
        // A 429 elsewhere may have paused the family while we slept; our slot predates the
        // pause, so take a new one behind it.
        if (limiter->pausedUntil(family) <= RateLimiter::Clock::now())
            co_return true;
    }
}

QUrl WorkOsClient::requestUrl(const Request &request) const
{
    QUrl url = m_config.baseUrl;
    QString basePath = url.path(QUrl::FullyEncoded);
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + request.path, QUrl::TolerantMode);
    if (!request.query.isEmpty())
        url.setQuery(request.query, QUrl::TolerantMode);
    return url;
}

// "host:port" of the proxy the system configuration picks for `url`, empty for none. Never
// the proxy's user name or password.
static QString proxyFor(const QUrl &url)
{
    const QList<QNetworkProxy> proxies = QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(url));
    if (proxies.isEmpty() || proxies.constFirst().type() == QNetworkProxy::NoProxy
        || proxies.constFirst().type() == QNetworkProxy::DefaultProxy)
        return {};
    return proxies.constFirst().hostName() + u':' + QString::number(proxies.constFirst().port());
}

QCoro::Task<WorkOsClient::Response> WorkOsClient::sendOnce(Request request, QByteArray idempotencyKey,
                                                           quint64 generation)
{
    const auto alive = m_alive;

    QNetworkRequest networkRequest(requestUrl(request));
    networkRequest.setRawHeader("Authorization"_ba, "Bearer "_ba + m_config.apiKey.reveal().toUtf8());
    networkRequest.setRawHeader("Accept"_ba, "application/json"_ba);
    networkRequest.setRawHeader("User-Agent"_ba, "workos-migration-wizard/" WIZARD_VERSION ""_ba);
    if (!request.body.isEmpty() || request.method == "POST")
        networkRequest.setRawHeader("Content-Type"_ba, "application/json"_ba);
    if (!idempotencyKey.isEmpty())
        networkRequest.setRawHeader("Idempotency-Key"_ba, idempotencyKey);
    if (m_customSsl)
        networkRequest.setSslConfiguration(m_sslConfig);
    networkRequest.setTransferTimeout(0); // our own timers below tell idle from deadline

    // Every request, a GET too, carries its body as a device Qt can read only once, with its
    // length given and no buffering: then Qt cannot send the request a second time by itself
    // (see OneShotBody), and every attempt on the wire is one that passed the rate limiter.
    networkRequest.setHeader(QNetworkRequest::ContentLengthHeader, request.body.size());
    networkRequest.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    auto *body = new OneShotBody(request.body);
    QNetworkReply *reply = request.method == "POST" ? m_nam->post(networkRequest, body)
                                                    : m_nam->sendCustomRequest(networkRequest, request.method, body);
    body->setParent(reply);
    m_replies.insert(reply);
    m_stats->requests.fetch_add(1, std::memory_order_relaxed);

    struct State {
        bool idle = false;
        bool deadline = false;
        bool cancelled = false;
        bool tooLarge = false;
        QByteArray body;
        QStringList sslErrors;
    } state;
    const auto abortLater = [reply] { QTimer::singleShot(0, reply, &QNetworkReply::abort); };

    // The answer is read as it arrives, at most MaxAnswerBytes of it: Qt buffers no more than
    // AnswerChunk ahead of us, and an answer that says (Content-Length) or turns out to be
    // bigger is aborted at once, before its bytes are spent on.
    constexpr qint64 AnswerChunk = 256 * 1024;
    reply->setReadBufferSize(AnswerChunk);
    const auto readSome = [reply, &state, abortLater, stats = m_stats] {
        if (state.tooLarge)
            return;
        const QByteArray piece = reply->read(std::min(reply->bytesAvailable(), MaxAnswerBytes + 1 - state.body.size()));
        stats->bytesReceived.fetch_add(piece.size(), std::memory_order_relaxed);
        state.body += piece;
        if (state.body.size() > MaxAnswerBytes) {
            state.tooLarge = true;
            state.body.clear();
            abortLater();
        }
    };
    const auto checkLength = [reply, &state, abortLater] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (!state.tooLarge && length.isValid() && length.toLongLong() > MaxAnswerBytes) {
            state.tooLarge = true;
            abortLater();
        }
    };

    QTimer idleTimer;
    idleTimer.setSingleShot(true);
    QTimer deadlineTimer;
    deadlineTimer.setSingleShot(true);
    connect(&idleTimer, &QTimer::timeout, reply, [&state, abortLater] {
        state.idle = true;
        abortLater();
    });
    connect(&deadlineTimer, &QTimer::timeout, reply, [&state, abortLater] {
        state.deadline = true;
        abortLater();
    });
    // Qt announces every time it puts the request on the wire. More than once means Qt re-sent
    // it by itself, which the one-shot body should have made impossible: count it anyway, so
    // that `requests` is what the server received, and say so in the log.
    int sends = 0;
    connect(reply, &QNetworkReply::requestSent, &idleTimer, [&sends, stats = m_stats, &request] {
        if (++sends > 1) {
            stats->requests.fetch_add(1, std::memory_order_relaxed);
            qCWarning(lcNet).noquote() << request.method << request.path
                                       << "was re-sent by Qt itself, outside the rate limiter";
        }
    });
    const auto progress = [t = &idleTimer] { t->start(); };
    connect(reply, &QNetworkReply::downloadProgress, &idleTimer, progress);
    connect(reply, &QNetworkReply::uploadProgress, &idleTimer, progress);
    connect(reply, &QNetworkReply::metaDataChanged, &idleTimer, progress);
    connect(reply, &QNetworkReply::metaDataChanged, &idleTimer, checkLength);
    connect(reply, &QNetworkReply::readyRead, &idleTimer, readSome);
    // These two capture the frame's state with the reply as context; the reply outlives the
    // frame (deleteLater), so they are cut explicitly below.
    const QMetaObject::Connection cancelConnection =
        connect(this, &WorkOsClient::cancelRequested, reply, [this, &state, abortLater, generation] {
            if (isCancelled(generation)) {
                state.cancelled = true;
                abortLater();
            }
        });
    const QMetaObject::Connection sslConnection =
        connect(reply, &QNetworkReply::sslErrors, reply, [&state](const QList<QSslError> &errors) {
            for (const QSslError &error : errors)
                state.sslErrors.append(error.errorString());
        });
    idleTimer.start(m_config.inactivityTimeout);
    deadlineTimer.start(m_config.deadline);
    if (isCancelled(generation)) {
        state.cancelled = true;
        abortLater();
    }

    QElapsedTimer elapsed;
    elapsed.start();
    co_await reply; // QCoro 0.8 resumes inside QNetworkReply::finished()

    disconnect(cancelConnection);
    disconnect(sslConnection);
    idleTimer.stop();
    deadlineTimer.stop();
    reply->deleteLater();

    Response response;
    if (!*alive) {
        response.outcome = Response::Outcome::ClientGone;
        co_return response;
    }
    m_replies.remove(reply);

    checkLength();
    if (reply->isOpen())
        readSome(); // what arrived after the last readyRead
    response.networkError = reply->error();
    response.errorString = reply->errorString();
    response.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (response.httpStatus > 0) { // the duration model's observed latency
        m_stats->answers.fetch_add(1, std::memory_order_relaxed);
        m_stats->answerMicros.fetch_add(elapsed.nsecsElapsed() / 1000, std::memory_order_relaxed);
    }
    response.body = std::move(state.body);
    response.requestId = QString::fromLatin1(reply->rawHeader("X-Request-ID"_ba));
    response.retryAfter = reply->rawHeader("Retry-After"_ba);
    response.location = reply->rawHeader("Location"_ba);
    response.sslErrors = state.sslErrors;
    if (state.tooLarge) {
        response.outcome = Response::Outcome::TooLarge;
    } else if (response.networkError == QNetworkReply::OperationCanceledError) {
        if (state.cancelled)
            response.outcome = Response::Outcome::Cancelled;
        else if (state.idle)
            response.outcome = Response::Outcome::IdleTimeout;
        else if (state.deadline)
            response.outcome = Response::Outcome::DeadlineExceeded;
    }
    qCDebug(lcNet).noquote() << request.method << request.path << "->" << response.httpStatus
                             << response.networkError << response.requestId << elapsed.elapsed() << "ms";
    co_return response;
}

QCoro::Task<Result<QJsonObject>> WorkOsClient::send(Request request)
{
    using Kind = ApiError::Kind;
    if (m_configError)
        co_return *m_configError;
    const auto alive = m_alive;
    const quint64 generation = m_cancelGeneration.load();
    const QString endpoint = QString::fromLatin1(request.method) + u' ' + request.path;
    const auto finish = [this, &endpoint](ApiError error, int attempts) {
        error.setEndpoint(endpoint);
        error.setAttempts(attempts);
        error.scrub(m_config.apiKey.reveal());
        return error;
    };
    if (isCancelled(generation))
        co_return finish(cancelledError(), 0);

    const BusyScope busy(alive, &m_busy, [this] { updateCancelPolling(); });
    const std::shared_ptr<ClientStats> stats = m_stats;
    const RetryPolicy policy = m_config.retryPolicy;
    const EndpointFamily family = familyFor(request.method, request.path);
    // One key for the request and all its retries: WorkOS answers a repeated POST with the
    // first one's result instead of creating a second record.
    const QByteArray idempotencyKey = request.method != "POST" ? QByteArray()
        : !request.idempotencyKey.isEmpty()                     ? request.idempotencyKey
                                                                : QUuid::createUuid().toByteArray(QUuid::WithoutBraces);

    for (int attempt = 1;; ++attempt) {
        if (m_config.rateLimiter && !co_await waitForSlot(family, generation))
            co_return *alive ? finish(cancelledError(), attempt - 1)
                             : ApiError(Kind::Cancelled, u"the client was destroyed"_s);
        if (!*alive)
            co_return ApiError(Kind::Cancelled, u"the client was destroyed"_s);

        const Response response = co_await sendOnce(request, idempotencyKey, generation);
        if (!*alive || response.outcome == Response::Outcome::ClientGone)
            co_return ApiError(Kind::Cancelled, u"the client was destroyed"_s);

        ApiError error;
        switch (response.outcome) {
        case Response::Outcome::ClientGone:
        case Response::Outcome::Cancelled:
            co_return finish(cancelledError(), attempt);
        case Response::Outcome::IdleTimeout:
            error = ApiError(Kind::Timeout, u"no data arrived for %1 s"_s.arg(seconds(m_config.inactivityTimeout)));
            break;
        case Response::Outcome::DeadlineExceeded:
            error = ApiError(Kind::Timeout, u"no complete answer within %1 s"_s.arg(seconds(m_config.deadline)));
            break;
        case Response::Outcome::TooLarge: {
            // Not WorkOS's answer (those are small); sending again would only fetch it again.
            ApiError tooLarge = invalidResponse(
                u"the answer was larger than %1 MiB, more than any WorkOS answer; the wizard stopped reading it"_s
                    .arg(MaxAnswerBytes / (1024 * 1024)));
            tooLarge.setHttpStatus(response.httpStatus);
            tooLarge.setRequestId(response.requestId);
            co_return finish(tooLarge, attempt);
        }
        case Response::Outcome::Finished:
            if (response.httpStatus >= 200 && response.httpStatus < 300) {
                if (response.body.trimmed().isEmpty())
                    co_return QJsonObject();
                QJsonParseError parseError;
                const QJsonDocument document = QJsonDocument::fromJson(response.body, &parseError);
                if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
                    ApiError bad = invalidResponse(u"the answer is not a JSON object"_s);
                    bad.setHttpStatus(response.httpStatus);
                    bad.setRequestId(response.requestId);
                    co_return finish(bad, attempt);
                }
                co_return document.object();
            }
            if (response.httpStatus >= 300 && response.httpStatus < 400) {
                error = invalidResponse(u"unexpected redirect (HTTP %1) to %2"_s.arg(response.httpStatus).arg(
                    QString::fromLatin1(response.location)));
                error.setHttpStatus(response.httpStatus);
            } else if (response.httpStatus >= 400) {
                const QJsonObject body = QJsonDocument::fromJson(response.body).object();
                error = ApiError::fromHttp(response.httpStatus, body, request.membershipCreate);
                if (body.isEmpty() && !response.body.isEmpty())
                    error.setMessage(u"HTTP %1: %2"_s.arg(response.httpStatus).arg(
                        QString::fromUtf8(response.body.left(200)).simplified()));
                error.setRetryAfter(policy.parseRetryAfter(response.retryAfter));
            } else if (response.networkError == QNetworkReply::SslHandshakeFailedError) {
                error = ApiError(Kind::TlsError, response.sslErrors.isEmpty()
                                                     ? response.errorString
                                                     : response.sslErrors.join(u"; "_s));
            } else if (isProxyError(response.networkError)) {
                error = ApiError(Kind::ProxyError, response.errorString);
            } else if (const QString proxy = proxyFor(requestUrl(request));
                       !proxy.isEmpty() && response.networkError == QNetworkReply::UnknownNetworkError) {
                // Through an HTTP CONNECT tunnel (every https request via a proxy) Qt 6.4 reports
                // a refused or broken proxy as UnknownNetworkError ("Proxy connection refused"),
                // not as a Proxy*Error: with a proxy in use, that error is the proxy's.
                error = ApiError(Kind::ProxyError, u"%1 (proxy %2)"_s.arg(response.errorString, proxy));
            } else if (response.networkError == QNetworkReply::OperationCanceledError) {
                error = cancelledError(); // aborted by someone else (QNAM going away)
            } else if (response.networkError == QNetworkReply::ContentReSendError) {
                // Qt wanted to send it again by itself after the connection closed (OneShotBody).
                error = ApiError(Kind::Transient, u"the connection closed before the answer arrived"_s);
            } else {
                error = ApiError(Kind::Transient, response.errorString);
            }
            error.setRequestId(response.requestId);
            break;
        }

        if (error.kind() == Kind::Timeout)
            stats->timeouts.fetch_add(1, std::memory_order_relaxed);
        else if (error.kind() == Kind::Transient)
            stats->transientFailures.fetch_add(1, std::memory_order_relaxed);
        else if (error.kind() == Kind::RateLimited)
            stats->rateLimited.fetch_add(1, std::memory_order_relaxed);

        if (!error.retryable() || attempt > request.maxRetries || !policy.allowsRetry(attempt))
            co_return finish(error, attempt);

        std::chrono::milliseconds delay = policy.delayFor(attempt, error.retryAfter());
        stats->retries.fetch_add(1, std::memory_order_relaxed);
        qCInfo(lcNet).noquote() << endpoint << "attempt" << attempt << "failed:" << error.technicalSummary()
                                << "- retrying in" << delay.count() << "ms";
        if (error.kind() == Kind::RateLimited && m_config.rateLimiter) {
            // Every worker of the job waits, not just this one; the next waitForSlot() sleeps
            // past the pause. Without a Retry-After, pause for the full backoff ceiling.
            if (!error.retryAfter())
                delay = std::max(policy.backoffCeiling(attempt), std::chrono::milliseconds(1000));
            m_config.rateLimiter->pause(family, delay);
        } else if (!co_await sleep(delay, generation)) {
            co_return *alive ? finish(cancelledError(), attempt)
                             : ApiError(Kind::Cancelled, u"the client was destroyed"_s);
        }
    }
}

// ---- paged lists and deletes (verify, undo) -------------------------------------------------

QCoro::Task<Result<QJsonObject>> WorkOsClient::getPage(QString path, QStringList filters, PageRequest page)
{
    filters.append(u"limit=%1"_s.arg(std::clamp(page.limit, 1, 100)));
    if (page.ascending)
        filters.append(u"order=asc"_s);
    if (!page.after.isEmpty())
        filters.append(queryItem("after"_L1, page.after));
    else if (!page.before.isEmpty())
        filters.append(queryItem("before"_L1, page.before));
    Request request {"GET"_ba, path, filters.join(u'&'), {}, m_config.retryPolicy.maxRetries};
    co_return co_await send(std::move(request));
}

QCoro::Task<Result<void>> WorkOsClient::deleteObject(QString path, QString id)
{
    if (id.isEmpty())
        co_return ApiError(ApiError::Kind::Internal, u"a delete needs an id"_s);
    Request request {"DELETE"_ba, path + segment(id), {}, {}, m_config.retryPolicy.maxRetries};
    co_return doneFrom(co_await send(std::move(request)));
}

} // namespace Api
