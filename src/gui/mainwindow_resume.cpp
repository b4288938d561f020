// MainWindow: resuming and retrying a job (the API key asked for, the file checked against the
// one the job read), and the offer to resume the jobs an earlier session left interrupted.
#include "mainwindow.h"

#include "importwizard.h"
#include "keychainstore.h"
#include "resumedialog.h"

#include <engine/jobsettings.h>
#include <store/filehash.h>
#include <store/jobstore.h>

#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QLocale>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QStatusBar>

using namespace Qt::StringLiterals;

namespace Gui {

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

} // namespace Gui
