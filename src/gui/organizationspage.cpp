#include "organizationspage.h"

#include "connectpage.h"
#include "environmentbadge.h"
#include "importwizard.h"

#include <api/ratelimiter.h>
#include <api/workosclient.h>

#include <QCoro/QCoroTask>

#include <QtCore/QLocale>
#include <QtCore/QPointer>
#include <QtGui/QStandardItemModel>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QGroupBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QProgressBar>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QRadioButton>
#include <QtWidgets/QTableView>
#include <QtWidgets/QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gui {

namespace {

// Everything the check needs outlives the page's interest in it: the task owns it.
struct OrgCheck {
    std::unique_ptr<Api::WorkOsClient> client;
    Engine::OrgDirectory directory;
    std::shared_ptr<std::atomic_bool> stop;
};

QCoro::Task<void> runOrgCheck(std::shared_ptr<OrgCheck> check, QList<Model::OrgRef> orgs, bool readRoles,
                              QPointer<OrganizationsPage> page)
{
    Engine::PreWarmer warmer(check->client.get(), &check->directory, true, check->stop.get());
    // A named callback: GCC 12 destroys a temporary passed to a coroutine parameter twice
    // (GCC bug 99576), and this one holds a QPointer.
    std::function<void(const Engine::OrgState &)> onResolved = [page](const Engine::OrgState &s) {
        if (page)
            page->onResolved(s);
    };
    const Engine::PrewarmResult result = co_await warmer.run(orgs, 8, std::move(onResolved));
    std::optional<QStringList> roles;
    std::optional<Api::ApiError> rolesError;
    if (readRoles && page && !result.fatalError && !*check->stop) {
        const Api::Result<QStringList> listed = co_await check->client->listRoleSlugs();
        if (listed)
            roles = listed.value();
        else
            rolesError = listed.error();
    }
    // QCoro 0.8 resumes inside QNetworkReply::finished: let the client go later.
    check->client.release()->deleteLater();
    if (page)
        page->onCheckDone(result, roles, rolesError);
}

} // namespace

OrganizationsPage::OrganizationsPage(QWidget *parent)
    : QWizardPage(parent)
{
    setTitle(tr("Organizations & roles"));
    setSubTitle(tr("Every organization the file names, looked up in WorkOS, and the roles it gives. This only reads: "
                   "missing organizations are created when the import starts, after the review."));
    setProperty("helpSection", u"5. Organizations & roles"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new EnvironmentBadge(this));
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(u"orgSummaryLabel"_s);
    m_summaryLabel->setWordWrap(true);
    layout->addWidget(m_summaryLabel);
    m_progress = new QProgressBar(this);
    QSizePolicy keep = m_progress->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    m_progress->setSizePolicy(keep);
    m_progress->setVisible(false);
    layout->addWidget(m_progress);
    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels({tr("Organization"), tr("Id"), tr("Rows"), tr("What will happen")});
    m_view = new QTableView(this);
    m_view->setObjectName(u"orgView"_s);
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    m_view->setAccessibleName(tr("Organizations"));
    layout->addWidget(m_view, 1);

    m_missingBox = new QGroupBox(tr("Organizations that cannot be found"), this);
    m_missingBox->setObjectName(u"missingBox"_s);
    auto *missingLayout = new QVBoxLayout(m_missingBox);
    m_missingLabel = new QLabel(m_missingBox);
    m_missingLabel->setWordWrap(true);
    missingLayout->addWidget(m_missingLabel);
    m_skipRadio = new QRadioButton(m_missingBox);
    m_skipRadio->setObjectName(u"skipMissingRadio"_s);
    m_fixRadio = new QRadioButton(tr("&Go back and fix the file first (Next stays off)"), m_missingBox);
    m_fixRadio->setObjectName(u"fixFileRadio"_s);
    missingLayout->addWidget(m_skipRadio);
    missingLayout->addWidget(m_fixRadio);
    m_missingBox->setVisible(false);
    layout->addWidget(m_missingBox);

    m_rolesBox = new QGroupBox(tr("Roles"), this);
    m_rolesBox->setObjectName(u"rolesBox"_s);
    auto *rolesLayout = new QVBoxLayout(m_rolesBox);
    m_rolesLabel = new QLabel(m_rolesBox);
    m_rolesLabel->setObjectName(u"rolesLabel"_s);
    m_rolesLabel->setWordWrap(true);
    rolesLayout->addWidget(m_rolesLabel);
    m_rolesAnywayCheck = new QCheckBox(tr("Import anyway: the memberships with these roles fail and go to the error "
                                          "report (or add the roles in the WorkOS dashboard and check again)"), m_rolesBox);
    m_rolesAnywayCheck->setObjectName(u"rolesAnywayCheck"_s);
    rolesLayout->addWidget(m_rolesAnywayCheck);
    m_rolesBox->setVisible(false);
    layout->addWidget(m_rolesBox);

    auto *againRow = new QHBoxLayout;
    againRow->addStretch();
    m_againButton = new QPushButton(tr("Check &again"), this);
    m_againButton->setObjectName(u"checkAgainButton"_s);
    m_againButton->setEnabled(false);
    againRow->addWidget(m_againButton);
    layout->addLayout(againRow);

    connect(m_againButton, &QPushButton::clicked, this, &OrganizationsPage::checkAgain);
    connect(m_skipRadio, &QRadioButton::toggled, this, &OrganizationsPage::completeChanged);
    connect(m_fixRadio, &QRadioButton::toggled, this, &OrganizationsPage::completeChanged);
    connect(m_rolesAnywayCheck, &QCheckBox::toggled, this, &OrganizationsPage::completeChanged);
}

