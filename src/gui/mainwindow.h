#pragma once
// MainWindow: the program's first window: the recent jobs from the job store (JobListModel,
// loaded in a QtConcurrent thread) with New import, Resume, Retry failed rows, Export error
// report, Details and Delete. At start-up it offers to resume an interrupted job. Each import
// runs in an ImportWizard window of its own; closing the main window while one runs asks
// first. GUI thread.

#include "joblistmodel.h"

#include <QtCore/QFutureWatcher>
#include <QtCore/QPointer>
#include <QtCore/QTimer>
#include <QtWidgets/QMainWindow>

#include <memory>

class QMessageBox;
class QPushButton;

namespace Gui {

namespace Ui {
class MainWindow;
}

class ImportWizard;
class KeychainStore;
class ResumeDialog;
class VerifyUndoDialog;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QString storePath, QWidget *parent = nullptr);
    ~MainWindow() override;

    JobListModel *model() const { return m_model; }
    const QString &storePath() const { return m_storePath; }
    // Reloads the list off the GUI thread; jobsLoaded() follows.
    void refresh();
    bool selectJob(const QString &jobId);
    QString selectedJobId() const;
    void offerRehearsal(VerifyUndoDialog *dialog, const QString &jobId);

    ImportWizard *newImport();
    // Resume / retry the selected job: asks for the key (unless the keychain has it) and the
    // worker count in a ResumeDialog, then opens a wizard at its run page.
    void resumeSelected();
    void retrySelected();
    void exportErrorReport(const QString &jobId, const QString &path);
    void showDetails();
    void deleteSelected();
    // Verify / undo the selected job in a VerifyUndoDialog (returned, already shown).
    VerifyUndoDialog *verifySelected();
    VerifyUndoDialog *undoSelected();
    QList<ImportWizard *> wizards() const;

    // Off for tests and the screenshot tour.
    void setOfferInterruptedJobs(bool on) { m_offerInterrupted = on; }

Q_SIGNALS:
    void jobsLoaded();
    void wizardOpened(Gui::ImportWizard *wizard);
    void exportFinished(bool ok, const QString &message);
    void jobDeleted(const QString &jobId);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // True (and says so in the status bar) when an undo of the job has started: no resume, no retry.
    bool refuseIfUndoStarted(const QString &jobId);
    void onLoaded();
    void updateActions();
    void showEmptyState(bool empty);
    void offerInterrupted();
    void askKeyThen(const QString &jobId, bool retry);
    void askKeyAfterFileCheck(const QString &jobId, bool retry, const Store::JobRecord &job, const QString &environment);
    QStringList activeJobIds() const;
    ImportWizard *openWizard();

    std::unique_ptr<Ui::MainWindow> m_ui;
    QPushButton *m_verifyButton = nullptr;
    QPushButton *m_undoButton = nullptr;
    QString m_storePath;
    JobListModel *m_model;
    KeychainStore *m_keychain;
    QFutureWatcher<QList<JobRow>> m_loader;
    QTimer m_refreshTimer;
    bool m_reloadPending = false;
    bool m_firstLoad = true;
    bool m_offerInterrupted = true;
    QList<QPointer<ImportWizard>> m_wizards;
};

} // namespace Gui
