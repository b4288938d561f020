// WorkOsClient: construction, the configuration check, cancellation and the key check. The
// transport (limiter, send, retry, answer cap, error mapping) is in workosclient_transport.cpp,
// the WorkOS operations in workosclient_<resource>.cpp.
#include "workosclient.h"

#include "api/tlscheck.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDebug>
#include <QtCore/QThread>
#include <QtCore/QTimer>
#include <QtNetwork/QHostAddress>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkProxy>
#include <QtNetwork/QNetworkReply>

#include <mutex>

#include "workosclient_p.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace Api {

using namespace ClientDetail;

ClientStats::Snapshot ClientStats::snapshot() const
{
    return Snapshot {requests.load(), retries.load(), rateLimited.load(), timeouts.load(),
                     transientFailures.load(), bytesReceived.load(), answers.load(), answerMicros.load()};
}

QDebug operator<<(QDebug debug, const ClientConfig &config)
{
    const QDebugStateSaver saver(debug);
    debug.nospace() << "Api::ClientConfig(" << config.baseUrl.toDisplayString() << ", " << config.apiKey
                    << ", inactivity " << config.inactivityTimeout.count() << " ms, deadline "
                    << config.deadline.count() << " ms, max retries " << config.retryPolicy.maxRetries
                    << (config.rateLimiter ? ", rate-limited" : ", no rate limiter") << ')';
    return debug;
}

WorkOsClient::WorkOsClient(ClientConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_alive(std::make_shared<bool>(true))
{
    // Honour the system proxy (on Linux: https_proxy/HTTPS_PROXY, no_proxy). Application-wide
    // and idempotent; done once, by whichever client comes first.
    static std::once_flag proxyOnce;
    std::call_once(proxyOnce, [] { QNetworkProxyFactory::setUseSystemConfiguration(true); });

    m_stats = m_config.stats ? m_config.stats : std::make_shared<ClientStats>();
    m_configError = checkBaseUrl(m_config.baseUrl);
    if (!m_configError && m_config.apiKey.isEmpty())
        m_configError = ApiError(ApiError::Kind::InvalidConfiguration,
                                 QCoreApplication::translate("Api::WorkOsClient", "No API key was given. Paste the secret key (sk_...) from the WorkOS dashboard."));
    const bool https = m_config.baseUrl.scheme() == "https"_L1;
    if (!m_configError && https) {
        const TlsSupport tls = checkTlsSupport();
        if (!tls.available)
            m_configError = ApiError(ApiError::Kind::TlsError, tls.message);
    }
    if (!m_configError && https && !m_config.extraCaCertificates.isEmpty()) {
        m_sslConfig = QSslConfiguration::defaultConfiguration();
        m_sslConfig.addCaCertificates(m_config.extraCaCertificates);
        m_customSsl = true;
    }

    m_nam = new QNetworkAccessManager(this);
    m_nam->setAutoDeleteReplies(false);
    // Never follow a redirect: it could carry the Authorization header to another host.
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);

    m_cancelPoll = new QTimer(this);
    m_cancelPoll->setInterval(200ms);
    connect(m_cancelPoll, &QTimer::timeout, this, [this] {
        if (m_config.cancelFlag && m_config.cancelFlag->load())
            Q_EMIT cancelRequested(QPrivateSignal {});
    });
}

WorkOsClient::~WorkOsClient()
{
    // Suspended coroutines wake up (replies aborted here, sleeps at their end), see the client
    // gone and finish with Cancelled without touching it.
    *m_alive = false;
    ++m_cancelGeneration;
    Q_EMIT cancelRequested(QPrivateSignal {});
    const QSet<QNetworkReply *> replies = std::exchange(m_replies, {});
    for (QNetworkReply *reply : replies)
        reply->abort();
    delete m_nam;
    m_nam = nullptr;
}

std::optional<ApiError> WorkOsClient::checkBaseUrl(const QUrl &url)
{
    using Kind = ApiError::Kind;
    if (!url.isValid() || url.host().isEmpty())
        return ApiError(Kind::InvalidConfiguration,
                        u"\"%1\" is not a usable address for the WorkOS API. Use https://api.workos.com."_s.arg(
                            url.toDisplayString()));
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return ApiError(Kind::InvalidConfiguration,
                        QCoreApplication::translate("Api::WorkOsClient", "The API address must not contain a user name, a query or a fragment (%1).").arg(
                            url.toDisplayString(QUrl::RemoveUserInfo)));
    const QString scheme = url.scheme();
    if (scheme == "https"_L1)
        return std::nullopt;
    if (scheme == "http"_L1) {
        const QString host = url.host();
        const QHostAddress address(host);
        if (host.compare("localhost"_L1, Qt::CaseInsensitive) == 0 || (!address.isNull() && address.isLoopback()))
            return std::nullopt;
        return ApiError(Kind::InvalidConfiguration,
                        u"Plain http:// is only allowed for a test server on this computer (127.0.0.1, ::1 or "
                        "localhost); \"%1\" would send the API key unencrypted. Use https:// instead."_s.arg(host));
    }
    return ApiError(Kind::InvalidConfiguration,
                    u"The API address must start with https:// (it is \"%1\")."_s.arg(url.toDisplayString()));
}

void WorkOsClient::cancelAll()
{
    ++m_cancelGeneration;
    const auto emitCancel = [this] { Q_EMIT cancelRequested(QPrivateSignal {}); };
    if (QThread::currentThread() == thread())
        emitCancel();
    else
        QMetaObject::invokeMethod(this, emitCancel, Qt::QueuedConnection);
}

bool WorkOsClient::isCancelled(quint64 generation) const
{
    return generation != m_cancelGeneration.load() || (m_config.cancelFlag && m_config.cancelFlag->load());
}

ApiError WorkOsClient::cancelledError() const
{
    return ApiError(ApiError::Kind::Cancelled, u"cancelled"_s);
}

void WorkOsClient::updateCancelPolling()
{
    const bool poll = m_config.cancelFlag && m_busy > 0;
    if (poll && !m_cancelPoll->isActive())
        m_cancelPoll->start();
    else if (!poll && m_cancelPoll->isActive())
        m_cancelPoll->stop();
}

QCoro::Task<Result<void>> WorkOsClient::verifyKey()
{
    Request request {"GET"_ba, u"/organizations"_s, u"limit=1"_s, {}, std::min(1, m_config.retryPolicy.maxRetries)};
    co_return doneFrom(co_await send(std::move(request)));
}

} // namespace Api
