// MainWindow: the job list, its actions' state, the wizards it opens, verify and undo, and
// closing. Resuming and retrying (with the key asked for) are in mainwindow_resume.cpp; the
// job's details, error report and deletion in mainwindow_jobs.cpp.
#include "mainwindow.h"

#include "idmapsaver.h"

#include "verifyundodialog.h"

#include "importwizard.h"
#include "keychainstore.h"
#include "summarypage.h"
#include "ui_mainwindow.h"

#include <engine/jobsettings.h>
#include <report/errorreport.h>
#include <store/joblock.h>
#include <store/jobstore.h>

#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QFileInfo>
#include <QtCore/QStandardPaths>
#include <QtGui/QCloseEvent>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QHeaderView>
#include <QtGui/QAction>
#include <QtWidgets/QPushButton>

using namespace Qt::StringLiterals;

namespace Gui {

MainWindow::MainWindow(QString storePath, QWidget *parent)
    : QMainWindow(parent),
      m_ui(std::make_unique<Ui::MainWindow>()),
      m_storePath(std::move(storePath)),
      m_model(new JobListModel(this)),
      m_keychain(new KeychainStore(this))
{
    m_ui->setupUi(this);
    setObjectName(u"mainWindow"_s);
    m_ui->jobsView->setModel(m_model);
    // Every column as wide as its content, the file name takes the rest: "Rows not imported"
    // is never pushed off-screen.
    m_ui->jobsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->jobsView->horizontalHeader()->setSectionResizeMode(JobListModel::NameColumn, QHeaderView::Stretch);
    m_ui->jobsView->horizontalHeader()->setStretchLastSection(false);
    m_ui->jobsView->verticalHeader()->setDefaultSectionSize(m_ui->jobsView->fontMetrics().height() + 8);
    connect(m_ui->newImportButton, &QPushButton::clicked, this, [this] { newImport(); });
    connect(m_ui->resumeButton, &QPushButton::clicked, this, &MainWindow::resumeSelected);
    connect(m_ui->retryButton, &QPushButton::clicked, this, &MainWindow::retrySelected);
    connect(m_ui->detailsButton, &QPushButton::clicked, this, &MainWindow::showDetails);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &MainWindow::deleteSelected);
    // Verify and undo of a job (VerifyUndoDialog), beside Details.
    m_verifyButton = m_ui->verifyButton;
    m_undoButton = m_ui->undoButton;
    // The empty state: what to do first, with New import as its one prominent button.
    QFont emptyTitleFont = m_ui->emptyTitle->font();
    emptyTitleFont.setPointSizeF(emptyTitleFont.pointSizeF() * 1.4);
    emptyTitleFont.setBold(true);
    m_ui->emptyTitle->setFont(emptyTitleFont);
    m_ui->emptyNewImportButton->ensurePolished();
    m_ui->emptyNewImportButton->setMinimumSize(m_ui->emptyNewImportButton->sizeHint() * 3 / 2);
    connect(m_ui->emptyNewImportButton, &QPushButton::clicked, this, [this] { newImport(); });
    showEmptyState(false);
    connect(m_verifyButton, &QPushButton::clicked, this, &MainWindow::verifySelected);
    connect(m_undoButton, &QPushButton::clicked, this, &MainWindow::undoSelected);
    connect(m_ui->exportButton, &QPushButton::clicked, this, [this] {
        const QString jobId = selectedJobId();
        if (jobId.isEmpty())
            return;
        const JobRow *job = m_model->jobAt(m_model->rowOf(jobId));
        const QString base = job ? QFileInfo(job->job.csvPath).completeBaseName() : jobId;
        // A spreadsheet for people first; the CSV and JSON for engineers (SummaryPage's choice).
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the error report"),
                                                          SummaryPage::suggestedReportPath(base),
                                                          SummaryPage::reportFileFilters());
        if (!path.isEmpty())
            exportErrorReport(jobId, path);
    });
    // The ID map of the selected job (idmapsaver.h): the job list's context menu.
    auto *idMapAction = new QAction(tr("Save the &ID map…"), m_ui->jobsView);
    idMapAction->setObjectName(u"saveIdMapAction"_s);
    m_ui->jobsView->addAction(idMapAction);
    m_ui->jobsView->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(idMapAction, &QAction::triggered, this, [this] {
        const QString jobId = selectedJobId();
        const JobRow *job = m_model->jobAt(m_model->rowOf(jobId));
        if (!job)
            return;
        saveIdMapInteractively(this, m_storePath, jobId, job->job.csvPath, [this](bool ok, const QString &message) {
            Q_EMIT exportFinished(ok, message);
        });
    });
    connect(m_ui->jobsView, &QAbstractItemView::doubleClicked, this, &MainWindow::showDetails);
    connect(m_ui->jobsView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateActions);
    connect(&m_loader, &QFutureWatcher<QList<JobRow>>::finished, this, &MainWindow::onLoaded);
    connect(this, &MainWindow::exportFinished, this, [this](bool, const QString &message) {
        statusBar()->showMessage(message, 15000);
    });
    m_refreshTimer.setInterval(5000);
    connect(&m_refreshTimer, &QTimer::timeout, this, &MainWindow::refresh);
    m_refreshTimer.start();
    updateActions();
    refresh();
}

