#include "settingspage.h"

#include "importwizard.h"

#include <engine/enginecontroller.h>

#include <QtCore/QLocale>
#include <QtCore/QThread>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QGroupBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Gui {

SettingsPage::SettingsPage(QWidget *parent)
    : QWizardPage(parent), m_dryRun(new Engine::EngineController(this))
{
    setTitle(tr("How to run the import"));
    setSubTitle(tr("The defaults suit almost every import: WorkOS's rate limit, not this computer, sets the pace."));
    auto *layout = new QVBoxLayout(this);

    auto *poolBox = new QGroupBox(tr("Workers"), this);
    auto *poolForm = new QFormLayout(poolBox);
    m_workersSpin = new QSpinBox(poolBox);
    m_workersSpin->setObjectName(u"workersSpin"_s);
    m_workersSpin->setRange(1, Engine::JobSettings::MaxWorkers);
    m_workersSpin->setValue(recommendedWorkers());
    auto *workersLabel = new QLabel(tr("&Workers:"), poolBox);
    workersLabel->setBuddy(m_workersSpin);
    m_workersReason = new QLabel(poolBox);
    m_workersReason->setWordWrap(true);
    m_workersReason->setText(tr("Recommended: %1 (this computer has %2 processors). More workers do not go faster "
                                "than WorkOS's rate limit; this many keep the import at that limit and leave the computer "
                                "responsive.")
                                 .arg(recommendedWorkers()).arg(QThread::idealThreadCount()));
    poolForm->addRow(workersLabel, m_workersSpin);
    poolForm->addRow(QString(), m_workersReason);
    m_chunkSpin = new QSpinBox(poolBox);
    m_chunkSpin->setObjectName(u"chunkSpin"_s);
    m_chunkSpin->setRange(10, 100000);
    m_chunkSpin->setSingleStep(100);
    m_chunkSpin->setValue(1000);
    m_chunkSpin->setSuffix(tr(" rows"));
    auto *chunkLabel = new QLabel(tr("&Chunk size:"), poolBox);
    chunkLabel->setBuddy(m_chunkSpin);
    poolForm->addRow(chunkLabel, m_chunkSpin);
    m_concurrencySpin = new QSpinBox(poolBox);
    m_concurrencySpin->setObjectName(u"concurrencySpin"_s);
    m_concurrencySpin->setRange(1, Engine::JobSettings::MaxConcurrency);
    m_concurrencySpin->setValue(10);
    m_concurrencySpin->setSuffix(tr(" rows per worker"));
    auto *concurrencyLabel = new QLabel(tr("Rows in &flight:"), poolBox);
    concurrencyLabel->setBuddy(m_concurrencySpin);
    poolForm->addRow(concurrencyLabel, m_concurrencySpin);
    layout->addWidget(poolBox);

    auto *rateBox = new QGroupBox(tr("Rate budget (WorkOS's limits per API key)"), this);
    auto *rateForm = new QFormLayout(rateBox);
    const Api::RateLimits defaults;
    auto makeSpin = [rateBox](const QString &name, int value, const QString &suffix) {
        auto *spin = new QSpinBox(rateBox);
        spin->setObjectName(name);
        spin->setRange(1, 100000);
        spin->setValue(value);
        spin->setSuffix(suffix);
        return spin;
    };
    m_writesSpin = makeSpin(u"writesSpin"_s, defaults.userManagementWrites.requests, tr(" writes per 10 s"));
    m_readsSpin = makeSpin(u"readsSpin"_s, defaults.userManagementReads.requests, tr(" reads per 10 s"));
    m_generalSpin = makeSpin(u"generalSpin"_s, defaults.general.requests, tr(" requests per 60 s"));
    auto *writesLabel = new QLabel(tr("User management w&rites:"), rateBox);
    writesLabel->setBuddy(m_writesSpin);
    auto *readsLabel = new QLabel(tr("User management r&eads:"), rateBox);
    readsLabel->setBuddy(m_readsSpin);
    auto *generalLabel = new QLabel(tr("Other requests (&organizations):"), rateBox);
    generalLabel->setBuddy(m_generalSpin);
    rateForm->addRow(writesLabel, m_writesSpin);
    rateForm->addRow(readsLabel, m_readsSpin);
    rateForm->addRow(generalLabel, m_generalSpin);
    layout->addWidget(rateBox);

    auto *planBox = new QGroupBox(tr("Plan"), this);
    auto *planLayout = new QVBoxLayout(planBox);
    m_planLabel = new QLabel(planBox);
    m_planLabel->setObjectName(u"planLabel"_s);
    m_planLabel->setWordWrap(true);
    planLayout->addWidget(m_planLabel);
    auto *dryRow = new QHBoxLayout;
    m_dryRunButton = new QPushButton(tr("&Dry run"), planBox);
    m_dryRunButton->setObjectName(u"dryRunButton"_s);
    m_dryRunButton->setToolTip(tr("Checks the file and looks up the organizations without writing anything to WorkOS."));
    m_dryRunLabel = new QLabel(planBox);
    m_dryRunLabel->setObjectName(u"dryRunLabel"_s);
    m_dryRunLabel->setWordWrap(true);
    dryRow->addWidget(m_dryRunButton);
    dryRow->addWidget(m_dryRunLabel, 1);
    planLayout->addLayout(dryRow);
    layout->addWidget(planBox);
    layout->addStretch();

    for (QSpinBox *spin : {m_workersSpin, m_chunkSpin, m_concurrencySpin, m_writesSpin, m_readsSpin, m_generalSpin})
        connect(spin, &QSpinBox::valueChanged, this, &SettingsPage::updatePlan);
    connect(m_dryRunButton, &QPushButton::clicked, this, &SettingsPage::startDryRun);
    connect(m_dryRun, &Engine::EngineController::message, this, [this](const QString &text) { m_dryRunLabel->setText(text); });
    connect(m_dryRun, &Engine::EngineController::finished, this, [this](const Engine::JobResult &r) {
        m_dryRunButton->setEnabled(true);
        const QLocale locale;
        if (r.state == Store::JobState::Planned) {
            QString text = tr("Dry run done, nothing was written. %1 writes needed (%2). Organizations: %3 exist, %4 will "
                              "be created, %5 cannot be resolved.")
                               .arg(locale.toString(r.writesNeeded), durationText(r.writesNeeded, rateLimits()))
                               .arg(r.orgsExisting).arg(r.orgsToCreate).arg(r.orgsMissing);
            m_dryRunLabel->setText(text);
        } else {
            m_dryRunLabel->setText(tr("The dry run stopped: %1").arg(r.message));
        }
        Q_EMIT dryRunFinished(r);
    });
}

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
        duration = std::ceil(seconds) <= 1 ? tr("about 1 second")
                                           : tr("about %1 seconds").arg(int(std::ceil(seconds)));
    else if (seconds < 2 * 3600)
        duration = tr("about %n min", nullptr, int(std::ceil(seconds / 60)));
    else
        duration = tr("about %1 h").arg(seconds / 3600, 0, 'f', 1);
    return tr("%1 at the rate limit — WorkOS allows %2 writes per %3 s")
        .arg(duration)
        .arg(limits.userManagementWrites.requests)
        .arg(double(limits.userManagementWrites.window.count()) / 1000.0);
}

