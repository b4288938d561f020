#include "organizationspage.h"

#include "connectpage.h"
#include "environmentbadge.h"
#include "importwizard.h"
#include "rolecreationwidget.h"
#include "ui_organizationspage.h"

#include <api/ratelimiter.h>
#include <api/workosclient.h>

#include <QCoro/QCoroTask>

#include <QtCore/QLocale>
#include <QtCore/QPointer>
#include <QtGui/QStandardItemModel>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QProgressBar>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QRadioButton>
#include <QtWidgets/QTableView>

using namespace Qt::StringLiterals;

namespace Gui {

namespace {

// A text colour that reads on this widget's background: the light palette's shade, or a lighter
// one when the system palette is dark, so the contrast holds either way.
QColor readable(const QWidget *widget, QColor color)
{
    return widget->palette().color(QPalette::Base).lightness() < 128 ? color.lighter(170) : color;
}

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
    : QWizardPage(parent),
      m_ui(std::make_unique<Ui::OrganizationsPage>())
{
    m_ui->setupUi(this);
    setProperty("helpSection", u"5. Organizations & roles"_s);
    // The progress bar keeps its place when hidden, so the table does not jump.
    QSizePolicy keep = m_ui->orgProgress->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    m_ui->orgProgress->setSizePolicy(keep);
    m_ui->orgProgress->setVisible(false);
    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels({tr("Organization"), tr("Id"), tr("Rows"), tr("What will happen")});
    m_ui->orgView->setModel(m_model);
    m_ui->missingBox->setVisible(false);
    m_ui->rolesBox->setVisible(false);

    connect(m_ui->checkAgainButton, &QPushButton::clicked, this, &OrganizationsPage::checkAgain);
    connect(m_ui->skipMissingRadio, &QRadioButton::toggled, this, &OrganizationsPage::completeChanged);
    connect(m_ui->fixFileRadio, &QRadioButton::toggled, this, &OrganizationsPage::completeChanged);
    connect(m_ui->rolesAnywayCheck, &QCheckBox::toggled, this, &OrganizationsPage::completeChanged);

    // Roles created with consent (rolecreationwidget.h, docs/cutover.md): the other answer to
    // unknown roles, read after "Import anyway".
    m_roleCreation = new RoleCreationWidget(m_ui->rolesBox);
    m_ui->rolesLayout->addWidget(m_roleCreation);
    QWidget *before = m_ui->rolesAnywayCheck;
    for (QWidget *next : m_roleCreation->focusOrder())
        QWidget::setTabOrder(std::exchange(before, next), next);
    connect(m_roleCreation, &RoleCreationWidget::changed, this, &OrganizationsPage::completeChanged);
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
    m_ui->missingBox->setVisible(false);
    m_ui->rolesBox->setVisible(false);
    for (QRadioButton *radio : {m_ui->skipMissingRadio, m_ui->fixFileRadio}) {
        radio->setAutoExclusive(false);
        radio->setChecked(false);
        radio->setAutoExclusive(true);
    }
    m_ui->rolesAnywayCheck->setChecked(false);
    m_roleCreation->clear();
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
            name->setForeground(readable(m_ui->orgView, QColor(0xa0, 0x5a, 0x00)));
        }
        m_rowOfKey.insert(o.key(), m_model->rowCount());
        m_model->appendRow({name, id, rowsItem, outcome});
    }
    m_ui->orgView->resizeColumnsToContents();
    m_resolved = 0;
    m_ui->orgSummaryLabel->setText(tr("Looking up %Ln organizations in WorkOS…", nullptr, int(orgs.size())));
    Api::ClientConfig config;
    config.baseUrl = w->apiUrl;
    config.apiKey = w->apiKey;
    config.rateLimiter = std::make_shared<Api::RateLimiter>(w->settings().rateLimits);
    auto check = std::make_shared<OrgCheck>();
    check->client = std::make_unique<Api::WorkOsClient>(config);
    m_stop = std::make_shared<std::atomic_bool>(false);
    check->stop = m_stop;
    m_checking = true;
    m_ui->checkAgainButton->setEnabled(false);
    m_ui->orgProgress->setRange(0, int(std::max<qsizetype>(1, orgs.size())));
    m_ui->orgProgress->setValue(0);
    m_ui->orgProgress->setVisible(true);
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
    m_ui->orgProgress->setValue(int(m_resolved));
    const int row = m_rowOfKey.value(state.entry.key, -1);
    if (row < 0)
        return;
    QStandardItem *outcome = m_model->item(row, OutcomeColumn);
    switch (state.entry.resolution) {
    case Store::OrgResolution::Existed:
        outcome->setText(tr("exists in WorkOS"));
        outcome->setToolTip(state.entry.organizationId);
        outcome->setForeground(readable(m_ui->orgView, QColor(0x1e, 0x7b, 0x34)));
        break;
    case Store::OrgResolution::Created:
        outcome->setText(tr("will be created"));
        outcome->setForeground(readable(m_ui->orgView, QColor(0x1a, 0x5f, 0xb4)));
        break;
    case Store::OrgResolution::Failed: {
        const bool condition = state.error && state.error->kind() != Api::ApiError::Kind::NotFound && state.retryable;
        outcome->setText(condition ? tr("could not be checked: %1").arg(state.entry.error)
                                   : tr("cannot be found — %1").arg(state.entry.error));
        outcome->setToolTip(state.entry.error);
        outcome->setForeground(readable(m_ui->orgView, QColor(0xb3, 0x26, 0x1e)));
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
    m_ui->orgProgress->setVisible(false);
    m_ui->checkAgainButton->setEnabled(true);
    ImportWizard *w = importWizardOf(this);
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
        //: The whole sentence: "<n organizations> exist, <n> will be created, <n> cannot be found." Each
        //: number agrees with its own verb.
        text = tr("%1, %2, %3.")
                   .arg(tr("%Ln exist", "organizations", int(result.existed)),
                        tr("%Ln will be created", "organizations", int(result.wouldCreate)),
                        tr("%Ln cannot be found", "organizations", int(check.missing)));
    }
    m_ui->orgSummaryLabel->setText(text);
    if (check.missing > 0 && !m_checkFailed) {
        m_ui->missingLabel->setText(tr("WorkOS has no organization for: %1. Their rows cannot be imported as they are.")
                                    .arg(m_missingNames.mid(0, 10).join(u", "_s)
                                         + (m_missingNames.size() > 10 ? u", …"_s : QString())));
        m_ui->skipMissingRadio->setText(tr("&Skip their %Ln rows: the other rows are imported, these go to the error "
                                           "report", nullptr, int(m_rowsOfMissing)));
        m_ui->missingBox->setVisible(true);
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
                                 tr("%Ln rows", nullptr, int(check.rowsWithUnknownRoles)),
                                 roles->join(u", "_s).toHtmlEscaped());
        }
        m_ui->rolesLabel->setText(rolesText);
        m_ui->rolesAnywayCheck->setVisible(!check.unknownRoles.isEmpty());
        m_roleCreation->setMissingRoles(check.unknownRoles, w->inspection.rowsWithSeveralRoles);
        m_ui->rolesBox->setVisible(true);
    }
    check.done = !m_checkFailed;
    if (w)
        w->orgCheck = check;
    m_ui->orgView->resizeColumnToContents(NameColumn);
    m_ui->orgView->resizeColumnToContents(RowsColumn);
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
    if (w->orgCheck.missing > 0 && !m_ui->skipMissingRadio->isChecked())
        return false;
    if (!w->orgCheck.unknownRoles.isEmpty() && !m_ui->rolesAnywayCheck->isChecked()
        && !(m_roleCreation->isChosen() && m_roleCreation->problem().isEmpty()))
        return false;
    return true;
}

bool OrganizationsPage::validatePage()
{
    if (ImportWizard *w = importWizardOf(this))
        w->skipUnresolvedOrgs = w->orgCheck.missing > 0 && m_ui->skipMissingRadio->isChecked();
    if (ImportWizard *w = importWizardOf(this)) {
        w->orgCheck.roleCreation = m_roleCreation->chosenRoles();
        w->orgCheck.rolesToCreate.clear();
        for (const Engine::RoleToCreate &r : std::as_const(w->orgCheck.roleCreation))
            w->orgCheck.rolesToCreate.append(u"%1 (%2)"_s.arg(r.slug, r.name));
    }
    return isComplete();
}

int OrganizationsPage::nextId() const
{
    return ImportWizard::ReviewPageId;
}

} // namespace Gui
