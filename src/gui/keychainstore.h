#pragma once
// KeychainStore: keeps the WorkOS API key in the operating system's keychain (QtKeychain:
// Secret Service / KWallet on Linux, Keychain on macOS, Credential Manager on Windows), one
// entry per API host. Never falls back to a file: where no keychain answers (a CI machine, a
// desktop without Secret Service) the request ends with available = false and the caller
// keeps the key in memory only.
//
// Asynchronous: read() and write() return at once and answer through a callback on the
// calling (GUI) thread; a keychain that does not answer within a few seconds counts as absent
// (a locked wallet that waits for a password must not hold up the wizard). Setting the
// environment variable WIZARD_NO_KEYCHAIN=1 skips the keychain altogether (tests).
// Owned by the GUI thread.

#include <QtCore/QObject>
#include <QtCore/QString>

#include <functional>

namespace Gui {

class KeychainStore : public QObject
{
    Q_OBJECT
public:
    struct Answer {
        bool available = false; // a keychain answered
        bool found = false;     // read: an entry was there
        QString key;            // read: the key; never logged
        QString message;        // plain words when !available or on an error
    };
    using Callback = std::function<void(const Answer &)>;

    explicit KeychainStore(QObject *parent = nullptr);

    static bool disabled();
    static QString serviceName();

    void read(const QString &apiHost, Callback done);
    void write(const QString &apiHost, const QString &key, Callback done);
    void remove(const QString &apiHost, Callback done);

    static constexpr int TimeoutMs = 4000;
};

} // namespace Gui
