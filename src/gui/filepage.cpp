#include "filepage.h"

#include "importwizard.h"

#include <csv/csvreader.h>
#include <model/field.h>
#include <report/validationreport.h>

#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QCryptographicHash>
#include <QtCore/QFileInfo>
#include <QtCore/QLocale>
#include <QtCore/QMimeData>
#include <QtCore/QSettings>
#include <QtGui/QDragEnterEvent>
#include <QtGui/QDropEvent>
#include <QtGui/QStandardItemModel>
#include <QtWidgets/QButtonGroup>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QFormLayout>
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
#include <QtWidgets/QVBoxLayout>

#include <model/filescan.h>

using namespace Qt::StringLiterals;

namespace Gui {

FilePage::FilePage(QWidget *parent)
    : QWizardPage(parent)
{
    setTitle(tr("Choose the file of users"));
    setSubTitle(tr("A CSV file with one row per user (or per user and organization). Drop it here or browse for it."));
    setAcceptDrops(true);

    auto *layout = new QVBoxLayout(this);
    auto *pathRow = new QHBoxLayout;
    auto *pathLabel = new QLabel(tr("CSV &file:"), this);
    m_pathEdit = new QLineEdit(this);
    m_pathEdit->setObjectName(u"pathEdit"_s);
    m_pathEdit->setPlaceholderText(tr("Path of a .csv file"));
    m_pathEdit->setClearButtonEnabled(true);
    pathLabel->setBuddy(m_pathEdit);
    m_browseButton = new QPushButton(tr("&Browse…"), this);
    m_browseButton->setObjectName(u"browseButton"_s);
    pathRow->addWidget(pathLabel);
    pathRow->addWidget(m_pathEdit, 1);
    pathRow->addWidget(m_browseButton);
    layout->addLayout(pathRow);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"scanProgress"_s);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setVisible(false);
    layout->addWidget(m_progress);
    m_status = new QLabel(this);
    m_status->setObjectName(u"statusLabel"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    m_facts = new QLabel(this);
    m_facts->setObjectName(u"factsLabel"_s);
    m_facts->setWordWrap(true);
    layout->addWidget(m_facts);

    m_modeBox = new QGroupBox(tr("Organizations"), this);
    auto *modeLayout = new QGridLayout(m_modeBox);
    m_userOnlyRadio = new QRadioButton(tr("&Users only: no organization memberships"), m_modeBox);
    m_userOnlyRadio->setObjectName(u"userOnlyRadio"_s);
    m_singleOrgRadio = new QRadioButton(tr("Every user &joins one organization:"), m_modeBox);
    m_singleOrgRadio->setObjectName(u"singleOrgRadio"_s);
    m_userOnlyRadio->setChecked(true);
    m_orgKindCombo = new QComboBox(m_modeBox);
    m_orgKindCombo->addItem(tr("WorkOS organization id"));
    m_orgKindCombo->addItem(tr("External id"));
    m_orgKindCombo->setAccessibleName(tr("How the organization is named"));
    m_orgEdit = new QLineEdit(m_modeBox);
    m_orgEdit->setObjectName(u"orgEdit"_s);
    m_orgEdit->setPlaceholderText(tr("org_01… or your own id"));
    m_orgEdit->setAccessibleName(tr("Organization"));
    m_orgNameEdit = new QLineEdit(m_modeBox);
    m_orgNameEdit->setPlaceholderText(tr("Name, to create it if missing"));
    m_orgNameEdit->setAccessibleName(tr("Organization name"));
    m_createOrgCheck = new QCheckBox(tr("&Create it when it does not exist"), m_modeBox);
    modeLayout->addWidget(m_userOnlyRadio, 0, 0, 1, 4);
    modeLayout->addWidget(m_singleOrgRadio, 1, 0, 1, 4);
    modeLayout->addWidget(m_orgKindCombo, 2, 0);
    modeLayout->addWidget(m_orgEdit, 2, 1);
    modeLayout->addWidget(m_orgNameEdit, 2, 2);
    modeLayout->addWidget(m_createOrgCheck, 2, 3);
    modeLayout->setColumnStretch(1, 1);
    modeLayout->setColumnStretch(2, 1);
    m_modeBox->setVisible(false);
    layout->addWidget(m_modeBox);

    m_mappingBox = new QGroupBox(tr("Columns the wizard does not know"), this);
    m_mappingBox->setObjectName(u"mappingBox"_s);
    m_mappingLayout = new QFormLayout(m_mappingBox);
    m_mappingBox->setVisible(false);
    layout->addWidget(m_mappingBox);

    m_tabs = new QTabWidget(this);
    m_previewModel = new QStandardItemModel(this);
    m_previewView = new QTableView(this);
    m_previewView->setObjectName(u"previewView"_s);
    m_previewView->setModel(m_previewModel);
    m_previewView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewView->horizontalHeader()->setStretchLastSection(true);
    m_previewView->verticalHeader()->setDefaultSectionSize(m_previewView->fontMetrics().height() + 6);
    m_tabs->addTab(m_previewView, tr("&Preview"));

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
    m_exportIssuesButton = new QPushButton(tr("E&xport issues…"), issuesTab);
    m_exportIssuesButton->setObjectName(u"exportIssuesButton"_s);
    m_exportIssuesButton->setEnabled(false);
    auto *exportRow = new QHBoxLayout;
    exportRow->addStretch();
    exportRow->addWidget(m_exportIssuesButton);
    issuesLayout->addLayout(exportRow);
    m_tabs->addTab(issuesTab, tr("&Issues"));
    layout->addWidget(m_tabs, 1);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(300);
    connect(&m_debounce, &QTimer::timeout, this, &FilePage::startInspection);
    connect(m_pathEdit, &QLineEdit::textChanged, this, [this] {
        m_done = false;
        Q_EMIT completeChanged();
        m_debounce.start();
    });
    connect(m_browseButton, &QPushButton::clicked, this, &FilePage::browse);
    connect(&m_watcher, &QFutureWatcher<FileInspection>::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(&m_watcher, &QFutureWatcher<FileInspection>::finished, this, &FilePage::onInspected);
    connect(m_exportIssuesButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the issues"),
                                                          QFileInfo(m_result.path).dir().filePath(
                                                              QFileInfo(m_result.path).completeBaseName() + u"-issues.csv"_s),
                                                          tr("CSV file (*.csv);;JSON file (*.json)"));
        if (!path.isEmpty())
            exportIssues(path);
    });
    connect(this, &FilePage::exportFinished, this, [this](bool, const QString &message) { m_status->setText(message); });
    auto modeChanged = [this] {
        updateModeWidgets();
        Q_EMIT completeChanged();
    };
    connect(m_userOnlyRadio, &QRadioButton::toggled, this, modeChanged);
    connect(m_orgEdit, &QLineEdit::textChanged, this, modeChanged);
    connect(m_orgKindCombo, &QComboBox::currentIndexChanged, this, modeChanged);
    connect(m_createOrgCheck, &QCheckBox::toggled, this, modeChanged);
    updateModeWidgets();
    registerField(u"csvPath*"_s, m_pathEdit);
}

