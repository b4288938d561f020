#include "resumedialog.h"

#include "connectpage.h"
#include "environmentbadge.h"
#include "statuscolors.h"
#include "ui_resumedialog.h"

#include <api/workosclient.h>
#include <engine/jobsettings.h>

#include <QCoro/QCoroTask>

#include <QtCore/QPointer>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLayout>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSpinBox>

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
    : QDialog(parent), m_ui(std::make_unique<Ui::ResumeDialog>()), m_apiUrl(apiUrl)
{
    m_ui->setupUi(this);
    setObjectName(u"resumeDialog"_s);
    m_jobName = jobName;
    setWindowTitle(tr("Resume %1").arg(jobName));
    // Where the job writes, above everything else (hidden until setEnvironment()).
    m_badge = new EnvironmentBadge(this);
    m_badge->setObjectName(u"resumeEnvironmentBadge"_s);
    m_ui->dialogLayout->insertWidget(0, m_badge);
    m_badge->setEnvironment(QString());
    m_ui->introLabel->setText(keyFromKeychain.isEmpty()
                       ? tr("The import continues where it stopped; users already imported are not sent again. "
                            "Paste the API key for %1: it is not saved on this computer.").arg(apiUrl.host())
                       : tr("The import continues where it stopped; users already imported are not sent again. "
                            "The key for %1 comes from the system keychain.").arg(apiUrl.host()));
    m_keyEdit = m_ui->resumeKeyEdit;
    m_keyEdit->setText(keyFromKeychain);
    m_workersSpin = m_ui->resumeWorkersSpin;
    m_workersSpin->setRange(1, Engine::JobSettings::MaxWorkers);
    m_workersSpin->setValue(workers);
    m_problem = m_ui->resumeProblemLabel;
    m_okButton = m_ui->buttons->button(QDialogButtonBox::Ok);
    m_okButton->setText(tr("&Resume"));
    m_okButton->setDefault(true);
    m_okButton->setEnabled(!keyFromKeychain.isEmpty());
    connect(m_keyEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_okButton->setEnabled(!text.trimmed().isEmpty() && !m_checking);
        m_problem->clear();
    });
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &ResumeDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    showProblem(QString(), true);
    (keyFromKeychain.isEmpty() ? static_cast<QWidget *>(m_keyEdit) : m_workersSpin)->setFocus();
}

ResumeDialog::~ResumeDialog() = default;

void ResumeDialog::setEnvironment(const QString &environment)
{
    m_badge->setEnvironment(environment);
    if (environment == u"production"_s)
        //: the resume dialog's title for a job that writes to production; %1 is the file's name
        setWindowTitle(tr("Resume %1 — Production").arg(m_jobName));
    adjustSize();
}

void ResumeDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    fitToContent();
}

void ResumeDialog::fitToContent()
{
    // A dialog's layout gives its minimum height without the lines word wrap adds at the
    // actual width; ask it for the height at this width.
    layout()->activate();
    const int needed = layout()->totalHeightForWidth(width());
    if (needed > 0) {
        setMinimumHeight(needed);
        if (height() < needed)
            resize(width(), needed);
    }
}

QString ResumeDialog::environment() const
{
    return m_badge->environment();
}

void ResumeDialog::showProblem(const QString &text, bool alert)
{
    // A problem in red that stays readable on a light or a dark desktop; progress in the
    // ordinary text colour.
    QPalette pal = palette();
    if (alert)
        pal.setColor(QPalette::WindowText, StatusColors::forPalette(StatusColors::Tone::Error, palette()));
    m_problem->setPalette(pal);
    m_problem->setText(text);
    if (isVisible())
        fitToContent();
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
    showProblem(tr("Checking the key with WorkOS…"), false);
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
    showProblem(tr("%1 Nothing was sent; paste the key again.").arg(message), true);
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
