#include "columnspage.h"

#include "filepage.h"
#include "importwizard.h"

#include <model/filescan.h>
#include <model/headersynonyms.h>
#include <model/schema.h>
#include <report/validationreport.h>

#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QLocale>
#include <QtCore/QSettings>
#include <QtGui/QColor>
#include <QtGui/QStandardItemModel>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QGridLayout>
#include <QtWidgets/QGroupBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QProgressBar>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QRadioButton>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QTableView>
#include <QtWidgets/QTableWidget>
#include <QtWidgets/QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gui {

namespace {
const QString Undecided = u"?"_s; // combo data: the person has not said yet
const QString NotImported = QString();
} // namespace

QString ColumnsPage::fieldTitle(Model::Field field)
{
    using Model::Field;
    switch (field) {
    case Field::Email: return tr("Email address");
    case Field::Password: return tr("Password (plain text)");
    case Field::PasswordHash: return tr("Password hash");
    case Field::PasswordHashType: return tr("Password hash algorithm");
    case Field::FirstName: return tr("First name");
    case Field::LastName: return tr("Last name");
    case Field::EmailVerified: return tr("Email verified (yes/no)");
    case Field::ExternalId: return tr("User id in your old system");
    case Field::Metadata: return tr("Extra data (JSON)");
    case Field::OrgId: return tr("WorkOS organization id (org_…)");
    case Field::OrgExternalId: return tr("Organization id in your system");
    case Field::OrgName: return tr("Organization name");
    case Field::RoleSlugs: return tr("Role(s)");
    }
    return {};
}