OrganizationsPage::~OrganizationsPage()
{
    stopCheck();
}

void OrganizationsPage::stopCheck()
{
    if (m_stop)
        *m_stop = true;
    m_checking = false;
}

void OrganizationsPage::initializePage()
{
    startCheck();
}

void OrganizationsPage::checkAgain()
{
    if (!m_checking)
        startCheck();
}

void OrganizationsPage::startCheck()
{
    stopCheck();
    ImportWizard *w = importWizardOf(this);
    if (!w)
        return;
    w->orgCheck = {};
    QList<Model::OrgRef> orgs = w->inspection.organizations;
    if (!w->singleOrg.isEmpty())
        orgs = {w->singleOrg};
    m_model->removeRows(0, m_model->rowCount());
    m_rowOfKey.clear();
    m_missingNames.clear();
    m_rowsOfMissing = 0;
    m_checkFailed = false;
    m_missingBox->setVisible(false);
    m_rolesBox->setVisible(false);
    for (QRadioButton *radio : {m_skipRadio, m_fixRadio}) {
        radio->setAutoExclusive(false);
        radio->setChecked(false);
        radio->setAutoExclusive(true);
    }
    m_rolesAnywayCheck->setChecked(false);
    QHash<QString, QStringList> sameName;
    for (const auto &[name, ids] : std::as_const(w->inspection.sameNameOrganizations))
        sameName.insert(name.trimmed().toCaseFolded(), ids);
    const QLocale locale;
    for (const Model::OrgRef &o : std::as_const(orgs)) {
        auto *name = new QStandardItem(o.name.isEmpty() ? tr("(no name in the file)") : o.name);
        auto *id = new QStandardItem(o.id.isEmpty() ? o.externalId : o.id);
        const qint64 rows = w->singleOrg.isEmpty() ? w->inspection.rowsPerOrganization.value(o.key())
                                                   : w->inspection.summary.distinctEmails;
        auto *rowsItem = new QStandardItem(locale.toString(rows));
        rowsItem->setData(rows, Qt::UserRole);
        rowsItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *outcome = new QStandardItem(tr("checking…"));
        const auto same = sameName.constFind(o.name.trimmed().toCaseFolded());
        if (!o.name.isEmpty() && same != sameName.constEnd()) {
            name->setText(tr("%1 ⚠").arg(o.name));
            name->setToolTip(tr("The same name is used with different ids (%1): these become separate "
                                "organizations. Check that this is meant.").arg(same->join(u", "_s)));
            name->setForeground(QColor(0xa0, 0x5a, 0x00));
        }
        m_rowOfKey.insert(o.key(), m_model->rowCount());
        m_model->appendRow({name, id, rowsItem, outcome});
    }
    m_view->resizeColumnsToContents();
    m_resolved = 0;
    m_summaryLabel->setText(orgs.size() == 1 ? tr("Looking up 1 organization in WorkOS…")
                                             : tr("Looking up %1 organizations in WorkOS…").arg(locale.toString(orgs.size())));
    Api::ClientConfig config;
    config.baseUrl = w->apiUrl;
    config.apiKey = w->apiKey;
    config.rateLimiter = std::make_shared<Api::RateLimiter>(w->settings().rateLimits);
    auto check = std::make_shared<OrgCheck>();
    check->client = std::make_unique<Api::WorkOsClient>(config);
    m_stop = std::make_shared<std::atomic_bool>(false);
    check->stop = m_stop;
    m_checking = true;
    m_againButton->setEnabled(false);
    m_progress->setRange(0, int(std::max<qsizetype>(1, orgs.size())));
    m_progress->setValue(0);
    m_progress->setVisible(true);
    Q_EMIT completeChanged();
    const bool readRoles = !w->inspection.rowsPerRole.isEmpty();
    // Named arguments only: GCC 12 destroys a temporary passed to a coroutine parameter twice
    // (GCC bug 99576), which corrupts the QPointer's reference count.
    QPointer<OrganizationsPage> self(this);
    runOrgCheck(check, orgs, readRoles, self);
}

