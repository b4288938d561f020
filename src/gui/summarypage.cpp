#include "summarypage.h"

#include "desktopactions.h"

#include "importwizard.h"
#include "joblistmodel.h"
#include "settingspage.h"

#include <report/errorreport.h>
#include <store/jobstore.h>

#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QFutureWatcher>
#include <QtCore/QLocale>
#include <QtCore/QStandardPaths>
#include <QtCore/QTimer>
#include <QtCore/QUrl>
#include <QtGui/QDesktopServices>
#include <QtWidgets/QApplication>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSystemTrayIcon>
#include <QtWidgets/QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gui {

SummaryPage::SummaryPage(QWidget *parent)
    : QWizardPage(parent)
{
    setTitle(tr("Summary"));
    setFinalPage(true);
    auto *layout = new QVBoxLayout(this);
    m_headline = new QLabel(this);
    m_headline->setObjectName(u"headlineLabel"_s);
    m_headline->setWordWrap(true);
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_headline->setFont(big);
    layout->addWidget(m_headline);
    m_details = new QLabel(this);
    m_details->setObjectName(u"detailsLabel"_s);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_details);
    auto *buttons = new QHBoxLayout;
    m_exportButton = new QPushButton(tr("&Export error report…"), this);
    m_exportButton->setObjectName(u"exportReportButton"_s);
    m_retryButton = new QPushButton(tr("&Retry failed rows"), this);
    m_retryButton->setObjectName(u"retryButton"_s);
    m_folderButton = new QPushButton(tr("Open job &folder"), this);
    m_folderButton->setObjectName(u"folderButton"_s);
    buttons->addWidget(m_exportButton);
    buttons->addWidget(m_retryButton);
    buttons->addWidget(m_folderButton);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_exportLabel = new QLabel(this);
    m_exportLabel->setObjectName(u"exportLabel"_s);
    m_exportLabel->setWordWrap(true);
    layout->addWidget(m_exportLabel);
    layout->addStretch();

    connect(m_exportButton, &QPushButton::clicked, this, [this] {
        ImportWizard *w = importWizardOf(this);
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString suggested = QDir(dir).filePath(w->lastResult.jobId + u"-errors.csv"_s);
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the error report"), suggested,
                                                          tr("CSV file (*.csv);;JSON file (*.json)"));
        if (!path.isEmpty())
            exportErrorReport(path);
    });
    connect(m_retryButton, &QPushButton::clicked, this, &SummaryPage::retryFailedRows);
    connect(m_folderButton, &QPushButton::clicked, this, [this] {
        ImportWizard *w = importWizardOf(this);
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(w->storePath()).absolutePath()));
    });
    connect(this, &SummaryPage::exportFinished, m_exportLabel, [this](bool, const QString &message) { m_exportLabel->setText(message); });
}

void SummaryPage::initializePage()
{
    ImportWizard *w = importWizardOf(this);
    if (!w)
        return;
    const Engine::JobResult &r = w->lastResult;
    const Store::JobCounters &c = r.counters;
    const QLocale locale;
    switch (r.state) {
    case Store::JobState::Finished: m_headline->setText(tr("Done: every valid row was imported.")); break;
    case Store::JobState::FinishedWithErrors:
        m_headline->setText(c.failed + c.invalid == 1
                                ? tr("Done, with 1 row that could not be imported.")
                                : tr("Done, with %1 rows that could not be imported.").arg(c.failed + c.invalid));
        break;
    case Store::JobState::Paused:
    case Store::JobState::Interrupted:
        m_headline->setText(tr("The import stopped before the end; resume it from the job list."));
        break;
    default: m_headline->setText(tr("The import could not finish.")); break;
    }
    const double seconds = double(r.elapsedMs) / 1000.0;
    const double ceiling = SettingsPage::writesPerSecond(Api::RateLimits());
    const double writesPerSecond = seconds > 0 ? double(c.created + c.membershipsAdded) / seconds : 0;
    QString details = u"<p>%1</p><table cellspacing='4'>"_s.arg(r.message.toHtmlEscaped());
    auto row = [&](const QString &label, qint64 value) {
        details += u"<tr><td>%1</td><td align='right'><b>%2</b></td></tr>"_s.arg(label, locale.toString(value));
    };
    row(tr("Rows in the file"), c.totalRows);
    row(tr("Users created"), c.created);
    row(tr("Users that already existed"), c.existed);
    row(tr("Memberships added"), c.membershipsAdded);
    row(tr("Memberships already there"), c.membershipExisted);
    row(tr("Duplicate rows skipped"), c.duplicatesSkipped);
    row(tr("Invalid rows (not sent)"), c.invalid);
    row(tr("Failed rows"), c.failed);
    row(tr("Retries"), c.retries);
    row(tr("Rate limited answers (429)"), c.rateLimited);
    details += u"</table><p>"_s;
    details += tr("Duration: %1 s. Rate: %2 users/s; %3 writes/s against WorkOS's limit of %4 writes/s (%5%).")
                   .arg(locale.toString(seconds, 'f', 1), locale.toString(r.usersPerSecond, 'f', 1),
                        locale.toString(writesPerSecond, 'f', 1), locale.toString(ceiling, 'f', 0),
                        locale.toString(ceiling > 0 ? writesPerSecond * 100.0 / ceiling : 0.0, 'f', 0));
    if (w->rehearsal)
        details += u"<br><i>"_s + tr("This was a rehearsal against the local sandbox: nothing reached WorkOS.") + u"</i>"_s;
    details += u"</p>"_s;
    m_details->setText(details);
    m_exportButton->setEnabled(!r.jobId.isEmpty() && (c.failed + c.invalid) > 0);
    m_retryButton->setEnabled(!r.jobId.isEmpty() && c.failed > 0 && Store::isTerminal(r.state));
    m_exportLabel->clear();

    // The desktop's notification service (DesktopActions: D-Bus on Linux), not a tray icon,
    // which GNOME does not show.
    if (r.elapsedMs >= NotifyAfterMs && (!window()->isActiveWindow() || window()->isMinimized()))
        DesktopActions::instance()->notify(tr("WorkOS import finished"), m_headline->text());
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
    m_exportLabel->setText(tr("Writing the error report…"));
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
    w->startRetry(w->lastResult.jobId, w->apiKey, w->apiUrl, false);
}

} // namespace Gui
