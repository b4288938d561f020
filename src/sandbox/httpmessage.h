#pragma once
// HttpRequest, HttpResponse and HttpOutcome: the plain values that travel between an
// HttpConnection (which speaks HTTP/1.1 on a socket) and the ApiRouter (which decides what
// to answer). HttpOutcome also says *how* to answer: now, later, not at all (reset) or after
// a long silence (stall), which is what the sandbox's fault injection needs.
//
// Value types; used on the one thread the sandbox runs on.

#include <QtCore/QByteArray>
#include <QtCore/QList>
#include <QtCore/QPair>

namespace Sandbox {

struct HttpRequest
{
    QByteArray method;        // "GET", "POST", ...
    QByteArray path;          // percent-encoded path, without the query
    QByteArray query;         // raw query string, without the '?'
    QByteArray authorization; // the Authorization header, as sent
    QByteArray idempotencyKey; // the Idempotency-Key header; empty when absent
    QByteArray sandboxSecret;  // the X-Sandbox-Secret header (for /_sandbox/*); empty when absent
    QByteArray body;
};

struct HttpResponse
{
    int status = 200;
    QByteArray body; // always JSON
    QList<QPair<QByteArray, QByteArray>> headers;
};

struct HttpOutcome
{
    enum class Kind {
        Respond, // send response after delayMs
        Reset,   // after delayMs, drop the connection with a TCP reset and no answer
        Stall,   // say nothing, close the connection after the stall time
    };
    Kind kind = Kind::Respond;
    int delayMs = 0;
    HttpResponse response;
};

// The reason phrase of an HTTP status code ("OK", "Too Many Requests", ...).
QByteArray httpReasonPhrase(int status);

} // namespace Sandbox
