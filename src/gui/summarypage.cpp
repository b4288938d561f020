#include "summarypage.h"

#include "desktopactions.h"

#include "environmentbadge.h"
#include "importwizard.h"
#include "joblistmodel.h"

#include <report/errorreport.h>
#include <store/jobstore.h>

#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QLocale>
#include <QtCore/QMap>
#include <QtCore/QStandardPaths>
#include <QtCore/QTimer>
#include <QtCore/QUrl>
#include <QtGui/QClipboard>
#include <QtGui/QDesktopServices>
#include <QtGui/QGuiApplication>
#include <QtWidgets/QApplication>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSystemTrayIcon>
#include <QtWidgets/QTableWidget>
#include <QtWidgets/QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gui {

SummaryPage::SummaryPage(QWidget *parent)
    : QWizardPage(parent)
{
    setTitle(tr("Finished"));
    setSubTitle(tr("What happened, what was not imported and why, and what to do next."));
    setProperty("helpSection", u"8. Finish"_s);
    setFinalPage(true);
    auto *layout = new QVBoxLayout(this);
    m_badge = new EnvironmentBadge(this);
    layout->addWidget(m_badge);
    m_headline = new QLabel(this);
    m_headline->setObjectName(u"headlineLabel"_s);
    m_headline->setWordWrap(true);
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);
    layout->addWidget(m_headline);
    m_details = new QLabel(this);
    m_details->setObjectName(u"detailsLabel"_s);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_details);
    m_reasons = new QTableWidget(0, 3, this);
    m_reasons->setObjectName(u"reasonsTable"_s);
    m_reasons->setHorizontalHeaderLabels({tr("Rows"), tr("Why they were not imported"), tr("What to do")});
    m_reasons->verticalHeader()->hide();
    m_reasons->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_reasons->setWordWrap(true);
    m_reasons->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_reasons->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_reasons->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_reasons->setAccessibleName(tr("Rows not imported, by reason"));
    layout->addWidget(m_reasons, 1);

    auto *buttons = new QHBoxLayout;
    m_exportButton = new QPushButton(tr("&Export the error report…"), this);
    m_exportButton->setObjectName(u"exportReportButton"_s);
    m_retryButton = new QPushButton(tr("&Retry failed rows"), this);
    m_retryButton->setObjectName(u"retryButton"_s);
    m_folderButton = new QPushButton(tr("Open the job &folder"), this);
    m_folderButton->setObjectName(u"folderButton"_s);
    buttons->addWidget(m_exportButton);
    buttons->addWidget(m_retryButton);
    buttons->addWidget(m_folderButton);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_feedback = new QLabel(this);
    m_feedback->setObjectName(u"feedbackLabel"_s);
    m_feedback->setWordWrap(true);
    m_feedback->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_feedback);
    auto *folderRow = new QHBoxLayout;
    m_folderEdit = new QLineEdit(this);
    m_folderEdit->setObjectName(u"folderEdit"_s);
    m_folderEdit->setReadOnly(true);
    m_folderEdit->setAccessibleName(tr("Job folder"));
    m_copyButton = new QPushButton(tr("&Copy the path"), this);
    m_copyButton->setObjectName(u"copyPathButton"_s);
    folderRow->addWidget(m_folderEdit, 1);
    folderRow->addWidget(m_copyButton);
    m_folderEdit->setVisible(false);
    m_copyButton->setVisible(false);
    layout->addLayout(folderRow);
    m_nextSteps = new QLabel(this);
    m_nextSteps->setObjectName(u"nextStepsLabel"_s);
    m_nextSteps->setWordWrap(true);
    m_nextSteps->setOpenExternalLinks(true);
    layout->addWidget(m_nextSteps);

    connect(m_exportButton, &QPushButton::clicked, this, [this] {
        ImportWizard *w = importWizardOf(this);
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString base = QFileInfo(w->inspection.path.isEmpty() ? m_facts.job.csvPath : w->inspection.path).completeBaseName();
        const QString suggested = QDir(dir).filePath((base.isEmpty() ? u"import"_s : base) + u"-not-imported.csv"_s);
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the error report"), suggested,
                                                          tr("CSV file (*.csv);;JSON file (*.json)"));
        if (!path.isEmpty())
            exportErrorReport(path);
    });
    connect(m_retryButton, &QPushButton::clicked, this, &SummaryPage::retryFailedRows);
    connect(m_folderButton, &QPushButton::clicked, this, &SummaryPage::openFolder);
    connect(m_copyButton, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_folderEdit->text());
        m_feedback->setText(tr("The folder's path was copied."));
    });
    connect(this, &SummaryPage::exportFinished, m_feedback, [this](bool, const QString &message) { m_feedback->setText(message); });
    connect(&m_loader, &QFutureWatcher<FinishFacts>::finished, this, [this] {
        m_facts = m_loader.result();
        showFacts();
        Q_EMIT factsLoaded();
    });
}

