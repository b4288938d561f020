#pragma once
// RunPage: the import running: overall progress, what each worker does, users per second with
// a live chart against the rate limit, the time left, counters (created, already existed,
// memberships, failed, retries, 429s), Pause / Resume / Stop. The job runs in the wizard's
// EngineController (its own thread); this page only receives queued progress signals. While
// it runs, the computer is kept awake where the platform allows (SleepInhibitor). Ends by
// moving on to the summary. It starts a new import only when the Review page's button was
// pressed (ImportWizard::reviewed): there is no other way into a run. Progress never goes
// backwards (the share of the file's rows that are done, held at its highest); speed counts
// only the time the import was really sending; a banner says when WorkOS cannot be reached or
// refuses the key (JobProgress::blocker) instead of letting failures climb; Stop asks first.
// GUI thread.

#include <engine/import/jobprogress.h>
#include <engine/import/jobrunner.h>

#include <QtCore/QElapsedTimer>
#include <QtWidgets/QWizardPage>

#include <memory>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace Gui {

namespace Ui {
class RunPage;
}

class EnvironmentBadge;
class SleepInhibitor;
class ThroughputChartWidget;

class RunPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit RunPage(QWidget *parent = nullptr);
    ~RunPage() override;

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

    void pause();
    void resume();
    // Asks first; stopNow() does not.
    void stop();
    void stopNow();
    // The banner's text for a condition of the whole job; empty for Blocker::None.
    static QString blockerText(Engine::Blocker blocker, int retryInSeconds);
    QString bannerText() const;
    QString phaseText() const;
    // Share of the file's rows that are done, in per-mille, never lower than shown before.
    int shownPermille() const { return m_maxPermille; }
    qint64 activeMs() const { return m_activeMs; }
    bool isRunning() const;
    const Engine::JobProgress &lastProgress() const { return m_last; }
    ThroughputChartWidget *chart() const { return m_chart; }

Q_SIGNALS:
    void runFinished(const Engine::JobResult &result);
    // The banner asked for the key again (KeyRefused); the wizard's key was replaced.
    void keyReplaced();

private:
    void startRequest(const Engine::RunRequest &request);
    void onProgress(const Engine::JobProgress &progress);
    void onMessage(const QString &text);
    void onFinished(const Engine::JobResult &result);
    void updateButtons();
    void showBlocker(Engine::Blocker blocker, int retryInSeconds);
    void askForKey();

    std::unique_ptr<Ui::RunPage> m_ui; // the layout: ui/runpage.ui; the pointers below are its widgets
    QLabel *m_banner;
    QPushButton *m_keyButton;
    EnvironmentBadge *m_badge;
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
    QElapsedTimer m_activeClock; // runs while rows are being sent
    qint64 m_activeMs = 0;
    qint64 m_rowsAtStart = -1;
    int m_maxPermille = 0;
    bool m_stopping = false;
    bool m_pausing = false;
    Engine::Blocker m_blocker = Engine::Blocker::None;
};

} // namespace Gui