FilePage::~FilePage()
{
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

void FilePage::setPath(const QString &path)
{
    m_pathEdit->setText(QDir::toNativeSeparators(path));
}

QString FilePage::mappingSettingsKey(const QStringList &header)
{
    QStringList lower;
    for (const QString &h : header)
        lower.append(h.trimmed().toLower());
    const QByteArray hash = QCryptographicHash::hash(lower.join(u'\x1f').toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return u"mappings/"_s + QString::fromLatin1(hash);
}

void FilePage::browse()
{
    const QString start = m_pathEdit->text().isEmpty() ? QDir::homePath() : QFileInfo(m_pathEdit->text()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the CSV file of users"), start,
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        setPath(path);
}

void FilePage::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && event->mimeData()->urls().size() == 1 && event->mimeData()->urls().first().isLocalFile())
        event->acceptProposedAction();
}

void FilePage::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile()) {
        setPath(urls.first().toLocalFile());
        event->acceptProposedAction();
    }
}

void FilePage::startInspection()
{
    m_watcher.cancel();
    m_done = false;
    const QString path = QDir::fromNativeSeparators(m_pathEdit->text().trimmed());
    if (path.isEmpty()) {
        m_status->clear();
        m_facts->clear();
        m_progress->setVisible(false);
        Q_EMIT completeChanged();
        return;
    }
    if (!QFileInfo(path).isFile()) {
        m_status->setText(tr("There is no file at this path."));
        m_facts->clear();
        m_progress->setVisible(false);
        Q_EMIT completeChanged();
        return;
    }
    // A new header: start from the mapping remembered for it (reading the header is one small read).
    Csv::CsvReader headerReader(path);
    if (headerReader.open() && headerReader.header() != m_mappedHeader) {
        m_mappedHeader = headerReader.header();
        QSettings settings;
        const QString remembered = settings.value(mappingSettingsKey(m_mappedHeader)).toString();
        const auto parsed = Model::ColumnMapping::parse(remembered);
        m_mapping = parsed ? *parsed : Model::ColumnMapping();
        m_result = {};
        rebuildMappingEditors();
    }
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_status->setText(tr("Reading and checking every row…"));
    m_watcher.setFuture(Gui::startInspection(path, m_mapping));
}