ColumnsPage::ColumnsPage(QWidget *parent)
    : QWizardPage(parent)
{
    setTitle(tr("What each column holds"));
    setSubTitle(tr("Check what the wizard recognised, and choose for the columns it did not. Columns marked "
                   "“not imported” are left out."));
    setProperty("helpSection", u"2. Columns"_s);
    auto *layout = new QVBoxLayout(this);

    m_tabs = new QTabWidget(this);
    auto *columnsTab = new QWidget(this);
    auto *columnsLayout = new QVBoxLayout(columnsTab);
    columnsLayout->setContentsMargins(0, 0, 0, 0);
    m_table = new QTableWidget(0, ColumnCount, columnsTab);
    m_table->setObjectName(u"columnsTable"_s);
    m_table->setHorizontalHeaderLabels({tr("Column in your file"), tr("Example"), tr("Imported as"), tr("")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(HeaderColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ExampleColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);
    m_table->setAccessibleName(tr("Columns of the file"));
    columnsLayout->addWidget(m_table);
    m_decideLabel = new QLabel(columnsTab);
    m_decideLabel->setObjectName(u"decideLabel"_s);
    m_decideLabel->setWordWrap(true);
    columnsLayout->addWidget(m_decideLabel);
    m_tabs->addTab(columnsTab, tr("&Columns"));

    auto *issuesTab = new QWidget(this);
    auto *issuesLayout = new QVBoxLayout(issuesTab);
    issuesLayout->setContentsMargins(0, 0, 0, 0);
    m_issuesModel = new QStandardItemModel(0, 3, this);
    m_issuesModel->setHorizontalHeaderLabels({tr("Line"), tr("Email"), tr("Problem")});
    m_issuesView = new QTableView(issuesTab);
    m_issuesView->setObjectName(u"issuesView"_s);
    m_issuesView->setModel(m_issuesModel);
    m_issuesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_issuesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_issuesView->horizontalHeader()->setStretchLastSection(true);
    m_issuesView->verticalHeader()->hide();
    issuesLayout->addWidget(m_issuesView);
    auto *exportRow = new QHBoxLayout;
    m_exportLabel = new QLabel(issuesTab);
    m_exportLabel->setObjectName(u"exportLabel"_s);
    m_exportLabel->setWordWrap(true);
    exportRow->addWidget(m_exportLabel, 1);
    m_exportIssuesButton = new QPushButton(tr("E&xport these rows…"), issuesTab);
    m_exportIssuesButton->setObjectName(u"exportIssuesButton"_s);
    m_exportIssuesButton->setEnabled(false);
    exportRow->addWidget(m_exportIssuesButton);
    issuesLayout->addLayout(exportRow);
    m_tabs->addTab(issuesTab, tr("Rows with &problems"));
    layout->addWidget(m_tabs, 1);

    m_modeBox = new QGroupBox(tr("Organizations"), this);
    m_modeBox->setObjectName(u"modeBox"_s);
    auto *modeLayout = new QGridLayout(m_modeBox);
    m_userOnlyRadio = new QRadioButton(tr("&Users only: no organization memberships"), m_modeBox);
    m_userOnlyRadio->setObjectName(u"userOnlyRadio"_s);
    m_singleOrgRadio = new QRadioButton(tr("Every user &joins one organization:"), m_modeBox);
    m_singleOrgRadio->setObjectName(u"singleOrgRadio"_s);
    m_userOnlyRadio->setChecked(true);
    m_orgKindCombo = new QComboBox(m_modeBox);
    m_orgKindCombo->setObjectName(u"orgKindCombo"_s);
    m_orgKindCombo->addItem(tr("Its WorkOS id (org_…)"));
    m_orgKindCombo->addItem(tr("Its id in your system"));
    m_orgKindCombo->setAccessibleName(tr("How the organization is named"));
    m_orgEdit = new QLineEdit(m_modeBox);
    m_orgEdit->setObjectName(u"orgEdit"_s);
    m_orgEdit->setPlaceholderText(tr("org_01… or your own id"));
    m_orgEdit->setAccessibleName(tr("Organization id"));
    m_createOrgCheck = new QCheckBox(tr("&Create it when it does not exist, named:"), m_modeBox);
    m_createOrgCheck->setObjectName(u"createOrgCheck"_s);
    m_orgNameEdit = new QLineEdit(m_modeBox);
    m_orgNameEdit->setObjectName(u"orgNameEdit"_s);
    m_orgNameEdit->setPlaceholderText(tr("Organization name"));
    m_orgNameEdit->setAccessibleName(tr("Organization name"));
    m_orgHint = new QLabel(m_modeBox);
    m_orgHint->setObjectName(u"orgHint"_s);
    m_orgHint->setWordWrap(true);
    modeLayout->addWidget(m_userOnlyRadio, 0, 0, 1, 4);
    modeLayout->addWidget(m_singleOrgRadio, 1, 0, 1, 4);
    modeLayout->addWidget(m_orgKindCombo, 2, 0);
    modeLayout->addWidget(m_orgEdit, 2, 1, 1, 3);
    modeLayout->addWidget(m_createOrgCheck, 3, 0);
    modeLayout->addWidget(m_orgNameEdit, 3, 1, 1, 3);
    modeLayout->addWidget(m_orgHint, 4, 0, 1, 4);
    modeLayout->setColumnStretch(1, 1);
    m_modeBox->setVisible(false);
    layout->addWidget(m_modeBox);

    m_nameAsIdBox = new QGroupBox(tr("Organizations named only by name"), this);
    auto *nameLayout = new QVBoxLayout(m_nameAsIdBox);
    m_nameAsIdCheck = new QCheckBox(tr("Use each organization's &name as its id (recommended: the same name always "
                                       "finds the same organization)"), m_nameAsIdBox);
    m_nameAsIdCheck->setObjectName(u"nameAsIdCheck"_s);
    nameLayout->addWidget(m_nameAsIdCheck);
    auto *nameHint = new QLabel(tr("WorkOS finds an organization by an id. Your file has names only: with this ticked, "
                                   "the name exactly as written becomes the organization's external id. Without it, "
                                   "these rows cannot be imported."), m_nameAsIdBox);
    nameHint->setWordWrap(true);
    nameLayout->addWidget(nameHint);
    m_nameAsIdBox->setVisible(false);
    layout->addWidget(m_nameAsIdBox);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    QSizePolicy keep = m_progress->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    m_progress->setSizePolicy(keep);
    m_progress->setVisible(false);
    m_progress->setMaximumHeight(6);
    layout->addWidget(m_progress);
    m_status = new QLabel(this);
    m_status->setObjectName(u"statusLabel"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setMinimumHeight(m_status->fontMetrics().lineSpacing() * 2);
    m_status->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(m_status);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(150);
    connect(&m_debounce, &QTimer::timeout, this, &ColumnsPage::startInspection);
    connect(&m_watcher, &QFutureWatcher<FileInspection>::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(&m_watcher, &QFutureWatcher<FileInspection>::finished, this, &ColumnsPage::onInspected);
    connect(m_exportIssuesButton, &QPushButton::clicked, this, [this] {
        const QFileInfo csv(m_result.path);
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the rows with problems"),
                                                          csv.dir().filePath(csv.completeBaseName() + u"-problems.csv"_s),
                                                          tr("CSV file (*.csv);;JSON file (*.json)"));
        if (!path.isEmpty())
            exportIssues(path);
    });
    connect(this, &ColumnsPage::exportFinished, m_exportLabel, [this](bool, const QString &message) { m_exportLabel->setText(message); });
    auto modeChanged = [this] {
        updateOrganizationWidgets();
        Q_EMIT completeChanged();
    };
    connect(m_userOnlyRadio, &QRadioButton::toggled, this, modeChanged);
    connect(m_orgEdit, &QLineEdit::textChanged, this, modeChanged);
    connect(m_orgNameEdit, &QLineEdit::textChanged, this, modeChanged);
    connect(m_orgKindCombo, &QComboBox::currentIndexChanged, this, modeChanged);
    connect(m_createOrgCheck, &QCheckBox::toggled, this, modeChanged);
    connect(m_nameAsIdCheck, &QCheckBox::toggled, this, &ColumnsPage::onComboChanged);
    updateOrganizationWidgets();
}

ColumnsPage::~ColumnsPage()
{
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

QComboBox *ColumnsPage::comboFor(const QString &header) const
{
    return m_table->findChild<QComboBox *>(u"mapping:"_s + header);
}

QStringList ColumnsPage::undecidedColumns() const
{
    QStringList out;
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, FieldColumn)); combo && combo->currentData().toString() == Undecided)
            out.append(m_table->item(row, HeaderColumn)->text());
    return out;
}

void ColumnsPage::initializePage()
{
    ImportWizard *w = importWizardOf(this);
    if (!w)
        return;
    const QStringList key = QStringList{w->inspection.path} + w->inspection.header;
    if (key == m_builtFor)
        return; // back from a later page: keep what the person chose
    m_builtFor = key;
    m_result = w->inspection;
    m_mapping = w->mapping;
    m_ignoredBefore = QSettings().value(FilePage::mappingSettingsKey(m_result.header) + u"-ignored"_s).toStringList();
    m_nameAsIdCheck->blockSignals(true);
    m_nameAsIdCheck->setChecked(m_mapping.orgNameIsExternalId());
    m_nameAsIdCheck->blockSignals(false);
    m_done = true;
    showResult();   // the File page's inspection, made with this mapping
    rebuildTable(); // re-reads the file when the columns' choices differ from that mapping
}

void ColumnsPage::rebuildTable()
{
    const QStringList &header = m_result.header;
    m_table->clearContents();
    m_table->setRowCount(int(header.size()));
    for (int i = 0; i < header.size(); ++i) {
        const QString h = header[i];
        auto *name = new QTableWidgetItem(h);
        QString example;
        for (const QStringList &row : std::as_const(m_result.previewRows)) {
            if (i < row.size() && !row[i].trimmed().isEmpty()) {
                example = row[i];
                break;
            }
        }
        const QString lower = h.toLower();
        if (lower.contains(u"password"_s) || lower.contains(u"hash"_s) || lower == u"salt"_s)
            example = example.isEmpty() ? example : u"••••••"_s;
        m_table->setItem(i, HeaderColumn, name);
        m_table->setItem(i, ExampleColumn, new QTableWidgetItem(example));
        m_table->setItem(i, StatusColumn, new QTableWidgetItem);

        auto *combo = new QComboBox(m_table);
        combo->setObjectName(u"mapping:"_s + h);
        combo->setAccessibleName(tr("What column %1 holds").arg(h));
        const std::optional<Model::Field> canonical = Model::fieldFromName(h);
        const std::optional<Model::Field> mapped = m_mapping.fieldFor(h);
        const bool ask = !canonical && !mapped && Model::HeaderSynonyms::looksLikeUserData(h)
            && !m_ignoredBefore.contains(h.trimmed(), Qt::CaseInsensitive);
        if (ask)
            combo->addItem(tr("— choose —"), Undecided);
        combo->addItem(tr("Not imported"), NotImported);
        for (Model::Field f : Model::allFields())
            combo->addItem(fieldTitle(f), Model::fieldName(f));
        if (canonical) {
            combo->setCurrentIndex(combo->findData(Model::fieldName(*canonical)));
            combo->setEnabled(false);
            combo->setToolTip(tr("This column already has the name the import uses."));
        } else if (mapped) {
            combo->setCurrentIndex(combo->findData(Model::fieldName(*mapped)));
        } else {
            combo->setCurrentIndex(0);
        }
        connect(combo, &QComboBox::currentIndexChanged, this, &ColumnsPage::onComboChanged);
        m_table->setCellWidget(i, FieldColumn, combo);
    }
    m_table->resizeColumnsToContents();
    onComboChanged();
}

void ColumnsPage::onComboChanged()
{
    Model::ColumnMapping mapping;
    m_mappingError.clear();
    int undecided = 0;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, FieldColumn));
        QTableWidgetItem *status = m_table->item(row, StatusColumn);
        QTableWidgetItem *name = m_table->item(row, HeaderColumn);
        if (!combo || !status || !name)
            continue;
        const QString header = name->text();
        const QString field = combo->currentData().toString();
        QFont font = name->font();
        if (field == Undecided) {
            ++undecided;
            status->setText(tr("⚠ choose what it holds"));
            status->setForeground(QColor(0xa0, 0x5a, 0x00));
            font.setBold(true);
        } else if (field.isEmpty()) {
            status->setText(tr("not imported"));
            status->setForeground(QColor(0x77, 0x76, 0x7b));
            font.setBold(false);
        } else {
            status->setText(u"✔"_s);
            status->setForeground(QColor(0x1e, 0x7b, 0x34));
            font.setBold(false);
            if (!Model::fieldFromName(header)) {
                QString error;
                if (!mapping.insert(header, *Model::fieldFromName(field), &error) && m_mappingError.isEmpty())
                    m_mappingError = error;
            }
        }
        name->setFont(font);
    }
    // Organizations named only by name.
    Model::ColumnMapping probe = mapping;
    const Model::Schema schema = Model::Schema::fromHeader(m_result.header, probe);
    const bool nameOnly = schema.has(Model::Field::OrgName) && !schema.has(Model::Field::OrgExternalId)
        && !schema.has(Model::Field::OrgId);
    m_nameAsIdBox->setVisible(nameOnly);
    if (nameOnly && m_nameAsIdCheck->isChecked()) {
        const QString orgHeader = m_result.header.value(schema.column(Model::Field::OrgName));
        if (!mapping.fieldFor(orgHeader))
            mapping.insert(orgHeader, Model::Field::OrgName);
        mapping.setOrgNameIsExternalId(true);
    }
    m_decideLabel->setText(undecided == 0 ? QString()
                                          : undecided == 1
                                              ? tr("1 column looks like user data the wizard does not recognise. "
                                                   "Choose what it holds, or “Not imported”, to go on.")
                                              : tr("%1 columns look like user data the wizard does not recognise. "
                                                   "Choose what each holds, or “Not imported”, to go on.").arg(undecided));
    const bool changed = !(mapping == m_mapping);
    m_mapping = mapping;
    if (!m_mappingError.isEmpty())
        m_status->setText(u"<b>%1</b>"_s.arg(m_mappingError.toHtmlEscaped()));
    else if (changed && !m_result.path.isEmpty()) {
        m_done = false;
        m_debounce.start();
    }
    Q_EMIT completeChanged();
}

