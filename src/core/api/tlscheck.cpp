#include "tlscheck.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QStringList>
#include <QtNetwork/QSslSocket>

using namespace Qt::StringLiterals;

namespace Api {

TlsSupport checkTlsSupport()
{
    TlsSupport support;
    support.backend = QSslSocket::activeBackend();
    support.available = !support.backend.isEmpty() && QSslSocket::supportsSsl();
    if (support.available) {
        support.libraryVersion = QSslSocket::sslLibraryVersionString();
        return support;
    }
    const QStringList backends = QSslSocket::availableBackends();
    QString detail;
    if (backends.isEmpty())
        detail = QCoreApplication::translate("Api::TlsCheck", "Qt found no TLS plugin (the tls/ plugin folder is missing or empty).");
    else
        detail = QCoreApplication::translate("Api::TlsCheck", "Qt's TLS plugins (%1) could not load a TLS library; Qt was built against %2.").arg(
            backends.join(u", "_s), QSslSocket::sslLibraryBuildVersionString());
    support.message = u"This computer cannot make secure (HTTPS) connections, so the wizard cannot talk to "
                      "WorkOS. Install OpenSSL 3 (on Debian or Ubuntu: sudo apt install libssl3) or reinstall "
                      "the wizard, then start it again. Details: "_s
        + detail;
    return support;
}

} // namespace Api
