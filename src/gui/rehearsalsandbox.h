#pragma once
// RehearsalSandbox: the wizard's "Rehearse on a local sandbox": starts workos-sandbox (found
// next to the app's binary, or at $WORKOS_SANDBOX_PATH) on 127.0.0.1 with WorkOS's rate limits
// and a fresh random test key, reads the URL from its first stdout line and hands both to the
// connect page. The sandbox keeps its data in a journal file (--journal), one per rehearsal,
// so a rehearsal resumes after the program was killed with everything it had created. The key
// and the secret of the sandbox's /_sandbox/* endpoints (adminSecret(): the rehearsal's users
// are for the wizard only) reach the sandbox through its environment (WORKOS_SANDBOX_KEYS,
// WORKOS_SANDBOX_ADMIN_SECRET, which it removes once read), never its command line; nothing
// else of the wizard's environment is passed on (no WORKOS_API_KEY, no other secret). The
// sandbox ends when the wizard does, even when the wizard is killed (--exit-on-stdin-close: the
// stdin pipe closes), and one journal has one sandbox (the sandbox locks it). Extra arguments
// can be given in $WIZARD_SANDBOX_ARGS (for example "--rate-limits off" in tests). Stops the
// sandbox when destroyed. GUI thread.

#include <QtCore/QObject>
#include <QtCore/QUrl>

#include <QtCore/QProcessEnvironment>

class QProcess;

namespace Gui {

class RehearsalSandbox : public QObject
{
    Q_OBJECT
public:
    explicit RehearsalSandbox(QObject *parent = nullptr);
    ~RehearsalSandbox() override;

    static QString programPath(); // empty when no sandbox is installed
    // Where new rehearsals keep their journals (a private folder beside the job store).
    void setJournalFolder(const QString &folder) { m_journalFolder = folder; }
    // Starts a sandbox on `journal` (a rehearsal resumed, verified or undone: the sandbox holds
    // what it held before), or on a new journal in the journal folder when empty.
    void start(const QString &journal = QString());
    QString journalPath() const { return m_journal; }
    void stop();
    bool isRunning() const;
    QUrl url() const { return m_url; }
    // What /_sandbox/* of the running sandbox needs in its X-Sandbox-Secret header.
    QByteArray adminSecret() const { return m_adminSecret; }
    qint64 processId() const; // 0 when not running
    // The environment the sandbox starts with: `from` without anything but the few variables
    // a program needs (locale, home, temporary folder, path, sanitizer options).
    static QProcessEnvironment scrubbedEnvironment(const QProcessEnvironment &from);

Q_SIGNALS:
    void ready(const QUrl &url, const QString &key);
    void failed(const QString &message);

private:
    void onOutput();

    QProcess *m_process = nullptr;
    QString m_key;
    QByteArray m_adminSecret;
    QUrl m_url;
    QString m_journalFolder;
    QString m_journal;
    QByteArray m_buffer;
    QByteArray m_stderrTail; // the last bytes the sandbox wrote on stderr
};

} // namespace Gui
