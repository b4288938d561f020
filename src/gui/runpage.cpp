#include "runpage.h"

#include "connectpage.h"
#include "environmentbadge.h"
#include "importwizard.h"
#include "joblistmodel.h"
#include "settingspage.h"
#include "sleepinhibitor.h"
#include "throughputchartwidget.h"
#include "ui_runpage.h"

#include <api/workosclient.h>
#include <engine/import/enginecontroller.h>

#include <QCoro/QCoroTask>
#include <QtCore/QPointer>
#include <QtWidgets/QInputDialog>
#include <QtWidgets/QMessageBox>

#include <QtCore/QLocale>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QProgressBar>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTableWidget>
#include <QtWidgets/QToolButton>

using namespace Qt::StringLiterals;

namespace Gui {

namespace {

QString durationWords(qint64 seconds)
{
    if (seconds < 0)
        return RunPage::tr("estimating…");
    if (seconds < 60)
        return seconds == 1 ? RunPage::tr("1 second") : RunPage::tr("%1 seconds").arg(seconds);
    if (seconds < 3600)
        return RunPage::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return RunPage::tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

} // namespace

RunPage::RunPage(QWidget *parent)
    : QWizardPage(parent), m_ui(std::make_unique<Ui::RunPage>()), m_inhibitor(new SleepInhibitor(this))
{
    m_ui->setupUi(this);
    setProperty("helpSection", u"7. Run"_s);
    m_badge = m_ui->environmentBadge;
    m_banner = m_ui->blockerBanner;
    m_keyButton = m_ui->enterKeyButton;
    m_phaseLabel = m_ui->phaseLabel;
    m_progress = m_ui->runProgress;
    m_rateLabel = m_ui->rateLabel;
    m_etaLabel = m_ui->etaLabel;
    m_createdValue = m_ui->createdValue;
    m_existedValue = m_ui->existedValue;
    m_membershipsValue = m_ui->membershipsValue;
    m_failedValue = m_ui->failedValue;
    m_retriesValue = m_ui->retriesValue;
    m_rateLimitedValue = m_ui->rateLimitedValue;
    m_chart = m_ui->throughputChart;
    m_workersTable = m_ui->workersTable;
    m_log = m_ui->runLog;
    m_sleepLabel = m_ui->sleepLabel;
    m_pauseButton = m_ui->pauseButton;
    m_resumeButton = m_ui->resumeButton;
    m_stopButton = m_ui->stopButton;
    // Sizes that depend on the font stay in code.
    m_workersTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_workersTable->setMaximumHeight(m_workersTable->fontMetrics().height() * 8);
    m_log->setMaximumHeight(m_log->fontMetrics().height() * 5);
    QToolButton *logButton = m_ui->messagesButton; // the engine's messages, for support: closed by default
    connect(logButton, &QToolButton::toggled, this, [this, logButton](bool on) {
        m_log->setVisible(on);
        logButton->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });

    connect(m_pauseButton, &QPushButton::clicked, this, &RunPage::pause);
    connect(m_resumeButton, &QPushButton::clicked, this, &RunPage::resume);
    connect(m_stopButton, &QPushButton::clicked, this, &RunPage::stop);
    connect(m_keyButton, &QPushButton::clicked, this, &RunPage::askForKey);
    updateButtons();
}

RunPage::~RunPage() = default;

void RunPage::initializePage()
{
    ImportWizard *w = importWizardOf(this);
    if (!w)
        return;
    connect(w->engine(), &Engine::EngineController::progress, this, &RunPage::onProgress, Qt::UniqueConnection);
    connect(w->engine(), &Engine::EngineController::message, this, &RunPage::onMessage, Qt::UniqueConnection);
    connect(w->engine(), &Engine::EngineController::finished, this, &RunPage::onFinished, Qt::UniqueConnection);
    Engine::RunRequest request = w->runRequest;
    m_log->clear();
    m_badge->setEnvironment(w->environment);
    m_maxPermille = 0;
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_activeMs = 0;
    m_rowsAtStart = -1;
    showBlocker(Engine::Blocker::None, -1);
    // The only way into a new import is the Review page's button.
    if (!w->reviewed || (request.kind == Engine::RunRequest::Kind::New && request.settings.csvPath.isEmpty())) {
        m_done = true;
        m_phaseLabel->setText(tr("Nothing was started: an import starts only from the Review page."));
        updateButtons();
        return;
    }
    m_chart->clear();
    const Api::RateLimits limits = request.kind == Engine::RunRequest::Kind::New ? request.settings.rateLimits
                                                                                 : Api::RateLimits();
    const Model::ValidationSummary &s = w->inspection.summary;
    const double writesPerRow = s.valid > s.duplicates && s.distinctEmails > 0
        ? double(s.distinctEmails + s.memberships) / double(s.valid - s.duplicates)
        : 1.0;
    m_chart->setCeiling(SettingsPage::writesPerSecond(limits) / std::max(1.0, writesPerRow));
    startRequest(request);
}

void RunPage::startRequest(const Engine::RunRequest &request)
{
    ImportWizard *w = importWizardOf(this);
    m_done = false;
    m_stopping = false;
    m_pausing = false;
    m_jobId = request.kind == Engine::RunRequest::Kind::New ? QString() : request.jobId;
    m_clock.start();
    m_activeClock.invalidate();
    m_rowsAtStart = -1;
    m_phaseLabel->setText(request.kind == Engine::RunRequest::Kind::Resume ? tr("Resuming the job…")
                          : request.kind == Engine::RunRequest::Kind::RetryFailed ? tr("Retrying the failed rows…")
                                                                                  : tr("Starting…"));
    if (!w->engine()->start(w->storePath(), w->apiKey, request)) {
        m_phaseLabel->setText(tr("Another import is still running in this window."));
        return;
    }
    m_inhibitor->inhibit(tr("Importing users into WorkOS"));
    m_sleepLabel->setText(m_inhibitor->description());
    updateButtons();
    Q_EMIT completeChanged();
}

bool RunPage::isRunning() const
{
    ImportWizard *w = importWizardOf(this);
    return w && w->engine()->isRunning();
}

void RunPage::pause()
{
    if (ImportWizard *w = importWizardOf(this); w && w->engine()->isRunning()) {
        w->engine()->pause();
        m_pausing = true;
        m_phaseLabel->setText(tr("Pausing: finishing the users already being sent…"));
        m_rateLabel->setText(tr("Speed: —"));
        m_etaLabel->setText(tr("Time left: —"));
        m_pauseButton->setEnabled(false);
    }
}

void RunPage::stop()
{
    ImportWizard *w = importWizardOf(this);
    if (!w || !w->engine()->isRunning())
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Stop the import?"),
                                tr("Stop sending users now? The job stays in the job list; resume it at any time and "
                                   "it continues where it stopped, without creating anyone twice."),
                                QMessageBox::NoButton, this);
    box->setObjectName(u"stopRunQuestion"_s);
    QPushButton *stopButton = box->addButton(tr("&Stop"), QMessageBox::DestructiveRole);
    QPushButton *keep = box->addButton(tr("&Keep importing"), QMessageBox::RejectRole);
    box->setDefaultButton(keep);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, stopButton] {
        if (box->clickedButton() == stopButton)
            stopNow();
    });
    box->open();
}

