#pragma once
// ImportWizard: the import wizard: file -> connect -> settings -> organizations -> run ->
// summary (QWizard with setPage and an enum of page ids). It holds what the pages share: the
// inspected file, the column mapping, the API key (in memory only), the engine controller that
// runs the job in its own thread, and the rehearsal sandbox. It can also be opened straight at
// the run page to resume an interrupted job or retry a job's failed rows.
//
// A top-level window owned by the main window (or a test); GUI thread. Closing it while a job
// runs asks first and leaves the job resumable.

#include "fileinspection.h"

#include <api/apitypes.h>
#include <engine/jobrunner.h>

#include <QtCore/QPointer>
#include <QtCore/QUrl>
#include <QtWidgets/QWizard>

namespace Engine {
class EngineController;
}

namespace Gui {

class KeychainStore;
class RehearsalSandbox;

class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { FilePageId, ConnectPageId, SettingsPageId, OrganizationsPageId, RunPageId, SummaryPageId };

    explicit ImportWizard(QString storePath, QWidget *parent = nullptr);
    ~ImportWizard() override;

    // Opens the wizard at the run page, continuing `jobId` (with another worker count).
    void startResume(const QString &jobId, const Api::ApiKey &key, const QUrl &apiUrl, std::optional<int> workers);
    // Opens the wizard at the run page, importing again the failed rows of `jobId`.
    void startRetry(const QString &jobId, const Api::ApiKey &key, const QUrl &apiUrl, bool retryAll);

    const QString &storePath() const { return m_storePath; }

    // Shared between the pages.
    FileInspection inspection;
    Model::ColumnMapping mapping;
    Model::OrgRef singleOrg;
    bool createOrgIfMissing = false;
    Api::ApiKey apiKey;
    QUrl apiUrl = QUrl(QStringLiteral("https://api.workos.com"));
    bool rehearsal = false;
    bool keyVerified = false;
    Engine::JobSettings settings() const;  // from the pages' fields
    Engine::RunRequest runRequest;         // what the run page starts
    Engine::JobResult lastResult;          // of the run page's last run

    Engine::EngineController *engine() const { return m_engine; }
    KeychainStore *keychain() const { return m_keychain; }
    RehearsalSandbox *sandbox() const { return m_sandbox; }
    bool isRunning() const;

Q_SIGNALS:
    // A run started, progressed or ended: the main window updates its job list.
    void jobProgress(const Engine::JobProgress &progress);
    void jobFinished(const Engine::JobResult &result);

public Q_SLOTS:
    void reject() override;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void askToStop(const std::function<void()> &afterStop);

    QString m_storePath;
    Engine::EngineController *m_engine = nullptr;
    KeychainStore *m_keychain = nullptr;
    RehearsalSandbox *m_sandbox = nullptr;
};

// The wizard a page belongs to.
ImportWizard *importWizardOf(const QWizardPage *page);

} // namespace Gui
