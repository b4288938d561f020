#pragma once
// ImportWizard: the import wizard: File -> Columns -> Connect -> Settings -> Organizations &
// roles -> Review -> Run -> Finish (QWizard with setPage and an enum of page ids), with the steps
// listed at the side (StepList). Every page
// before Review only reads; Review is the commit page and the only one whose button writes.
// It holds what the pages share: the inspected file, the column mapping, the API key (in memory
// only), the environment the key writes to, the organization and role check, the engine
// controller that runs the job in its own thread, and the rehearsal sandbox. It can also be
// opened straight at the run page to resume an interrupted job or retry a job's failed rows.
//
// A top-level window owned by the main window (or a test); GUI thread. Closing it while a job
// runs asks first and leaves the job resumable. Enter never commits: on the Review page only
// a click (or Space on the focused button) starts the import. Esc, Cancel or the window's close
// button between File and Review ask before the setup is discarded. Every page scrolls, so the
// window fits a 1366×768 screen, or 1920×1080 at 200%.

#include "fileinspection.h"

#include <api/apitypes.h>
#include <engine/import/jobrunner.h>

#include <QtCore/QPointer>
#include <QtCore/QUrl>
#include <QtWidgets/QFrame>
#include <QtWidgets/QWizard>

class QLabel;

namespace Engine {
class EngineController;
}

namespace Gui {

class KeychainStore;
class RehearsalSandbox;

// What the Organizations & roles page found, with reads only, before anything is written.
struct OrgCheckResult {
    bool done = false;
    qint64 existed = 0;
    qint64 toCreate = 0;
    qint64 missing = 0;
    qint64 rowsOfMissing = 0; // rows of the file that name a missing organization
    QStringList missingNames;
    bool rolesChecked = false;
    QStringList environmentRoles; // slugs the environment has
    QStringList unknownRoles;     // slugs the file uses that the environment does not have
    qint64 rowsWithUnknownRoles = 0;
    // The missing roles the person chose to create before the import (RoleCreationWidget):
    // "slug (name)" for the Review page; the job's settings hold them as Engine::RoleToCreate.
    QStringList rolesToCreate;
    QList<Engine::RoleToCreate> roleCreation;
};

// The wizard's side: its eight steps, the current one marked, the ones done ticked, one left
// out greyed (Organizations & roles when the file names none). GUI thread.
class StepList : public QFrame
{
    Q_OBJECT
public:
    enum class State { Todo, Current, Done, Skipped };
    explicit StepList(QWidget *parent = nullptr);
    void setStates(const QList<State> &states); // one per step, in the wizard's order
    State state(int step) const;

private:
    QStringList m_names;
    QList<QLabel *> m_markers; // ✔ done, ▸ current, – not needed
    QList<QLabel *> m_labels;
};

class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId {
        FilePageId,
        ColumnsPageId,
        ConnectPageId,
        SettingsPageId,
        OrganizationsPageId,
        ReviewPageId,
        RunPageId,
        FinishPageId,
        SummaryPageId = FinishPageId,
    };

    explicit ImportWizard(QString storePath, QWidget *parent = nullptr);
    ~ImportWizard() override;

    // Opens the wizard at the run page, continuing `jobId` (with another worker count).
    void startResume(const QString &jobId, const Api::ApiKey &key, const QUrl &apiUrl, std::optional<int> workers);
    // A rehearsal job: starts a fresh local sandbox, points the job at it and resumes; no key
    // is asked (the sandbox's key is made here and never leaves this process).
    // With `retry`, imports the job's failed rows again instead (startRetry).
    void startRehearsalResume(const QString &jobId, std::optional<int> workers, bool retry = false,
                              const QString &journal = QString());
    // Opens the wizard at the run page, importing again the failed rows of `jobId`.
    void startRetry(const QString &jobId, const Api::ApiKey &key, const QUrl &apiUrl, bool retryAll);

    const QString &storePath() const { return m_storePath; }

    // "production" (sk_live_), "rehearsal" (the local sandbox) or "staging" (any other key).
    static QString environmentFor(const QString &key, const QUrl &url);
    // "Production", "Staging", "Rehearsal (local sandbox)".
    static QString environmentTitle(const QString &environment);
    // The last four characters of the key in memory, for the Review page; never stored.
    QString keyHint() const;

    // Shared between the pages.
    FileInspection inspection;
    Model::ColumnMapping mapping;
    Model::OrgRef singleOrg;
    bool createOrgIfMissing = false;
    Api::ApiKey apiKey;
    QUrl apiUrl = QUrl(QStringLiteral("https://api.workos.com"));
    QString environment; // empty until a key is verified
    bool rehearsal = false;
    bool keyVerified = false;
    OrgCheckResult orgCheck;
    bool skipUnresolvedOrgs = false;
    // The cutover's catch-up (docs/cutover.md): the earlier job this import catches up with,
    // chosen on the File page (empty: a new job of its own), and that job's name for people
    // ("acme-users.csv"). A catch-up always updates the users that changed.
    QString catchUpOf;
    QString catchUpName;
    QString catchUpEnvironment; // where that job wrote: "production", "staging", "rehearsal"
    Engine::JobSettings settings() const;  // from the pages' fields
    Engine::RunRequest runRequest;         // what the run page starts
    Engine::JobResult lastResult;          // of the run page's last run
    qint64 lastActiveMs = 0;               // of that run: time spent sending (not paused or held up)
    qint64 lastRowsThisRun = 0;            // rows that run finished
    bool reviewed = false;                 // the Review page's button was pressed for runRequest

    Engine::EngineController *engine() const { return m_engine; }
    KeychainStore *keychain() const { return m_keychain; }
    RehearsalSandbox *sandbox() const { return m_sandbox; }
    bool isRunning() const;

    // The key and API address verified last in this session, offered to the next wizard.
    static void rememberForSession(const Api::ApiKey &key, const QUrl &url);
    static Api::ApiKey sessionKey();
    static QUrl sessionUrl();

    // Opens the user guide at the section of the current page (the Help button).
    void showHelp();

    // The person is between File and Review with a file chosen: Esc, Cancel and the window's
    // close button ask before that setup is discarded.
    bool holdsAnUnstartedSetup() const;

Q_SIGNALS:
    // A run started, progressed or ended: the main window updates its job list.
    void jobProgress(const Engine::JobProgress &progress);
    void jobFinished(const Engine::JobResult &result);
    // A rehearsal resume could not start its sandbox.
    void resumeFailed(const QString &message);

public Q_SLOTS:
    void reject() override;

protected:
    void closeEvent(QCloseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void askToStop(const std::function<void()> &afterStop);
    void askToDiscardThen(const std::function<void()> &discard);
    void updateStepList();

    QString m_storePath;
    Engine::EngineController *m_engine = nullptr;
    KeychainStore *m_keychain = nullptr;
    RehearsalSandbox *m_sandbox = nullptr;
    bool m_journalHeldData = false; // a resumed rehearsal's journal had data: keep its organizations
    StepList *m_stepList = nullptr;
};

// The wizard a page belongs to.
ImportWizard *importWizardOf(const QWizardPage *page);

} // namespace Gui