void RunPage::stopNow()
{
    if (ImportWizard *w = importWizardOf(this); w && w->engine()->isRunning()) {
        w->engine()->cancel();
        m_stopping = true;
        m_phaseLabel->setText(tr("Stopping: nothing new is sent; your progress is saved…"));
        m_rateLabel->setText(tr("Speed: —"));
        m_etaLabel->setText(tr("Time left: —"));
        m_pauseButton->setEnabled(false);
        m_stopButton->setEnabled(false);
    }
}

QString RunPage::blockerText(Engine::Blocker blocker, int retryInSeconds)
{
    const QString retry = retryInSeconds >= 0 ? u" "_s + tr("Trying again in %Ln seconds.", nullptr, retryInSeconds)
                                              : QString();
    switch (blocker) {
    case Engine::Blocker::None: return {};
    case Engine::Blocker::KeyRefused:
        return tr("<b>WorkOS refused the API key.</b> Your progress is saved and no row was lost. Enter the key "
                  "again (copy it from the WorkOS dashboard, API Keys) to continue.");
    case Engine::Blocker::ServerUnreachable:
        return tr("<b>WorkOS cannot be reached.</b> Your progress is saved and no row was lost. Check the internet "
                  "connection.") + retry;
    case Engine::Blocker::TlsOrProxy:
        return tr("<b>The secure connection to WorkOS failed</b> (a company proxy may be in the way). Your progress is "
                  "saved and no row was lost. Ask your IT team about the proxy.") + retry;
    case Engine::Blocker::FileChanged:
        return tr("<b>The file changed since the import started.</b> Your progress is saved. Put the original file "
                  "back to resume, or start a new import with the changed file.");
    case Engine::Blocker::StoreFailed:
        return tr("<b>The progress could not be saved</b> (is the disk full?). The import stopped so that nothing is "
                  "lost. Free some space, then resume the job from the list.");
    }
    return {};
}

