#include "connectpage.h"

#include "importwizard.h"
#include "keychainstore.h"
#include "rehearsalsandbox.h"
#include "ui_connectpage.h"

#include <api/workosclient.h>

#include <QCoro/QCoroTask>

#include <QtCore/QPointer>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QToolButton>

using namespace Qt::StringLiterals;

namespace Gui {

namespace {

// A text colour that reads on this widget's background: the light palette's shade, or a lighter
// one when the system palette is dark, so the contrast holds either way.
QColor readable(const QWidget *widget, QColor color)
{
    return widget->palette().color(QPalette::Base).lightness() < 128 ? color.lighter(170) : color;
}

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
    : QWizardPage(parent),
      m_ui(std::make_unique<Ui::ConnectPage>())
{
    m_ui->setupUi(this);
    setProperty("helpSection", u"3. Connect"_s);
    m_ui->productionBanner->setVisible(false);
    m_ui->advancedBox->setVisible(false);
    m_ui->rehearseButton->setEnabled(!RehearsalSandbox::programPath().isEmpty());
    connect(m_ui->showKeyButton, &QToolButton::toggled, this, [this](bool on) {
        m_ui->keyEdit->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
        m_ui->showKeyButton->setText(on ? tr("Hi&de") : tr("Sho&w"));
        m_ui->showKeyButton->setAccessibleName(on ? tr("Hide the key") : tr("Show the key"));
    });
    // Advanced: a closed disclosure button, not an empty frame.
    connect(m_ui->advancedButton, &QToolButton::toggled, this, [this](bool on) {
        m_ui->advancedBox->setVisible(on);
        m_ui->advancedButton->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });

    connect(m_ui->keyEdit, &QLineEdit::textEdited, this, [this] {
        m_userTyped = true;
        // Rehearsal is not sticky: a key typed or pasted by the person goes to WorkOS again.
        if (!m_sandboxKey.isEmpty() && m_ui->keyEdit->text().trimmed() != m_sandboxKey) {
            m_sandboxKey.clear();
            m_ui->urlEdit->setText(u"https://api.workos.com"_s);
        }
    });
    connect(m_ui->keyEdit, &QLineEdit::textChanged, this, &ConnectPage::onKeyOrUrlChanged);
    connect(m_ui->urlEdit, &QLineEdit::textChanged, this, &ConnectPage::onKeyOrUrlChanged);
    connect(m_ui->verifyButton, &QPushButton::clicked, this, &ConnectPage::verify);
    connect(m_ui->keyEdit, &QLineEdit::returnPressed, this, &ConnectPage::verify);
    connect(m_ui->rehearseButton, &QPushButton::clicked, this, &ConnectPage::startRehearsal);
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
    if (!w->apiKey.isEmpty() && m_ui->keyEdit->text().isEmpty()) {
        m_ui->keyEdit->setText(w->apiKey.reveal());
        return;
    }
    // The key verified in an earlier wizard of this session (kept in memory only). Never a
    // production key: writing to production is a deliberate act each time (issue 22 item 10).
    if (m_ui->keyEdit->text().isEmpty() && !ImportWizard::sessionKey().isEmpty()) {
        const QUrl url = ImportWizard::sessionUrl();
        if (ImportWizard::environmentFor(ImportWizard::sessionKey().reveal(), url) == u"production"_s) {
            m_ui->keychainLabel->setText(tr("The production key used earlier in this session is not filled in: paste "
                                            "it when you mean to import into production."));
            return;
        }
        if (ImportWizard::environmentFor(QString(), url) != u"rehearsal"_s) {
            m_ui->urlEdit->setText(url.toString());
            m_ui->keyEdit->setText(ImportWizard::sessionKey().reveal());
            m_ui->keychainLabel->setText(tr("The key you used earlier in this session was filled in."));
            return;
        }
    }
    if (!m_ui->keyEdit->text().isEmpty())
        return;
    QPointer<ConnectPage> self(this);
    m_ui->keychainLabel->setText(tr("Looking for a saved key in the system keychain…"));
    w->keychain()->read(QUrl(m_ui->urlEdit->text().trimmed()).host(), [self](const KeychainStore::Answer &a) {
        if (!self)
            return;
        if (a.found && !self->m_userTyped && self->m_ui->keyEdit->text().isEmpty()
            && ImportWizard::environmentFor(a.key, QUrl()) == u"production"_s) {
            // A new import into production starts from a key pasted on purpose; the saved one
            // serves resuming production jobs.
            self->m_ui->keychainLabel->setText(tr("A production key is saved in the system keychain; it is not filled "
                                                  "in for a new import. Paste it when you mean to import into "
                                                  "production."));
        } else if (a.found && !self->m_userTyped && self->m_ui->keyEdit->text().isEmpty()) {
            self->m_ui->keyEdit->setText(a.key);
            self->m_ui->keychainLabel->setText(tr("The key saved in the system keychain was filled in."));
        } else {
            self->m_ui->keychainLabel->setText(a.available ? QString() : a.message);
        }
        if (!a.available) {
            // No keychain: never show "Remember" ticked next to a line saying there is none.
            self->m_ui->rememberCheck->setChecked(false);
            self->m_ui->rememberCheck->setEnabled(false);
        }
    });
}

void ConnectPage::onKeyOrUrlChanged()
{
    ++m_generation;
    m_verified = false;
    m_verifying = false;
    const QString key = m_ui->keyEdit->text().trimmed();
    const QUrl url(m_ui->urlEdit->text().trimmed());
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
    m_ui->environmentLabel->setText(text);
    m_ui->productionBanner->setVisible(env == Environment::Production);
    m_ui->verifyButton->setEnabled(!key.isEmpty());
    m_ui->verifyResultLabel->clear();
    Q_EMIT completeChanged();
}

void ConnectPage::verify()
{
    const QString key = m_ui->keyEdit->text().trimmed();
    if (key.isEmpty())
        return;
    Api::ClientConfig config;
    config.baseUrl = QUrl(m_ui->urlEdit->text().trimmed());
    config.apiKey = Api::ApiKey(key);
    config.inactivityTimeout = std::chrono::seconds(15);
    config.deadline = std::chrono::seconds(20);
    if (const auto problem = Api::WorkOsClient::checkBaseUrl(config.baseUrl)) {
        onVerified(false, explain(*problem), m_generation);
        return;
    }
    m_verifying = true;
    m_ui->verifyButton->setEnabled(false);
    m_ui->verifyResultLabel->setText(tr("Asking WorkOS…"));
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
    m_ui->verifyButton->setEnabled(true);
    const QColor color = readable(m_ui->verifyResultLabel, ok ? QColor(0x1e, 0x7b, 0x34) : QColor(0xb3, 0x26, 0x1e));
    m_ui->verifyResultLabel->setText(u"<span style='color:%1'>%2 %3</span>"_s.arg(color.name(), ok ? u"✔"_s : u"✘"_s,
                                                                                 message.toHtmlEscaped()));
    ImportWizard *w = importWizardOf(this);
    if (ok && w) {
        w->apiKey = Api::ApiKey(m_ui->keyEdit->text());
        w->apiUrl = QUrl(m_ui->urlEdit->text().trimmed());
        w->keyVerified = true;
        const Environment env = environmentOf(m_ui->keyEdit->text().trimmed(), w->apiUrl);
        w->rehearsal = env == Environment::Sandbox;
        w->environment = ImportWizard::environmentFor(m_ui->keyEdit->text(), w->apiUrl);
        ImportWizard::rememberForSession(w->apiKey, w->apiUrl);
        if (m_ui->rememberCheck->isChecked() && env != Environment::Sandbox) {
            QPointer<ConnectPage> self(this);
            m_ui->keychainLabel->setText(tr("Saving the key in the system keychain…"));
            w->keychain()->write(w->apiUrl.host(), m_ui->keyEdit->text().trimmed(), [self](const KeychainStore::Answer &a) {
                if (self)
                    self->m_ui->keychainLabel->setText(a.available && a.message.isEmpty()
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
    m_ui->rehearseButton->setEnabled(false);
    m_ui->verifyResultLabel->setText(tr("Starting the local sandbox…"));
    RehearsalSandbox *sandbox = w->sandbox();
    disconnect(sandbox, nullptr, this, nullptr);
    connect(sandbox, &RehearsalSandbox::ready, this, [this](const QUrl &url, const QString &key) {
        m_ui->rehearseButton->setEnabled(true);
        m_sandboxKey = key;
        m_ui->urlEdit->setText(url.toString());
        m_ui->keyEdit->setText(key);
        verify();
    });
    connect(sandbox, &RehearsalSandbox::failed, this, [this](const QString &message) {
        m_ui->rehearseButton->setEnabled(true);
        m_ui->verifyResultLabel->setText(message);
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
