#pragma once
// HttpServer: accepts TCP connections on 127.0.0.1 and hands each to an HttpConnection,
// which asks the handler (the ApiRouter) what to answer.
//
// Owned by main(); lives on the main thread, like everything in the sandbox. The handler
// is called synchronously on that thread.

#include "httpconnection.h"

#include <QtCore/QObject>

class QTcpServer;

namespace Sandbox {

class HttpServer : public QObject
{
    Q_OBJECT
public:
    HttpServer(HttpHandler handler, int stallMs, QObject *parent = nullptr);
    ~HttpServer() override;

    // Listens on 127.0.0.1:port (0 = any free port). Returns false with errorString() set.
    bool listen(quint16 port);
    quint16 serverPort() const;
    QString errorString() const;
    void close();

private:
    void acceptConnections();

    QTcpServer *m_server = nullptr;
    HttpHandler m_handler;
    int m_stallMs = 0;
};

} // namespace Sandbox