void FilePage::onInspected()
{
    m_progress->setVisible(false);
    if (m_watcher.isCanceled() || m_watcher.future().resultCount() == 0)
        return;
    m_result = m_watcher.result();
    if (QDir::fromNativeSeparators(m_pathEdit->text().trimmed()) != m_result.path)
        return; // a later path is being inspected
    m_done = true;
    const FileInspection &r = m_result;
    const QLocale locale;
    QStringList facts;
    if (r.opened)
        facts << tr("Encoding: %1").arg(Csv::encodingName(r.dialect.encoding, r.dialect.hasBom))
              << tr("Delimiter: %1").arg(Csv::delimiterName(r.dialect.delimiter));
    if (r.complete) {
        facts << tr("Rows: %1").arg(locale.toString(r.summary.rows))
              << tr("Mode: %1").arg(Model::importModeDescription(r.summary.mode));
        if (r.summary.distinctOrganizations > 0)
            facts << tr("Organizations: %1").arg(locale.toString(r.summary.distinctOrganizations));
    }
    m_facts->setText(facts.join(u"   ·   "_s));
    if (!r.usable) {
        QString text = u"<b>%1</b> %2"_s.arg(tr("This file cannot be used yet."), r.problem.toHtmlEscaped());
        if (!r.complete && !r.unknownColumns.isEmpty() && r.opened)
            text += u"<br>"_s + tr("If one of the columns below holds the email addresses, choose “email” for it.");
        m_status->setText(text);
    } else {
        QString text = tr("%1 users to import (%2 memberships); %3 invalid rows will be skipped, %4 duplicate rows ignored.")
                           .arg(locale.toString(r.summary.distinctEmails), locale.toString(r.summary.memberships),
                                locale.toString(r.summary.invalid), locale.toString(r.summary.duplicates));
        for (const QString &w : r.warnings)
            text += u"<br>"_s + w.toHtmlEscaped();
        m_status->setText(text);
    }
    // Preview.
    m_previewModel->clear();
    m_previewModel->setHorizontalHeaderLabels(r.header);
    for (const QStringList &fields : r.previewRows) {
        QList<QStandardItem *> items;
        for (int i = 0; i < r.header.size(); ++i) {
            const bool secret = i < r.header.size()
                && (r.header[i].trimmed().compare(u"password"_s, Qt::CaseInsensitive) == 0
                    || r.header[i].trimmed().compare(u"password_hash"_s, Qt::CaseInsensitive) == 0);
            const QString text = i < fields.size() ? fields[i] : QString();
            items.append(new QStandardItem(secret && !text.isEmpty() ? u"••••••"_s : text));
        }
        m_previewModel->appendRow(items);
    }
    m_previewView->resizeColumnsToContents();
    showIssues();
    if (!r.header.isEmpty() && r.header != m_mappedHeader) {
        m_mappedHeader = r.header;
        rebuildMappingEditors();
    }
    m_modeBox->setVisible(r.usable && !r.hasOrganizationColumns);
    updateModeWidgets();
    Q_EMIT completeChanged();
    Q_EMIT inspectionFinished();
}

void FilePage::showIssues()
{
    m_issuesModel->removeRows(0, m_issuesModel->rowCount());
    for (const Model::Issue &issue : std::as_const(m_result.issues)) {
        auto *line = new QStandardItem;
        line->setData(issue.line, Qt::DisplayRole);
        auto *problem = new QStandardItem(issue.severity == Model::Severity::Warning ? tr("Warning: %1").arg(issue.message)
                                                                                       : issue.message);
        problem->setToolTip(issue.rule);
        m_issuesModel->appendRow({line, new QStandardItem(issue.email), problem});
    }
    m_issuesView->resizeColumnToContents(0);
    m_issuesView->setColumnWidth(1, m_issuesView->fontMetrics().averageCharWidth() * 30);
    QString label = tr("&Issues (%1)").arg(QLocale().toString(m_result.issueCount));
    if (m_result.issueCount > m_result.issues.size())
        label = tr("&Issues (first %1 of %2)").arg(m_result.issues.size()).arg(QLocale().toString(m_result.issueCount));
    m_tabs->setTabText(1, label);
    m_exportIssuesButton->setEnabled(m_result.issueCount > 0);
}

