#include "resumedialog.h"

#include <engine/jobsettings.h>

#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gui {

ResumeDialog::ResumeDialog(const QString &jobName, const QString &apiHost, const QString &keyFromKeychain, int workers,
                           QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"resumeDialog"_s);
    setWindowTitle(tr("Resume %1").arg(jobName));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setText(keyFromKeychain.isEmpty()
                       ? tr("The job continues where it stopped; rows already imported are not sent again. "
                            "Paste the API key for %1: it is not saved on this computer.").arg(apiHost)
                       : tr("The job continues where it stopped; rows already imported are not sent again. "
                            "The key for %1 comes from the system keychain.").arg(apiHost));
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
    auto *workersLabel = new QLabel(tr("&Workers:"), this);
    workersLabel->setBuddy(m_workersSpin);
    form->addRow(workersLabel, m_workersSpin);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Resume"));
    ok->setDefault(true);
    ok->setEnabled(!keyFromKeychain.isEmpty());
    connect(m_keyEdit, &QLineEdit::textChanged, ok, [ok](const QString &text) { ok->setEnabled(!text.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    (keyFromKeychain.isEmpty() ? static_cast<QWidget *>(m_keyEdit) : m_workersSpin)->setFocus();
}

QString ResumeDialog::key() const
{
    return m_keyEdit->text().trimmed();
}

int ResumeDialog::workers() const
{
    return m_workersSpin->value();
}

} // namespace Gui