FailureGroup SummaryPage::describe(const Store::RowOutcome &row)
{
    FailureGroup g;
    const QString code = row.code.toLower();
    g.retryable = row.retryable;
    if (code.startsWith(u"email"_s)) {
        g.reason = tr("The email address is not valid");
        g.action = tr("Correct the addresses in the file and import it again.");
    } else if (code.contains(u"role"_s)) {
        g.reason = tr("The role does not exist in this WorkOS environment");
        g.action = tr("Add the role in the WorkOS dashboard (Roles), then press Retry failed rows.");
    } else if (code.startsWith(u"org"_s) || code.contains(u"organization"_s)) {
        g.reason = tr("The organization could not be found or created");
        g.action = tr("Check the organization's id in the file, or create it in WorkOS, then import these rows again.");
    } else if (code.contains(u"password"_s) || code.contains(u"hash"_s)) {
        g.reason = tr("The password or its hash was refused");
        g.action = tr("Check the password hash and its algorithm in the file; the users can also reset their password.");
    } else if (code == u"network"_s || code.contains(u"timeout"_s) || row.httpStatus >= 500 || row.httpStatus == 429) {
        g.reason = tr("WorkOS could not be reached or did not answer in time");
        g.action = tr("Press Retry failed rows when the connection works.");
    } else if (code.startsWith(u"csv"_s) || row.outcome == Store::Outcome::Invalid) {
        g.reason = tr("The row has a problem in the file: %1").arg(row.message);
        g.action = tr("Fix the row in the file and import it again.");
    } else {
        g.reason = row.message.isEmpty() ? tr("WorkOS refused the row (%1)").arg(row.code) : row.message;
        g.action = tr("See the error report for each row; fix the file and import these rows again.");
    }
    return g;
}

FinishFacts SummaryPage::loadFacts(const QString &storePath, const QString &jobId)
{
    FinishFacts f;
    Store::JobStore store(storePath);
    if (!store.open(&f.error))
        return f;
    const auto job = store.job(jobId);
    if (!job) {
        f.error = tr("The job is not in the job store.");
        return f;
    }
    f.job = *job;
    f.counts = store.countOutcomes(jobId);
    QMap<QString, FailureGroup> groups;
    qint64 invalidListed = 0;
    for (const Store::RowOutcome &row : store.failedRows(jobId)) {
        if (row.outcome == Store::Outcome::Invalid)
            ++invalidListed;
        FailureGroup g = describe(row);
        FailureGroup &slot = groups[g.reason];
        if (slot.rows == 0) {
            slot = g;
            slot.rows = 0;
        }
        ++slot.rows;
        if (row.retryable) {
            slot.retryable = true;
            ++f.retryableRows;
        }
    }
    if (f.counts.invalid > invalidListed) {
        FailureGroup g;
        g.reason = tr("The row has a problem in the file (it was never sent)");
        g.action = tr("See the error report for each row's problem; fix the file and import these rows again.");
        g.rows = f.counts.invalid - invalidListed;
        groups.insert(g.reason, g);
    }
    f.groups = groups.values();
    std::sort(f.groups.begin(), f.groups.end(), [](const FailureGroup &a, const FailureGroup &b) { return a.rows > b.rows; });
    f.ok = true;
    return f;
}

