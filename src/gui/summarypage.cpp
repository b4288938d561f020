#include "summarypage.h"

#include "desktopactions.h"

#include "environmentbadge.h"
#include "importwizard.h"
#include "joblistmodel.h"
#include "passwordcheckdialog.h"

#include "idmapsaver.h"
#include "ui_summarypage.h"

#include <engine/followup/verifier.h>
#include <report/errorreport.h>
#include <report/peoplereport.h>
#include <store/jobstore.h>

#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <climits>
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
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSystemTrayIcon>
#include <QtWidgets/QTableWidget>

using namespace Qt::StringLiterals;

namespace Gui {

SummaryPage::SummaryPage(QWidget *parent)
    : QWizardPage(parent), m_ui(std::make_unique<Ui::SummaryPage>())
{
    m_ui->setupUi(this);
    setProperty("helpSection", u"8. Finish"_s);
    setFinalPage(true);
    m_badge = m_ui->environmentBadge;
    m_headline = m_ui->headlineLabel;
    m_details = m_ui->detailsLabel;
    m_reasons = m_ui->reasonsTable;
    m_feedback = m_ui->feedbackLabel;
    m_folderEdit = m_ui->folderEdit;
    m_copyButton = m_ui->copyPathButton;
    m_nextSteps = m_ui->nextStepsLabel;
    m_exportButton = m_ui->exportReportButton;
    m_retryButton = m_ui->retryButton;
    m_folderButton = m_ui->folderButton;
    m_reasons->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_reasons->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_reasons->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_verifyThread.setObjectName(u"finish-verify"_s);
    connect(m_ui->finishVerifyButton, &QPushButton::clicked, this, &SummaryPage::verify);
    // The ID map for the application's database (docs/cutover.md), beside Verify.
    auto *idMapButton = new QPushButton(tr("Save the &ID map…"), this);
    idMapButton->setObjectName(u"saveIdMapButton"_s);
    idMapButton->setToolTip(tr("Writes, from the job store alone, each imported user's source id, email and WorkOS "
                               "ids, for your application's database."));
    m_ui->buttonRow->insertWidget(m_ui->buttonRow->indexOf(m_ui->finishVerifyButton) + 1, idMapButton);
    QWidget::setTabOrder(m_ui->finishVerifyButton, idMapButton);
    connect(idMapButton, &QPushButton::clicked, this, [this] { saveIdMap(); });
    auto *signInButton = new QPushButton(tr("&Sign in as…"), this);
    signInButton->setObjectName(u"signInButton"_s);
    m_ui->buttonRow->insertWidget(m_ui->buttonRow->indexOf(idMapButton) + 1, signInButton);
    QWidget::setTabOrder(idMapButton, signInButton); // reading order: Verify, ID map, Sign in
    connect(signInButton, &QPushButton::clicked, this, &SummaryPage::signInAsKnownUser);

    connect(m_exportButton, &QPushButton::clicked, this, [this] {
        ImportWizard *w = importWizardOf(this);
        const QString base = QFileInfo(w->inspection.path.isEmpty() ? m_facts.job.csvPath : w->inspection.path).completeBaseName();
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the error report"),
                                                          suggestedReportPath(base), reportFileFilters());
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
    // The same plain words as the spreadsheet report (Report::PeopleReport).
    const Report::PlainWords words = Report::PeopleReport::explain(row);
    FailureGroup g;
    g.reason = words.reason;
    g.action = words.action;
    g.retryable = row.retryable;
    g.fixedOutsideTheFile = words.fixedOutsideTheFile;
    return g;
}

FinishFacts SummaryPage::loadFacts(const QString &storePath, const QString &jobId, const QString &knownPasswordEmail,
                                   const QJsonObject &fates, const QString &knownPasswordFile)
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
    if (const QString earlier = job->settings.value(u"catch_up_of"_s).toString(); !earlier.isEmpty()) {
        const auto earlierJob = store.job(earlier);
        f.catchUpOfName = earlierJob ? JobListModel::displayName(*earlierJob) : earlier;
    }
    {
        Store::PasswordProofStore proofs(storePath);
        if (proofs.open()) {
            if (!fates.isEmpty())
                proofs.recordFates(jobId, fates);
            const bool sameFile = !knownPasswordFile.isEmpty()
                && QFileInfo(knownPasswordFile).absoluteFilePath() == QFileInfo(job->csvPath).absoluteFilePath();
            if (!knownPasswordEmail.isEmpty() && sameFile)
                proofs.record(jobId, Store::PasswordProofKind::KnownPasswordLocal, knownPasswordEmail);
            f.passwordProofs = proofs.proofs(jobId);
            f.passwordFates = proofs.fates(jobId);
        }
    }
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
        // "Add the role, then press Retry failed rows" must work when followed: a row whose
        // fix is made in WorkOS is sent again by Retry, like a row that met a passing problem.
        const bool sendAgain = row.outcome == Store::Outcome::Failed && (row.retryable || g.fixedOutsideTheFile);
        if (sendAgain) {
            slot.retryable = true;
            ++f.retryableRows;
            if (!row.retryable)
                f.retryAll = true;
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
    if (!m_verifying) {
        m_ui->verifySummaryLabel->clear();
        m_ui->verifyProgress->setVisible(false);
    }
    updateVerifyButton();
    if (w->lastResult.jobId.isEmpty()) {
        m_facts = {};
        showFacts();
        return;
    }
    const QString storePath = w->storePath();
    const QString jobId = w->lastResult.jobId;
    // The Review page's check matched before the job existed: recorded with the job now.
    const QString knownFile = w->property("knownPasswordMatched").toString(); // the file whose check matched
    const QString known = knownFile.isEmpty() ? QString() : w->property("knownPasswordEmail").toString();
    const QJsonObject fates = w->lastResult.passwordFates && !w->lastResult.dryRun ? w->lastResult.passwordFates->toJson()
                                                                                   : QJsonObject();
    m_loader.setFuture(
        QtConcurrent::run([storePath, jobId, known, fates, knownFile] { return loadFacts(storePath, jobId, known, fates, knownFile); }));
}

QString SummaryPage::passwordFatesHtml(const QJsonObject &fates, const QList<Store::PasswordProof> &proofs)
{
    QString html;
    const qint64 total = fates.value(u"kept"_s).toInteger() + fates.value(u"converted"_s).toInteger()
        + fates.value(u"reset_needed"_s).toInteger();
    if (total > 0) {
        html += u"<p>"_s + tr("Passwords: %1.").arg(Store::passwordFatesText(fates)).toHtmlEscaped();
        if (fates.value(u"reset_needed"_s).toInteger() > 0)
            html += u" "_s
                + tr("Users without a password must set one (reset needed): send them WorkOS's password reset, or let "
                     "them sign in another way.").toHtmlEscaped();
        html += u"</p>"_s;
    }
    if (const QString proved = Store::passwordProofsText(proofs); !proved.isEmpty())
        html += u"<p>"_s + tr("Proved: %1.").arg(proved).toHtmlEscaped() + u"</p>"_s;
    return html;
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
    case Store::JobState::Finished:
        // Users updated are something new, even when nobody was created.
        m_headline->setText(m_facts.ok && Report::PeopleReport::isNothingNew(c) && c.updated == 0
                                ? Report::PeopleReport::nothingNewHeadline()
                                : tr("Done: every valid row was imported."));
        break;
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
    // What the store knows (the row outcomes), in the words of this import: a user this job
    // created is "created by this import" even when a resume met it again. A line that would
    // read 0 is left out, so that nothing is presented as already in WorkOS that was not.
    row(tr("Users created by this import"), c.created);
    if (c.existed > 0)
        row(tr("Users that were in WorkOS before this import"), c.existed);
    // Of those, the ones whose fields this import changed (update existing users, a catch-up).
    const bool updates = m_facts.ok && m_facts.job.settings.value(u"update_existing"_s).toBool();
    if (c.updated > 0 || updates)
        row(tr("Users updated (fields that changed)"), c.updated);
    if (c.membershipsAdded > 0 || c.membershipExisted == 0)
        row(tr("Memberships added"), c.membershipsAdded);
    if (c.membershipExisted > 0)
        row(tr("Memberships that were already there"), c.membershipExisted);
    if (c.duplicatesSkipped > 0)
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
    details += passwordFatesHtml(r.passwordFates ? r.passwordFates->toJson() : m_facts.passwordFates, m_facts.passwordProofs);
    if (!m_facts.catchUpOfName.isEmpty())
        details += u"<p>"_s + tr("This import caught up with “%1”: its users were recognised, the ones that changed "
                                 "updated, and those no longer in the file left as they are.")
                                  .arg(m_facts.catchUpOfName).toHtmlEscaped()
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
    updateVerifyButton();

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

QString SummaryPage::reportFileFilters()
{
    return tr("Spreadsheet (*.xlsx);;CSV file for engineers (*.csv);;JSON file for engineers (*.json)");
}

QString SummaryPage::suggestedReportPath(const QString &baseName)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(dir).filePath((baseName.isEmpty() ? u"import"_s : baseName) + u"-not-imported.xlsx"_s);
}

QString SummaryPage::writeReport(const QString &storePath, const QString &jobId, const QString &path)
{
    Store::JobStore store(storePath);
    QString error;
    if (!store.open(&error))
        return error;
    if (QFileInfo(path).suffix().compare(u"xlsx"_s, Qt::CaseInsensitive) == 0) {
        Report::PeopleReport report(path);
        return report.write(store, jobId, &error) ? QString() : error;
    }
    Report::ErrorReport report(path);
    return report.write(store, jobId, &error) ? QString() : error;
}

void SummaryPage::exportErrorReport(const QString &path)
{
    ImportWizard *w = importWizardOf(this);
    if (QFileInfo(path).suffix().compare(u"xlsx"_s, Qt::CaseInsensitive) != 0 && !Report::ErrorReport::formatForPath(path)) {
        Q_EMIT exportFinished(false, tr("Choose a file name ending in .xlsx (a spreadsheet), .csv or .json."));
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
    watcher->setFuture(QtConcurrent::run([storePath, jobId, path] { return writeReport(storePath, jobId, path); }));
}

void SummaryPage::saveIdMap(const QString &path)
{
    ImportWizard *w = importWizardOf(this);
    if (!w || w->lastResult.jobId.isEmpty()) {
        Q_EMIT exportFinished(false, tr("There is no job whose ID map could be saved."));
        return;
    }
    QPointer<SummaryPage> self(this);
    std::function<void(bool, const QString &)> done = [self](bool ok, const QString &message) {
        if (self)
            Q_EMIT self->exportFinished(ok, message);
    };
    if (path.isEmpty())
        saveIdMapInteractively(this, w->storePath(), w->lastResult.jobId, m_facts.job.csvPath, done);
    else
        Gui::saveIdMap(this, w->storePath(), w->lastResult.jobId, path, done);
}

void SummaryPage::retryFailedRows()
{
    ImportWizard *w = importWizardOf(this);
    if (!w || w->lastResult.jobId.isEmpty())
        return;
    if (m_facts.ok && m_facts.retryableRows == 0) {
        // Only rows whose fix is in the file are left: Retry cannot help, a new import of the
        // corrected file can.
        const qint64 notImported = m_facts.counts.failed + m_facts.counts.invalid;
        m_feedback->setText(notImported == 0
                                ? tr("Nothing to retry: every row was imported.")
                                : notImported == 1
                                ? tr("Nothing to retry: the row not imported needs a change in the file (see “What to "
                                     "do” above). Correct the file and import it again; users already imported are "
                                     "recognised, not created twice.")
                                : tr("Nothing to retry: the %1 rows not imported need a change in the file (see “What "
                                     "to do” above). Correct the file and import it again; users already imported are "
                                     "recognised, not created twice.")
                                      .arg(QLocale().toString(notImported)));
        return;
    }
    m_feedback->setText(m_facts.retryableRows == 1 ? tr("Retrying 1 row…")
                                                   : tr("Retrying %1 rows…").arg(QLocale().toString(m_facts.retryableRows)));
    w->startRetry(w->lastResult.jobId, w->apiKey, w->apiUrl, m_facts.retryAll);
}

SummaryPage::~SummaryPage()
{
    if (m_verifier)
        m_verifier->cancel();
    m_verifyThread.quit();
    m_verifyThread.wait();
    delete m_verifier;
}

void SummaryPage::updateVerifyButton()
{
    ImportWizard *w = importWizardOf(this);
    const Engine::JobResult *r = w ? &w->lastResult : nullptr;
    const Store::JobCounters c = m_facts.ok ? m_facts.counts : (r ? r->counters : Store::JobCounters {});
    const bool imported = c.created + c.existed + c.membershipsAdded + c.membershipExisted > 0;
    m_ui->finishVerifyButton->setEnabled(r && !r->jobId.isEmpty() && Store::isTerminal(r->state) && imported && !m_verifying
                                   && !w->apiKey.isEmpty());
}

QString SummaryPage::verifySummaryText() const
{
    return m_ui->verifySummaryLabel->text();
}

void SummaryPage::verify()
{
    ImportWizard *w = importWizardOf(this);
    if (!w || m_verifying || w->lastResult.jobId.isEmpty() || w->apiKey.isEmpty())
        return;
    m_verifying = true;
    updateVerifyButton();
    m_ui->verifySummaryLabel->setText(tr("Verifying: reading what WorkOS holds…"));
    m_ui->verifyProgress->setRange(0, 0);
    m_ui->verifyProgress->setVisible(true);
    if (!m_verifyThread.isRunning())
        m_verifyThread.start();
    if (m_verifier)
        m_verifier->deleteLater(); // in its own thread
    m_verifier = new Engine::Verifier(w->storePath(), w->apiKey);
    m_verifier->moveToThread(&m_verifyThread);
    connect(m_verifier, &Engine::Verifier::progress, this, [this](const Engine::FollowUpProgress &p) {
        m_ui->verifyProgress->setRange(0, int(std::clamp<qint64>(p.total, 0, INT_MAX)));
        m_ui->verifyProgress->setValue(int(std::clamp<qint64>(p.done, 0, INT_MAX)));
        m_ui->verifyProgress->setFormat(p.step + u" %v / %m"_s);
    });
    connect(m_verifier, &Engine::Verifier::finished, this, &SummaryPage::onVerifyFinished);
    Engine::FollowUpRequest request;
    request.jobId = w->lastResult.jobId;
    request.apiUrl = w->apiUrl;
    Engine::Verifier *verifier = m_verifier;
    QMetaObject::invokeMethod(verifier, [verifier, request] { verifier->start(request); }, Qt::QueuedConnection);
}

void SummaryPage::onVerifyFinished(const Engine::FollowUpResult &result)
{
    m_verifying = false;
    m_ui->verifyProgress->setVisible(false);
    const QLocale locale;
    const int problems = int(std::min<qint64>(result.problems, INT_MAX));
    if (!result.completed)
        m_ui->verifySummaryLabel->setText(tr("Verify did not finish: %1 Press Verify again: it continues where it "
                                             "stopped.").arg(result.message));
    else if (result.problems == 0)
        m_ui->verifySummaryLabel->setText(tr("Verified: WorkOS holds every one of the %1 imported rows as the file "
                                             "says.").arg(locale.toString(result.checked)));
    else
        m_ui->verifySummaryLabel->setText(
            tr("WorkOS does not hold what the file says: %n mismatches in %1 imported rows. The job list shows the "
               "job as “verify: mismatches”; the command workos-import verify %2 --report mismatches.csv writes "
               "each one with its line, what was expected and what WorkOS holds.", nullptr, problems)
                .arg(locale.toString(result.checked), result.jobId));
    updateVerifyButton();
    Q_EMIT verifyFinished(result);
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

void SummaryPage::signInAsKnownUser()
{
    ImportWizard *w = importWizardOf(this);
    if (!w)
        return;
    auto *dialog = new PasswordCheckDialog(w->apiUrl, w->apiKey, w->rehearsal, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setEmail(w->property("knownPasswordEmail").toString());
    // A sign-in that worked is recorded with the job (email and time, never the password), then
    // the facts are read again so the page shows "sign-in verified". Off the GUI thread.
    connect(dialog, &PasswordCheckDialog::checked, this, [this](bool ok, const QString &email) {
        ImportWizard *w = importWizardOf(this);
        if (!ok || !w || w->lastResult.jobId.isEmpty())
            return;
        const QString storePath = w->storePath();
        const QString jobId = w->lastResult.jobId;
        m_loader.setFuture(QtConcurrent::run([storePath, jobId, email] {
            Store::PasswordProofStore proofs(storePath);
            if (proofs.open())
                proofs.record(jobId, Store::PasswordProofKind::SignIn, email);
            return loadFacts(storePath, jobId);
        }));
    });
    dialog->open();
}

} // namespace Gui
