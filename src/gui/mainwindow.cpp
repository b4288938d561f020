#include "mainwindow.h"

#include "idmapsaver.h"

#include "verifyundodialog.h"

#include "importwizard.h"
#include "keychainstore.h"
#include "resumedialog.h"
#include "summarypage.h"
#include "ui_mainwindow.h"

#include <engine/jobsettings.h>
#include <report/errorreport.h>
#include <store/joblock.h>
#include <store/filehash.h>
#include <store/jobstore.h>

#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QLocale>
#include <QtCore/QStandardPaths>
#include <QtGui/QCloseEvent>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtGui/QScreen>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QMessageBox>
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

void MainWindow::askKeyThen(const QString &jobId, bool retry)
{
    const JobRow *row = m_model->jobAt(m_model->rowOf(jobId));
    if (!row)
        return;
    const Store::JobRecord job = row->job;
    const QString environment = row->environment;
    // First the file: a job whose file changed (or is gone) cannot resume, and the person
    // hears it before being asked for anything (hashing reads the whole file: off the GUI thread).
    statusBar()->showMessage(tr("Checking that the file has not changed…"));
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, jobId, retry, job, environment] {
        const QString problem = watcher->result();
        watcher->deleteLater();
        statusBar()->clearMessage();
        if (!problem.isEmpty()) {
            auto *box = new QMessageBox(QMessageBox::Warning, tr("The file changed"), problem, QMessageBox::Ok, this);
            box->setObjectName(u"fileChangedBox"_s);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
            return;
        }
        askKeyAfterFileCheck(jobId, retry, job, environment);
    });
    watcher->setFuture(QtConcurrent::run([job]() -> QString {
        const QString name = QFileInfo(job.csvPath).fileName();
        QFileInfo info(job.csvPath);
        if (!info.exists())
            return tr("The file %1 is no longer at %2. Put it back there to resume this import; nothing was "
                      "lost.").arg(name, QDir::toNativeSeparators(info.absolutePath()));
        if (info.size() != job.csvSize)
            return tr("The file %1 changed since this import started, so it cannot continue: the rows would no "
                      "longer match. Put the original file back to resume, or start a New import with the changed "
                      "file (users already imported are recognised, not created twice).").arg(name);
        const Store::FileHash hash = Store::sha256OfFile(job.csvPath);
        if (!hash.ok())
            return hash.error;
        if (hash.sha256 != job.csvSha256)
            return tr("The file %1 changed since this import started, so it cannot continue: the rows would no "
                      "longer match. Put the original file back to resume, or start a New import with the changed "
                      "file (users already imported are recognised, not created twice).").arg(name);
        return {};
    }));
}

void MainWindow::askKeyAfterFileCheck(const QString &jobId, bool retry, const Store::JobRecord &job,
                                      const QString &environment)
{
    const Engine::JobSettings settings = Engine::JobSettings::fromJson(job.settings);
    const QUrl apiUrl = settings.apiUrl;
    const QString name = JobListModel::displayName(job);
    const int workers = settings.workers;
    if (environment == u"rehearsal"_s) {
        // A rehearsal resumes in its local sandbox, started again on its journal: no key to ask for.
        ImportWizard *wizard = openWizard();
        connect(wizard, &ImportWizard::resumeFailed, this, [this](const QString &message) {
            statusBar()->showMessage(tr("The rehearsal could not resume: %1").arg(message), 15000);
        });
        wizard->startRehearsalResume(jobId, workers, retry, settings.rehearsalJournal);
        wizard->show();
        updateActions();
        return;
    }
    QPointer<MainWindow> self(this);
    statusBar()->showMessage(tr("Looking for the API key in the system keychain…"));
    m_keychain->read(apiUrl.host(), [self, jobId, retry, apiUrl, name, workers, environment](const KeychainStore::Answer &a) {
        if (!self)
            return;
        self->statusBar()->clearMessage();
        QString known = a.found ? a.key : QString();
        if (known.isEmpty() && ImportWizard::sessionUrl() == apiUrl)
            known = ImportWizard::sessionKey().reveal();
        auto *dialog = new ResumeDialog(name, apiUrl, known, workers, self);
        dialog->setEnvironment(environment);
        if (retry)
            dialog->setWindowTitle(environment == u"production"_s
                                       ? tr("Retry the rows of %1 that were not imported — Production").arg(name)
                                       : tr("Retry the rows of %1 that were not imported").arg(name));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, self, [self, dialog, jobId, retry, apiUrl] {
            ImportWizard::rememberForSession(Api::ApiKey(dialog->key()), apiUrl);
            ImportWizard *wizard = self->openWizard();
            // Every failed row: the Finish page's advice ("add the role, then press Retry failed
            // rows") is followed from here too.
            if (retry)
                wizard->startRetry(jobId, Api::ApiKey(dialog->key()), apiUrl, true);
            else
                wizard->startResume(jobId, Api::ApiKey(dialog->key()), apiUrl, dialog->workers());
            wizard->show();
            self->updateActions();
        });
        dialog->open();
    });
}