MainWindow::~MainWindow()
{
    // The wizards are children: take them down first, while this object is still whole.
    m_refreshTimer.stop();
    for (ImportWizard *w : wizards()) {
        w->disconnect(this);
        delete w;
    }
    m_loader.waitForFinished();
}

QStringList MainWindow::activeJobIds() const
{
    QStringList ids;
    for (const QPointer<ImportWizard> &w : m_wizards)
        if (w && w->isRunning() && !w->lastResult.jobId.isEmpty())
            ids.append(w->lastResult.jobId);
    for (const QPointer<ImportWizard> &w : m_wizards)
        if (w && w->isRunning() && !w->runRequest.jobId.isEmpty())
            ids.append(w->runRequest.jobId);
    return ids;
}

void MainWindow::refresh()
{
    if (m_loader.isRunning()) {
        m_reloadPending = true;
        return;
    }
    const QString path = m_storePath;
    const QStringList active = activeJobIds();
    m_loader.setFuture(QtConcurrent::run([path, active] { return JobListModel::loadJobs(path, active); }));
}

void MainWindow::onLoaded()
{
    const QString selected = selectedJobId();
    m_model->setJobs(m_loader.result());
    if (!selected.isEmpty())
        selectJob(selected);
    else if (m_model->rowCount() > 0 && !m_ui->jobsView->currentIndex().isValid())
        m_ui->jobsView->selectRow(0);
    showEmptyState(m_model->rowCount() == 0);
    updateActions();
    if (m_firstLoad) {
        m_firstLoad = false;
        if (m_offerInterrupted)
            offerInterrupted();
    }
    Q_EMIT jobsLoaded();
    if (m_reloadPending) {
        m_reloadPending = false;
        refresh();
    }
}

void MainWindow::showEmptyState(bool empty)
{
    // One "New import" at a time is visible, so its mnemonic Alt+N stays unique.
    m_ui->jobsStack->setCurrentWidget(empty ? m_ui->emptyPage : m_ui->jobsPage);
    m_ui->newImportButton->setVisible(!empty);
    m_ui->newImportButton->setDefault(!empty);
    m_ui->emptyNewImportButton->setDefault(empty);
    const QList<QPushButton *> jobButtons = {m_ui->resumeButton, m_ui->retryButton, m_ui->exportButton, m_verifyButton,
                                             m_undoButton, m_ui->detailsButton, m_ui->deleteButton};
    for (QPushButton *button : jobButtons)
        button->setVisible(!empty);
}

bool MainWindow::selectJob(const QString &jobId)
{
    const int row = m_model->rowOf(jobId);
    if (row < 0)
        return false;
    m_ui->jobsView->selectRow(row);
    m_ui->jobsView->setCurrentIndex(m_model->index(row, 0));
    return true;
}

QString MainWindow::selectedJobId() const
{
    const QModelIndexList rows = m_ui->jobsView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return m_model->data(rows.first(), JobListModel::JobIdRole).toString();
}