void ColumnsPage::startInspection()
{
    m_watcher.cancel();
    m_done = false;
    if (m_result.path.isEmpty())
        return;
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_status->setText(tr("Checking every row with these columns…"));
    m_watcher.setFuture(Gui::startInspection(m_result.path, m_mapping));
    Q_EMIT completeChanged();
}

void ColumnsPage::onInspected()
{
    if (m_watcher.isRunning() || m_watcher.isCanceled() || m_watcher.future().resultCount() == 0)
        return;
    const FileInspection r = m_watcher.result();
    if (r.path != m_result.path)
        return;
    m_result = r;
    showResult();
}

void ColumnsPage::showResult()
{
    m_progress->setVisible(false);
    m_done = true;
    const FileInspection &r = m_result;
    const QLocale locale;
    if (!r.usable) {
        QString text = u"<b>%1</b> %2"_s.arg(tr("This file cannot be imported yet."), r.problem.toHtmlEscaped());
        if (!r.header.isEmpty() && r.problem.contains(u"email"_s, Qt::CaseInsensitive))
            text += u"<br>"_s + tr("Choose “Email address” for the column that holds the email addresses.");
        m_status->setText(text);
    } else {
        QString text = tr("%1 users to import (%2 memberships in %3 organizations).")
                           .arg(locale.toString(r.summary.distinctEmails), locale.toString(r.summary.memberships),
                                locale.toString(r.summary.distinctOrganizations));
        if (r.summary.invalid > 0)
            text += u" "_s + tr("%1 rows have problems and will be skipped (see “Rows with problems”).")
                                 .arg(locale.toString(r.summary.invalid));
        if (r.summary.duplicates > 0)
            text += u" "_s + tr("%1 repeated rows are imported once.").arg(locale.toString(r.summary.duplicates));
        m_status->setText(text);
    }
    showIssues();
    m_modeBox->setVisible(r.opened && !r.hasOrganizationColumns);
    updateOrganizationWidgets();
    Q_EMIT completeChanged();
    Q_EMIT inspectionFinished();
}

