#pragma once
// RehearsalSandbox: the wizard's "Rehearse on a local sandbox": starts workos-sandbox (found
// next to the app's binary, or at $WORKOS_SANDBOX_PATH) on 127.0.0.1 with WorkOS's rate limits
// and a fresh random test key, reads the URL from its first stdout line and hands both to the
// connect page. The sandbox keeps its data in a journal file (--journal), one per rehearsal,
// so a rehearsal resumes after the program was killed with everything it had created. The key reaches the sandbox through its environment (WORKOS_SANDBOX_KEYS),
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
    // Where new rehearsals keep their journals (a private folder beside the job store).
    void setJournalFolder(const QString &folder) { m_journalFolder = folder; }
    // Starts a sandbox on `journal` (a rehearsal resumed, verified or undone: the sandbox holds
    // what it held before), or on a new journal in the journal folder when empty.
    void start(const QString &journal = QString());
    QString journalPath() const { return m_journal; }
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
    QString m_journalFolder;
    QString m_journal;
    QByteArray m_buffer;
};

} // namespace Gui
