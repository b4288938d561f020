#include "connectpage.h"

#include "importwizard.h"
#include "keychainstore.h"
#include "rehearsalsandbox.h"

#include <api/workosclient.h>

#include <QCoro/QCoroTask>

#include <QtCore/QPointer>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QGroupBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QToolButton>
#include <QtWidgets/QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gui {

namespace {

struct VerifyResult {
    bool ok = false;
    QString message;
};

// The client lives as long as the task and is deleted after it (QCoro 0.8 resumes inside
// QNetworkReply::finished, so the QNAM must not die in there).
QCoro::Task<void> runVerification(Api::ClientConfig config, QPointer<ConnectPage> page,
                                  std::function<void(bool, QString)> done)
{
    auto *client = new Api::WorkOsClient(std::move(config));
    const Api::Result<void> result = co_await client->verifyKey();
    client->deleteLater();
    if (!page)
        co_return;
    if (result.ok())
        done(true, ConnectPage::tr("The key works: WorkOS accepted it."));
    else
        done(false, ConnectPage::explain(result.error()));
}

} // namespace

ConnectPage::ConnectPage(QWidget *parent)
    : QWizardPage(parent)
{
    setTitle(tr("Connect to WorkOS"));
    setSubTitle(tr("Paste the secret API key of the WorkOS environment the users go to. "
                   "You find it in the WorkOS dashboard under API Keys. Nothing is written yet."));
    setProperty("helpSection", u"3. Connect"_s);

    auto *layout = new QVBoxLayout(this);
    m_productionBanner = new QLabel(this);
    m_productionBanner->setObjectName(u"productionBanner"_s);
    m_productionBanner->setWordWrap(true);
    m_productionBanner->setText(tr("<b>Production.</b> This key writes to your live WorkOS environment: real users "
                                   "will be created. Rehearse with a staging key or the local sandbox first."));
    m_productionBanner->setStyleSheet(u"QLabel { background: #b3261e; color: white; padding: 8px; border-radius: 4px; }"_s);
    m_productionBanner->setVisible(false);
    layout->addWidget(m_productionBanner);

    auto *form = new QFormLayout;
    m_keyEdit = new QLineEdit(this);
    m_keyEdit->setObjectName(u"keyEdit"_s);
    m_keyEdit->setEchoMode(QLineEdit::Password);
    m_keyEdit->setPlaceholderText(tr("sk_test_… or sk_live_…"));
    m_keyEdit->setClearButtonEnabled(true);
    m_keyEdit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    auto *showButton = new QToolButton(this);
    showButton->setObjectName(u"showKeyButton"_s);
    showButton->setCheckable(true);
    showButton->setText(tr("Sho&w"));
    showButton->setToolTip(tr("Show or hide the key"));
    connect(showButton, &QToolButton::toggled, this, [this, showButton](bool on) {
        m_keyEdit->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
        showButton->setText(on ? tr("Hi&de") : tr("Sho&w"));
    });
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_keyEdit, 1);
    keyRow->addWidget(showButton);
    auto *keyLabel = new QLabel(tr("API &key:"), this);
    keyLabel->setBuddy(m_keyEdit);
    form->addRow(keyLabel, keyRow);
    m_environmentLabel = new QLabel(this);
    m_environmentLabel->setObjectName(u"environmentLabel"_s);
    form->addRow(tr("Environment:"), m_environmentLabel);
    layout->addLayout(form);

    auto *verifyRow = new QHBoxLayout;
    m_verifyButton = new QPushButton(tr("&Verify the key"), this);
    m_verifyButton->setObjectName(u"verifyButton"_s);
    m_verifyButton->setAutoDefault(true);
    verifyRow->addWidget(m_verifyButton);
    m_resultLabel = new QLabel(this);
    m_resultLabel->setObjectName(u"verifyResultLabel"_s);
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    verifyRow->addWidget(m_resultLabel, 1);
    layout->addLayout(verifyRow);

    m_rememberCheck = new QCheckBox(tr("&Remember the key in the system keychain"), this);
    m_rememberCheck->setObjectName(u"rememberCheck"_s);
    m_rememberCheck->setChecked(true);
    layout->addWidget(m_rememberCheck);
    m_keychainLabel = new QLabel(this);
    m_keychainLabel->setObjectName(u"keychainLabel"_s);
    m_keychainLabel->setWordWrap(true);
    layout->addWidget(m_keychainLabel);

    auto *rehearseBox = new QGroupBox(tr("Rehearsal"), this);
    auto *rehearseLayout = new QHBoxLayout(rehearseBox);
    auto *rehearseText = new QLabel(tr("Not ready for the real thing? Run the whole migration against a local "
                                       "sandbox that behaves like WorkOS, with the same rate limits."), rehearseBox);
    rehearseText->setWordWrap(true);
    m_rehearseButton = new QPushButton(tr("Rehearse on a local &sandbox"), rehearseBox);
    m_rehearseButton->setObjectName(u"rehearseButton"_s);
    m_rehearseButton->setEnabled(!RehearsalSandbox::programPath().isEmpty());
    rehearseLayout->addWidget(rehearseText, 1);
    rehearseLayout->addWidget(m_rehearseButton);
    layout->addWidget(rehearseBox);

    // Advanced: a closed disclosure button, not an empty frame.
    auto *advancedButton = new QToolButton(this);
    advancedButton->setObjectName(u"advancedButton"_s);
    advancedButton->setText(tr("&Advanced"));
    advancedButton->setCheckable(true);
    advancedButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    advancedButton->setArrowType(Qt::RightArrow);
    advancedButton->setAutoRaise(true);
    layout->addWidget(advancedButton);
    m_advancedBox = new QGroupBox(this);
    auto *advancedForm = new QFormLayout(m_advancedBox);
    m_urlEdit = new QLineEdit(u"https://api.workos.com"_s, m_advancedBox);
    m_urlEdit->setObjectName(u"urlEdit"_s);
    auto *urlLabel = new QLabel(tr("API &address:"), m_advancedBox);
    urlLabel->setBuddy(m_urlEdit);
    advancedForm->addRow(urlLabel, m_urlEdit);
    m_advancedBox->setVisible(false);
    connect(advancedButton, &QToolButton::toggled, this, [this, advancedButton](bool on) {
        m_advancedBox->setVisible(on);
        advancedButton->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });
    layout->addWidget(m_advancedBox);
    layout->addStretch();

    connect(m_keyEdit, &QLineEdit::textEdited, this, [this] {
        m_userTyped = true;
        // Rehearsal is not sticky: a key typed or pasted by the person goes to WorkOS again.
        if (!m_sandboxKey.isEmpty() && m_keyEdit->text().trimmed() != m_sandboxKey) {
            m_sandboxKey.clear();
            m_urlEdit->setText(u"https://api.workos.com"_s);
        }
    });
    connect(m_keyEdit, &QLineEdit::textChanged, this, &ConnectPage::onKeyOrUrlChanged);
    connect(m_urlEdit, &QLineEdit::textChanged, this, &ConnectPage::onKeyOrUrlChanged);
    connect(m_verifyButton, &QPushButton::clicked, this, &ConnectPage::verify);
    connect(m_keyEdit, &QLineEdit::returnPressed, this, &ConnectPage::verify);
    connect(m_rehearseButton, &QPushButton::clicked, this, &ConnectPage::startRehearsal);
    onKeyOrUrlChanged();
}

