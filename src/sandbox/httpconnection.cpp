#include "httpconnection.h"

#include <QtCore/QTimer>
#include <QtNetwork/QTcpSocket>

#include <sys/socket.h>

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {
constexpr qsizetype MaxHeaderBytes = 64 * 1024;
constexpr qint64 MaxBodyBytes = 8 * 1024 * 1024;

bool equalsIgnoringCase(QByteArrayView a, QByteArrayView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}
} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, const HttpHandler *handler, int stallMs,
                               QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_handler(handler)
    , m_stallMs(stallMs)
{
    m_socket->setParent(this);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::finish);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error != QAbstractSocket::RemoteHostClosedError)
            finish();
    });
    // Data may already be waiting.
    if (m_socket->bytesAvailable() > 0)
        QTimer::singleShot(0, this, &HttpConnection::onReadyRead);
}

HttpConnection::~HttpConnection() = default;

void HttpConnection::onReadyRead()
{
    if (m_finished)
        return;
    m_buffer.append(m_socket->readAll());
    processBuffer();
}

void HttpConnection::processBuffer()
{
    while (!m_busy && !m_finished) {
        HttpRequest request;
        bool keepAlive = true;
        int errorStatus = 0;
        const ParseStatus status = parseRequest(request, keepAlive, errorStatus);
        if (status == ParseStatus::Incomplete)
            return;
        if (status == ParseStatus::Error) {
            HttpResponse response;
            response.status = errorStatus;
            response.body = R"({"code":"invalid_request","message":")"_ba + httpReasonPhrase(errorStatus)
                + R"("})"_ba;
            static quint64 protocolErrors = 0;
            response.headers.append({"X-Request-ID"_ba, "req_http_"_ba + QByteArray::number(++protocolErrors)});
            send(response, false);
            return;
        }
        m_busy = true;
        carryOut((*m_handler)(request), keepAlive);
    }
}

// Parses one request from the front of m_buffer and removes it from there when complete.
HttpConnection::ParseStatus HttpConnection::parseRequest(HttpRequest &request, bool &keepAlive,
                                                         int &errorStatus)
{
    const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (m_buffer.size() > MaxHeaderBytes) {
            errorStatus = 431;
            return ParseStatus::Error;
        }
        return ParseStatus::Incomplete;
    }

    const QByteArrayView head(m_buffer.constData(), headerEnd);
    qsizetype lineEnd = head.indexOf("\r\n");
    if (lineEnd < 0)
        lineEnd = head.size();
    const QByteArrayView requestLine = head.first(lineEnd);

    // METHOD SP request-target SP HTTP-version
    const qsizetype sp1 = requestLine.indexOf(' ');
    const qsizetype sp2 = sp1 < 0 ? -1 : requestLine.indexOf(' ', sp1 + 1);
    if (sp1 <= 0 || sp2 < 0) {
        errorStatus = 400;
        return ParseStatus::Error;
    }
    const QByteArrayView version = requestLine.sliced(sp2 + 1);
    if (version == "HTTP/1.1") {
        keepAlive = true;
    } else if (version == "HTTP/1.0") {
        keepAlive = false;
    } else {
        errorStatus = 505;
        return ParseStatus::Error;
    }
    request.method = requestLine.first(sp1).toByteArray();
    const QByteArrayView target = requestLine.sliced(sp1 + 1, sp2 - sp1 - 1);
    const qsizetype q = target.indexOf('?');
    if (q < 0) {
        request.path = target.toByteArray();
    } else {
        request.path = target.first(q).toByteArray();
        request.query = target.sliced(q + 1).toByteArray();
    }

    qint64 contentLength = 0;
    bool expectContinue = false;
    qsizetype pos = lineEnd + 2;
    while (pos < head.size()) {
        qsizetype end = head.indexOf("\r\n", pos);
        if (end < 0)
            end = head.size();
        const QByteArrayView line = head.sliced(pos, end - pos);
        pos = end + 2;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArrayView name = line.first(colon);
        const QByteArrayView value = line.sliced(colon + 1).trimmed();
        if (equalsIgnoringCase(name, "content-length")) {
            bool ok = false;
            contentLength = value.toLongLong(&ok);
            if (!ok || contentLength < 0) {
                errorStatus = 400;
                return ParseStatus::Error;
            }
        } else if (equalsIgnoringCase(name, "authorization")) {
            request.authorization = value.toByteArray();
        } else if (equalsIgnoringCase(name, "idempotency-key")) {
            request.idempotencyKey = value.toByteArray();
        } else if (equalsIgnoringCase(name, "x-sandbox-secret")) {
            request.sandboxSecret = value.toByteArray();
        } else if (equalsIgnoringCase(name, "connection")) {
            if (equalsIgnoringCase(value, "close"))
                keepAlive = false;
            else if (equalsIgnoringCase(value, "keep-alive"))
                keepAlive = true;
        } else if (equalsIgnoringCase(name, "expect")) {
            expectContinue = equalsIgnoringCase(value, "100-continue");
        } else if (equalsIgnoringCase(name, "transfer-encoding")) {
            // Our clients always send Content-Length; chunked request bodies are not supported.
            errorStatus = 411;
            return ParseStatus::Error;
        }
    }
    if (contentLength > MaxBodyBytes) {
        errorStatus = 413;
        return ParseStatus::Error;
    }
    const qsizetype total = headerEnd + 4 + qsizetype(contentLength);
    if (m_buffer.size() < total) {
        // curl and others wait for "100 Continue" before sending a larger body.
        if (expectContinue && !m_continueSent) {
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n"_ba);
            m_continueSent = true;
        }
        return ParseStatus::Incomplete;
    }
    m_continueSent = false;
    request.body = m_buffer.mid(headerEnd + 4, qsizetype(contentLength));
    m_buffer.remove(0, total);
    return ParseStatus::Complete;
}