void MainWindow::updateActions()
{
    const int row = m_model->rowOf(selectedJobId());
    const JobRow *job = m_model->jobAt(row);
    const bool running = job && activeJobIds().contains(job->job.id);
    // Once an undo has started, the job is closed to import (Engine::importClosedByUndo).
    const bool undoStarted = job && job->undo.has_value();
    const bool resumable = job && Store::isResumable(job->effectiveState) && !running && !undoStarted;
    m_ui->resumeButton->setEnabled(resumable);
    m_ui->retryButton->setEnabled(job && !running && !undoStarted && Store::isTerminal(job->job.state)
                                  && job->job.counters.failed > 0);
    const QString closed = undoStarted ? tr("An undo of this job has started: import the file again as a new job.") : QString();
    m_ui->resumeButton->setToolTip(closed);
    m_ui->retryButton->setToolTip(closed);
    m_ui->exportButton->setEnabled(job && (job->job.counters.failed + job->job.counters.invalid) > 0);
    m_ui->detailsButton->setEnabled(job != nullptr);
    // Never offer to delete a job that any process or window holds (it is being planned or
    // run there). JobLock::isHeld never waits: it reads one small lock file.
    m_ui->deleteButton->setEnabled(job && !running && !Store::JobLock::isHeld(m_storePath, job->job.id));
    m_verifyButton->setEnabled(job && !running && job->job.counters.totalRows > 0);
    m_undoButton->setEnabled(job && !running && job->job.counters.totalRows > 0);
}

// A rehearsal's job is verified and undone in its own local sandbox, not in WorkOS.
void MainWindow::offerRehearsal(VerifyUndoDialog *dialog, const QString &jobId)
{
    const JobRow *job = m_model->jobAt(m_model->rowOf(jobId));
    if (!job)
        return;
    const Engine::JobSettings settings = Engine::JobSettings::fromJson(job->job.settings);
    if (settings.environment == u"rehearsal"_s)
        dialog->useRehearsal(settings.rehearsalJournal);
}

VerifyUndoDialog *MainWindow::verifySelected()
{
    const QString jobId = selectedJobId();
    if (jobId.isEmpty())
        return nullptr;
    auto *dialog = new VerifyUndoDialog(m_storePath, jobId, VerifyUndoDialog::Mode::Verify, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &VerifyUndoDialog::runFinished, this, [this] { refresh(); });
    offerRehearsal(dialog, jobId);
    dialog->show();
    return dialog;
}

VerifyUndoDialog *MainWindow::undoSelected()
{
    const QString jobId = selectedJobId();
    if (jobId.isEmpty())
        return nullptr;
    auto *dialog = new VerifyUndoDialog(m_storePath, jobId, VerifyUndoDialog::Mode::Undo, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &VerifyUndoDialog::runFinished, this, [this] { refresh(); });
    offerRehearsal(dialog, jobId);
    dialog->show();
    return dialog;
}

ImportWizard *MainWindow::openWizard()
{
    auto *wizard = new ImportWizard(m_storePath, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    m_wizards.append(wizard);
    connect(wizard, &ImportWizard::jobProgress, this, [this](const Engine::JobProgress &p) {
        if (m_model->rowOf(p.jobId) < 0)
            refresh();
        m_model->setLiveProgress(p);
    });
    connect(wizard, &ImportWizard::jobFinished, this, [this] {
        m_model->clearLiveProgress();
        refresh();
    });
    connect(wizard, &QObject::destroyed, this, [this] {
        m_wizards.removeAll(nullptr);
        refresh();
    });
    Q_EMIT wizardOpened(wizard);
    return wizard;
}

ImportWizard *MainWindow::newImport()
{
    ImportWizard *wizard = openWizard();
    wizard->show();
    return wizard;
}

QList<ImportWizard *> MainWindow::wizards() const
{
    QList<ImportWizard *> list;
    for (const QPointer<ImportWizard> &w : m_wizards)
        if (w)
            list.append(w);
    return list;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    for (ImportWizard *w : wizards()) {
        if (w->isRunning()) {
            event->ignore();
            w->raise();
            w->activateWindow();
            w->close(); // asks whether to stop; the job stays resumable
            return;
        }
    }
    m_loader.waitForFinished();
    event->accept();
}

} // namespace Gui