void ColumnsPage::showIssues()
{
    m_issuesModel->removeRows(0, m_issuesModel->rowCount());
    for (const Model::Issue &issue : std::as_const(m_result.issues)) {
        auto *line = new QStandardItem;
        line->setData(issue.line, Qt::DisplayRole);
        auto *problem = new QStandardItem(issue.severity == Model::Severity::Warning ? tr("Warning: %1").arg(issue.message)
                                                                                       : issue.message);
        problem->setToolTip(issue.message);
        m_issuesModel->appendRow({line, new QStandardItem(issue.email), problem});
    }
    m_issuesView->resizeColumnToContents(0);
    m_issuesView->setColumnWidth(1, m_issuesView->fontMetrics().averageCharWidth() * 30);
    QString label = tr("Rows with &problems (%1)").arg(QLocale().toString(m_result.issueCount));
    if (m_result.issueCount > m_result.issues.size())
        label = tr("Rows with &problems (first %1 of %2)").arg(m_result.issues.size()).arg(QLocale().toString(m_result.issueCount));
    m_tabs->setTabText(1, label);
    m_exportIssuesButton->setEnabled(m_result.issueCount > 0);
}

void ColumnsPage::updateOrganizationWidgets()
{
    const bool single = m_singleOrgRadio->isChecked();
    m_orgKindCombo->setEnabled(single);
    m_orgEdit->setEnabled(single);
    const bool external = m_orgKindCombo->currentIndex() == 1;
    m_createOrgCheck->setEnabled(single && external);
    m_orgNameEdit->setEnabled(single && external && m_createOrgCheck->isChecked());
    QString hint;
    if (single && m_orgEdit->text().trimmed().isEmpty())
        hint = tr("Enter the organization's id to go on, or choose “Users only”.");
    else if (single && external && m_createOrgCheck->isChecked() && m_orgNameEdit->text().trimmed().isEmpty())
        hint = tr("Enter the name the new organization gets.");
    m_orgHint->setText(hint);
    m_orgHint->setVisible(!hint.isEmpty());
}