ConnectPage::~ConnectPage() = default;

ConnectPage::Environment ConnectPage::environmentOf(const QString &key, const QUrl &url)
{
    const QString host = url.host();
    if (host == u"127.0.0.1"_s || host == u"localhost"_s || host == u"::1"_s)
        return Environment::Sandbox;
    if (key.startsWith(u"sk_live_"_s))
        return Environment::Production;
    if (key.startsWith(u"sk_test_"_s))
        return Environment::Staging;
    return Environment::Unknown;
}

QString ConnectPage::explain(const Api::ApiError &error)
{
    using Kind = Api::ApiError::Kind;
    switch (error.kind()) {
    case Kind::Unauthorized:
        return tr("WorkOS refused this key: it is wrong, was revoked, or belongs to another environment. "
                  "Copy it again from the WorkOS dashboard (API Keys).");
    case Kind::Forbidden:
        return tr("The key is valid but has no permission for User Management and Organizations. "
                  "Use a secret key with full access.");
    case Kind::Transient:
    case Kind::Timeout:
        return tr("WorkOS could not be reached: check the internet connection (and the API URL), then verify again.");
    case Kind::TlsError:
        return tr("The secure connection to WorkOS failed: the certificate was not trusted. A company proxy that "
                  "inspects traffic may be in the way; ask your IT team. (%1)").arg(error.message());
    case Kind::ProxyError:
        return tr("The proxy server of this computer refused or failed the connection to WorkOS. "
                  "Check the proxy settings. (%1)").arg(error.message());
    case Kind::InvalidConfiguration:
        return tr("This cannot be used: %1").arg(error.message());
    case Kind::RateLimited:
        return tr("WorkOS is rate limiting this key right now; wait a minute and verify again.");
    default:
        return error.userMessage();
    }
}

