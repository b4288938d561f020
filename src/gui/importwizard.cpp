#include "importwizard.h"

#include "columnspage.h"
#include "connectpage.h"
#include "filepage.h"
#include "helpdialog.h"
#include "keychainstore.h"
#include "organizationspage.h"
#include "rehearsalsandbox.h"
#include "reviewpage.h"
#include "runpage.h"
#include "settingspage.h"
#include "summarypage.h"

#include <engine/enginecontroller.h>
#include <engine/jobsettings.h>
#include <store/jobstore.h>

#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QFutureWatcher>
#include <QtGui/QCloseEvent>
#include <QtGui/QKeyEvent>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>

using namespace Qt::StringLiterals;

namespace Gui {

namespace {
Api::ApiKey &sessionKeySlot()
{
    static Api::ApiKey key;
    return key;
}
QUrl &sessionUrlSlot()
{
    static QUrl url;
    return url;
}
} // namespace

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
    m_sandbox->setJournalFolder(QFileInfo(m_storePath).absoluteDir().filePath(u"rehearsals"_s));
    setObjectName(u"importWizard"_s);
    setWindowTitle(tr("New import — WorkOS Migration Wizard"));
    setWindowFlag(Qt::Window);
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setOption(QWizard::HaveHelpButton, true);
    setButtonText(QWizard::HelpButton, tr("&Help"));
    setPage(FilePageId, new FilePage(this));
    setPage(ColumnsPageId, new ColumnsPage(this));
    setPage(ConnectPageId, new ConnectPage(this));
    setPage(SettingsPageId, new SettingsPage(this));
    setPage(OrganizationsPageId, new OrganizationsPage(this));
    setPage(ReviewPageId, new ReviewPage(this));
    setPage(RunPageId, new RunPage(this));
    setPage(FinishPageId, new SummaryPage(this));
    setStartId(FilePageId);
    setButtonText(QWizard::FinishButton, tr("&Close"));
    // The commit button never answers Enter: starting an import takes a click or Space.
    if (auto *commit = qobject_cast<QPushButton *>(button(QWizard::CommitButton))) {
        commit->setAutoDefault(false);
        commit->setObjectName(u"commitButton"_s);
    }
    connect(this, &QWizard::helpRequested, this, &ImportWizard::showHelp);
    setMinimumSize(760, 600);
    resize(920, 740);
}

ImportWizard::~ImportWizard() = default;

QString ImportWizard::environmentFor(const QString &key, const QUrl &url)
{
    // A live key is production wherever it points: better one warning too many.
    if (key.trimmed().startsWith(u"sk_live_"_s))
        return u"production"_s;
    const QString host = url.host();
    if (host == u"127.0.0.1"_s || host == u"localhost"_s || host == u"::1"_s)
        return u"rehearsal"_s;
    return u"staging"_s;
}

QString ImportWizard::environmentTitle(const QString &environment)
{
    if (environment == u"production"_s)
        return tr("Production");
    if (environment == u"rehearsal"_s)
        return tr("Rehearsal (local sandbox)");
    if (environment == u"staging"_s)
        return tr("Staging");
    return tr("Unknown");
}

QString ImportWizard::keyHint() const
{
    const QString key = apiKey.reveal();
    return key.size() > 8 ? u"…"_s + key.right(4) : QString();
}

void ImportWizard::rememberForSession(const Api::ApiKey &key, const QUrl &url)
{
    sessionKeySlot() = key;
    sessionUrlSlot() = url;
}

Api::ApiKey ImportWizard::sessionKey()
{
    return sessionKeySlot();
}

QUrl ImportWizard::sessionUrl()
{
    return sessionUrlSlot();
}

Engine::JobSettings ImportWizard::settings() const
{
    Engine::JobSettings s;
    s.csvPath = inspection.path;
    s.mapping = mapping;
    s.singleOrg = singleOrg;
    s.createOrgIfMissing = createOrgIfMissing;
    s.apiUrl = apiUrl;
    s.environment = environment;
    if (rehearsal)
        s.rehearsalJournal = m_sandbox->journalPath();
    s.skipUnresolvedOrgs = skipUnresolvedOrgs;
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
    environment = environmentFor(key.reveal(), url);
    rehearsal = environment == u"rehearsal"_s;
    runRequest = {};
    runRequest.kind = Engine::RunRequest::Kind::Resume;
    runRequest.jobId = jobId;
    runRequest.workers = workers;
    reviewed = true; // the job was reviewed when it started
    setStartId(RunPageId);
    restart();
}

