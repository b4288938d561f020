#pragma once
// SettingsPage: how the import runs, in plain words: parallel workers and rows per checkpoint
// with the recommended values preselected and one sentence each on what changing them does;
// rows in flight under a closed "Advanced"; WorkOS's rate limits shown, editable only when the
// person says their WorkOS plan has higher limits; and the plan: the writes the file needs and
// how long they take at the limit (never faster than the limit allows). The layout is
// ui/settingspage.ui. GUI thread.

#include <engine/jobrunner.h>

#include <QtWidgets/QWizardPage>

#include <memory>

class QCheckBox;
class QLabel;
class QSpinBox;
class QWidget;

namespace Gui {

namespace Ui {
class SettingsPage;
}

class SettingsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit SettingsPage(QWidget *parent = nullptr);
    ~SettingsPage() override;

    static int recommendedWorkers();
    static constexpr int RecommendedRowsPerCheckpoint = 1000;
    // "about 67 min at WorkOS's limit of 500 writes per 10 s" for `writes` under `limits`.
    static QString durationText(qint64 writes, const Api::RateLimits &limits);
    static double writesPerSecond(const Api::RateLimits &limits);

    int workers() const;
    int chunkSize() const;
    int concurrency() const;
    Api::RateLimits rateLimits() const;
    void setWorkers(int workers);
    bool higherLimits() const;

    void initializePage() override;
    int nextId() const override;

private:
    void updatePlan();

    std::unique_ptr<Ui::SettingsPage> m_ui; // ui/settingspage.ui; the pointers below are its widgets
    QSpinBox *m_workersSpin;
    QSpinBox *m_chunkSpin;
    QSpinBox *m_concurrencySpin;
    QWidget *m_advanced;
    QCheckBox *m_higherLimitsCheck;
    QSpinBox *m_writesSpin;
    QSpinBox *m_readsSpin;
    QSpinBox *m_generalSpin;
    QLabel *m_limitsLabel;
    QLabel *m_planLabel;
};

} // namespace Gui
