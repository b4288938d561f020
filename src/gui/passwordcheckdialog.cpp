#include "passwordcheckdialog.h"

#include "statuscolors.h"
#include "ui_passwordcheckdialog.h"

#include "api/signinclient.h"

#include <QtConcurrent/QtConcurrentRun>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QPushButton>

using namespace Qt::StringLiterals;

namespace Gui {

namespace {

// The typed password, taken out of the field (which is cleared) into bytes that are wiped.
Passwords::SecretBytes takePassword(QLineEdit *edit)
{
    QString text = edit->text();
    QByteArray bytes = text.toUtf8();
    text.fill(u'\0');
    edit->clear();
    return Passwords::SecretBytes(std::move(bytes));
}

} // namespace

PasswordCheckDialog::PasswordCheckDialog(Engine::KnownPasswordRequest file, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PasswordCheckDialog>()), m_mode(Mode::CheckFile), m_file(std::move(file))
{
    setUp();
}

PasswordCheckDialog::PasswordCheckDialog(QUrl apiUrl, Api::ApiKey key, bool rehearsal, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PasswordCheckDialog>()), m_mode(Mode::SignIn), m_apiUrl(std::move(apiUrl)),
      m_key(std::move(key)), m_rehearsal(rehearsal)
{
    setUp();
}

PasswordCheckDialog::~PasswordCheckDialog()
{
    // A running file check holds no pointer to this dialog: it finishes on its own.
    m_watcher.disconnect(this);
}

void PasswordCheckDialog::setUp()
{
    m_ui->setupUi(this);
    const bool signIn = m_mode == Mode::SignIn;
    setWindowTitle(signIn ? tr("Sign in with an imported user") : tr("Check a known password"));
    m_ui->introLabel->setText(
        signIn ? tr("Sign in with one imported user whose password you know. WorkOS checks the password as it will for "
                    "your users; it allows 10 attempts per minute for one email. The password is not kept.")
               : tr("Name one account of the file whose password you know (your own test account is a good choice) and "
                    "type its password. It is checked here, against that account's hash as WorkOS will read it; nothing "
                    "is sent and the password is not kept."));
    const bool askClientId = signIn && !m_rehearsal;
    m_ui->clientIdLabel->setVisible(askClientId);
    m_ui->clientIdEdit->setVisible(askClientId);
    m_ui->clientIdHelp->setVisible(askClientId);
    if (askClientId)
        m_ui->clientIdEdit->setText(qEnvironmentVariable("WORKOS_CLIENT_ID"));
    m_startButton = m_ui->buttons->addButton(signIn ? tr("&Sign in") : tr("C&heck"), QDialogButtonBox::ActionRole);
    m_startButton->setObjectName(u"startButton"_s);
    m_startButton->setDefault(true);
    connect(m_startButton, &QPushButton::clicked, this, &PasswordCheckDialog::start);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_watcher, &QFutureWatcher<Engine::KnownPasswordResult>::finished, this, [this] {
        m_running = false;
        const Engine::KnownPasswordResult r = m_watcher.result();
        showResult(r.matches(), r.summary());
    });
}

void PasswordCheckDialog::setEmail(const QString &email)
{
    m_ui->emailEdit->setText(email);
}

QString PasswordCheckDialog::email() const
{
    return m_ui->emailEdit->text().trimmed();
}

QString PasswordCheckDialog::resultText() const
{
    return m_ui->resultLabel->text();
}

bool PasswordCheckDialog::isRunning() const
{
    return m_running;
}

void PasswordCheckDialog::start()
{
    if (m_running)
        return;
    const QString who = email();
    if (who.isEmpty() || m_ui->passwordEdit->text().isEmpty()) {
        showResult(false, tr("Type the account's email and its password."));
        return;
    }
    if (m_mode == Mode::SignIn && !m_rehearsal && m_ui->clientIdEdit->text().trimmed().isEmpty()) {
        showResult(false, tr("Type the client id (client_…): WorkOS dashboard, API Keys, \"Client ID\"."));
        return;
    }
    Passwords::SecretBytes password = takePassword(m_ui->passwordEdit);
    m_running = true;
    m_startButton->setEnabled(false);
    m_ui->resultLabel->setText(m_mode == Mode::SignIn ? tr("Signing in…") : tr("Checking…"));
    if (m_mode == Mode::CheckFile) {
        Engine::KnownPasswordRequest request = m_file;
        request.email = who;
        // The password moves into the task; the GUI thread keeps no copy.
        auto shared = std::make_shared<Passwords::SecretBytes>(std::move(password));
        m_watcher.setFuture(QtConcurrent::run([request, shared]() mutable {
            return Engine::checkKnownPassword(request, std::move(*shared));
        }));
        return;
    }
    delete m_signIn;
    m_signIn = new Api::SignInClient(m_apiUrl, {}, this);
    connect(m_signIn, &Api::SignInClient::finished, this, &PasswordCheckDialog::onSignedIn);
    const QString clientId = m_rehearsal ? u"client_rehearsal"_s : m_ui->clientIdEdit->text().trimmed();
    m_signIn->signIn(clientId, m_key, who, std::move(password));
}

void PasswordCheckDialog::onSignedIn(const Api::SignInAnswer &answer)
{
    m_running = false;
    showResult(answer.signedIn(), answer.summary());
}

void PasswordCheckDialog::showResult(bool ok, const QString &text)
{
    m_startButton->setEnabled(true);
    const QColor colour = StatusColors::forPalette(ok ? StatusColors::Tone::Success : StatusColors::Tone::Error, palette());
    m_ui->resultLabel->setText(u"<span style='color:%1'>%2</span>"_s.arg(colour.name(), text.toHtmlEscaped()));
    Q_EMIT checked(ok, email());
}

} // namespace Gui