QString RunPage::bannerText() const
{
    return m_banner->isVisible() ? m_banner->text() : QString();
}

QString RunPage::phaseText() const
{
    return m_phaseLabel->text();
}

void RunPage::showBlocker(Engine::Blocker blocker, int retryInSeconds)
{
    m_blocker = blocker;
    const QString text = blockerText(blocker, retryInSeconds);
    m_banner->setText(text);
    m_banner->setVisible(!text.isEmpty());
    m_keyButton->setVisible(blocker == Engine::Blocker::KeyRefused);
}

namespace {
QCoro::Task<void> verifyThen(Api::ClientConfig config, QPointer<RunPage> page, std::function<void(bool, QString)> done)
{
    auto *client = new Api::WorkOsClient(std::move(config));
    const Api::Result<void> result = co_await client->verifyKey();
    client->deleteLater();
    if (!page)
        co_return;
    done(result.ok(), result.ok() ? QString() : ConnectPage::explain(result.error()));
}
} // namespace

void RunPage::askForKey()
{
    ImportWizard *w = importWizardOf(this);
    if (!w || w->engine()->isRunning())
        return;
    bool ok = false;
    const QString key = QInputDialog::getText(this, tr("Enter the API key again"),
                                              tr("The secret API key of the WorkOS environment (sk_…):"),
                                              QLineEdit::Password, QString(), &ok).trimmed();
    if (!ok || key.isEmpty())
        return;
    Api::ClientConfig config;
    config.baseUrl = w->apiUrl;
    config.apiKey = Api::ApiKey(key);
    m_phaseLabel->setText(tr("Checking the key…"));
    QPointer<RunPage> self(this);
    std::function<void(bool, QString)> done = [self, key](bool good, QString message) {
        if (!self)
            return;
        ImportWizard *wiz = importWizardOf(self);
        if (!good) {
            self->m_phaseLabel->setText(tr("This key did not work either: %1").arg(message));
            return;
        }
        wiz->apiKey = Api::ApiKey(key);
        self->showBlocker(Engine::Blocker::None, -1);
        Q_EMIT self->keyReplaced();
        self->resume();
    };
    verifyThen(std::move(config), self, std::move(done));
}

void RunPage::resume()
{
    ImportWizard *w = importWizardOf(this);
    if (!w || w->engine()->isRunning() || m_jobId.isEmpty())
        return;
    if (m_blocker == Engine::Blocker::KeyRefused) {
        askForKey(); // never again with the key WorkOS refused
        return;
    }
    Engine::RunRequest request;
    request.kind = Engine::RunRequest::Kind::Resume;
    request.jobId = m_jobId;
    startRequest(request);
}

