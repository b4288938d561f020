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

#include <engine/import/enginecontroller.h>
#include <engine/jobsettings.h>
#include <store/jobstore.h>

#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QFutureWatcher>
#include <QtGui/QCloseEvent>
#include <QtGui/QKeyEvent>
#include <QtWidgets/QLabel>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QGridLayout>
#include <QtWidgets/QScrollArea>
#include <QtGui/QScreen>

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

StepList::StepList(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(u"stepList"_s);
    setFrameShape(QFrame::NoFrame);
    setAccessibleName(tr("Steps"));
    setAccessibleDescription(tr("The steps of the import: the current one, the ones done and the ones left."));
    auto *layout = new QGridLayout(this);
    const QStringList names = {
        tr("File"),
        tr("Columns"),
        //: The step where the API key is entered and verified
        tr("Connect"),
        //: The step with the import's speed settings
        tr("Settings"),
        tr("Organizations & roles"),
        //: The step where the person reviews everything before the import starts
        tr("Review"),
        //: The step where the import runs (a noun, as in "the import run")
        tr("Run"),
        //: The last step: the import's outcome
        tr("Finish"),
    };
    for (int i = 0; i < names.size(); ++i) {
        auto *marker = new QLabel(this);
        marker->setAlignment(Qt::AlignCenter);
        marker->setMinimumWidth(marker->fontMetrics().horizontalAdvance(u"✔▸"_s));
        auto *label = new QLabel(names[i], this);
        label->setObjectName(u"step:"_s + QString::number(i));
        label->setTextFormat(Qt::PlainText);
        m_names.append(names[i]);
        m_markers.append(marker);
        m_labels.append(label);
        layout->addWidget(marker, i, 0);
        layout->addWidget(label, i, 1);
    }
    layout->setRowStretch(int(names.size()), 1);
    layout->setColumnStretch(1, 1);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
}

void StepList::setStates(const QList<State> &states)
{
    for (int i = 0; i < m_labels.size() && i < states.size(); ++i) {
        QLabel *label = m_labels[i];
        QFont font = label->font();
        font.setBold(states[i] == State::Current);
        label->setFont(font);
        label->setEnabled(states[i] != State::Skipped);
        m_markers[i]->setEnabled(states[i] != State::Skipped);
        QString marker;
        QString spoken;
        switch (states[i]) {
        case State::Done:
            marker = u"✔"_s;
            //: Read out by a screen reader for a step of the wizard, e.g. "File, done"
            spoken = tr("%1, done").arg(m_names[i]);
            break;
        case State::Current:
            marker = u"▸"_s;
            //: Read out by a screen reader for the wizard's current step
            spoken = tr("%1, current step").arg(m_names[i]);
            break;
        case State::Skipped:
            marker = u"–"_s;
            //: Read out for a step the wizard left out (e.g. no organizations in the file)
            spoken = tr("%1, not needed").arg(m_names[i]);
            break;
        case State::Todo:
            //: Read out by a screen reader for a step still to come
            spoken = tr("%1, to do").arg(m_names[i]);
            break;
        }
        m_markers[i]->setText(marker);
        label->setAccessibleName(spoken);
        label->setProperty("stepState", int(states[i]));
    }
}

StepList::State StepList::state(int step) const
{
    return step >= 0 && step < m_labels.size() ? State(m_labels[step]->property("stepState").toInt()) : State::Todo;
}

