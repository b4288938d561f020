#include "runpage.h"

#include "importwizard.h"
#include "joblistmodel.h"
#include "settingspage.h"
#include "sleepinhibitor.h"
#include "throughputchartwidget.h"

#include <engine/enginecontroller.h>

#include <QtCore/QLocale>
#include <QtWidgets/QGridLayout>
#include <QtWidgets/QGroupBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QProgressBar>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTableWidget>
#include <QtWidgets/QVBoxLayout>

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
    : QWizardPage(parent), m_inhibitor(new SleepInhibitor(this))
{
    setTitle(tr("Importing"));
    setSubTitle(tr("You can leave this running. If the computer sleeps or the program is closed, resume the job "
                   "from the list: nothing is sent twice."));
    auto *layout = new QVBoxLayout(this);
    m_phaseLabel = new QLabel(this);
    m_phaseLabel->setObjectName(u"phaseLabel"_s);
    m_phaseLabel->setWordWrap(true);
    layout->addWidget(m_phaseLabel);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"runProgress"_s);
    m_progress->setRange(0, 1000);
    m_progress->setFormat(u"%p%"_s);
    layout->addWidget(m_progress);

    auto *ratesRow = new QHBoxLayout;
    m_rateLabel = new QLabel(this);
    m_rateLabel->setObjectName(u"rateLabel"_s);
    m_etaLabel = new QLabel(this);
    m_etaLabel->setObjectName(u"etaLabel"_s);
    ratesRow->addWidget(m_rateLabel);
    ratesRow->addStretch();
    ratesRow->addWidget(m_etaLabel);
    layout->addLayout(ratesRow);

    auto *middle = new QHBoxLayout;
    auto *countersBox = new QGroupBox(tr("Counts"), this);
    auto *grid = new QGridLayout(countersBox);
    auto addCounter = [&](int row, const QString &label, const QString &name) {
        auto *value = new QLabel(u"0"_s, countersBox);
        value->setObjectName(name);
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        grid->addWidget(new QLabel(label, countersBox), row, 0);
        grid->addWidget(value, row, 1);
        return value;
    };
    m_createdValue = addCounter(0, tr("Users created"), u"createdValue"_s);
    m_existedValue = addCounter(1, tr("Already existed"), u"existedValue"_s);
    m_membershipsValue = addCounter(2, tr("Memberships added"), u"membershipsValue"_s);
    m_failedValue = addCounter(3, tr("Failed rows"), u"failedValue"_s);
    m_retriesValue = addCounter(4, tr("Retries"), u"retriesValue"_s);
    m_rateLimitedValue = addCounter(5, tr("Rate limited (429)"), u"rateLimitedValue"_s);
    grid->setRowStretch(6, 1);
    middle->addWidget(countersBox, 0, Qt::AlignTop);
    m_chart = new ThroughputChartWidget(this);
    m_chart->setObjectName(u"throughputChart"_s);
    middle->addWidget(m_chart, 1);
    layout->addLayout(middle, 1); // extra height goes to the chart, not between the lines

    m_workersTable = new QTableWidget(0, 3, this);
    m_workersTable->setObjectName(u"workersTable"_s);
    m_workersTable->setHorizontalHeaderLabels({tr("Worker"), tr("Working on"), tr("Rows in flight")});
    m_workersTable->verticalHeader()->hide();
    m_workersTable->horizontalHeader()->setStretchLastSection(true);
    m_workersTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_workersTable->setFocusPolicy(Qt::NoFocus);
    m_workersTable->setMaximumHeight(m_workersTable->fontMetrics().height() * 8);
    layout->addWidget(m_workersTable);

    m_log = new QPlainTextEdit(this);
    m_log->setObjectName(u"runLog"_s);
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(500);
    m_log->setMaximumHeight(m_log->fontMetrics().height() * 5);
    m_log->setAccessibleName(tr("Messages"));
    layout->addWidget(m_log);

    auto *buttons = new QHBoxLayout;
    m_sleepLabel = new QLabel(this);
    m_sleepLabel->setWordWrap(true);
    buttons->addWidget(m_sleepLabel, 1);
    m_pauseButton = new QPushButton(tr("&Pause"), this);
    m_pauseButton->setObjectName(u"pauseButton"_s);
    m_resumeButton = new QPushButton(tr("&Resume"), this);
    m_resumeButton->setObjectName(u"resumeButton"_s);
    m_stopButton = new QPushButton(tr("S&top"), this);
    m_stopButton->setObjectName(u"stopButton"_s);
    m_stopButton->setToolTip(tr("Stop now; the job stays resumable from the job list."));
    buttons->addWidget(m_pauseButton);
    buttons->addWidget(m_resumeButton);
    buttons->addWidget(m_stopButton);
    layout->addLayout(buttons);

    connect(m_pauseButton, &QPushButton::clicked, this, &RunPage::pause);
    connect(m_resumeButton, &QPushButton::clicked, this, &RunPage::resume);
    connect(m_stopButton, &QPushButton::clicked, this, &RunPage::stop);
    updateButtons();
}

