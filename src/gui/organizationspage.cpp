#include "organizationspage.h"

#include "columnspage.h"
#include "connectpage.h"
#include "environmentbadge.h"
#include "importwizard.h"
#include "rolecreationwidget.h"
#include "ui_organizationspage.h"

#include <api/ratelimiter.h>
#include <api/workosclient.h>
#include <model/valueprofile.h>

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

constexpr int MaxOrganizationPages = 100; // 10,000 organizations: enough to name look-alikes

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
    // The organizations WorkOS has (bounded): a new one named like an existing one is named
    // before anything is written (issue 22.5). Reads only.
    QList<Model::OrgNames::Existing> existing;
    if (result.wouldCreate > 0 && page && !result.fatalError && !*check->stop) {
        Api::PageRequest request;
        for (int pageNo = 0; pageNo < MaxOrganizationPages && !*check->stop; ++pageNo) {
            const Api::OrganizationFilter filter;
            const Api::Result<Api::Page<Api::Organization>> listed = co_await check->client->listOrganizations(filter, request);
            if (!listed)
                break;
            for (const Api::Organization &o : listed.value().items)
                existing.append({o.id, o.name, o.externalId});
            if (listed.value().after.isEmpty() || listed.value().items.isEmpty())
                break;
            request.after = listed.value().after;
        }
    }
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
    if (page) {
        page->setExistingOrganizations(existing);
        page->onCheckDone(result, roles, rolesError);
    }
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
    // Most rows skipped: the button says so in its own words (issue 22.2).
    connect(m_ui->skipMissingRadio, &QRadioButton::toggled, this, [this](bool on) {
        QWizard *w = wizard();
        if (!w)
            return;
        if (m_defaultNextText.isEmpty())
            m_defaultNextText = w->buttonText(QWizard::NextButton);
        const ImportWizard *iw = importWizardOf(this);
        const qint64 rows = iw ? iw->inspection.summary.valid : 0;
        if (on && m_rowsOfMissing * 2 > rows)
            setButtonText(QWizard::NextButton, tr("Skip %Ln rows and go on", nullptr, int(m_rowsOfMissing)));
        else
            setButtonText(QWizard::NextButton, m_defaultNextText);
    });
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
    connect(m_ui->similarCheck, &QCheckBox::toggled, this, &OrganizationsPage::completeChanged);
    connect(m_ui->existingCheck, &QCheckBox::toggled, this, &OrganizationsPage::completeChanged);
    m_ui->similarBox->setVisible(false);
    m_ui->existingBox->setVisible(false);
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
    m_orgOfRow.clear();
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
    // Names that differ only by case, spacing or punctuation (issue 17.12): each becomes an
    // organization of its own. Said here, before anything is written.
    QHash<QString, QStringList> similar; // OrgRef::key() -> the other spellings/ids of its group
    m_similarGroups = Model::OrgNames::similarGroups(orgs);
    for (const QList<Model::OrgRef> &group : std::as_const(m_similarGroups)) {
        for (const Model::OrgRef &o : group) {
            QStringList others;
            for (const Model::OrgRef &other : group)
                if (!(other == o))
                    others.append(other.name == other.externalId ? u"“%1”"_s.arg(other.name)
                                                                 : u"“%1” (%2)"_s.arg(other.name, other.externalId));
            similar.insert(o.key(), others);
        }
    }
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
        const auto same = similar.constFind(o.key());
        if (!o.name.isEmpty() && same != similar.constEnd()) {
            name->setText(tr("%1 ⚠").arg(o.name));
            name->setToolTip(tr("Written like %1: these become separate organizations. Check that this is meant.")
                                 .arg(same->join(u", "_s)));
            name->setForeground(readable(m_ui->orgView, QColor(0xa0, 0x5a, 0x00)));
        }
        m_rowOfKey.insert(o.key(), m_model->rowCount());
        m_orgOfRow.insert(m_model->rowCount(), o);
        m_model->appendRow({name, id, rowsItem, outcome});
    }
    m_ui->orgView->resizeColumnsToContents();
    if (m_similarGroups.isEmpty()) {
        m_ui->similarBox->setVisible(false);
    } else {
        QStringList lines;
        for (const QList<Model::OrgRef> &group : std::as_const(m_similarGroups)) {
            QStringList names;
            for (const Model::OrgRef &o : group)
                names.append(u"“%1”"_s.arg(o.name));
            lines.append(names.join(u", "_s));
        }
        m_ui->similarLabel->setText(tr("These organizations have the same name, or names that differ only in case, "
                                       "spacing or punctuation, and each becomes an organization of its own: %1. If "
                                       "they are one organization, write the name the same way on every row and give "
                                       "the rows the same organization id, then choose the file again.")
                                        .arg(lines.join(u"; "_s)));
        m_ui->similarCheck->setChecked(false);
        m_ui->similarBox->setVisible(true);
    }
    m_existingMatches.clear();
    m_existing.clear();
    m_ui->existingBox->setVisible(false);
    m_ui->existingCheck->setChecked(false);
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
    outcome->setData(int(state.entry.resolution), Qt::UserRole);
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
        QString missing = tr("WorkOS has no organization for: %1. Their rows cannot be imported as they are.")
                              .arg(m_missingNames.mid(0, 10).join(u", "_s)
                                   + (m_missingNames.size() > 10 ? u", …"_s : QString()));
        if (w) {
            const QString hint = mappingHint(*w);
            if (!hint.isEmpty())
                missing += u' ' + hint;
        }
        m_ui->missingLabel->setText(missing);
        m_ui->skipMissingRadio->setText(tr("&Skip their %Ln rows", nullptr, int(m_rowsOfMissing)));
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
        m_ui->rolesAnywayHint->setVisible(!check.unknownRoles.isEmpty());
        m_roleCreation->setMissingRoles(check.unknownRoles, w->inspection.rowsWithSeveralRoles);
        m_ui->rolesBox->setVisible(true);
    }
    // New organizations named like existing ones (issue 22.5).
    if (!m_checkFailed && !result.fatalError && w) {
        QList<Model::OrgRef> fresh;
        for (auto it = m_rowOfKey.cbegin(); it != m_rowOfKey.cend(); ++it)
            if (m_model->item(it.value(), OutcomeColumn)->data(Qt::UserRole).toInt() == int(Store::OrgResolution::Created))
                fresh.append(m_orgOfRow.value(it.value()));
        m_existingMatches = Model::OrgNames::matchExisting(fresh, m_existing);
        if (!m_existingMatches.isEmpty()) {
            QStringList lines;
            for (const Model::OrgNames::ExistingMatch &m : std::as_const(m_existingMatches)) {
                lines.append(tr("“%1” (%2) would be created next to the existing “%3” (%4)")
                                 .arg(m.fileOrganization.name, m.fileOrganization.externalId, m.existing.name,
                                      m.existing.externalId.isEmpty() ? m.existing.id
                                                                      : tr("external id %1").arg(m.existing.externalId)));
                if (const int row = m_rowOfKey.value(m.fileOrganization.key(), -1); row >= 0) {
                    QStandardItem *outcome = m_model->item(row, OutcomeColumn);
                    outcome->setText(tr("will be created — an organization named “%1” exists").arg(m.existing.name));
                    outcome->setForeground(readable(m_ui->orgView, QColor(0xa0, 0x5a, 0x00)));
                }
            }
            m_ui->existingLabel->setText(
                tr("WorkOS already has organizations with these names (case, spacing and punctuation aside): %1. "
                   "To use the existing organization, put its id (or its external id) in the file's organization "
                   "column for these rows and choose the file again.")
                    .arg(lines.mid(0, 10).join(u"; "_s) + (lines.size() > 10 ? u"; …"_s : QString())));
            m_ui->existingBox->setVisible(true);
        }
    }
    check.done = !m_checkFailed;
    if (w)
        w->orgCheck = check;
    m_ui->orgView->resizeColumnToContents(NameColumn);
    m_ui->orgView->resizeColumnToContents(RowsColumn);
    Q_EMIT completeChanged();
    Q_EMIT checkFinished();
}

