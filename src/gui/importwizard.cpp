#include "importwizard.h"

#include "connectpage.h"
#include "filepage.h"
#include "keychainstore.h"
#include "organizationspage.h"
#include "rehearsalsandbox.h"
#include "runpage.h"
#include "settingspage.h"
#include "summarypage.h"

#include <engine/enginecontroller.h>

#include <QtGui/QCloseEvent>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>

using namespace Qt::StringLiterals;

namespace Gui {

ImportWizard *importWizardOf(const QWizardPage *page)
{
    // QWizardPage::wizard() is protected; the page's parents lead to the wizard.
    for (QWidget *w = page ? page->parentWidget() : nullptr; w; w = w->parentWidget())
        if (auto *wizard = qobject_cast<ImportWizard *>(w))
            return wizard;
    return nullptr;
}

ImportWizard::ImportWizard(QString storePath, QWidget *parent)
    : QWizard(parent),
      m_storePath(std::move(storePath)),
      m_engine(new Engine::EngineController(this)),
      m_keychain(new KeychainStore(this)),
      m_sandbox(new RehearsalSandbox(this))
{
    setObjectName(u"importWizard"_s);
    setWindowTitle(tr("New import — WorkOS Migration Wizard"));
    setWindowFlag(Qt::Window);
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setOption(QWizard::HaveHelpButton, false);
    setPage(FilePageId, new FilePage(this));
    setPage(ConnectPageId, new ConnectPage(this));
    setPage(SettingsPageId, new SettingsPage(this));
    setPage(OrganizationsPageId, new OrganizationsPage(this));
    setPage(RunPageId, new RunPage(this));
    setPage(SummaryPageId, new SummaryPage(this));
    setStartId(FilePageId);
    setButtonText(QWizard::FinishButton, tr("&Close"));
    setMinimumSize(760, 600);
    resize(900, 720);
}

ImportWizard::~ImportWizard() = default;

Engine::JobSettings ImportWizard::settings() const
{
    Engine::JobSettings s;
    s.csvPath = inspection.path;
    s.mapping = mapping;
    s.singleOrg = singleOrg;
    s.createOrgIfMissing = createOrgIfMissing;
    s.apiUrl = apiUrl;
    if (auto *page = qobject_cast<SettingsPage *>(this->page(SettingsPageId))) {
        s.workers = page->workers();
        s.chunkSize = page->chunkSize();
        s.concurrency = page->concurrency();
        s.rateLimits = page->rateLimits();
    }
    return s;
}

bool ImportWizard::isRunning() const
{
    return m_engine->isRunning();
}

void ImportWizard::startResume(const QString &jobId, const Api::ApiKey &key, const QUrl &url, std::optional<int> workers)
{
    setWindowTitle(tr("Resume import — WorkOS Migration Wizard"));
    apiKey = key;
    apiUrl = url;
    rehearsal = url.host() == u"127.0.0.1"_s;
    runRequest = {};
    runRequest.kind = Engine::RunRequest::Kind::Resume;
    runRequest.jobId = jobId;
    runRequest.workers = workers;
    setStartId(RunPageId);
    restart();
}

void ImportWizard::startRetry(const QString &jobId, const Api::ApiKey &key, const QUrl &url, bool retryAll)
{
    setWindowTitle(tr("Retry failed rows — WorkOS Migration Wizard"));
    apiKey = key;
    apiUrl = url;
    runRequest = {};
    runRequest.kind = Engine::RunRequest::Kind::RetryFailed;
    runRequest.jobId = jobId;
    runRequest.retryAll = retryAll;
    setStartId(RunPageId);
    restart();
}

void ImportWizard::askToStop(const std::function<void()> &afterStop)
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Stop the import?"),
                                tr("The import is still running. Stop it now? It stays in the job list and can be "
                                   "resumed later; rows already imported are not sent again."),
                                QMessageBox::NoButton, this);
    box->setObjectName(u"stopQuestion"_s);
    QPushButton *stopButton = box->addButton(tr("&Stop and close"), QMessageBox::DestructiveRole);
    QPushButton *keep = box->addButton(tr("&Keep running"), QMessageBox::RejectRole);
    box->setDefaultButton(keep);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, stopButton, afterStop] {
        if (box->clickedButton() != stopButton)
            return;
        if (!m_engine->isRunning()) {
            afterStop();
            return;
        }
        connect(m_engine, &Engine::EngineController::finished, this, [afterStop] { afterStop(); },
                Qt::SingleShotConnection);
        m_engine->cancel();
    });
    box->open();
}

void ImportWizard::reject()
{
    if (m_engine->isRunning()) {
        askToStop([this] { QWizard::reject(); });
        return;
    }
    QWizard::reject();
}

void ImportWizard::closeEvent(QCloseEvent *event)
{
    if (m_engine->isRunning()) {
        event->ignore();
        askToStop([this] { QWizard::reject(); });
        return;
    }
    QWizard::closeEvent(event);
}

} // namespace Gui
