// MainWindow: one job's error report export, its details dialog, and its deletion.
#include "mainwindow.h"

#include "importwizard.h"
#include "summarypage.h"

#include <engine/jobsettings.h>
#include <report/errorreport.h>
#include <store/joblock.h>
#include <store/jobstore.h>

#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QLocale>
#include <QtGui/QScreen>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QStatusBar>

using namespace Qt::StringLiterals;

namespace Gui {

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

} // namespace Gui