bool MainWindow::refuseIfUndoStarted(const QString &jobId)
{
    const JobRow *job = m_model->jobAt(m_model->rowOf(jobId));
    if (!job || !job->undo)
        return false;
    statusBar()->showMessage(tr("An undo of %1 has started, so it is closed to import: import the file again as a new "
                                "job.").arg(jobId), 15000);
    return true;
}

void MainWindow::resumeSelected()
{
    const QString jobId = selectedJobId();
    if (!jobId.isEmpty() && !refuseIfUndoStarted(jobId))
        askKeyThen(jobId, false);
}

void MainWindow::retrySelected()
{
    const QString jobId = selectedJobId();
    if (!jobId.isEmpty() && !refuseIfUndoStarted(jobId))
        askKeyThen(jobId, true);
}

void MainWindow::offerInterrupted()
{
    for (int i = 0; i < m_model->rowCount(); ++i) {
        const JobRow *row = m_model->jobAt(i);
        if (!row || row->effectiveState != Store::JobState::Interrupted || row->undo)
            continue;
        const QString jobId = row->job.id;
        auto *box = new QMessageBox(QMessageBox::Question, tr("Resume the interrupted import?"),
                                    tr("The import of %1, started %2, stopped before it finished. Resume it now? "
                                       "Users already imported will not be sent again.")
                                        .arg(JobListModel::displayName(row->job),
                                             QLocale().toString((row->job.startedAt.isValid() ? row->job.startedAt
                                                                                               : row->job.createdAt).toLocalTime(),
                                                                QLocale::ShortFormat)),
                                    QMessageBox::NoButton, this);
        box->setObjectName(u"resumeOffer"_s);
        QPushButton *resume = box->addButton(tr("&Resume"), QMessageBox::AcceptRole);
        box->addButton(tr("&Later"), QMessageBox::RejectRole);
        box->setDefaultButton(resume);
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QMessageBox::finished, this, [this, box, resume, jobId] {
            if (box->clickedButton() == resume && selectJob(jobId))
                resumeSelected();
        });
        box->open();
        return;
    }
}

void MainWindow::exportErrorReport(const QString &jobId, const QString &path)
{
    if (QFileInfo(path).suffix().compare(u"xlsx"_s, Qt::CaseInsensitive) != 0 && !Report::ErrorReport::formatForPath(path)) {
        Q_EMIT exportFinished(false, tr("Choose a file name ending in .xlsx (a spreadsheet), .csv or .json."));
        return;
    }
    const QString storePath = m_storePath;
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path] {
        const QString error = watcher->result();
        watcher->deleteLater();
        Q_EMIT exportFinished(error.isEmpty(), error.isEmpty()
                                                   ? tr("The error report was saved to %1.").arg(QDir::toNativeSeparators(path))
                                                   : tr("The error report could not be saved: %1").arg(error));
    });
    watcher->setFuture(QtConcurrent::run([storePath, jobId, path] { return SummaryPage::writeReport(storePath, jobId, path); }));
}

// What a job's mode means, in words (the store keeps "multi-organization" and the like).
static QString modeWords(const QString &mode)
{
    if (mode == u"user-only"_s)
        //: Job details: the job imports users without organizations
        return MainWindow::tr("Users only");
    if (mode == u"multi-organization"_s)
        //: Job details: the job imports users with the organizations each row names
        return MainWindow::tr("Users and their organizations");
    if (mode == u"single-organization"_s)
        //: Job details: the job imports every user into one organization
        return MainWindow::tr("Users into one organization");
    return mode;
}