void ConnectPage::initializePage()
{
    ImportWizard *w = importWizardOf(this);
    if (!w)
        return;
    if (!w->apiKey.isEmpty() && m_keyEdit->text().isEmpty()) {
        m_keyEdit->setText(w->apiKey.reveal());
        return;
    }
    // The key verified in an earlier wizard of this session (kept in memory only).
    if (m_keyEdit->text().isEmpty() && !ImportWizard::sessionKey().isEmpty()) {
        const QUrl url = ImportWizard::sessionUrl();
        if (ImportWizard::environmentFor(QString(), url) != u"rehearsal"_s) {
            m_urlEdit->setText(url.toString());
            m_keyEdit->setText(ImportWizard::sessionKey().reveal());
            m_keychainLabel->setText(tr("The key you used earlier in this session was filled in."));
            return;
        }
    }
    if (!m_keyEdit->text().isEmpty())
        return;
    QPointer<ConnectPage> self(this);
    m_keychainLabel->setText(tr("Looking for a saved key in the system keychain…"));
    w->keychain()->read(QUrl(m_urlEdit->text().trimmed()).host(), [self](const KeychainStore::Answer &a) {
        if (!self)
            return;
        if (a.found && !self->m_userTyped && self->m_keyEdit->text().isEmpty()) {
            self->m_keyEdit->setText(a.key);
            self->m_keychainLabel->setText(tr("The key saved in the system keychain was filled in."));
        } else {
            self->m_keychainLabel->setText(a.available ? QString() : a.message);
        }
        if (!a.available) {
            // No keychain: never show "Remember" ticked next to a line saying there is none.
            self->m_rememberCheck->setChecked(false);
            self->m_rememberCheck->setEnabled(false);
        }
    });
}

void ConnectPage::onKeyOrUrlChanged()
{
    ++m_generation;
    m_verified = false;
    m_verifying = false;
    const QString key = m_keyEdit->text().trimmed();
    const QUrl url(m_urlEdit->text().trimmed());
    const Environment env = environmentOf(key, url);
    if (ImportWizard *w = importWizardOf(this)) {
        w->keyVerified = false;
        w->environment.clear();
    }
    QString text;
    switch (env) {
    case Environment::Staging: text = tr("Staging (a test key: nothing here touches your live users)"); break;
    case Environment::Production: text = tr("<b style='color:#b3261e'>Production</b> (a live key)"); break;
    case Environment::Sandbox: text = tr("Local sandbox on this computer (a rehearsal)"); break;
    case Environment::Unknown:
        text = key.isEmpty() ? QString() : tr("Unknown: WorkOS secret keys start with sk_test_ or sk_live_.");
        break;
    }
    m_environmentLabel->setText(text);
    m_productionBanner->setVisible(env == Environment::Production);
    m_verifyButton->setEnabled(!key.isEmpty());
    m_resultLabel->clear();
    Q_EMIT completeChanged();
}