void ImportWizard::startRehearsalResume(const QString &jobId, std::optional<int> workers, bool retry,
                                        const QString &journal)
{
    setWindowTitle(tr("Resume rehearsal — WorkOS Migration Wizard"));
    disconnect(m_sandbox, nullptr, this, nullptr);
    connect(m_sandbox, &RehearsalSandbox::failed, this, [this](const QString &message) { Q_EMIT resumeFailed(message); },
            Qt::SingleShotConnection);
    // The sandbox starts again on the rehearsal's journal and holds what it held. A rehearsal
    // of an earlier version has none: it resumes in an empty sandbox, where its organizations
    // must be resolved again.
    // (Whether the journal survived is checked off the GUI thread, before the sandbox adds to it.)
    connect(m_sandbox, &RehearsalSandbox::ready, this, [this, jobId, workers, retry, journal](const QUrl &url, const QString &key) {
        // Point the job at the sandbox's new address. A store connection of its own, off the GUI thread.
        const QString storePath = m_storePath;
        auto *watcher = new QFutureWatcher<QString>(this);
        connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, jobId, workers, retry, url, key] {
            const QString error = watcher->result();
            watcher->deleteLater();
            if (!error.isEmpty()) {
                Q_EMIT resumeFailed(error);
                return;
            }
            if (retry)
                startRetry(jobId, Api::ApiKey(key), url, false);
            else
                startResume(jobId, Api::ApiKey(key), url, workers);
        });
        watcher->setFuture(QtConcurrent::run([storePath, jobId, url, keepsData = m_journalHeldData]() -> QString {
            Store::JobStore store(storePath);
            QString error;
            if (!store.open(&error))
                return error;
            const auto job = store.job(jobId);
            if (!job)
                return tr("The job is no longer in the job list.");
            Engine::JobSettings s = Engine::JobSettings::fromJson(job->settings);
            s.apiUrl = url;
            if (!store.updateSettings(jobId, s.toJson(), &error))
                return error;
            if (keepsData)
                return {};
            for (Store::OrgEntry org : store.orgs(jobId)) {
                org.resolution = Store::OrgResolution::Failed;
                org.organizationId.clear();
                if (!store.putOrg(jobId, org, &error))
                    return error;
            }
            return {};
        }));
    }, Qt::SingleShotConnection);
    auto *check = new QFutureWatcher<bool>(this);
    connect(check, &QFutureWatcher<bool>::finished, this, [this, check, journal] {
        m_journalHeldData = check->result();
        check->deleteLater();
        m_sandbox->start(journal);
    });
    check->setFuture(QtConcurrent::run([journal] { return !journal.isEmpty() && QFileInfo(journal).size() > 0; }));
}

void ImportWizard::startRetry(const QString &jobId, const Api::ApiKey &key, const QUrl &url, bool retryAll)
{
    setWindowTitle(tr("Retry failed rows — WorkOS Migration Wizard"));
    apiKey = key;
    apiUrl = url;
    environment = environmentFor(key.reveal(), url);
    rehearsal = environment == u"rehearsal"_s;
    runRequest = {};
    runRequest.kind = Engine::RunRequest::Kind::RetryFailed;
    runRequest.jobId = jobId;
    runRequest.retryAll = retryAll;
    reviewed = true;
    setStartId(RunPageId);
    restart();
}

void ImportWizard::showHelp()
{
    const QWizardPage *page = currentPage();
    const QString section = page ? page->property("helpSection").toString() : QString();
    HelpDialog::showSection(this, section);
}

void ImportWizard::keyPressEvent(QKeyEvent *event)
{
    // Enter moves on only where Next is the act; on the Review page it does nothing, so that
    // pressing Enter through the pages stops there.
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentId() == ReviewPageId) {
        event->accept();
        return;
    }
    QWizard::keyPressEvent(event);
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