void MainWindow::showDetails()
{
    const JobRow *row = m_model->jobAt(m_model->rowOf(selectedJobId()));
    if (!row)
        return;
    const Store::JobRecord &j = row->job;
    const Store::JobCounters &c = j.counters;
    const QLocale locale;
    const Engine::JobSettings s = Engine::JobSettings::fromJson(j.settings);
    auto when = [&](const QDateTime &t) { return t.isValid() ? locale.toString(t.toLocalTime(), QLocale::LongFormat) : tr("—"); };
    // A dialog sized to its content (issue 22 item 8): values wrap, and the file's path, which
    // has no place to wrap, is a read-only field that scrolls and copies whole.
    auto *box = new QDialog(this);
    box->setObjectName(u"detailsBox"_s);
    box->setWindowTitle(tr("Job details"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(box);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    layout->addLayout(form);
    auto line = [&](const QString &label, const QString &value) {
        auto *text = new QLabel(value, box);
        text->setTextFormat(Qt::PlainText);
        text->setWordWrap(false); // short values: an id, a date, a count
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *name = new QLabel(u"<b>%1</b>"_s.arg(label.toHtmlEscaped()), box);
        name->setBuddy(text);
        form->addRow(name, text);
        text->setAccessibleName(label);
    };
    line(tr("Job id"), j.id);
    auto *fileEdit = new QLineEdit(QDir::toNativeSeparators(j.csvPath), box);
    fileEdit->setObjectName(u"detailsFileEdit"_s);
    fileEdit->setReadOnly(true);
    fileEdit->setCursorPosition(0);
    fileEdit->setAccessibleName(tr("File"));
    fileEdit->setMinimumWidth(fileEdit->fontMetrics().averageCharWidth() * 50);
    form->addRow(u"<b>%1</b>"_s.arg(tr("File").toHtmlEscaped()), fileEdit);
    //: Job details: the job's state (Running, Paused, Finished…)
    line(tr("State"), JobListModel::stateText(row->effectiveState));
    //: Job details: the WorkOS environment the job writes to (Production, Staging, Rehearsal)
    line(tr("Where"), row->environment.isEmpty() ? tr("—") : ImportWizard::environmentTitle(row->environment));
    line(tr("API"), j.apiHost);
    //: Job details: how the job imports (create users, update, dry run), not a display mode
    line(tr("Mode"), modeWords(j.mode));
    //: Job details: how many connections to WorkOS the job used at the same time
    line(tr("Parallel connections"), locale.toString(s.workers));
    //: Job details: when the job was created (a date), not a count of users created
    line(tr("Created"), when(j.createdAt));
    line(tr("Started"), when(j.startedAt));
    //: Job details: when the job finished (a date)
    line(tr("Finished"), when(j.finishedAt));
    line(tr("Rows"), locale.toString(c.totalRows));
    line(tr("Users created"), locale.toString(c.created));
    line(tr("Already existed"), locale.toString(c.existed));
    line(tr("Memberships added"), locale.toString(c.membershipsAdded));
    line(tr("Invalid rows"), locale.toString(c.invalid));
    line(tr("Failed rows"), locale.toString(c.failed));
    if (!j.lastError.isEmpty()) {
        // A sentence: below the table, the dialog's full width, wrapped.
        auto *caption = new QLabel(u"<b>%1</b>"_s.arg(tr("Last message").toHtmlEscaped()), box);
        auto *message = new QLabel(j.lastError, box);
        message->setObjectName(u"detailsLastMessage"_s);
        message->setTextFormat(Qt::PlainText);
        message->setWordWrap(true);
        message->setTextInteractionFlags(Qt::TextSelectableByMouse);
        message->setAccessibleName(tr("Last message"));
        caption->setBuddy(message);
        layout->addWidget(caption);
        layout->addWidget(message);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, box);
    connect(buttons, &QDialogButtonBox::rejected, box, &QDialog::reject);
    layout->addWidget(buttons);
    // Within the screen, whatever the texts' length, and tall enough for the wrapped lines.
    layout->activate();
    QSize size = box->sizeHint();
    if (const QScreen *screen = box->screen())
        size = size.boundedTo(screen->availableGeometry().size() * 9 / 10);
    if (layout->hasHeightForWidth())
        size.setHeight(std::max(size.height(), layout->totalHeightForWidth(size.width())));
    box->resize(size);
    box->open();
}

void MainWindow::deleteSelected()
{
    const QString jobId = selectedJobId();
    if (jobId.isEmpty())
        return;
    if (Store::JobLock::isHeld(m_storePath, jobId)) {
        statusBar()->showMessage(tr("Job %1 is running in another window or process: stop it there before deleting it.")
                                     .arg(jobId), 10000);
        refresh();
        return;
    }
    const JobRow *job = m_model->jobAt(m_model->rowOf(jobId));
    const QString name = job ? JobListModel::displayName(job->job) : jobId;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete the job?"),
                                tr("Delete the import of %1 and everything recorded about it (progress, row outcomes, "
                                   "error report)? The users already in WorkOS stay there. This cannot be undone.").arg(name),
                                QMessageBox::NoButton, this);
    box->setObjectName(u"deleteQuestion"_s);
    QPushButton *remove = box->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    QPushButton *keep = box->addButton(tr("&Keep"), QMessageBox::RejectRole);
    box->setDefaultButton(keep);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, remove, jobId] {
        if (box->clickedButton() != remove)
            return;
        const QString storePath = m_storePath;
        auto *watcher = new QFutureWatcher<QString>(this);
        connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, jobId] {
            const QString error = watcher->result();
            watcher->deleteLater();
            statusBar()->showMessage(error.isEmpty() ? tr("Job %1 deleted.").arg(jobId)
                                                     : tr("The job could not be deleted: %1").arg(error), 10000);
            refresh();
            if (error.isEmpty())
                Q_EMIT jobDeleted(jobId);
        });
        watcher->setFuture(QtConcurrent::run([storePath, jobId]() -> QString {
            Store::JobStore store(storePath);
            QString error;
            // deleteJob() takes the job's lock for the deletion and refuses while anyone holds it.
            if (!store.open(&error) || !store.deleteJob(jobId, &error))
                return error;
            return {};
        }));
    });
    box->open();
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