void SummaryPage::initializePage()
{
    ImportWizard *w = importWizardOf(this);
    if (!w)
        return;
    m_badge->setEnvironment(w->environment);
    m_feedback->clear();
    m_folderEdit->setVisible(false);
    m_copyButton->setVisible(false);
    m_reasons->setRowCount(0);
    m_headline->setText(tr("Reading the results…"));
    m_details->clear();
    m_exportButton->setEnabled(false);
    m_retryButton->setEnabled(false);
    if (w->lastResult.jobId.isEmpty()) {
        m_facts = {};
        showFacts();
        return;
    }
    const QString storePath = w->storePath();
    const QString jobId = w->lastResult.jobId;
    m_loader.setFuture(QtConcurrent::run([storePath, jobId] { return loadFacts(storePath, jobId); }));
}

void SummaryPage::showFacts()
{
    ImportWizard *w = importWizardOf(this);
    if (!w)
        return;
    const Engine::JobResult &r = w->lastResult;
    const Store::JobCounters c = m_facts.ok ? m_facts.counts : r.counters;
    const qint64 notImported = c.failed + c.invalid;
    const QLocale locale;
    switch (r.state) {
    case Store::JobState::Finished: m_headline->setText(tr("Done: every valid row was imported.")); break;
    case Store::JobState::FinishedWithErrors:
        m_headline->setText(notImported == 1 ? tr("Done, with 1 row that could not be imported (see below).")
                                             : tr("Done, with %1 rows that could not be imported (see below).")
                                                   .arg(locale.toString(notImported)));
        break;
    case Store::JobState::Paused:
    case Store::JobState::Interrupted:
        m_headline->setText(tr("The import stopped before the end. Resume it from the job list: it continues where it stopped."));
        break;
    default: m_headline->setText(tr("The import could not finish: %1").arg(r.message)); break;
    }
    const qint64 totalRows = m_facts.ok ? std::max(m_facts.job.counters.totalRows, c.totalRows) : c.totalRows;
    QString details = u"<table cellspacing='4'>"_s;
    auto row = [&](const QString &label, qint64 value) {
        details += u"<tr><td>%1</td><td align='right'><b>%2</b></td></tr>"_s.arg(label.toHtmlEscaped(), locale.toString(value));
    };
    if (totalRows > 0)
        row(tr("Rows in the file"), totalRows);
    row(tr("Users created"), c.created);
    row(tr("Users that were already in WorkOS"), c.existed);
    row(tr("Memberships added"), c.membershipsAdded);
    row(tr("Memberships that were already there"), c.membershipExisted);
    row(tr("Repeated rows (imported once)"), c.duplicatesSkipped);
    row(tr("Rows not imported"), notImported);
    details += u"</table>"_s;
    const double activeSeconds = double(w->lastActiveMs) / 1000.0;
    if (activeSeconds >= 1 && w->lastRowsThisRun > 0)
        details += u"<p>"_s + tr("This run sent %1 rows in %2 s of importing: %3 rows a second (time paused or waiting "
                                 "for WorkOS not counted).")
                                  .arg(locale.toString(w->lastRowsThisRun), locale.toString(activeSeconds, 'f', 0),
                                       locale.toString(double(w->lastRowsThisRun) / activeSeconds, 'f', 1))
                       + u"</p>"_s;
    if (w->environment == u"rehearsal"_s)
        details += u"<p><i>"_s + tr("This was a rehearsal against the local sandbox: nothing reached WorkOS.") + u"</i></p>"_s;
    if (!m_facts.ok && !m_facts.error.isEmpty())
        details += u"<p>"_s + tr("The job store could not be read: %1").arg(m_facts.error).toHtmlEscaped() + u"</p>"_s;
    m_details->setText(details);

    m_reasons->setRowCount(int(m_facts.groups.size()));
    for (int i = 0; i < m_facts.groups.size(); ++i) {
        const FailureGroup &g = m_facts.groups[i];
        auto *rows = new QTableWidgetItem(locale.toString(g.rows));
        rows->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_reasons->setItem(i, 0, rows);
        m_reasons->setItem(i, 1, new QTableWidgetItem(g.reason));
        m_reasons->setItem(i, 2, new QTableWidgetItem(g.action));
    }
    m_reasons->resizeRowsToContents();
    m_reasons->setVisible(!m_facts.groups.isEmpty());
    const bool hasJob = !r.jobId.isEmpty();
    m_exportButton->setEnabled(hasJob && notImported > 0);
    m_retryButton->setEnabled(hasJob && Store::isTerminal(r.state));
    m_folderButton->setEnabled(hasJob);

    QStringList steps;
    if (w->environment == u"rehearsal"_s)
        steps << tr("When the rehearsal looks right, start a New import with your real API key.");
    else
        steps << tr("Look at a few of the imported users in the WorkOS dashboard (User Management → Users).");
    if (notImported > 0)
        steps << tr("Export the error report, fix those rows in a copy of the file, and import the copy: users already "
                    "imported are recognised, not created twice.");
    steps << tr("Keep this job in the list: it records what was imported.");
    QString html = u"<b>%1</b><ul>"_s.arg(tr("Next steps").toHtmlEscaped());
    for (const QString &s : std::as_const(steps))
        html += u"<li>%1</li>"_s.arg(s.toHtmlEscaped());
    m_nextSteps->setText(html + u"</ul>"_s);

    // The desktop's notification service (DesktopActions: D-Bus on Linux), not a tray icon,
    // which GNOME does not show.
    if (r.elapsedMs >= NotifyAfterMs && (!window()->isActiveWindow() || window()->isMinimized()))
        DesktopActions::instance()->notify(tr("WorkOS import finished"), m_headline->text());
}