void RunPage::onProgress(const Engine::JobProgress &p)
{
    m_last = p;
    if (!p.jobId.isEmpty())
        m_jobId = p.jobId;
    const QLocale locale;
    if (p.blocker != m_blocker || p.blocker != Engine::Blocker::None)
        showBlocker(p.blocker, p.retryInSeconds);
    // Active time: only while rows are being sent, not while paused, stopping or held up.
    const bool active = p.phase == Engine::Phase::Importing && p.blocker == Engine::Blocker::None && !m_pausing
        && !m_stopping;
    if (active && !m_activeClock.isValid())
        m_activeClock.start();
    if (!active && m_activeClock.isValid()) {
        m_activeMs += m_activeClock.elapsed();
        m_activeClock.invalidate();
    }
    if (m_stopping || m_pausing) {
        // Counts still arrive, but the phase line keeps saying what is happening.
        m_createdValue->setText(locale.toString(p.counters.created));
        m_existedValue->setText(locale.toString(p.counters.existed));
        m_membershipsValue->setText(locale.toString(p.counters.membershipsAdded));
        m_failedValue->setText(locale.toString(p.counters.failed + p.counters.invalid));
        if (ImportWizard *w = importWizardOf(this))
            Q_EMIT w->jobProgress(p);
        return;
    }
    switch (p.phase) {
    case Engine::Phase::Planning:
        m_phaseLabel->setText(tr("Reading and checking the file…"));
        m_progress->setRange(0, 0); // busy: the bar only ever shows the rows done
        break;
    case Engine::Phase::Prewarming:
        m_phaseLabel->setText(tr("Preparing organizations: %1 of %2").arg(locale.toString(p.stepDone), locale.toString(p.stepTotal)));
        m_progress->setRange(0, 0);
        break;
    case Engine::Phase::Importing:
    case Engine::Phase::Finishing:
    case Engine::Phase::Done:
    {
        // The share of the whole file that is done (rows before this run included), never less
        // than what was shown: a resume or a re-planned count must not move the bar back.
        const qint64 remaining = std::max<qint64>(0, p.rowsToImport - p.rowsDone);
        const qint64 total = std::max(p.totalRows, p.rowsToImport);
        const int permille = total > 0 ? int((total - remaining) * 1000 / total) : 1000;
        m_maxPermille = std::max(m_maxPermille, permille);
        m_progress->setRange(0, 1000);
        m_progress->setValue(m_maxPermille);
        m_phaseLabel->setText(p.blocker != Engine::Blocker::None
                                  ? tr("Waiting: %1 of %2 rows done").arg(locale.toString(total - remaining), locale.toString(total))
                                  : tr("Importing: %1 of %2 rows done").arg(locale.toString(total - remaining), locale.toString(total)));
        if (m_rowsAtStart < 0)
            m_rowsAtStart = p.rowsDone;
        if (active) {
            m_rateLabel->setText(tr("Speed: %1 users a second").arg(locale.toString(p.usersPerSecond, 'f', 1)));
            m_etaLabel->setText(tr("Time left: %1").arg(durationWords(p.etaSeconds)));
            m_chart->addSample(p.usersPerSecond);
        } else {
            m_rateLabel->setText(tr("Speed: —"));
            m_etaLabel->setText(tr("Time left: —"));
        }
        break;
    }
    }
    m_createdValue->setText(locale.toString(p.counters.created));
    m_existedValue->setText(locale.toString(p.counters.existed));
    m_membershipsValue->setText(locale.toString(p.counters.membershipsAdded));
    m_failedValue->setText(locale.toString(p.counters.failed + p.counters.invalid));
    m_retriesValue->setText(locale.toString(p.counters.retries));
    m_rateLimitedValue->setText(locale.toString(p.counters.rateLimited));
    m_workersTable->setRowCount(int(p.workers.size()));
    for (int i = 0; i < p.workers.size(); ++i) {
        const Engine::WorkerActivity &a = p.workers[i];
        auto set = [&](int col, const QString &text) {
            QTableWidgetItem *item = m_workersTable->item(i, col);
            if (!item) {
                item = new QTableWidgetItem;
                m_workersTable->setItem(i, col, item);
            }
            item->setText(text);
        };
        // The engine names its connections "worker 1", "worker 2" (the CLI and the logs); here
        // they are connections, in the wizard's language.
        const QString number = a.workerId.section(u' ', -1);
        bool isNumber = false;
        number.toInt(&isNumber);
        //: One of the parallel connections sending users, in the run page's table: "Connection 1"
        set(0, isNumber ? tr("Connection %1").arg(number) : a.workerId);
        //: A worker's state in the run page's table: it has no part of the file to send yet
        set(1, a.chunk < 0 ? tr("waiting") : tr("part %1 of the file").arg(locale.toString(a.chunk + 1)));
        set(2, locale.toString(a.inFlight));
    }
    if (ImportWizard *w = importWizardOf(this))
        Q_EMIT w->jobProgress(p);
}

