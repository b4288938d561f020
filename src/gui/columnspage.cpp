#include "columnspage.h"

#include "filepage.h"
#include "importwizard.h"
#include "ui_columnspage.h"

#include <model/columnquestions.h>
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
#include <QtWidgets/QGroupBox>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QProgressBar>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QRadioButton>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QTableView>
#include <QtWidgets/QTableWidget>

using namespace Qt::StringLiterals;

namespace Gui {

namespace {
const QString Undecided = u"?"_s; // combo data: the person has not said yet
const QString NotImported = QString();

// A text colour that reads on this widget's background: the light palette's shade, or a lighter
// one when the system palette is dark, so the contrast holds either way.
QColor readable(const QWidget *widget, QColor color)
{
    return widget->palette().color(QPalette::Base).lightness() < 128 ? color.lighter(170) : color;
}
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
    : QWizardPage(parent),
      m_ui(std::make_unique<Ui::ColumnsPage>())
{
    m_ui->setupUi(this);
    setProperty("helpSection", u"2. Columns"_s);
    auto *header = m_ui->columnsTable->horizontalHeader();
    header->setSectionResizeMode(HeaderColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ExampleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);
    m_issuesModel = new QStandardItemModel(0, 3, this);
    m_issuesModel->setHorizontalHeaderLabels({tr("Line"), tr("Email"), tr("Problem")});
    m_ui->issuesView->setModel(m_issuesModel);
    m_ui->modeBox->setVisible(false);
    m_ui->nameAsIdBox->setVisible(false);
    // The progress bar keeps its place when hidden, so the page does not jump.
    QSizePolicy keep = m_ui->checkProgress->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    m_ui->checkProgress->setSizePolicy(keep);
    m_ui->checkProgress->setVisible(false);
    m_ui->statusLabel->setMinimumHeight(m_ui->statusLabel->fontMetrics().lineSpacing() * 2);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(150);
    connect(&m_debounce, &QTimer::timeout, this, &ColumnsPage::startInspection);
    connect(&m_watcher, &QFutureWatcher<FileInspection>::progressValueChanged, m_ui->checkProgress, &QProgressBar::setValue);
    connect(&m_watcher, &QFutureWatcher<FileInspection>::finished, this, &ColumnsPage::onInspected);
    connect(m_ui->exportIssuesButton, &QPushButton::clicked, this, [this] {
        const QFileInfo csv(m_result.path);
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the rows with problems"),
                                                          csv.dir().filePath(csv.completeBaseName() + u"-problems.csv"_s),
                                                          tr("CSV file (*.csv);;JSON file (*.json)"));
        if (!path.isEmpty())
            exportIssues(path);
    });
    connect(this, &ColumnsPage::exportFinished, m_ui->exportLabel, [this](bool, const QString &message) { m_ui->exportLabel->setText(message); });
    auto modeChanged = [this] {
        updateOrganizationWidgets();
        Q_EMIT completeChanged();
    };
    connect(m_ui->userOnlyRadio, &QRadioButton::toggled, this, modeChanged);
    connect(m_ui->orgEdit, &QLineEdit::textChanged, this, modeChanged);
    connect(m_ui->orgNameEdit, &QLineEdit::textChanged, this, modeChanged);
    connect(m_ui->orgKindCombo, &QComboBox::currentIndexChanged, this, modeChanged);
    connect(m_ui->createOrgCheck, &QCheckBox::toggled, this, modeChanged);
    connect(m_ui->nameAsIdCheck, &QCheckBox::toggled, this, &ColumnsPage::onComboChanged);
    connect(m_ui->skipRowsCheck, &QCheckBox::toggled, this, &ColumnsPage::completeChanged);
    m_ui->skipRowsCheck->setVisible(false);
    updateOrganizationWidgets();
}

ColumnsPage::~ColumnsPage()
{
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

QComboBox *ColumnsPage::comboFor(const QString &header) const
{
    return m_ui->columnsTable->findChild<QComboBox *>(u"mapping:"_s + header);
}

QStringList ColumnsPage::undecidedColumns() const
{
    QStringList out;
    for (int row = 0; row < m_ui->columnsTable->rowCount(); ++row)
        if (auto *combo = qobject_cast<QComboBox *>(m_ui->columnsTable->cellWidget(row, FieldColumn)); combo && combo->currentData().toString() == Undecided)
            out.append(m_ui->columnsTable->item(row, HeaderColumn)->text());
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
    m_ui->nameAsIdCheck->blockSignals(true);
    // The recommended choice is the default, unless the person chose otherwise for this header.
    const bool remembered = QSettings().contains(FilePage::mappingSettingsKey(m_result.header));
    m_ui->nameAsIdCheck->setChecked(remembered ? m_mapping.orgNameIsExternalId() : true);
    m_ui->nameAsIdCheck->blockSignals(false);
    m_done = true;
    showResult();   // the File page's inspection, made with this mapping
    rebuildTable(); // re-reads the file when the columns' choices differ from that mapping
}

QString ColumnsPage::questionText(const Model::ColumnQuestion &q)
{
    using Model::ValueKind;
    QString looks;
    switch (q.looksLike) {
    case ValueKind::Email: looks = tr("Its values look like email addresses."); break;
    case ValueKind::WorkOsOrganizationId: looks = tr("Its values look like WorkOS organization ids (org_…)."); break;
    case ValueKind::WorkOsUserId:
        looks = tr("Its values look like WorkOS user ids (user_…). WorkOS gives imported users new ids, so these are "
                   "usually not imported.");
        break;
    case ValueKind::Flag: looks = tr("Its values look like yes/no answers."); break;
    case ValueKind::Role: looks = tr("Its values look like roles."); break;
    case ValueKind::OrganizationName: looks = tr("Its values look like organization names."); break;
    case ValueKind::PersonName: looks = tr("Its values look like people's names."); break;
    case ValueKind::Id: looks = tr("Its values look like ids."); break;
    case ValueKind::Empty:
    case ValueKind::Other: looks = tr("Its name suggests data about users."); break;
    }
    if (q.headerField && !q.otherHeader.isEmpty())
        looks += u' ' + tr("Its name means “%1”, which the column “%2” provides already.").arg(fieldTitle(*q.headerField), q.otherHeader);
    if (q.suggestion)
        looks += u' ' + tr("Perhaps: %1.").arg(fieldTitle(*q.suggestion));
    return looks;
}

void ColumnsPage::rebuildTable()
{
    const QStringList &header = m_result.header;
    // Every column left out that looks like user data is a question (issue 22.1).
    m_questions.clear();
    for (const Model::ColumnQuestion &q : Model::ColumnQuestions::find(header, m_result.previewRows, m_mapping, m_ignoredBefore))
        m_questions.insert(q.header, q);
    m_ui->columnsTable->clearContents();
    m_ui->columnsTable->setRowCount(int(header.size()));
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
        m_ui->columnsTable->setItem(i, HeaderColumn, name);
        m_ui->columnsTable->setItem(i, ExampleColumn, new QTableWidgetItem(example));
        m_ui->columnsTable->setItem(i, StatusColumn, new QTableWidgetItem);

        auto *combo = new QComboBox(m_ui->columnsTable);
        combo->setObjectName(u"mapping:"_s + h);
        combo->setAccessibleName(tr("What column %1 holds").arg(h));
        const std::optional<Model::Field> canonical = Model::fieldFromName(h);
        const std::optional<Model::Field> mapped = m_mapping.fieldFor(h);
        const bool ask = !canonical && !mapped && m_questions.contains(h);
        if (ask) {
            combo->addItem(tr("— choose —"), Undecided);
            const QString why = questionText(m_questions.value(h));
            combo->setToolTip(why);
            name->setToolTip(why);
            combo->setAccessibleDescription(why);
        }
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
        m_ui->columnsTable->setCellWidget(i, FieldColumn, combo);
    }
    // Tab goes from the table through its drop-downs, top to bottom, before the rest of the page.
    QWidget *previous = m_ui->columnsTable;
    for (int row = 0; row < m_ui->columnsTable->rowCount(); ++row) {
        if (QWidget *combo = m_ui->columnsTable->cellWidget(row, FieldColumn)) {
            QWidget::setTabOrder(previous, combo);
            previous = combo;
        }
    }
    m_ui->columnsTable->resizeColumnsToContents();
    onComboChanged();
}

void ColumnsPage::onComboChanged()
{
    Model::ColumnMapping mapping;
    m_mappingError.clear();
    int undecided = 0;
    for (int row = 0; row < m_ui->columnsTable->rowCount(); ++row) {
        auto *combo = qobject_cast<QComboBox *>(m_ui->columnsTable->cellWidget(row, FieldColumn));
        QTableWidgetItem *status = m_ui->columnsTable->item(row, StatusColumn);
        QTableWidgetItem *name = m_ui->columnsTable->item(row, HeaderColumn);
        if (!combo || !status || !name)
            continue;
        const QString header = name->text();
        const QString field = combo->currentData().toString();
        QFont font = name->font();
        if (field == Undecided) {
            ++undecided;
            status->setText(tr("⚠ choose what it holds"));
            status->setToolTip(questionText(m_questions.value(header)));
            status->setForeground(readable(m_ui->columnsTable, QColor(0xa0, 0x5a, 0x00)));
            font.setBold(true);
        } else if (field.isEmpty()) {
            status->setText(tr("not imported"));
            status->setForeground(readable(m_ui->columnsTable, QColor(0x77, 0x76, 0x7b)));
            font.setBold(false);
        } else {
            status->setText(u"✔"_s);
            status->setForeground(readable(m_ui->columnsTable, QColor(0x1e, 0x7b, 0x34)));
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
    m_ui->nameAsIdBox->setVisible(nameOnly);
    if (nameOnly && m_ui->nameAsIdCheck->isChecked()) {
        const QString orgHeader = m_result.header.value(schema.column(Model::Field::OrgName));
        if (!mapping.fieldFor(orgHeader))
            mapping.insert(orgHeader, Model::Field::OrgName);
        mapping.setOrgNameIsExternalId(true);
    }
    QString decide;
    if (undecided > 0) {
        decide = tr("These columns look like user data and would not be imported. Choose what each holds, or “Not "
                    "imported”, to go on:");
        for (const QString &h : undecidedColumns())
            decide += u"<br>• <b>"_s + h.toHtmlEscaped() + u"</b>: "_s + questionText(m_questions.value(h)).toHtmlEscaped();
    }
    m_ui->decideLabel->setText(decide);
    const bool changed = !(mapping == m_mapping);
    m_mapping = mapping;
    if (!m_mappingError.isEmpty())
        m_ui->statusLabel->setText(u"<b>%1</b>"_s.arg(m_mappingError.toHtmlEscaped()));
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
    m_ui->checkProgress->setValue(0);
    m_ui->checkProgress->setVisible(true);
    m_ui->statusLabel->setText(tr("Checking every row with these columns…"));
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
    m_ui->checkProgress->setVisible(false);
    m_done = true;
    const FileInspection &r = m_result;
    const QLocale locale;
    if (!r.usable) {
        QString text = u"<b>%1</b> %2"_s.arg(tr("This file cannot be imported yet."), r.problem.toHtmlEscaped());
        if (!r.header.isEmpty() && r.problem.contains(u"email"_s, Qt::CaseInsensitive))
            text += u"<br>"_s + tr("Choose “Email address” for the column that holds the email addresses.");
        m_ui->statusLabel->setText(text);
    } else {
        //: The whole sentence: "<users> to import (<memberships> in <organizations>)."
        QString text = tr("%1 to import (%2 in %3).")
                           .arg(tr("%Ln users", nullptr, int(r.summary.distinctEmails)),
                                tr("%Ln memberships", nullptr, int(r.summary.memberships)),
                                tr("%Ln organizations", nullptr, int(r.summary.distinctOrganizations)));
        if (r.summary.invalid > 0)
            text += u" "_s + tr("%Ln rows have problems and will be skipped (see “Rows with problems”).", nullptr,
                                 int(r.summary.invalid));
        if (r.summary.duplicates > 0)
            text += u" "_s + tr("%Ln repeated rows are imported once.", nullptr, int(r.summary.duplicates));
        m_ui->statusLabel->setText(text);
    }
    // Most rows skipped: the button says so and the person says yes first (issue 22.2).
    const bool mostSkipped = r.usable && r.summary.invalid > 0 && r.summary.invalid * 2 > r.summary.rows;
    m_ui->skipRowsCheck->blockSignals(true);
    m_ui->skipRowsCheck->setChecked(false);
    m_ui->skipRowsCheck->blockSignals(false);
    m_ui->skipRowsCheck->setVisible(mostSkipped);
    if (mostSkipped)
        m_ui->skipRowsCheck->setText(tr("S&kip %1 of the %2 rows: import only the %3 without problems")
                                         .arg(locale.toString(r.summary.invalid), locale.toString(r.summary.rows),
                                              locale.toString(r.summary.valid)));
    updateNextText();
    showIssues();
    m_ui->modeBox->setVisible(r.opened && !r.hasOrganizationColumns);
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
    m_ui->issuesView->resizeColumnToContents(0);
    m_ui->issuesView->setColumnWidth(1, m_ui->issuesView->fontMetrics().averageCharWidth() * 30);
    QString label = tr("Rows with &problems (%1)").arg(QLocale().toString(m_result.issueCount));
    if (m_result.issueCount > m_result.issues.size())
        label = tr("Rows with &problems (first %1 of %2)").arg(m_result.issues.size()).arg(QLocale().toString(m_result.issueCount));
    m_ui->tabs->setTabText(1, label);
    m_ui->exportIssuesButton->setEnabled(m_result.issueCount > 0);
}

void ColumnsPage::updateOrganizationWidgets()
{
    const bool single = m_ui->singleOrgRadio->isChecked();
    m_ui->orgKindCombo->setEnabled(single);
    m_ui->orgEdit->setEnabled(single);
    const bool external = m_ui->orgKindCombo->currentIndex() == 1;
    m_ui->createOrgCheck->setEnabled(single && external);
    m_ui->orgNameEdit->setEnabled(single && external && m_ui->createOrgCheck->isChecked());
    QString hint;
    if (single && m_ui->orgEdit->text().trimmed().isEmpty())
        hint = tr("Enter the organization's id to go on, or choose “Users only”.");
    else if (single && external && m_ui->createOrgCheck->isChecked() && m_ui->orgNameEdit->text().trimmed().isEmpty())
        hint = tr("Enter the name the new organization gets.");
    m_ui->orgHint->setText(hint);
    m_ui->orgHint->setVisible(!hint.isEmpty());
}

bool ColumnsPage::isComplete() const
{
    if (!m_done || m_watcher.isRunning() || !m_result.usable || !m_mappingError.isEmpty())
        return false;
    if (!undecidedColumns().isEmpty())
        return false;
    if (mostRowsSkipped() && !m_ui->skipRowsCheck->isChecked())
        return false;
    // A visible choice is never silently dropped: one organization for everyone needs its id.
    if (!m_result.hasOrganizationColumns && m_ui->singleOrgRadio->isChecked()) {
        if (m_ui->orgEdit->text().trimmed().isEmpty())
            return false;
        if (m_ui->orgKindCombo->currentIndex() == 1 && m_ui->createOrgCheck->isChecked() && m_ui->orgNameEdit->text().trimmed().isEmpty())
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
    if (!m_result.hasOrganizationColumns && m_ui->singleOrgRadio->isChecked()) {
        if (m_ui->orgKindCombo->currentIndex() == 0) {
            w->singleOrg.id = m_ui->orgEdit->text().trimmed();
        } else {
            w->singleOrg.externalId = m_ui->orgEdit->text().trimmed();
            w->createOrgIfMissing = m_ui->createOrgCheck->isChecked();
            if (w->createOrgIfMissing)
                w->singleOrg.name = m_ui->orgNameEdit->text().trimmed();
        }
    }
    QSettings settings;
    const QString key = FilePage::mappingSettingsKey(m_result.header);
    const Model::ColumnMapping suggested = FilePage::startingMapping(m_result.header, m_result.previewRows);
    if (m_mapping == suggested)
        settings.remove(key);
    else
        settings.setValue(key, m_mapping.toString());
    // Columns the person chose to leave out are not asked about again.
    QStringList ignored;
    for (int row = 0; row < m_ui->columnsTable->rowCount(); ++row)
        if (auto *combo = qobject_cast<QComboBox *>(m_ui->columnsTable->cellWidget(row, FieldColumn)); combo && combo->currentData().toString().isEmpty())
            ignored.append(m_ui->columnsTable->item(row, HeaderColumn)->text().trimmed());
    if (ignored.isEmpty())
        settings.remove(key + u"-ignored"_s);
    else
        settings.setValue(key + u"-ignored"_s, ignored);
    return true;
}

bool ColumnsPage::mostRowsSkipped() const
{
    return !m_ui->skipRowsCheck->isHidden();
}

void ColumnsPage::updateNextText()
{
    QWizard *w = wizard();
    if (!w)
        return;
    if (m_defaultNextText.isEmpty())
        m_defaultNextText = w->buttonText(QWizard::NextButton);
    if (mostRowsSkipped())
        setButtonText(QWizard::NextButton, tr("Skip %Ln rows and go on", nullptr, int(m_result.summary.invalid)));
    else
        setButtonText(QWizard::NextButton, m_defaultNextText);
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
    m_ui->exportLabel->setText(tr("Saving…"));
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
        options.source = Gui::sourceOptionsFor(csv); // a provider's export, read as the File page did
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
