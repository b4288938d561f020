#pragma once
// HttpConnection: one client connection of the sandbox, speaking a small HTTP/1.1 subset
// (Content-Length bodies, keep-alive, pipelined requests answered in order).
//
// Requests on one connection are answered one at a time: the next request is not parsed
// until the answer to the current one has been written, so a delayed answer (simulated
// latency) keeps HTTP/1.1 ordering without buffering answers. The outcome chosen by the
// handler may also drop the connection with a TCP reset or stall it.
//
// Owned by the HttpServer (QObject parent); owns its QTcpSocket; lives on the sandbox's one
// thread. It deletes itself when the socket closes.

#include "httpmessage.h"

#include <QtCore/QObject>

#include <functional>

class QTcpSocket;

namespace Sandbox {

using HttpHandler = std::function<HttpOutcome(const HttpRequest &)>;

class HttpConnection : public QObject
{
    Q_OBJECT
public:
    // handler must outlive the connection (it belongs to the server).
    HttpConnection(QTcpSocket *socket, const HttpHandler *handler, int stallMs, QObject *parent);
    ~HttpConnection() override;

private:
    enum class ParseStatus { Incomplete, Complete, Error };

    void onReadyRead();
    void processBuffer();
    ParseStatus parseRequest(HttpRequest &request, bool &keepAlive, int &errorStatus);
    void carryOut(const HttpOutcome &outcome, bool keepAlive);
    void send(const HttpResponse &response, bool keepAlive);
    void resetConnection();
    void stallConnection();
    void finish();

    QTcpSocket *m_socket = nullptr;
    const HttpHandler *m_handler = nullptr;
    int m_stallMs = 0;
    QByteArray m_buffer;
    bool m_busy = false;     // an answer is pending; do not parse the next request yet
    bool m_finished = false; // closing; ignore everything
    bool m_continueSent = false; // "100 Continue" sent for the request being received
};

} // namespace Sandbox
