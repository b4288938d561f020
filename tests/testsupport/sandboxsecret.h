#pragma once
// The secret workos-sandbox's /_sandbox/* endpoints need (X-Sandbox-Secret): one per test
// process, made at random, given to every sandbox a SandboxProcess starts (through
// WORKOS_SANDBOX_ADMIN_SECRET, which the sandbox removes from its environment) and sent by
// httpJson() and sandboxRequest(). The npm emulator ignores the header.
//
// Header-only, for test executables.

#include <QtCore/QByteArray>
#include <QtCore/QRandomGenerator>
#include <QtCore/QUrl>
#include <QtNetwork/QNetworkRequest>

namespace TestSupport {

inline const QByteArray &sandboxAdminSecret()
{
    static const QByteArray secret = QByteArray::number(QRandomGenerator::system()->generate64(), 16)
        + QByteArray::number(QRandomGenerator::system()->generate64(), 16);
    return secret;
}

// A request to `url` that /_sandbox/* accepts.
inline QNetworkRequest sandboxRequest(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setRawHeader("X-Sandbox-Secret", sandboxAdminSecret());
    return request;
}

} // namespace TestSupport
