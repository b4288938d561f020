#include "filepage.h"

#include "importwizard.h"
#include "joblistmodel.h"
#include "ui_filepage.h"

#include <csv/csvreader.h>
#include <source/detect.h>
#include <model/filemapping.h>
#include <model/schema.h>

#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QCryptographicHash>
#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QLocale>
#include <QtCore/QMimeData>
#include <QtCore/QSaveFile>
#include <QtCore/QSettings>
#include <QtCore/QStandardPaths>
#include <QtGui/QDragEnterEvent>
#include <QtGui/QDropEvent>
#include <QtGui/QStandardItemModel>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QProgressBar>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QRadioButton>
#include <QtWidgets/QTableView>

using namespace Qt::StringLiterals;

namespace Gui {

FilePage::FilePage(QWidget *parent)
    : QWizardPage(parent),
      m_ui(std::make_unique<Ui::FilePage>())
{
    m_ui->setupUi(this);
    setProperty("helpSection", u"1. The file"_s);
    setAcceptDrops(true);

    // The progress bar keeps its place when hidden, so the page does not jump.
    QSizePolicy keep = m_ui->scanProgress->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    m_ui->scanProgress->setSizePolicy(keep);
    m_ui->scanProgress->setVisible(false);
    m_ui->statusLabel->setMinimumHeight(m_ui->statusLabel->fontMetrics().lineSpacing() * 2);
    m_ui->factsLabel->setMinimumHeight(m_ui->factsLabel->fontMetrics().lineSpacing());
    m_previewModel = new QStandardItemModel(this);
    m_ui->previewView->setModel(m_previewModel);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(300);
    connect(&m_debounce, &QTimer::timeout, this, &FilePage::startInspection);
    connect(m_ui->pathEdit, &QLineEdit::textChanged, this, [this] {
        m_done = false;
        Q_EMIT completeChanged();
        m_debounce.start();
    });
    connect(m_ui->browseButton, &QPushButton::clicked, this, &FilePage::browse);
    // A provider's export may need more than the file: the inputs appear when it does.
    m_ui->firebaseBox->setVisible(false);
    m_ui->auth0Box->setVisible(false);
    m_ui->providerOptionsBox->setVisible(false);
    auto sourceInputChanged = [this] {
        m_done = false;
        Q_EMIT completeChanged();
        m_debounce.start();
    };
    connect(m_ui->firebaseConfigEdit, &QPlainTextEdit::textChanged, this, sourceInputChanged);
    connect(m_ui->auth0PasswordsEdit, &QLineEdit::textChanged, this, sourceInputChanged);
    connect(m_ui->tenantKeyEdit, &QLineEdit::textChanged, this, sourceInputChanged);
    connect(m_ui->createdAtKeyEdit, &QLineEdit::textChanged, this, sourceInputChanged);
    connect(m_ui->auth0BrowseButton, &QPushButton::clicked, this, [this] {
        const QString start = QFileInfo(QDir::fromNativeSeparators(m_ui->pathEdit->text())).absolutePath();
        const QString path = QFileDialog::getOpenFileName(this, tr("Choose the Auth0 password export"), start,
                                                          tr("Auth0 password export (*.json *.ndjson *.txt);;All files (*)"));
        if (!path.isEmpty())
            m_ui->auth0PasswordsEdit->setText(QDir::toNativeSeparators(path));
    });
    connect(m_ui->templateButton, &QPushButton::clicked, this, [this] {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString path = QFileDialog::getSaveFileName(this, tr("Save a template CSV"),
                                                          QDir(dir).filePath(u"workos-users-template.csv"_s),
                                                          tr("CSV file (*.csv)"));
        if (path.isEmpty())
            return;
        QString error;
        if (saveTemplate(path, &error))
            m_ui->statusLabel->setText(tr("A template was saved to %1. Fill it in (one row per user and organization), "
                                 "save it as CSV and choose it here.").arg(QDir::toNativeSeparators(path)));
        else
            m_ui->statusLabel->setText(tr("The template could not be saved: %1").arg(error));
    });
    connect(&m_watcher, &QFutureWatcher<FileInspection>::progressValueChanged, m_ui->scanProgress, &QProgressBar::setValue);
    connect(&m_watcher, &QFutureWatcher<FileInspection>::finished, this, &FilePage::onInspected);
    m_ui->catchUpBox->setVisible(false);
    connect(&m_catchUpWatcher, &QFutureWatcher<CatchUpCheck>::finished, this, &FilePage::onCatchUpChecked);
    registerField(u"csvPath*"_s, m_ui->pathEdit);
}

FilePage::~FilePage()
{
    if (m_catchUpCancel)
        *m_catchUpCancel = true;
    m_catchUpWatcher.waitForFinished();
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

void FilePage::setPath(const QString &path)
{
    m_ui->pathEdit->setText(QDir::toNativeSeparators(path));
}

QString FilePage::mappingSettingsKey(const QStringList &header)
{
    QStringList lower;
    for (const QString &h : header)
        lower.append(h.trimmed().toLower());
    const QByteArray hash = QCryptographicHash::hash(lower.join(u'\x1f').toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return u"mappings/"_s + QString::fromLatin1(hash);
}

Model::ColumnMapping FilePage::startingMapping(const QStringList &header, const QList<QStringList> &sample)
{
    QSettings settings;
    const QString remembered = settings.value(mappingSettingsKey(header)).toString();
    if (!remembered.isEmpty())
        if (const auto parsed = Model::ColumnMapping::parse(remembered))
            return *parsed;
    // The same suggestion the command line makes (Model::FileMapping): names and values.
    Model::ColumnMapping mapping = Model::ColumnMapping::suggested(header, sample);
    // A recommended choice is the default (issue 22.2): organizations named only by name use
    // the name as their id; the Columns page shows the choice, ticked.
    const Model::Schema schema = Model::Schema::fromHeader(header, mapping);
    if (schema.has(Model::Field::OrgName) && !schema.has(Model::Field::OrgExternalId) && !schema.has(Model::Field::OrgId)) {
        const QString orgHeader = header.value(schema.column(Model::Field::OrgName));
        if (!mapping.fieldFor(orgHeader))
            mapping.insert(orgHeader, Model::Field::OrgName);
        mapping.setOrgNameIsExternalId(true);
    }
    return mapping;
}

bool FilePage::saveTemplate(const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    // The contract's header (docs/csv-format.md) and two example users in one organization.
    file.write("email,first_name,last_name,email_verified,password_hash,password_hash_type,external_id,"
               "org_external_id,org_name,role_slugs\r\n"
               "ada@example.com,Ada,Lovelace,true,,,user-001,acme,Acme Inc.,admin\r\n"
               "grace@example.com,Grace,Hopper,true,,,user-002,acme,Acme Inc.,member\r\n");
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void FilePage::browse()
{
    const QString start = m_ui->pathEdit->text().isEmpty() ? QDir::homePath() : QFileInfo(m_ui->pathEdit->text()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the file of users"), start,
                                                      tr("CSV and provider exports (*.csv *.txt *.json *.ndjson *.jsonl);;All files (*)"));
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

void FilePage::clearResult(const QString &status)
{
    m_result = {};
    m_ui->statusLabel->setText(status);
    m_ui->factsLabel->clear();
    m_ui->sourceLabel->clear();
    m_ui->fatesLabel->clear();
    m_previewModel->clear();
    m_ui->scanProgress->setVisible(false);
    Q_EMIT completeChanged();
}

void FilePage::startInspection()
{
    m_watcher.cancel();
    m_done = false;
    clearCatchUp();
    const QString path = QDir::fromNativeSeparators(m_ui->pathEdit->text().trimmed());
    if (path.isEmpty()) {
        clearResult({});
        return;
    }
    if (!QFileInfo(path).isFile()) {
        // Never keep the previous file's preview under a path that does not exist.
        clearResult(tr("There is no file at this path. Check the name, or use Browse."));
        return;
    }
    // Our CSV or a provider's export, detected from the content (a quick look at its start).
    const Source::Options source = sourceOptions();
    const auto headerReader = Source::openReader(path, source);
    if (!headerReader->open()) {
        showSourceInputs(headerReader->kind());
        clearResult(tr("This file cannot be read: %1").arg(headerReader->errorMessage()));
        return;
    }
    showSourceInputs(headerReader->kind());
    rememberSourceOptions(path, source); // the Columns page checks the file the same way
    QList<QStringList> sample; // the first rows: their values have the last word on the mapping
    Csv::Record record;
    while (sample.size() < Model::FileMapping::SampleRows && headerReader->next(record))
        sample.append(record.fields);
    m_mapping = startingMapping(headerReader->header(), sample);
    m_ui->scanProgress->setValue(0);
    m_ui->scanProgress->setVisible(true);
    m_ui->statusLabel->setText(tr("Reading and checking every row…"));
    m_watcher.setFuture(Gui::startInspection(path, m_mapping, source));
}

void FilePage::onInspected()
{
    m_ui->scanProgress->setVisible(false);
    if (m_watcher.isCanceled() || m_watcher.future().resultCount() == 0)
        return;
    const FileInspection r = m_watcher.result();
    if (QDir::fromNativeSeparators(m_ui->pathEdit->text().trimmed()) != r.path)
        return; // a later path is being inspected
    m_result = r;
    m_done = true;
    const QLocale locale;
    QStringList facts;
    if (r.opened)
        facts << tr("Encoding: %1").arg(Csv::encodingName(r.dialect.encoding, r.dialect.hasBom))
              << (r.json ? tr("Format: %1").arg(u"JSON"_s) : tr("Delimiter: %1").arg(Csv::delimiterName(r.dialect.delimiter)))
              << tr("Columns: %1").arg(r.header.size());
    if (r.complete)
        facts << tr("Rows: %1").arg(locale.toString(r.summary.rows));
    m_ui->factsLabel->setText(facts.join(u"   ·   "_s));
    showSourceFacts(r);
    if (!r.opened || r.header.isEmpty())
        m_ui->statusLabel->setText(u"<b>%1</b> %2"_s.arg(tr("This file cannot be used."), r.problem.toHtmlEscaped()));
    else if (r.needsSourceInput)
        m_ui->statusLabel->setText(u"<b>%1</b> %2"_s.arg(tr("Paste the Firebase hash parameters below."), r.problem.toHtmlEscaped()));
    else if (!r.usable)
        m_ui->statusLabel->setText(tr("The file was read. On the next page, say what each column holds."));
    else if (r.summary.invalid > 0)
        // Never "1 user" beside "Rows: 1,000" without saying what it means (issue 22.2).
        m_ui->statusLabel->setText(tr("The file was read. As its columns are understood now, %1 can be imported and %2 "
                                      "cannot. On the next page, check what each column holds: the right choice there "
                                      "often makes these rows importable.")
                                       .arg(tr("%Ln users", nullptr, int(r.summary.distinctEmails)),
                                            tr("%Ln rows", nullptr, int(r.summary.invalid))));
    else
        m_ui->statusLabel->setText(tr("The file was read: %Ln users. On the next page, check what each column holds.",
                                      nullptr, int(r.summary.distinctEmails)));
    m_previewModel->clear();
    m_previewModel->setHorizontalHeaderLabels(r.header);
    for (const QStringList &fields : r.previewRows) {
        QList<QStandardItem *> items;
        for (int i = 0; i < r.header.size(); ++i) {
            const QString h = r.header[i].trimmed().toLower();
            const bool secret = h.contains(u"password"_s) || h.contains(u"hash"_s) || h == u"salt"_s;
            const QString text = i < fields.size() ? fields[i] : QString();
            items.append(new QStandardItem(secret && !text.isEmpty() ? u"••••••"_s : text));
        }
        m_previewModel->appendRow(items);
    }
    m_ui->previewView->resizeColumnsToContents();
    if (r.usable && r.complete)
        startCatchUpCheck();
    Q_EMIT completeChanged();
    Q_EMIT inspectionFinished();
}

void FilePage::clearCatchUp()
{
    if (m_catchUpCancel)
        *m_catchUpCancel = true; // the check of the previous file ends early; its answer is dropped
    m_catchUp.reset();
    m_catchUpPending = false;
    m_ui->catchUpBox->setVisible(false);
    m_ui->newJobRadio->setChecked(true);
}

void FilePage::startCatchUpCheck()
{
    ImportWizard *w = importWizardOf(this);
    if (!w || w->storePath().isEmpty())
        return;
    clearCatchUp();
    // Off the GUI thread: the job store is read with a connection of its own, and the file's
    // emails are read again only when some job has its source and columns.
    m_catchUpCancel = std::make_shared<std::atomic_bool>(false);
    m_catchUpPending = true;
    m_catchUpWatcher.setFuture(QtConcurrent::run(
        [storePath = w->storePath(), path = m_result.path, source = m_result.source, mapping = m_mapping,
         cancel = m_catchUpCancel]() -> CatchUpCheck {
            CatchUpCheck check;
            check.path = path;
            check.match = Engine::CatchUpMatcher::find(storePath, path, source, mapping, cancel.get());
            return check;
        }));
}

void FilePage::onCatchUpChecked()
{
    if (m_catchUpWatcher.future().resultCount() == 0)
        return;
    const CatchUpCheck check = m_catchUpWatcher.result();
    if (check.path != m_result.path || !m_done || (m_catchUpCancel && *m_catchUpCancel))
        return; // another file is being read
    m_catchUpPending = false;
    m_catchUp = check.match;
    if (m_catchUp) {
        m_ui->catchUpText->setText(catchUpText(*m_catchUp));
        m_ui->catchUpBox->setVisible(true);
    }
    Q_EMIT catchUpChecked();
}

QString FilePage::catchUpText(const Engine::CatchUpMatch &match)
{
    const Store::JobRecord &job = match.job;
    const QDateTime when = (job.startedAt.isValid() ? job.startedAt : job.createdAt).toLocalTime();
    const QString date = QLocale().toString(when.date(), QLocale::LongFormat);
    const QString name = JobListModel::displayName(job);
    const QString users = QLocale().toString(match.overlap);
    const QString text =
        JobListModel::environmentOf(job) == u"rehearsal"_s
            //: %1 a file name, %2 a date, %3 a number of users
            ? tr("This looks like a newer export of “%1”, rehearsed on %2: %3 of its users are in this file.")
            //: %1 a file name, %2 a date, %3 a number of users
            : tr("This looks like a newer export of “%1”, imported on %2: %3 of its users are in this file.");
    return text.arg(name, date, users) + u' '
        + tr("A catch-up creates the new users, updates the users that changed, leaves the others as they are and "
             "lists the users no longer in the file (it deletes nobody).");
}

bool FilePage::isComplete() const
{
    return m_done && !m_watcher.isRunning() && m_result.opened && !m_result.header.isEmpty() && !m_result.needsSourceInput;
}

Source::Options FilePage::sourceOptions() const
{
    Source::Options o;
    o.firebaseHashConfig = m_ui->firebaseConfigEdit->toPlainText(); // in memory only, never stored
    const QString auth0 = QDir::fromNativeSeparators(m_ui->auth0PasswordsEdit->text().trimmed());
    if (!auth0.isEmpty())
        o.auth0PasswordsPath = QFileInfo(auth0).absoluteFilePath();
    o.tenantKey = m_ui->tenantKeyEdit->text().trimmed();
    o.createdAtKey = m_ui->createdAtKeyEdit->text().trimmed();
    return o;
}

void FilePage::showSourceInputs(Source::Kind kind)
{
    m_ui->firebaseBox->setVisible(kind == Source::Kind::Firebase);
    m_ui->auth0Box->setVisible(kind == Source::Kind::Auth0);
    // Any provider's export: created_at may go into the metadata; Supabase's and Auth0's app
    // metadata may name the organization (the person says which key).
    const bool provider = kind != Source::Kind::Csv && kind != Source::Kind::Auto;
    m_ui->providerOptionsBox->setVisible(provider);
    const bool appMetadata = kind == Source::Kind::Supabase || kind == Source::Kind::Auth0;
    m_ui->tenantKeyLabel->setVisible(appMetadata);
    m_ui->tenantKeyEdit->setVisible(appMetadata);
}

void FilePage::showSourceFacts(const FileInspection &r)
{
    const Source::Kind kind = r.source.kind;
    showSourceInputs(kind);
    if (kind == Source::Kind::Csv || kind == Source::Kind::Auto)
        m_ui->sourceLabel->clear(); // our CSV: nothing to say
    else
        m_ui->sourceLabel->setText(tr("Detected: a %1 export. Its users are read into the import's columns: the %1 id becomes "
                                      "the external_id.").arg(Source::kindName(kind)));
    if (!r.complete) {
        m_ui->fatesLabel->clear();
        return;
    }
    // Every row's password fate, before anything is written.
    const Model::PasswordFateCounts &f = r.summary.passwordFates;
    const QLocale locale;
    QStringList lines;
    QStringList kept;
    for (auto it = f.keptByType.cbegin(); it != f.keptByType.cend(); ++it)
        kept.append(u"%1 %2"_s.arg(locale.toString(it.value()), it.key().toHtmlEscaped()));
    QStringList converted;
    for (auto it = f.convertedTo.cbegin(); it != f.convertedTo.cend(); ++it)
        converted.append(tr("%1 to %2").arg(locale.toString(it.value()), it.key().toHtmlEscaped()));
    lines.append(u"<b>%1</b>"_s.arg(tr("Passwords:")) + u' '
                 + tr("%1 kept as-is%2, %3 converted%4, %5 without a password (they must reset it)")
                       .arg(locale.toString(f.kept), kept.isEmpty() ? QString() : u" ("_s + kept.join(u", "_s) + u')',
                            locale.toString(f.converted),
                            converted.isEmpty() ? QString() : u" ("_s + converted.join(u", "_s) + u')',
                            locale.toString(f.resetNeeded)));
    for (auto it = f.resetByReason.cbegin(); it != f.resetByReason.cend(); ++it)
        lines.append(u"&nbsp;&nbsp;• "_s + tr("reset needed, %1: %2").arg(it.key().toHtmlEscaped(), locale.toString(it.value())));
    m_ui->fatesLabel->setText(lines.join(u"<br>"_s));
}

bool FilePage::validatePage()
{
    ImportWizard *w = importWizardOf(this);
    if (!w)
        return true;
    w->inspection = m_result;
    w->mapping = m_mapping;
    const bool catchUp = m_catchUp && m_ui->catchUpRadio->isChecked();
    w->catchUpOf = catchUp ? m_catchUp->job.id : QString();
    w->catchUpName = catchUp ? JobListModel::displayName(m_catchUp->job) : QString();
    w->catchUpEnvironment = catchUp ? JobListModel::environmentOf(m_catchUp->job) : QString();
    return true;
}

int FilePage::nextId() const
{
    return ImportWizard::ColumnsPageId;
}

} // namespace Gui