void OrganizationsPage::cleanupPage()
{
    stopCheck();
}

void OrganizationsPage::onResolved(const Engine::OrgState &state)
{
    ++m_resolved;
    m_progress->setValue(int(m_resolved));
    const int row = m_rowOfKey.value(state.entry.key, -1);
    if (row < 0)
        return;
    QStandardItem *outcome = m_model->item(row, OutcomeColumn);
    switch (state.entry.resolution) {
    case Store::OrgResolution::Existed:
        outcome->setText(tr("exists in WorkOS"));
        outcome->setToolTip(state.entry.organizationId);
        outcome->setForeground(QColor(0x1e, 0x7b, 0x34));
        break;
    case Store::OrgResolution::Created:
        outcome->setText(tr("will be created"));
        outcome->setForeground(QColor(0x1a, 0x5f, 0xb4));
        break;
    case Store::OrgResolution::Failed: {
        const bool condition = state.error && state.error->kind() != Api::ApiError::Kind::NotFound && state.retryable;
        outcome->setText(condition ? tr("could not be checked: %1").arg(state.entry.error)
                                   : tr("cannot be found — %1").arg(state.entry.error));
        outcome->setToolTip(state.entry.error);
        outcome->setForeground(QColor(0xb3, 0x26, 0x1e));
        if (condition) {
            m_checkFailed = true;
        } else {
            m_missingNames.append(m_model->item(row, NameColumn)->text());
            m_rowsOfMissing += m_model->item(row, RowsColumn)->data(Qt::UserRole).toLongLong();
        }
        break;
    }
    }
}