bool ColumnsPage::isComplete() const
{
    if (!m_done || m_watcher.isRunning() || !m_result.usable || !m_mappingError.isEmpty())
        return false;
    if (!undecidedColumns().isEmpty())
        return false;
    // A visible choice is never silently dropped: one organization for everyone needs its id.
    if (!m_result.hasOrganizationColumns && m_singleOrgRadio->isChecked()) {
        if (m_orgEdit->text().trimmed().isEmpty())
            return false;
        if (m_orgKindCombo->currentIndex() == 1 && m_createOrgCheck->isChecked() && m_orgNameEdit->text().trimmed().isEmpty())
            return false;
    }
    return true;
}

bool ColumnsPage::validatePage()
{
    ImportWizard *w = importWizardOf(this);
    if (!w)
        return true;
    w->inspection = m_result;
    w->mapping = m_mapping;
    w->singleOrg = {};
    w->createOrgIfMissing = false;
    if (!m_result.hasOrganizationColumns && m_singleOrgRadio->isChecked()) {
        if (m_orgKindCombo->currentIndex() == 0) {
            w->singleOrg.id = m_orgEdit->text().trimmed();
        } else {
            w->singleOrg.externalId = m_orgEdit->text().trimmed();
            w->createOrgIfMissing = m_createOrgCheck->isChecked();
            if (w->createOrgIfMissing)
                w->singleOrg.name = m_orgNameEdit->text().trimmed();
        }
    }
    QSettings settings;
    const QString key = FilePage::mappingSettingsKey(m_result.header);
    const Model::ColumnMapping suggested = Model::ColumnMapping::suggested(m_result.header);
    if (m_mapping == suggested)
        settings.remove(key);
    else
        settings.setValue(key, m_mapping.toString());
    // Columns the person chose to leave out are not asked about again.
    QStringList ignored;
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, FieldColumn)); combo && combo->currentData().toString().isEmpty())
            ignored.append(m_table->item(row, HeaderColumn)->text().trimmed());
    if (ignored.isEmpty())
        settings.remove(key + u"-ignored"_s);
    else
        settings.setValue(key + u"-ignored"_s, ignored);
    return true;
}

