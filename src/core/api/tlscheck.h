#pragma once
// TLS support check: whether this Qt can make HTTPS connections at all (a TLS backend plugin
// and the OpenSSL library it loads). The programs call checkTlsSupport() at start-up and show
// its message when TLS is missing, instead of failing later with a cryptic network error.
//
// A free function; thread-safe (QSslSocket's static queries are).

#include <QtCore/QString>

namespace Api {

struct TlsSupport
{
    bool available = false;
    QString backend;        // the active TLS backend ("openssl"), empty when none
    QString libraryVersion; // e.g. "OpenSSL 3.0.11 19 Sep 2023"
    QString message;        // plain words when !available: what is missing and how to fix it
};

TlsSupport checkTlsSupport();

} // namespace Api
