#include "httpserver.h"

#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>

namespace Sandbox {

HttpServer::HttpServer(HttpHandler handler, int stallMs, QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    , m_handler(std::move(handler))
    , m_stallMs(stallMs)
{
    m_server->setMaxPendingConnections(1024);
    connect(m_server, &QTcpServer::newConnection, this, &HttpServer::acceptConnections);
}

HttpServer::~HttpServer() = default;

bool HttpServer::listen(quint16 port)
{
    // Loopback only: the sandbox is never reachable from another machine.
    return m_server->listen(QHostAddress::LocalHost, port);
}

quint16 HttpServer::serverPort() const
{
    return m_server->serverPort();
}

QString HttpServer::errorString() const
{
    return m_server->errorString();
}

void HttpServer::close()
{
    m_server->close();
}

void HttpServer::acceptConnections()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection())
        new HttpConnection(socket, &m_handler, m_stallMs, this);
}

} // namespace Sandbox
