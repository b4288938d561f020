#include "resumedialog.h"

#include "connectpage.h"

#include <api/workosclient.h>
#include <engine/jobsettings.h>

#include <QCoro/QCoroTask>

#include <QtCore/QPointer>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gui {

namespace {
// The client lives as long as the task (QCoro 0.8 resumes inside QNetworkReply::finished).
QCoro::Task<void> checkKey(Api::ClientConfig config, QPointer<ResumeDialog> dialog, std::function<void(bool, QString)> done)
{
    auto *client = new Api::WorkOsClient(std::move(config));
    const Api::Result<void> result = co_await client->verifyKey();
    client->deleteLater();
    if (!dialog)
        co_return;
    done(result.ok(), result.ok() ? QString() : ConnectPage::explain(result.error()));
}
} // namespace

ResumeDialog::ResumeDialog(const QString &jobName, const QUrl &apiUrl, const QString &keyFromKeychain, int workers,
                           QWidget *parent)
    : QDialog(parent), m_apiUrl(apiUrl)
{
    setObjectName(u"resumeDialog"_s);
    setWindowTitle(tr("Resume %1").arg(jobName));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setText(keyFromKeychain.isEmpty()
                       ? tr("The import continues where it stopped; users already imported are not sent again. "
                            "Paste the API key for %1: it is not saved on this computer.").arg(apiUrl.host())
                       : tr("The import continues where it stopped; users already imported are not sent again. "
                            "The key for %1 comes from the system keychain.").arg(apiUrl.host()));
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_keyEdit = new QLineEdit(keyFromKeychain, this);
    m_keyEdit->setObjectName(u"resumeKeyEdit"_s);
    m_keyEdit->setEchoMode(QLineEdit::Password);
    m_keyEdit->setPlaceholderText(tr("sk_test_… or sk_live_…"));
    auto *keyLabel = new QLabel(tr("API &key:"), this);
    keyLabel->setBuddy(m_keyEdit);
    form->addRow(keyLabel, m_keyEdit);
    m_workersSpin = new QSpinBox(this);
    m_workersSpin->setObjectName(u"resumeWorkersSpin"_s);
    m_workersSpin->setRange(1, Engine::JobSettings::MaxWorkers);
    m_workersSpin->setValue(workers);
    auto *workersLabel = new QLabel(tr("Parallel &workers:"), this);
    workersLabel->setBuddy(m_workersSpin);
    form->addRow(workersLabel, m_workersSpin);
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setObjectName(u"resumeProblemLabel"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"QLabel { color: #b3261e; }"_s);
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    m_okButton->setText(tr("&Resume"));
    m_okButton->setDefault(true);
    m_okButton->setEnabled(!keyFromKeychain.isEmpty());
    connect(m_keyEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_okButton->setEnabled(!text.trimmed().isEmpty() && !m_checking);
        m_problem->clear();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &ResumeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    (keyFromKeychain.isEmpty() ? static_cast<QWidget *>(m_keyEdit) : m_workersSpin)->setFocus();
}

void ResumeDialog::accept()
{
    if (m_checking || key().isEmpty())
        return;
    Api::ClientConfig config;
    config.baseUrl = m_apiUrl;
    config.apiKey = Api::ApiKey(key());
    config.inactivityTimeout = std::chrono::seconds(15);
    config.deadline = std::chrono::seconds(20);
    m_checking = true;
    m_okButton->setEnabled(false);
    m_problem->setStyleSheet(QString());
    m_problem->setText(tr("Checking the key with WorkOS…"));
    QPointer<ResumeDialog> self(this);
    std::function<void(bool, QString)> done = [self](bool ok, QString message) {
        if (self)
            self->onChecked(ok, message);
    };
    checkKey(std::move(config), self, std::move(done));
}

void ResumeDialog::onChecked(bool ok, const QString &message)
{
    m_checking = false;
    Q_EMIT keyChecked(ok, message);
    if (ok) {
        QDialog::accept();
        return;
    }
    // Asked again; nothing was sent, no row was touched.
    m_problem->setStyleSheet(u"QLabel { color: #b3261e; }"_s);
    m_problem->setText(tr("%1 Nothing was sent; paste the key again.").arg(message));
    m_okButton->setEnabled(!key().isEmpty());
    m_keyEdit->setFocus();
    m_keyEdit->selectAll();
}

QString ResumeDialog::key() const
{
    return m_keyEdit->text().trimmed();
}

int ResumeDialog::workers() const
{
    return m_workersSpin->value();
}

QString ResumeDialog::problemText() const
{
    return m_problem->text();
}

} // namespace Gui