int SettingsPage::workers() const { return m_workersSpin->value(); }
int SettingsPage::chunkSize() const { return m_chunkSpin->value(); }
int SettingsPage::concurrency() const { return m_concurrencySpin->value(); }
void SettingsPage::setWorkers(int workers) { m_workersSpin->setValue(workers); }

Api::RateLimits SettingsPage::rateLimits() const
{
    Api::RateLimits limits;
    limits.userManagementWrites.requests = m_writesSpin->value();
    limits.userManagementReads.requests = m_readsSpin->value();
    limits.general.requests = m_generalSpin->value();
    return limits;
}

void SettingsPage::initializePage()
{
    ImportWizard *w = importWizardOf(this);
    setCommitPage(w && w->inspection.summary.distinctOrganizations == 0 && w->singleOrg.isEmpty());
    if (isCommitPage())
        setButtonText(QWizard::CommitButton, tr("&Start import"));
    updatePlan();
}

int SettingsPage::nextId() const
{
    ImportWizard *w = importWizardOf(this);
    const bool orgs = w && (w->inspection.summary.distinctOrganizations > 0 || !w->singleOrg.isEmpty());
    return orgs ? ImportWizard::OrganizationsPageId : ImportWizard::RunPageId;
}

void SettingsPage::updatePlan()
{
    ImportWizard *w = importWizardOf(this);
    if (!w)
        return;
    const Model::ValidationSummary &s = w->inspection.summary;
    const qint64 writes = s.distinctEmails + s.memberships;
    const QLocale locale;
    QString text = tr("%1 users and %2 memberships: %3 write requests, %4.")
                       .arg(locale.toString(s.distinctEmails), locale.toString(s.memberships), locale.toString(writes),
                            durationText(writes, rateLimits()));
    if (s.distinctOrganizations > 0)
        text += u" "_s + tr("First, %1 organizations are looked up (and created where missing).").arg(locale.toString(s.distinctOrganizations));
    if (w->rehearsal)
        text += u"<br>"_s + tr("<i>Rehearsal: everything goes to the local sandbox, not to WorkOS.</i>");
    m_planLabel->setText(text);
}

bool SettingsPage::isDryRunning() const
{
    return m_dryRun->isRunning();
}

void SettingsPage::startDryRun()
{
    ImportWizard *w = importWizardOf(this);
    if (!w || m_dryRun->isRunning())
        return;
    Engine::RunRequest request;
    request.kind = Engine::RunRequest::Kind::New;
    request.settings = w->settings();
    request.dryRun = true;
    m_dryRunButton->setEnabled(false);
    m_dryRunLabel->setText(tr("Checking the file and the organizations (reads only)…"));
    m_dryRun->start(w->storePath(), w->apiKey, request);
}

} // namespace Gui