QString SummaryPage::feedbackText() const
{
    return m_feedback->text();
}

void SummaryPage::exportErrorReport(const QString &path)
{
    ImportWizard *w = importWizardOf(this);
    if (!Report::ErrorReport::formatForPath(path)) {
        Q_EMIT exportFinished(false, tr("Choose a file name ending in .csv or .json."));
        return;
    }
    const QString storePath = w->storePath();
    const QString jobId = w->lastResult.jobId;
    m_feedback->setText(tr("Writing the error report…"));
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path] {
        const QString error = watcher->result();
        watcher->deleteLater();
        if (error.isEmpty())
            Q_EMIT exportFinished(true, tr("The error report was saved to %1.").arg(QDir::toNativeSeparators(path)));
        else
            Q_EMIT exportFinished(false, tr("The error report could not be saved: %1").arg(error));
    });
    watcher->setFuture(QtConcurrent::run([storePath, jobId, path]() -> QString {
        Store::JobStore store(storePath);
        QString error;
        if (!store.open(&error))
            return error;
        Report::ErrorReport report(path);
        if (!report.write(store, jobId, &error))
            return error;
        return {};
    }));
}

void SummaryPage::retryFailedRows()
{
    ImportWizard *w = importWizardOf(this);
    if (!w || w->lastResult.jobId.isEmpty())
        return;
    if (m_facts.ok && m_facts.retryableRows == 0) {
        const qint64 notImported = m_facts.counts.failed + m_facts.counts.invalid;
        m_feedback->setText(notImported == 0
                                ? tr("Nothing to retry: every row was imported.")
                                : notImported == 1
                                ? tr("Nothing to retry now: the row not imported needs a change first (see “What to do” "
                                     "above). Sending it again as it is would fail the same way.")
                                : tr("Nothing to retry now: the %1 rows not imported need a change first (see “What to do” "
                                     "above). Sending them again as they are would fail the same way.")
                                      .arg(QLocale().toString(notImported)));
        return;
    }
    m_feedback->setText(m_facts.retryableRows == 1 ? tr("Retrying 1 row…")
                                                   : tr("Retrying %1 rows…").arg(QLocale().toString(m_facts.retryableRows)));
    w->startRetry(w->lastResult.jobId, w->apiKey, w->apiUrl, false);
}

void SummaryPage::openFolder()
{
    ImportWizard *w = importWizardOf(this);
    if (!w)
        return;
    const QString folder = QDir::toNativeSeparators(QFileInfo(w->storePath()).absolutePath());
    const bool opened = qEnvironmentVariableIsSet("WIZARD_NO_FILE_MANAGER")
        ? false
        : DesktopActions::instance()->openFolder(folder);
    if (!opened) {
        // No file manager answered: show the path so it can be copied.
        m_folderEdit->setText(folder);
        m_folderEdit->setVisible(true);
        m_copyButton->setVisible(true);
        m_feedback->setText(tr("No file manager opened the folder. Its path is below; copy it into one."));
    } else {
        m_feedback->setText(tr("The job folder was opened: %1").arg(folder));
    }
}

} // namespace Gui