void ConnectPage::verify()
{
    const QString key = m_keyEdit->text().trimmed();
    if (key.isEmpty())
        return;
    Api::ClientConfig config;
    config.baseUrl = QUrl(m_urlEdit->text().trimmed());
    config.apiKey = Api::ApiKey(key);
    config.inactivityTimeout = std::chrono::seconds(15);
    config.deadline = std::chrono::seconds(20);
    if (const auto problem = Api::WorkOsClient::checkBaseUrl(config.baseUrl)) {
        onVerified(false, explain(*problem), m_generation);
        return;
    }
    m_verifying = true;
    m_verifyButton->setEnabled(false);
    m_resultLabel->setText(tr("Asking WorkOS…"));
    const quint64 generation = m_generation;
    QPointer<ConnectPage> self(this);
    // Named arguments only: GCC 12 destroys a temporary passed to a coroutine parameter twice
    // (GCC bug 99576).
    std::function<void(bool, QString)> done = [self, generation](bool ok, QString message) {
        if (self)
            self->onVerified(ok, message, generation);
    };
    runVerification(std::move(config), self, std::move(done));
}

void ConnectPage::onVerified(bool ok, const QString &message, quint64 generation)
{
    if (generation != m_generation)
        return; // the key or URL changed meanwhile
    m_verifying = false;
    m_verified = ok;
    m_verifyButton->setEnabled(true);
    m_resultLabel->setText(ok ? u"<span style='color:#1e7b34'>✔ %1</span>"_s.arg(message.toHtmlEscaped())
                              : u"<span style='color:#b3261e'>✘ %1</span>"_s.arg(message.toHtmlEscaped()));
    ImportWizard *w = importWizardOf(this);
    if (ok && w) {
        w->apiKey = Api::ApiKey(m_keyEdit->text());
        w->apiUrl = QUrl(m_urlEdit->text().trimmed());
        w->keyVerified = true;
        const Environment env = environmentOf(m_keyEdit->text().trimmed(), w->apiUrl);
        w->rehearsal = env == Environment::Sandbox;
        w->environment = ImportWizard::environmentFor(m_keyEdit->text(), w->apiUrl);
        ImportWizard::rememberForSession(w->apiKey, w->apiUrl);
        if (m_rememberCheck->isChecked() && env != Environment::Sandbox) {
            QPointer<ConnectPage> self(this);
            m_keychainLabel->setText(tr("Saving the key in the system keychain…"));
            w->keychain()->write(w->apiUrl.host(), m_keyEdit->text().trimmed(), [self](const KeychainStore::Answer &a) {
                if (self)
                    self->m_keychainLabel->setText(a.available && a.message.isEmpty()
                                                       ? tr("The key is saved in the system keychain.")
                                                       : a.message);
            });
        }
    }
    Q_EMIT completeChanged();
    Q_EMIT verified(ok, message);
}

void ConnectPage::startRehearsal()
{
    ImportWizard *w = importWizardOf(this);
    if (!w)
        return;
    m_rehearseButton->setEnabled(false);
    m_resultLabel->setText(tr("Starting the local sandbox…"));
    RehearsalSandbox *sandbox = w->sandbox();
    disconnect(sandbox, nullptr, this, nullptr);
    connect(sandbox, &RehearsalSandbox::ready, this, [this](const QUrl &url, const QString &key) {
        m_rehearseButton->setEnabled(true);
        m_sandboxKey = key;
        m_urlEdit->setText(url.toString());
        m_keyEdit->setText(key);
        verify();
    });
    connect(sandbox, &RehearsalSandbox::failed, this, [this](const QString &message) {
        m_rehearseButton->setEnabled(true);
        m_resultLabel->setText(message);
    });
    sandbox->start();
}

bool ConnectPage::isComplete() const
{
    return m_verified;
}

bool ConnectPage::validatePage()
{
    return m_verified;
}

} // namespace Gui
