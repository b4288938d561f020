#pragma once
// RehearsalSandbox: the wizard's "Rehearse on a local sandbox": starts workos-sandbox (found
// next to the app's binary, or at $WORKOS_SANDBOX_PATH) on 127.0.0.1 with WorkOS's rate limits
// and a fresh random test key, reads the URL from its first stdout line and hands both to the
// connect page. The key reaches the sandbox through its environment (WORKOS_SANDBOX_KEYS),
// never its command line. Extra arguments can be given in $WIZARD_SANDBOX_ARGS (for example
// "--rate-limits off" in tests). Stops the sandbox when destroyed. GUI thread.

#include <QtCore/QObject>
#include <QtCore/QUrl>

class QProcess;

namespace Gui {

class RehearsalSandbox : public QObject
{
    Q_OBJECT
public:
    explicit RehearsalSandbox(QObject *parent = nullptr);
    ~RehearsalSandbox() override;

    static QString programPath(); // empty when no sandbox is installed
    void start();
    void stop();
    bool isRunning() const;
    QUrl url() const { return m_url; }

Q_SIGNALS:
    void ready(const QUrl &url, const QString &key);
    void failed(const QString &message);

private:
    void onOutput();

    QProcess *m_process = nullptr;
    QString m_key;
    QUrl m_url;
    QByteArray m_buffer;
};

} // namespace Gui