void OrganizationsPage::onCheckDone(const Engine::PrewarmResult &result, std::optional<QStringList> roles,
                                    std::optional<Api::ApiError> rolesError)
{
    m_checking = false;
    m_progress->setVisible(false);
    m_againButton->setEnabled(true);
    ImportWizard *w = importWizardOf(this);
    const QLocale locale;
    OrgCheckResult check;
    check.existed = result.existed;
    check.toCreate = result.wouldCreate;
    check.missing = m_missingNames.size();
    check.missingNames = m_missingNames;
    check.rowsOfMissing = m_rowsOfMissing;
    QString text;
    if (result.fatalError) {
        m_checkFailed = true;
        text = tr("The organizations could not be checked: %1 Fix this and press “Check again”.")
                   .arg(ConnectPage::explain(*result.fatalError));
    } else if (m_checkFailed) {
        text = tr("Some organizations could not be checked (see the table). Nothing was written. Press “Check again” "
                  "when WorkOS can be reached.");
    } else {
        text = tr("%1 exist, %2 will be created, %3 cannot be found.")
                   .arg(locale.toString(result.existed), locale.toString(result.wouldCreate),
                        locale.toString(check.missing));
    }
    m_summaryLabel->setText(text);
    if (check.missing > 0 && !m_checkFailed) {
        m_missingLabel->setText(tr("WorkOS has no organization for: %1. Their rows cannot be imported as they are.")
                                    .arg(m_missingNames.mid(0, 10).join(u", "_s)
                                         + (m_missingNames.size() > 10 ? u", …"_s : QString())));
        m_skipRadio->setText(m_rowsOfMissing == 1
                                 ? tr("&Skip its row: the other rows are imported, this one goes to the error report")
                                 : tr("&Skip their %1 rows: the other rows are imported, these go to the error report")
                                       .arg(locale.toString(m_rowsOfMissing)));
        m_missingBox->setVisible(true);
    }
    // Roles.
    if (w && !w->inspection.rowsPerRole.isEmpty()) {
        check.rolesChecked = roles.has_value();
        if (roles) {
            check.environmentRoles = *roles;
            for (auto it = w->inspection.rowsPerRole.cbegin(); it != w->inspection.rowsPerRole.cend(); ++it) {
                if (!roles->contains(it.key())) {
                    check.unknownRoles.append(it.key());
                    check.rowsWithUnknownRoles += it.value();
                }
            }
        }
        QString rolesText;
        if (!roles) {
            rolesText = tr("The environment's roles could not be read (%1). The roles in the file (%2) are checked "
                           "by WorkOS during the import.")
                            .arg(rolesError ? rolesError->userMessage() : tr("no answer"),
                                 QStringList(w->inspection.rowsPerRole.keys()).join(u", "_s));
        } else if (check.unknownRoles.isEmpty()) {
            rolesText = tr("Every role in the file exists in this environment: %1.")
                            .arg(QStringList(w->inspection.rowsPerRole.keys()).join(u", "_s));
        } else {
            rolesText = tr("<b>This environment has no role %1</b> (used on %2). WorkOS refuses a membership "
                           "with an unknown role. The environment's roles are: %3.")
                            .arg(check.unknownRoles.join(u", "_s).toHtmlEscaped(),
                                 check.rowsWithUnknownRoles == 1 ? tr("1 row")
                                                                 : tr("%1 rows").arg(locale.toString(check.rowsWithUnknownRoles)),
                                 roles->join(u", "_s).toHtmlEscaped());
        }
        m_rolesLabel->setText(rolesText);
        m_rolesAnywayCheck->setVisible(!check.unknownRoles.isEmpty());
        m_rolesBox->setVisible(true);
    }
    check.done = !m_checkFailed;
    if (w)
        w->orgCheck = check;
    m_view->resizeColumnToContents(NameColumn);
    m_view->resizeColumnToContents(RowsColumn);
    Q_EMIT completeChanged();
    Q_EMIT checkFinished();
}

bool OrganizationsPage::isComplete() const
{
    if (m_checking || m_checkFailed)
        return false;
    ImportWizard *w = importWizardOf(this);
    if (!w || !w->orgCheck.done)
        return false;
    if (w->orgCheck.missing > 0 && !m_skipRadio->isChecked())
        return false;
    if (!w->orgCheck.unknownRoles.isEmpty() && !m_rolesAnywayCheck->isChecked())
        return false;
    return true;
}

bool OrganizationsPage::validatePage()
{
    if (ImportWizard *w = importWizardOf(this))
        w->skipUnresolvedOrgs = w->orgCheck.missing > 0 && m_skipRadio->isChecked();
    return isComplete();
}

int OrganizationsPage::nextId() const
{
    return ImportWizard::ReviewPageId;
}

} // namespace Gui