void RunPage::onMessage(const QString &text)
{
    m_log->appendPlainText(text);
}

void RunPage::onFinished(const Engine::JobResult &result)
{
    ImportWizard *w = importWizardOf(this);
    m_inhibitor->release();
    m_sleepLabel->clear();
    m_done = true;
    if (!result.jobId.isEmpty())
        m_jobId = result.jobId;
    if (w) {
        w->lastResult = result;
        w->lastActiveMs = m_activeMs;
        w->lastRowsThisRun = m_last.jobId == result.jobId ? m_last.rowsDone : 0;
    }
    if (result.state == Store::JobState::Finished || result.state == Store::JobState::FinishedWithErrors) {
        m_maxPermille = 1000;
        m_progress->setRange(0, 1000);
        m_progress->setValue(1000);
    }
    if (m_activeClock.isValid()) {
        m_activeMs += m_activeClock.elapsed();
        m_activeClock.invalidate();
    }
    const bool wasStopping = m_stopping;
    m_stopping = false;
    m_pausing = false;
    m_rateLabel->setText(tr("Speed: —"));
    m_etaLabel->setText(tr("Time left: —"));
    if (result.blocker != Engine::Blocker::None)
        showBlocker(result.blocker, -1);
    else
        showBlocker(Engine::Blocker::None, -1);
    switch (result.state) {
    case Store::JobState::Paused:
        m_phaseLabel->setText(tr("Paused. Nothing is being sent; your progress is saved. Press Resume to continue."));
        break;
    case Store::JobState::Cancelled:
        // Said where to go: a cancelled job is not resumed; a new import of the file starts it.
        m_phaseLabel->setText(tr("Stopped before anything was sent to WorkOS. When you are ready, start a New import of "
                                 "the file from the job list."));
        break;
    case Store::JobState::Interrupted:
        m_phaseLabel->setText(wasStopping ? tr("Stopped. Your progress is saved; resume the job from the job list at any time.")
                                          : tr("Stopped: %1").arg(result.message));
        break;
    default:
        m_phaseLabel->setText(tr("%1: %2").arg(JobListModel::stateText(result.state), result.message));
        break;
    }
    m_log->appendPlainText(result.message);
    updateButtons();
    Q_EMIT completeChanged();
    Q_EMIT runFinished(result);
    if (w)
        Q_EMIT w->jobFinished(result);
    if (Store::isTerminal(result.state) && result.blocker == Engine::Blocker::None && w && w->currentPage() == this)
        w->next();
}

void RunPage::updateButtons()
{
    const bool running = isRunning();
    m_pauseButton->setEnabled(running);
    m_stopButton->setEnabled(running);
    const bool resumable = !running && m_done && !m_jobId.isEmpty()
        && Store::isResumable(importWizardOf(this) ? importWizardOf(this)->lastResult.state : Store::JobState::Failed);
    m_resumeButton->setEnabled(resumable);
}

bool RunPage::isComplete() const
{
    return m_done && !isRunning();
}

int RunPage::nextId() const
{
    return ImportWizard::SummaryPageId;
}

} // namespace Gui
