#pragma once
// SettingsPage: how the import runs, in plain words: parallel workers and rows per checkpoint
// with the recommended values preselected and one sentence each on what changing them does;
// rows in flight under a closed "Advanced"; WorkOS's rate limits shown, editable only when the
// person says their WorkOS plan has higher limits; and the plan: the writes the file needs and
// how long they take (Engine::DurationModel: never faster than the limit allows). The layout
// is ui/settingspage.ui. GUI thread.
//
// The cutover (docs/cutover.md): "Update users that already exist" (off by default) and,
// only when that is on, "Also replace the passwords of existing users" with the warning that
// it cannot be undone. A catch-up (chosen on the File page) always updates: the first box is
// then ticked and fixed.

#include <engine/planning/durationmodel.h>
#include <engine/import/jobrunner.h>

#include <QtWidgets/QWizardPage>

#include <memory>

class QCheckBox;
class QLabel;
class QSpinBox;
class QWidget;

namespace Gui {

class ImportWizard;
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
    // "about 68 min at WorkOS's limit of 500 writes per 10 seconds", or with the model's range
    // where it is unsure ("about 12–14 min"): an Engine::DurationModel estimate in words.
    static QString durationText(const Engine::DurationEstimate &estimate, const Api::RateLimits &limits);
    // The model's estimate for what the wizard knows: the file's rows, users and memberships
    // (one per user for a single organization), the organizations to look up and create
    // (all of them until the Organizations page has checked), `settings`' workers, rows in
    // flight, chunk size and limits. Shown by this page and the Review page.
    static Engine::DurationEstimate planEstimate(const ImportWizard &wizard, const Engine::JobSettings &settings);
    static double writesPerSecond(const Api::RateLimits &limits);

    int workers() const;
    int chunkSize() const;
    int concurrency() const;
    Api::RateLimits rateLimits() const;
    void setWorkers(int workers);
    bool higherLimits() const;
    // JobSettings::updateExisting and replaceExistingPasswords as chosen here (a catch-up
    // always updates; the wizard's settings() adds that).
    bool updateExisting() const;
    bool replaceExistingPasswords() const;

    void initializePage() override;
    int nextId() const override;

private:
    void updatePlan();
    void showExistingChoice();

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
    QCheckBox *m_updateExistingCheck;
    QCheckBox *m_replacePasswordsCheck;
    bool m_updateChosen = false; // the person's own choice, kept while a catch-up fixes the box
};

} // namespace Gui
