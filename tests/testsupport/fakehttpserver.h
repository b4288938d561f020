#pragma once
// FakeHttpServer: a scripted HTTP/1.1 server on 127.0.0.1 for client tests that need to see
// exactly what was sent (headers, Idempotency-Key) or to answer something a real server will
// not (a 503 then a 201, a Retry-After, an echoed secret, silence). Plain TCP by default;
// give it a QSslConfiguration and it serves HTTPS (QSslServer).
//
// Header-only, for test executables; lives in the test's thread. Every connection gets one
// answer and is closed ("Connection: close"), which keeps the parser tiny. It can also reset a
// connection instead of answering, and send a huge or endless body at the client's pace.

#include <QtCore/QByteArray>
#include <QtCore/QList>
#include <QtCore/QMap>
#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QUrl>
#include <QtNetwork/QHostAddress>
#include <QtNetwork/QSslConfiguration>
#include <QtNetwork/QSslServer>
#include <QtNetwork/QSslSocket>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>

#include <sys/socket.h>

#include <algorithm>
#include <deque>
#include <memory>
#include <optional>
#include <utility>

namespace TestSupport {

class FakeHttpServer
{
public:
    struct Answer {
        int status = 200;
        QByteArray body = QByteArrayLiteral("{}");
        QList<std::pair<QByteArray, QByteArray>> headers;
        bool silent = false; // read the request, never answer (a stalled server)
        bool echoAuthorization = false; // put the Authorization header into the error message
        bool reset = false; // read the request, then drop the connection (TCP RST), no answer
        // > 0: instead of `body`, this many bytes ({"pad":"xxxx...), written as fast as the
        // client takes them (never more than 256 KiB waiting in the server). With
        // declareLength false there is no Content-Length: the body ends when the server closes.
        qint64 fillerBytes = 0;
        bool declareLength = true;
    };

    struct Request {
        QByteArray method;
        QByteArray target; // path and query as sent
        QMap<QByteArray, QByteArray> headers; // names lower-case
        QByteArray body;
    };

    explicit FakeHttpServer(const std::optional<QSslConfiguration> &tls = std::nullopt)
    {
        if (tls) {
            auto server = std::make_unique<QSslServer>();
            server->setSslConfiguration(*tls);
            QObject::connect(server.get(), &QSslServer::errorOccurred, server.get(),
                             [this](QSslSocket *, QAbstractSocket::SocketError) { ++m_tlsFailures; });
            QObject::connect(server.get(), &QSslServer::handshakeInterruptedOnError, server.get(),
                             [this](QSslSocket *, const QSslError &) { ++m_tlsFailures; });
            m_server = std::move(server);
        } else {
            m_server = std::make_unique<QTcpServer>();
        }
        QObject::connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, m_server.get(), [this] {
            while (QTcpSocket *socket = m_server->nextPendingConnection())
                serve(socket);
        });
        m_server->listen(QHostAddress::LocalHost, 0);
    }

    bool isListening() const { return m_server->isListening(); }
    quint16 port() const { return m_server->serverPort(); }
    QUrl url(const QString &scheme = QStringLiteral("http")) const
    {
        return QUrl(QStringLiteral("%1://127.0.0.1:%2").arg(scheme).arg(port()));
    }

    // Answers are used in order; when none is left, the default answer (200 "{}") is sent.
    void enqueue(Answer answer) { m_answers.push_back(std::move(answer)); }
    void setDefaultAnswer(Answer answer) { m_default = std::move(answer); }

    const QList<Request> &requests() const { return m_requests; }
    int tlsFailures() const { return m_tlsFailures; }
    // Bytes of answers (headers and bodies) the server got written to its sockets.
    qint64 bytesSent() const { return *m_bytesSent; }

private:
    void serve(QTcpSocket *socket)
    {
        socket->setParent(m_server.get());
        auto buffer = std::make_shared<QByteArray>();
        const auto onReadyRead = [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            Request request;
            const QList<QByteArray> lines = buffer->left(headerEnd).split('\n');
            const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
            request.method = requestLine.value(0);
            request.target = requestLine.value(1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon > 0)
                    request.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
            }
            const qsizetype length = request.headers.value("content-length").toLongLong();
            if (buffer->size() < headerEnd + 4 + length)
                return;
            request.body = buffer->mid(headerEnd + 4, length);
            buffer->clear();
            m_requests.append(request);
            QObject::disconnect(socket, &QTcpSocket::readyRead, nullptr, nullptr);
            answer(socket, request);
        };
        QObject::connect(socket, &QTcpSocket::readyRead, socket, onReadyRead);
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        if (socket->bytesAvailable() > 0)
            onReadyRead();
    }

    void answer(QTcpSocket *socket, const Request &request)
    {
        Answer answer = m_default;
        if (!m_answers.empty()) {
            answer = m_answers.front();
            m_answers.pop_front();
        }
        if (answer.silent)
            return;
        QObject::connect(socket, &QTcpSocket::bytesWritten, socket, [sent = m_bytesSent](qint64 n) { *sent += n; });
        if (answer.reset) {
            // SO_LINGER 0: close() sends a RST, the client sees "connection reset by peer".
            struct linger lingerOption { 1, 0 };
            ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &lingerOption, sizeof lingerOption);
            socket->abort();
            return;
        }
        if (answer.fillerBytes > 0) {
            QByteArray head = "HTTP/1.1 " + QByteArray::number(answer.status) + " Scripted\r\n";
            head += "Content-Type: application/json\r\nConnection: close\r\n";
            if (answer.declareLength)
                head += "Content-Length: " + QByteArray::number(answer.fillerBytes) + "\r\n";
            socket->write(head + "\r\n");
            auto left = std::make_shared<qint64>(answer.fillerBytes);
            const auto pump = [socket, left, first = std::make_shared<bool>(true)] {
                static const QByteArray chunk(64 * 1024, 'x');
                while (*left > 0 && socket->state() == QAbstractSocket::ConnectedState
                       && socket->bytesToWrite() < 256 * 1024) {
                    QByteArray piece = chunk.left(qsizetype(std::min<qint64>(*left, chunk.size())));
                    if (std::exchange(*first, false))
                        piece.replace(0, std::min<qsizetype>(8, piece.size()), QByteArrayLiteral("{\"pad\":\"").left(piece.size()));
                    socket->write(piece);
                    *left -= piece.size();
                }
                if (*left == 0)
                    socket->disconnectFromHost();
            };
            QObject::connect(socket, &QTcpSocket::bytesWritten, socket, pump);
            pump();
            return;
        }
        QByteArray body = answer.body;
        if (answer.echoAuthorization)
            body = QByteArrayLiteral("{\"code\":\"unauthorized\",\"message\":\"key ")
                + request.headers.value("authorization") + QByteArrayLiteral(" is not valid\"}");
        QByteArray response = "HTTP/1.1 " + QByteArray::number(answer.status) + " Scripted\r\n";
        response += "Content-Type: application/json\r\nConnection: close\r\n";
        response += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
        for (const auto &[name, value] : answer.headers)
            response += name + ": " + value + "\r\n";
        response += "\r\n" + body;
        socket->write(response);
        socket->disconnectFromHost();
    }

    std::unique_ptr<QTcpServer> m_server;
    std::deque<Answer> m_answers;
    Answer m_default;
    QList<Request> m_requests;
    int m_tlsFailures = 0;
    std::shared_ptr<qint64> m_bytesSent = std::make_shared<qint64>(0);
};

} // namespace TestSupport