void FilePage::rebuildMappingEditors()
{
    while (m_mappingLayout->rowCount() > 0)
        m_mappingLayout->removeRow(0);
    // Headers that are neither canonical nor mapped, plus those mapped by the user.
    QStringList candidates;
    for (const QString &h : std::as_const(m_mappedHeader))
        if (!Model::fieldFromName(h) || m_mapping.fieldFor(h))
            candidates.append(h);
    for (const QString &header : std::as_const(candidates)) {
        auto *combo = new QComboBox(m_mappingBox);
        combo->setObjectName(u"mapping:"_s + header);
        combo->setAccessibleName(tr("Field for column %1").arg(header));
        combo->addItem(tr("(ignore this column)"), QString());
        for (Model::Field f : Model::allFields())
            combo->addItem(Model::fieldName(f), Model::fieldName(f));
        if (const auto f = m_mapping.fieldFor(header))
            combo->setCurrentIndex(combo->findData(Model::fieldName(*f)));
        connect(combo, &QComboBox::currentIndexChanged, this, &FilePage::onMappingChanged);
        auto *label = new QLabel(u"“%1”"_s.arg(header.toHtmlEscaped()), m_mappingBox);
        label->setBuddy(combo);
        m_mappingLayout->addRow(label, combo);
    }
    m_mappingBox->setVisible(!candidates.isEmpty());
}

void FilePage::onMappingChanged()
{
    Model::ColumnMapping mapping;
    QString error;
    const QList<QComboBox *> combos = m_mappingBox->findChildren<QComboBox *>();
    for (QComboBox *combo : combos) {
        const QString header = combo->objectName().mid(8);
        const QString field = combo->currentData().toString();
        if (field.isEmpty())
            continue;
        if (!mapping.insert(header, *Model::fieldFromName(field), &error)) {
            m_status->setText(error);
            return;
        }
    }
    m_mapping = mapping;
    QSettings settings;
    if (m_mapping.isEmpty())
        settings.remove(mappingSettingsKey(m_mappedHeader));
    else
        settings.setValue(mappingSettingsKey(m_mappedHeader), m_mapping.toString());
    m_debounce.start(0);
}

void FilePage::updateModeWidgets()
{
    const bool single = m_singleOrgRadio->isChecked();
    m_orgKindCombo->setEnabled(single);
    m_orgEdit->setEnabled(single);
    const bool external = m_orgKindCombo->currentIndex() == 1;
    m_createOrgCheck->setEnabled(single && external);
    m_orgNameEdit->setEnabled(single && external && m_createOrgCheck->isChecked());
}

bool FilePage::isComplete() const
{
    if (!m_done || !m_result.usable || m_watcher.isRunning())
        return false;
    if (m_modeBox->isVisible() && m_singleOrgRadio->isChecked() && m_orgEdit->text().trimmed().isEmpty())
        return false;
    return true;
}

bool FilePage::validatePage()
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
                w->singleOrg.name = m_orgNameEdit->text().trimmed().isEmpty() ? w->singleOrg.externalId
                                                                               : m_orgNameEdit->text().trimmed();
        }
    }
    return true;
}

int FilePage::nextId() const
{
    return ImportWizard::ConnectPageId;
}

void FilePage::exportIssues(const QString &path)
{
    const auto format = Report::ValidationReport::formatForPath(path);
    if (!format) {
        Q_EMIT exportFinished(false, tr("Choose a file name ending in .csv or .json."));
        return;
    }
    const QString csv = m_result.path;
    const Model::ColumnMapping mapping = m_mapping;
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path] {
        const QString error = watcher->result();
        watcher->deleteLater();
        if (error.isEmpty())
            Q_EMIT exportFinished(true, tr("The issues were saved to %1.").arg(QDir::toNativeSeparators(path)));
        else
            Q_EMIT exportFinished(false, tr("The issues could not be saved: %1").arg(error));
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
