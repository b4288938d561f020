#pragma once
// SettingsPage: how the import runs: workers (with the recommended number and why), chunk
// size, rows in flight per worker, the rate budget (WorkOS's limits by default), and a plan in
// plain words: the writes the file needs and how long that takes at the rate limit. "Dry run"
// plans the job and resolves its organizations with reads only (RunRequest.dryRun) in an
// engine thread of its own. For a file without organizations this is the commit page. GUI thread.

#include <engine/jobrunner.h>

#include <QtWidgets/QWizardPage>

class QLabel;
class QPushButton;
class QSpinBox;

namespace Engine {
class EngineController;
}

namespace Gui {

class SettingsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit SettingsPage(QWidget *parent = nullptr);

    static int recommendedWorkers();
    // "about 67 min for 100,000 users ..." for `writes` writes under `limits`.
    static QString durationText(qint64 writes, const Api::RateLimits &limits);
    static double writesPerSecond(const Api::RateLimits &limits);

    int workers() const;
    int chunkSize() const;
    int concurrency() const;
    Api::RateLimits rateLimits() const;
    void setWorkers(int workers);

    void startDryRun();
    bool isDryRunning() const;

    void initializePage() override;
    int nextId() const override;

Q_SIGNALS:
    void dryRunFinished(const Engine::JobResult &result);

private:
    void updatePlan();

    QSpinBox *m_workersSpin;
    QLabel *m_workersReason;
    QSpinBox *m_chunkSpin;
    QSpinBox *m_concurrencySpin;
    QSpinBox *m_writesSpin;
    QSpinBox *m_readsSpin;
    QSpinBox *m_generalSpin;
    QLabel *m_planLabel;
    QPushButton *m_dryRunButton;
    QLabel *m_dryRunLabel;
    Engine::EngineController *m_dryRun;
};

} // namespace Gui