namespace {
// Puts a page's content into a scroll area (issue 22 item 9): the wizard fits 1366×768 at 100%
// and 1920×1080 at 200%, and a long page scrolls instead of pushing Next and Cancel off the
// screen. The page's own layout (a QVBoxLayout from its form) hands its items to the scroll
// area's content widget and then holds only the scroll area; the widgets and their object
// names stay as they are. No frame and no focus of its own: Tab goes from control to control.
void makeScrollable(QWizardPage *page)
{
    auto *layout = qobject_cast<QBoxLayout *>(page->layout());
    if (!layout)
        return;
    // The page's Tab order (its form's tab stops): moving widgets to a new parent would
    // reshuffle it, so it is put back afterwards.
    // Only the controls Tab stops at, not their inner parts (a spin box's line edit).
    QWidgetList tabOrder;
    for (QWidget *w = page->nextInFocusChain(); w && w != page; w = w->nextInFocusChain()) {
        if (!page->isAncestorOf(w) || !(w->focusPolicy() & Qt::TabFocus))
            continue;
        const bool inner = std::any_of(tabOrder.cbegin(), tabOrder.cend(), [w](QWidget *o) { return o->isAncestorOf(w); });
        if (!inner)
            tabOrder.append(w);
    }
    auto *content = new QWidget;
    content->setObjectName(page->objectName() + u"Content"_s);
    auto *inner = new QVBoxLayout(content);
    inner->setContentsMargins(layout->contentsMargins());
    inner->setSpacing(layout->spacing());
    while (layout->count() > 0) {
        const int stretch = layout->stretch(0);
        QLayoutItem *item = layout->takeAt(0);
        if (QWidget *w = item->widget()) {
            const Qt::Alignment alignment = item->alignment();
            delete item;
            inner->addWidget(w, stretch, alignment);
        } else if (QLayout *sub = item->layout()) {
            sub->setParent(nullptr);
            inner->addLayout(sub, stretch);
        } else {
            inner->addItem(item);
            if (stretch > 0)
                inner->setStretch(inner->count() - 1, stretch);
        }
    }
    auto *scroll = new QScrollArea(page);
    scroll->setObjectName(page->objectName() + u"Scroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    scroll->setWidget(content);
    scroll->viewport()->setAutoFillBackground(false);
    content->setAutoFillBackground(false);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    // The page first, then its controls in their order: QWizard gives the focus to the first
    // control after the page in the chain when the page is shown. (setTabOrder() ignores a
    // widget without focus, so the page takes Tab focus for that one call.)
    if (!tabOrder.isEmpty()) {
        const Qt::FocusPolicy policy = page->focusPolicy();
        page->setFocusPolicy(Qt::TabFocus);
        QWidget::setTabOrder(page, tabOrder.first());
        page->setFocusPolicy(policy);
    }
    for (qsizetype i = 0; i + 1 < tabOrder.size(); ++i)
        QWidget::setTabOrder(tabOrder[i], tabOrder[i + 1]);
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
    for (int id : pageIds())
        makeScrollable(page(id));
    setStartId(FilePageId);
    setButtonText(QWizard::FinishButton, tr("&Close"));
    // The commit button never answers Enter: starting an import takes a click or Space.
    if (auto *commit = qobject_cast<QPushButton *>(button(QWizard::CommitButton))) {
        commit->setAutoDefault(false);
        commit->setObjectName(u"commitButton"_s);
    }
    connect(this, &QWizard::helpRequested, this, &ImportWizard::showHelp);
    // The step list at the side: where the person is and what is left (KDE and GNOME HIG).
    m_stepList = new StepList(this);
    setSideWidget(m_stepList);
    connect(this, &QWizard::currentIdChanged, this, &ImportWizard::updateStepList);
    updateStepList();
    // Cancel asks before a setup is thrown away (Esc does too: keyPressEvent).
    if (QAbstractButton *cancel = button(QWizard::CancelButton)) {
        cancel->disconnect(this);
        connect(cancel, &QAbstractButton::clicked, this, [this] { askToDiscardThen([this] { reject(); }); });
    }
    // No fixed minimum: the pages scroll, so the window fits the screen it is on (showEvent).
    resize(1020, 740);
}

void ImportWizard::showEvent(QShowEvent *event)
{
    // Never larger than the screen's free area (a 1366×768 laptop, or 1920×1080 at 200%).
    if (const QScreen *s = screen()) {
        const QSize room = s->availableGeometry().size();
        const QSize frame = frameGeometry().size() - geometry().size();
        const QSize fit = size().boundedTo(room - frame).expandedTo(minimumSizeHint());
        if (fit != size())
            resize(fit);
    }
    QWizard::showEvent(event);
}

bool ImportWizard::holdsAnUnstartedSetup() const
{
    const int id = currentId();
    return !m_engine->isRunning() && id > FilePageId && id <= ReviewPageId && !inspection.path.isEmpty();
}

void ImportWizard::askToDiscardThen(const std::function<void()> &discard)
{
    if (!holdsAnUnstartedSetup()) {
        discard();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Discard this import?"),
                                tr("Close the wizard and discard this import's setup (the file, the columns, the key and "
                                   "the settings)? Nothing was sent to WorkOS."),
                                QMessageBox::NoButton, this);
    box->setObjectName(u"discardQuestion"_s);
    QPushButton *discardButton = box->addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    QPushButton *keep = box->addButton(tr("&Keep editing"), QMessageBox::RejectRole);
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [box, discardButton, discard] {
        if (box->clickedButton() == discardButton)
            discard();
    });
    box->open();
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
    s.source = inspection.source; // our CSV or a provider's export (src/core/source)
    s.mapping = mapping;
    s.singleOrg = singleOrg;
    s.createOrgIfMissing = createOrgIfMissing;
    s.apiUrl = apiUrl;
    s.environment = environment;
    if (rehearsal)
        s.rehearsalJournal = m_sandbox->journalPath();
    s.skipUnresolvedOrgs = skipUnresolvedOrgs;
    s.rolesToCreate = orgCheck.roleCreation; // the Organizations & roles page's "Create these roles"
    if (auto *page = qobject_cast<SettingsPage *>(this->page(SettingsPageId))) {
        s.workers = page->workers();
        s.chunkSize = page->chunkSize();
        s.concurrency = page->concurrency();
        s.rateLimits = page->rateLimits();
        s.updateExisting = page->updateExisting();
        s.replaceExistingPasswords = page->replaceExistingPasswords();
    }
    // A catch-up updates the users that changed (JobSettings::catchUpOf implies updateExisting).
    s.catchUpOf = catchUpOf;
    if (!catchUpOf.isEmpty())
        s.updateExisting = true;
    if (!s.updateExisting)
        s.replaceExistingPasswords = false;
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
                startRetry(jobId, Api::ApiKey(key), url, true); // every failed row, as the job list's Retry
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

void ImportWizard::updateStepList()
{
    const int current = currentId();
    const QList<int> visited = visitedIds();
    QList<StepList::State> states;
    for (int step = FilePageId; step <= FinishPageId; ++step) {
        if (step == current)
            states.append(StepList::State::Current);
        else if (current < 0 || step > current)
            states.append(StepList::State::Todo);
        else if (visited.contains(step) || step < startId())
            states.append(StepList::State::Done); // a resumed job went through these before
        else
            states.append(StepList::State::Skipped);
    }
    m_stepList->setStates(states);
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
    // Esc past the File page asks before the setup is thrown away (issue 22 item 10).
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier && holdsAnUnstartedSetup()) {
        event->accept();
        askToDiscardThen([this] { reject(); });
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
    // The window's close button (a spontaneous close) asks like Esc and Cancel.
    if (event->spontaneous() && holdsAnUnstartedSetup()) {
        event->ignore();
        askToDiscardThen([this] { QWizard::reject(); });
        return;
    }
    QWizard::closeEvent(event);
}

} // namespace Gui
