#pragma once
// VerifyUndoDialog: runs `verify` or `undo` for one job from the job list. It names the job and
// the environment; for undo it first shows what will be deleted (counts from the job store,
// read off the GUI thread), the address it will actually use and the environment ("Production"
// when the job wrote there or the key is a live one) and, in production, asks the person to type
// the environment's name ("production") before the button that deletes is enabled. The dialog
// grows to its content: the explanation and the confirmation wrap, never clip. The
// Engine::Verifier / Engine::Undoer runs in a thread of its own; progress and the result come
// back by queued signals, so the GUI thread never waits on the network, the file or the store.
//
// The API key is typed (or handed in by the caller from the keychain) and kept in memory for
// the run only. The layout is ui/verifyundodialog.ui; this class holds the behaviour. GUI thread.

#include "engine/followup/followup.h"

#include <QtCore/QFutureWatcher>
#include <QtCore/QThread>
#include <QtWidgets/QDialog>

#include "engine/followup/undoer.h"

#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace Gui {

namespace Ui {
class VerifyUndoDialog;
}

class VerifyUndoDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Verify, Undo };

    VerifyUndoDialog(QString storePath, QString jobId, Mode mode, QWidget *parent = nullptr);
    ~VerifyUndoDialog() override;

    // What a person types to confirm an undo with a production key.
    static QString productionConfirmation() { return QStringLiteral("production"); }

    void setApiKey(const QString &key);
    // A rehearsal's job: its local sandbox is started again on the rehearsal's journal and
    // answers instead of WorkOS (no key to type). Without a journal (a local server of the
    // person's own, or a rehearsal of an earlier version) the dialog asks for a key as usual.
    void useRehearsal(const QString &journal);
    bool isRunning() const { return m_running; }
    // True when the run button may be pressed (key given; for undo: preview loaded, and the
    // environment's name typed for a production key).
    bool canRun() const;

    QLineEdit *keyEdit() const { return m_key; }
    QLineEdit *confirmEdit() const { return m_confirm; }
    QPushButton *runButton() const { return m_run; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *previewLabel() const { return m_preview; }

    void run();

Q_SIGNALS:
    void previewLoaded();
    void runFinished(const Engine::FollowUpResult &result);

protected:
    void reject() override;

    // True for an undo in production: the job wrote to production, or the key is a live one.
    bool isProduction() const;

private:
    void updateState();
    void updatePreview();
    void onFinished(const Engine::FollowUpResult &result);

    std::unique_ptr<Ui::VerifyUndoDialog> m_ui; // ui/verifyundodialog.ui; the pointers below are its widgets
    QString m_storePath;
    QString m_jobId;
    Mode m_mode;
    QLabel *m_preview;
    QLineEdit *m_key;
    QLabel *m_confirmLabel;
    QLineEdit *m_confirm;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QPushButton *m_run;
    class RehearsalSandbox *m_rehearsal = nullptr;
    QUrl m_rehearsalUrl;
    QPushButton *m_close;
    QFutureWatcher<Engine::UndoPreview> m_previewWatcher;
    std::optional<Engine::UndoPreview> m_undoPreview;
    QThread m_thread;
    QObject *m_worker = nullptr; // an Engine::Verifier or Engine::Undoer living in m_thread
    bool m_running = false;
    bool m_closeWhenDone = false;
};

} // namespace Gui