void HttpConnection::carryOut(const HttpOutcome &outcome, bool keepAlive)
{
    switch (outcome.kind) {
    case HttpOutcome::Kind::Respond:
        if (outcome.delayMs <= 0) {
            send(outcome.response, keepAlive);
        } else {
            QTimer::singleShot(outcome.delayMs, Qt::PreciseTimer, this,
                               [this, response = outcome.response, keepAlive] {
                                   send(response, keepAlive);
                                   processBuffer();
                               });
        }
        return;
    case HttpOutcome::Kind::Reset:
        if (outcome.delayMs <= 0)
            resetConnection();
        else
            QTimer::singleShot(outcome.delayMs, this, &HttpConnection::resetConnection);
        return;
    case HttpOutcome::Kind::Stall:
        stallConnection();
        return;
    }
}

void HttpConnection::send(const HttpResponse &response, bool keepAlive)
{
    if (m_finished)
        return;
    QByteArray out;
    out.reserve(256 + response.body.size());
    out += "HTTP/1.1 "_ba + QByteArray::number(response.status) + ' '
        + httpReasonPhrase(response.status) + "\r\n"_ba;
    out += "Content-Type: application/json\r\nContent-Length: "_ba
        + QByteArray::number(response.body.size()) + "\r\n"_ba;
    for (const auto &[name, value] : response.headers)
        out += name + ": "_ba + value + "\r\n"_ba;
    if (!keepAlive)
        out += "Connection: close\r\n"_ba;
    out += "\r\n"_ba;
    out += response.body;
    m_socket->write(out);
    m_busy = false;
    if (!keepAlive) {
        m_finished = true;
        m_socket->disconnectFromHost();
    }
}

void HttpConnection::resetConnection()
{
    if (m_finished)
        return;
    m_finished = true;
    // SO_LINGER with a zero timeout makes close() send a RST instead of a FIN: the client
    // sees "connection reset by peer" with no answer at all.
    const qintptr fd = m_socket->socketDescriptor();
    if (fd >= 0) {
        struct linger lingerOption { 1, 0 };
        ::setsockopt(int(fd), SOL_SOCKET, SO_LINGER, &lingerOption, sizeof lingerOption);
    }
    m_socket->abort();
    deleteLater();
}

void HttpConnection::stallConnection()
{
    // Read nothing more, answer nothing, then hang up: a server that hung mid-request.
    disconnect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    QTimer::singleShot(m_stallMs, this, [this] {
        if (m_finished)
            return;
        m_finished = true;
        m_socket->abort();
        deleteLater();
    });
}

void HttpConnection::finish()
{
    if (m_finished && m_socket->state() != QAbstractSocket::UnconnectedState)
        return; // a graceful close is under way; disconnected() will come
    m_finished = true;
    deleteLater();
}

} // namespace Sandbox
