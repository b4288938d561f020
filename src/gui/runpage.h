#pragma once
// RunPage: the import running: overall progress, what each worker does, users per second with
// a live chart against the rate limit, the time left, counters (created, already existed,
// memberships, failed, retries, 429s), Pause / Resume / Stop. The job runs in the wizard's
// EngineController (its own thread); this page only receives queued progress signals. While
// it runs, the computer is kept awake where the platform allows (SleepInhibitor). Ends by
// moving on to the summary. GUI thread.

#include <engine/jobprogress.h>
#include <engine/jobrunner.h>

#include <QtCore/QElapsedTimer>
#include <QtWidgets/QWizardPage>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace Gui {

class SleepInhibitor;
class ThroughputChartWidget;

class RunPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit RunPage(QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

    void pause();
    void resume();
    void stop();
    bool isRunning() const;
    const Engine::JobProgress &lastProgress() const { return m_last; }
    ThroughputChartWidget *chart() const { return m_chart; }

Q_SIGNALS:
    void runFinished(const Engine::JobResult &result);

private:
    void startRequest(const Engine::RunRequest &request);
    void onProgress(const Engine::JobProgress &progress);
    void onMessage(const QString &text);
    void onFinished(const Engine::JobResult &result);
    void updateButtons();

    QLabel *m_phaseLabel;
    QProgressBar *m_progress;
    QLabel *m_rateLabel;
    QLabel *m_etaLabel;
    QLabel *m_createdValue;
    QLabel *m_existedValue;
    QLabel *m_membershipsValue;
    QLabel *m_failedValue;
    QLabel *m_retriesValue;
    QLabel *m_rateLimitedValue;
    ThroughputChartWidget *m_chart;
    QTableWidget *m_workersTable;
    QPlainTextEdit *m_log;
    QLabel *m_sleepLabel;
    QPushButton *m_pauseButton;
    QPushButton *m_resumeButton;
    QPushButton *m_stopButton;
    SleepInhibitor *m_inhibitor;
    Engine::JobProgress m_last;
    QString m_jobId;
    bool m_done = false;
    QElapsedTimer m_clock;
};

} // namespace Gui