void RunPage::initializePage()
{
    ImportWizard *w = importWizardOf(this);
    if (!w)
        return;
    connect(w->engine(), &Engine::EngineController::progress, this, &RunPage::onProgress, Qt::UniqueConnection);
    connect(w->engine(), &Engine::EngineController::message, this, &RunPage::onMessage, Qt::UniqueConnection);
    connect(w->engine(), &Engine::EngineController::finished, this, &RunPage::onFinished, Qt::UniqueConnection);
    Engine::RunRequest request = w->runRequest;
    if (request.kind == Engine::RunRequest::Kind::New && request.settings.csvPath.isEmpty())
        request.settings = w->settings();
    m_log->clear();
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
    m_jobId = request.kind == Engine::RunRequest::Kind::New ? QString() : request.jobId;
    m_clock.start();
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
        m_phaseLabel->setText(tr("Pausing: letting the rows in flight finish…"));
        m_pauseButton->setEnabled(false);
    }
}

void RunPage::stop()
{
    if (ImportWizard *w = importWizardOf(this); w && w->engine()->isRunning()) {
        w->engine()->cancel();
        m_phaseLabel->setText(tr("Stopping…"));
        m_pauseButton->setEnabled(false);
        m_stopButton->setEnabled(false);
    }
}

void RunPage::resume()
{
    ImportWizard *w = importWizardOf(this);
    if (!w || w->engine()->isRunning() || m_jobId.isEmpty())
        return;
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
    switch (p.phase) {
    case Engine::Phase::Planning:
        m_phaseLabel->setText(tr("Reading and checking the file…"));
        m_progress->setValue(p.stepTotal > 0 ? int(p.stepDone * 1000 / p.stepTotal) : 0);
        break;
    case Engine::Phase::Prewarming:
        m_phaseLabel->setText(tr("Preparing organizations: %1 of %2").arg(locale.toString(p.stepDone), locale.toString(p.stepTotal)));
        m_progress->setValue(p.stepTotal > 0 ? int(p.stepDone * 1000 / p.stepTotal) : 0);
        break;
    case Engine::Phase::Importing:
    case Engine::Phase::Finishing:
    case Engine::Phase::Done:
        m_phaseLabel->setText(tr("Imported %1 of %2 rows").arg(locale.toString(p.rowsDone), locale.toString(p.rowsToImport)));
        m_progress->setValue(p.rowsToImport > 0 ? int(p.rowsDone * 1000 / p.rowsToImport) : 1000);
        m_rateLabel->setText(tr("%1 users/s").arg(locale.toString(p.usersPerSecond, 'f', 1)));
        m_etaLabel->setText(tr("Time left: %1").arg(durationWords(p.etaSeconds)));
        m_chart->addSample(p.usersPerSecond);
        break;
    }
    m_createdValue->setText(locale.toString(p.counters.created));
    m_existedValue->setText(locale.toString(p.counters.existed));
    m_membershipsValue->setText(locale.toString(p.counters.membershipsAdded));
    m_failedValue->setText(locale.toString(p.counters.failed));
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
        set(0, a.workerId);
        set(1, a.chunk < 0 ? tr("idle") : tr("chunk %1").arg(a.chunk + 1));
        set(2, QString::number(a.inFlight));
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
    if (w)
        w->lastResult = result;
    m_phaseLabel->setText(tr("%1: %2").arg(JobListModel::stateText(result.state), result.message));
    m_log->appendPlainText(result.message);
    updateButtons();
    Q_EMIT completeChanged();
    Q_EMIT runFinished(result);
    if (w)
        Q_EMIT w->jobFinished(result);
    if (Store::isTerminal(result.state) && w && w->currentPage() == this)
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
