#include "settingspage.h"

#include "environmentbadge.h"
#include "importwizard.h"
#include "statuscolors.h"
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
    m_updateExistingCheck = m_ui->updateExistingCheck;
    m_replacePasswordsCheck = m_ui->replacePasswordsCheck;

    m_workersSpin->setMaximum(Engine::JobSettings::MaxWorkers);
    m_workersSpin->setValue(recommendedWorkers());
    m_ui->workersText->setText(tr("How many connections to WorkOS send users at the same time. Recommended: %1. More "
                                  "connections cannot go faster than WorkOS allows; fewer leave this computer quieter.")
                                   .arg(recommendedWorkers()));
    m_chunkSpin->setValue(RecommendedRowsPerCheckpoint);
    m_ui->chunkText->setText(tr("The file is imported in batches of this many rows, and progress is saved after each. "
                                "Recommended: %1. After an interruption, at most one batch is checked again (never "
                                "imported twice).")
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
    // Existing users: updated only when asked; their passwords only when asked again, and
    // never silently (nothing can put a password back).
    connect(m_updateExistingCheck, &QCheckBox::toggled, this, [this](bool on) {
        if (m_updateExistingCheck->isEnabled())
            m_updateChosen = on;
        if (!on)
            m_replacePasswordsCheck->setChecked(false);
        showExistingChoice();
    });
    connect(m_replacePasswordsCheck, &QCheckBox::toggled, this, &SettingsPage::showExistingChoice);
    showExistingChoice();
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

namespace {

// One duration in the unit `unit` chose: seconds under 90 s, minutes under 2 h, hours above.
enum class Unit { Seconds, Minutes, Hours };
Unit unitFor(double seconds)
{
    return seconds < 90 ? Unit::Seconds : seconds < 2 * 3600 ? Unit::Minutes : Unit::Hours;
}
// Whole seconds, whole minutes or hours to a tenth, as shown.
double inUnit(double seconds, Unit unit)
{
    switch (unit) {
    case Unit::Seconds: return std::max(1.0, std::round(seconds));
    case Unit::Minutes: return std::max(1.0, std::round(seconds / 60));
    case Unit::Hours: return std::round(seconds / 360) / 10;
    }
    return seconds;
}

} // namespace

QString SettingsPage::durationText(const Engine::DurationEstimate &estimate, const Api::RateLimits &limits)
{
    const Unit unit = unitFor(estimate.seconds);
    const double value = inUnit(estimate.seconds, unit);
    const double low = std::min(value, inUnit(estimate.lowSeconds, unit));
    const double high = std::max(value, inUnit(estimate.highSeconds, unit));
    const QLocale locale;
    auto number = [&](double v) { return unit == Unit::Hours ? locale.toString(v, 'f', 1) : locale.toString(qint64(v)); };
    QString duration;
    switch (unit) {
    case Unit::Seconds:
        duration = value <= 1 ? tr("about 1 second") : tr("about %1 seconds").arg(number(value));
        break;
    case Unit::Minutes: duration = tr("about %n min", nullptr, int(value)); break;
    case Unit::Hours: duration = tr("about %1 h").arg(number(value)); break;
    }
    if (low != high) {
        // Where the model is unsure: a narrow range alone ("about 12–14 min"), a wide one
        // after the estimate ("about 68 min (66–262 min)").
        QString range;
        switch (unit) {
        //: A range of durations, e.g. "12–14 seconds"
        case Unit::Seconds: range = tr("%1–%2 seconds").arg(number(low), number(high)); break;
        //: A range of durations, e.g. "12–14 min"
        case Unit::Minutes: range = tr("%1–%2 min").arg(number(low), number(high)); break;
        //: A range of durations, e.g. "11.2–11.5 h"
        case Unit::Hours: range = tr("%1–%2 h").arg(number(low), number(high)); break;
        }
        duration = high <= 1.25 * low ? tr("about %1").arg(range) : tr("%1 (%2)").arg(duration, range);
    }
    if (estimate.latencyBound)
        return tr("%1: how fast WorkOS answers sets the pace here, not its limit (more parallel connections or more "
                  "users at once would be faster)").arg(duration);
    return tr("%1 at WorkOS's limit of %2 writes per %3 seconds")
        .arg(duration)
        .arg(limits.userManagementWrites.requests)
        .arg(double(limits.userManagementWrites.window.count()) / 1000.0);
}

Engine::DurationEstimate SettingsPage::planEstimate(const ImportWizard &w, const Engine::JobSettings &settings)
{
    const Model::ValidationSummary &s = w.inspection.summary;
    const bool single = !w.singleOrg.isEmpty();
    Engine::DurationInput in = Engine::DurationModel::inputFor(s.valid, s.distinctEmails,
                                                               single ? s.distinctEmails : s.memberships, settings);
    in.organizationsToRead = single ? 1 : s.distinctOrganizations;
    // Before the Organizations page has looked, every organization may need creating.
    in.organizationsToCreate = w.orgCheck.done ? w.orgCheck.toCreate : in.organizationsToRead;
    return Engine::DurationModel::estimate(in);
}

int SettingsPage::workers() const { return m_workersSpin->value(); }
int SettingsPage::chunkSize() const { return m_chunkSpin->value(); }
int SettingsPage::concurrency() const { return m_concurrencySpin->value(); }
void SettingsPage::setWorkers(int workers) { m_workersSpin->setValue(workers); }
bool SettingsPage::higherLimits() const { return m_higherLimitsCheck->isChecked(); }
bool SettingsPage::updateExisting() const { return m_updateExistingCheck->isChecked(); }
bool SettingsPage::replaceExistingPasswords() const
{
    return m_updateExistingCheck->isChecked() && m_replacePasswordsCheck->isChecked();
}

void SettingsPage::showExistingChoice()
{
    const bool update = m_updateExistingCheck->isChecked();
    m_replacePasswordsCheck->setEnabled(update);
    // The warning is read before the box is ticked, and stands out once it is.
    QPalette warning = m_ui->replacePasswordsWarning->palette();
    warning.setColor(QPalette::WindowText, m_replacePasswordsCheck->isChecked()
                                               ? StatusColors::forPalette(StatusColors::Tone::Error, palette())
                                               : palette().color(QPalette::WindowText));
    m_ui->replacePasswordsWarning->setPalette(warning);
    m_ui->replacePasswordsWarning->setEnabled(update);
}

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
    // A catch-up (the File page's choice) updates the users that changed: the box says so.
    ImportWizard *w = importWizardOf(this);
    const bool catchUp = w && !w->catchUpOf.isEmpty();
    m_updateExistingCheck->setEnabled(!catchUp);
    m_updateExistingCheck->setChecked(catchUp || m_updateChosen);
    m_ui->updateExistingText->setText(
        catchUp ? tr("A catch-up of “%1” updates the users that changed. Only what changed is sent: first and last "
                     "name, email verified, metadata and external id. Undo puts the previous values back.")
                      .arg(w->catchUpName)
                : tr("Only what changed is sent: first and last name, email verified, metadata and external id. Undo "
                     "puts the previous values back."));
    showExistingChoice();
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
    //: The whole sentence: "<users> and <memberships>: <writes>, <how long>."
    QString text = tr("%1 and %2: %3, %4.")
                       .arg(tr("%Ln users", nullptr, int(s.distinctEmails)), tr("%Ln memberships", nullptr, int(memberships)),
                            tr("%Ln writes", nullptr, int(writes)), durationText(planEstimate(*w, w->settings()), limits));
    if (s.distinctOrganizations > 0)
        text += u" "_s + tr("Before the first user, the %Ln organizations are looked up (and created where missing).", nullptr,
                              int(s.distinctOrganizations));
    m_planLabel->setText(text);
}

} // namespace Gui
