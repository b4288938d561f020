#include "settingspage.h"

#include "environmentbadge.h"
#include "importwizard.h"
#include "ui_settingspage.h"

#include <QtCore/QLocale>
#include <QtCore/QThread>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QToolButton>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Gui {

SettingsPage::SettingsPage(QWidget *parent)
    : QWizardPage(parent),
      m_ui(std::make_unique<Ui::SettingsPage>())
{
    m_ui->setupUi(this);
    setProperty("helpSection", u"4. Settings"_s);
    m_workersSpin = m_ui->workersSpin;
    m_chunkSpin = m_ui->chunkSpin;
    m_concurrencySpin = m_ui->concurrencySpin;
    m_advanced = m_ui->advancedWidget;
    m_higherLimitsCheck = m_ui->higherLimitsCheck;
    m_writesSpin = m_ui->writesSpin;
    m_readsSpin = m_ui->readsSpin;
    m_generalSpin = m_ui->generalSpin;
    m_limitsLabel = m_ui->limitsLabel;
    m_planLabel = m_ui->planLabel;

    m_workersSpin->setMaximum(Engine::JobSettings::MaxWorkers);
    m_workersSpin->setValue(recommendedWorkers());
    m_ui->workersText->setText(tr("Recommended: %1. More workers cannot go faster than WorkOS allows; fewer leave "
                                  "this computer quieter.").arg(recommendedWorkers()));
    m_chunkSpin->setValue(RecommendedRowsPerCheckpoint);
    m_ui->chunkText->setText(tr("Recommended: %1. Progress is saved in steps of this many rows; after an "
                                "interruption, at most this many rows are checked again (never imported twice).")
                                 .arg(RecommendedRowsPerCheckpoint));
    const Api::RateLimits defaults;
    m_writesSpin->setValue(defaults.userManagementWrites.requests);
    m_readsSpin->setValue(defaults.userManagementReads.requests);
    m_generalSpin->setValue(defaults.general.requests);
    m_concurrencySpin->setMaximum(Engine::JobSettings::MaxConcurrency);
    m_advanced->setVisible(false);
    connect(m_ui->advancedButton, &QToolButton::toggled, this, [this](bool on) {
        m_advanced->setVisible(on);
        m_ui->advancedButton->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });

    connect(m_higherLimitsCheck, &QCheckBox::toggled, this, [this](bool on) {
        for (QSpinBox *spin : {m_writesSpin, m_readsSpin, m_generalSpin})
            spin->setEnabled(on);
        if (!on) {
            const Api::RateLimits d;
            m_writesSpin->setValue(d.userManagementWrites.requests);
            m_readsSpin->setValue(d.userManagementReads.requests);
            m_generalSpin->setValue(d.general.requests);
        }
        updatePlan();
    });
    for (QSpinBox *spin : {m_workersSpin, m_chunkSpin, m_concurrencySpin, m_writesSpin, m_readsSpin, m_generalSpin})
        connect(spin, &QSpinBox::valueChanged, this, &SettingsPage::updatePlan);
}

SettingsPage::~SettingsPage() = default;

int SettingsPage::recommendedWorkers()
{
    return std::clamp(QThread::idealThreadCount() / 2, 1, 4);
}

double SettingsPage::writesPerSecond(const Api::RateLimits &limits)
{
    const double window = double(limits.userManagementWrites.window.count()) / 1000.0;
    const double budget = std::floor(double(limits.userManagementWrites.requests) * limits.safetyMargin);
    return window > 0 ? std::max(1.0, budget) / window : 1.0;
}

QString SettingsPage::durationText(qint64 writes, const Api::RateLimits &limits)
{
    const double seconds = double(writes) / writesPerSecond(limits);
    QString duration;
    if (seconds < 90)
        duration = std::ceil(seconds) <= 1 ? tr("about 1 second") : tr("about %1 seconds").arg(int(std::ceil(seconds)));
    else if (seconds < 2 * 3600)
        duration = tr("about %n min", nullptr, int(std::ceil(seconds / 60)));
    else
        duration = tr("about %1 h").arg(seconds / 3600, 0, 'f', 1);
    return tr("%1 at WorkOS's limit of %2 writes per %3 seconds")
        .arg(duration)
        .arg(limits.userManagementWrites.requests)
        .arg(double(limits.userManagementWrites.window.count()) / 1000.0);
}

int SettingsPage::workers() const { return m_workersSpin->value(); }
int SettingsPage::chunkSize() const { return m_chunkSpin->value(); }
int SettingsPage::concurrency() const { return m_concurrencySpin->value(); }
void SettingsPage::setWorkers(int workers) { m_workersSpin->setValue(workers); }
bool SettingsPage::higherLimits() const { return m_higherLimitsCheck->isChecked(); }

Api::RateLimits SettingsPage::rateLimits() const
{
    Api::RateLimits limits;
    if (!m_higherLimitsCheck->isChecked())
        return limits; // WorkOS's published limits, whatever the boxes say
    limits.userManagementWrites.requests = m_writesSpin->value();
    limits.userManagementReads.requests = m_readsSpin->value();
    limits.general.requests = m_generalSpin->value();
    return limits;
}

void SettingsPage::initializePage()
{
    updatePlan();
}

int SettingsPage::nextId() const
{
    ImportWizard *w = importWizardOf(this);
    const bool orgs = w && (w->inspection.summary.distinctOrganizations > 0 || !w->singleOrg.isEmpty());
    return orgs ? ImportWizard::OrganizationsPageId : ImportWizard::ReviewPageId;
}

void SettingsPage::updatePlan()
{
    const Api::RateLimits limits = rateLimits();
    const double usersPerSecondNoOrg = writesPerSecond(limits);
    m_limitsLabel->setText(tr("WorkOS allows %1 user writes per 10 seconds, %2 reads per 10 seconds and %3 other requests "
                              "per minute for one API key: about %4 users a second, or %5 with one organization each. "
                              "This import stays just under these limits.")
                               .arg(limits.userManagementWrites.requests)
                               .arg(limits.userManagementReads.requests)
                               .arg(limits.general.requests)
                               .arg(std::floor(usersPerSecondNoOrg))
                               .arg(std::floor(usersPerSecondNoOrg / 2)));
    ImportWizard *w = importWizardOf(this);
    if (!w)
        return;
    const Model::ValidationSummary &s = w->inspection.summary;
    qint64 memberships = s.memberships;
    if (!w->singleOrg.isEmpty())
        memberships = s.distinctEmails;
    const qint64 writes = s.distinctEmails + memberships;
    const QLocale locale;
    QString text = tr("%1 users and %2 memberships: %3 writes, %4.")
                       .arg(locale.toString(s.distinctEmails), locale.toString(memberships), locale.toString(writes),
                            durationText(writes, limits));
    if (s.distinctOrganizations > 0)
        text += u" "_s + tr("Before the first user, the %1 organizations are looked up (and created where missing).")
                              .arg(locale.toString(s.distinctOrganizations));
    m_planLabel->setText(text);
}

} // namespace Gui