int ColumnsPage::nextId() const
{
    return ImportWizard::ConnectPageId;
}

void ColumnsPage::exportIssues(const QString &path)
{
    const auto format = Report::ValidationReport::formatForPath(path);
    if (!format) {
        Q_EMIT exportFinished(false, tr("Choose a file name ending in .csv or .json."));
        return;
    }
    const QString csv = m_result.path;
    const Model::ColumnMapping mapping = m_mapping;
    m_exportLabel->setText(tr("Saving…"));
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path] {
        const QString error = watcher->result();
        watcher->deleteLater();
        if (error.isEmpty())
            Q_EMIT exportFinished(true, tr("Saved to %1.").arg(QDir::toNativeSeparators(path)));
        else
            Q_EMIT exportFinished(false, tr("The rows could not be saved: %1").arg(error));
    });
    watcher->setFuture(QtConcurrent::run([csv, mapping, path, format]() -> QString {
        Report::ValidationReport report(path, *format);
        QString error;
        if (!report.open(&error))
            return error;
        Model::FileScan::Options options;
        options.mapping = mapping;
        Model::FileScan scan(csv, options);
        if (!scan.open())
            return scan.errorMessage();
        scan.run([&](const Model::RowResult &row) {
            for (const Model::Issue &issue : row.issues)
                report.add(issue);
        });
        if (!report.commit(&error))
            return error;
        return {};
    }));
}

} // namespace Gui