void OrganizationsPage::setExistingOrganizations(const QList<Model::OrgNames::Existing> &existing)
{
    m_existing = existing;
}

QString OrganizationsPage::mappingHint(const ImportWizard &w)
{
    // Issue 22.3: say which choice on the Columns page would find them.
    const QList<QStringList> &rows = w.inspection.previewRows;
    const QStringList &header = w.inspection.header;
    auto columnOf = [&](Model::Field f) -> int {
        const QString mapped = w.mapping.headerFor(f);
        for (int i = 0; i < header.size(); ++i)
            if ((!mapped.isEmpty() && header[i].trimmed().compare(mapped, Qt::CaseInsensitive) == 0)
                || (mapped.isEmpty() && Model::fieldFromName(header[i]) == f))
                return i;
        return -1;
    };
    const int external = columnOf(Model::Field::OrgExternalId);
    if (external >= 0
        && Model::ValueProfile::classify(Model::ValueProfile::columnValues(rows, external), header[external])
               == Model::ValueKind::WorkOsOrganizationId)
        return tr("The ids in the column “%1” look like WorkOS organization ids (org_…): on the Columns page, "
                  "choose “%2” for it.").arg(header[external], ColumnsPage::fieldTitle(Model::Field::OrgId));
    const int workos = columnOf(Model::Field::OrgId);
    if (workos >= 0) {
        const Model::ValueKind kind = Model::ValueProfile::classify(Model::ValueProfile::columnValues(rows, workos), header[workos]);
        if (kind != Model::ValueKind::WorkOsOrganizationId && kind != Model::ValueKind::Empty)
            return tr("The column “%1” does not hold WorkOS organization ids (org_…): if they are your own ids, choose "
                      "“%2” for it on the Columns page.").arg(header[workos], ColumnsPage::fieldTitle(Model::Field::OrgExternalId));
    }
    return {};
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
    // Look-alike names and names that exist already are questions too: answered with a tick.
    if (!m_ui->similarBox->isHidden() && !m_ui->similarCheck->isChecked())
        return false;
    if (!m_ui->existingBox->isHidden() && !m_ui->existingCheck->isChecked())
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
