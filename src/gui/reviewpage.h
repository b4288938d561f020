#pragma once
// ReviewPage: the commit page, the only page whose button writes. Its numbers are the dry run's
// (Engine's RunRequest::dryRun in an EngineController of its own, off the GUI thread, reads
// only): per row, users to create and already in WorkOS, memberships, rows skipped and why; the
// button waits for it and names what will really happen (issue 22.4). A summary of what will
// happen: where (Production / Staging / local rehearsal, with the key's last four characters),
// the file, users to create, memberships, organizations that exist and that will be created,
// roles, rows that will be skipped and why, how long it takes. One button names the act
// ("Import 1,100 users into Production"). For production a deliberate confirmation: a box that
// names the environment must be ticked. Enter does nothing here (ImportWizard): only a click
// or Space on the button starts the import. With updates of existing users (and so in a
// catch-up, docs/cutover.md) the dry run's four counts: users to create, to update, unchanged,
// and the earlier import's users no longer in the file (listed, never deleted); replacing
// existing users' passwords is said in red, as it cannot be undone. GUI thread.

#include <engine/import/jobrunner.h>

#include <QtWidgets/QWizardPage>

#include <memory>

class QCheckBox;
class QLabel;

namespace Engine {
class EngineController;
}

namespace Gui {

namespace Ui {
class ReviewPage;
}

class ReviewPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ReviewPage(QWidget *parent = nullptr);
    ~ReviewPage() override;

    // "Import 1,100 users into Production".
    static QString actionText(qint64 users, const QString &environment);
    // What the button says after the dry run: the users it creates ("Import 22 new users into
    // Production" when others exist already), else the memberships it adds, else the
    // organizations, else "Go on: nothing new to write" (every user exists), else "Nothing to
    // import" (every row would be skipped).
    static QString dryRunActionText(const Engine::JobResult &dryRun, const QString &environment);
    // False when every row would be skipped: the button is then "Nothing to import", off.
    static bool dryRunWritesSomething(const Engine::JobResult &dryRun);
    QString summaryText() const;
    // The dry run (reads only, in the engine's own thread) is still running.
    bool isChecking() const { return m_checking; }
    const Engine::JobResult &dryRun() const { return m_dryRun; }
    // Shows `result` as the dry run's (stopping the page's own): what the page makes of given
    // numbers, for tests and screenshots.
    void showDryRun(const Engine::JobResult &result);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

    // "Check a known password…": one account's password against its hash in the file
    // (PasswordCheckDialog, locally, off the GUI thread).
    void checkKnownPassword();
Q_SIGNALS:
    void checkFinished();

private:
    void showSummary();
    void onDryRunFinished(const Engine::JobResult &result);

    std::unique_ptr<Ui::ReviewPage> m_ui;
    Engine::EngineController *m_engine = nullptr; // the dry run's, not the import's
    Engine::JobResult m_dryRun;
    bool m_checking = false;
    bool m_dryRunDone = false;
    QString m_dryRunProblem;
    QLabel *m_summary;         // m_ui->reviewSummary
    QCheckBox *m_confirmCheck; // m_ui->confirmProductionCheck
};

} // namespace Gui
