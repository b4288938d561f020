#include "fileinspection.h"
#include "source/jsonreader.h"

#include <csv/csvreader.h>
#include <model/filescan.h>
#include <model/schema.h>
#include <source/detect.h>

#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QCoreApplication>
#include <QtCore/QHash>
#include <QtCore/QMutex>
#include <QtCore/QSet>

#include <atomic>

using namespace Qt::StringLiterals;

namespace Gui {

namespace {
QMutex g_sourcesMutex;
QHash<QString, Source::Options> g_sources;
}

void rememberSourceOptions(const QString &path, const Source::Options &source)
{
    QMutexLocker lock(&g_sourcesMutex);
    g_sources.insert(path, source);
}

Source::Options sourceOptionsFor(const QString &path)
{
    QMutexLocker lock(&g_sourcesMutex);
    return g_sources.value(path);
}

void inspectFile(QPromise<FileInspection> &promise, const QString &path, const Model::ColumnMapping &mapping,
                 const Source::Options &source)
{
    FileInspection r;
    r.path = path;
    r.source = source;
    promise.setProgressRange(0, 1000);
    promise.setProgressValue(0);

    // The first rows for the preview: a CSV as written, a provider's export as it is read
    // (the import's columns; hashes are hidden by the page).
    {
        const auto reader = Source::openReader(path, source);
        if (reader->open()) {
            r.header = reader->header();
            r.dialect = reader->dialect();
            r.source.kind = reader->kind();
            r.json = dynamic_cast<const Source::JsonReader *>(reader.get()) != nullptr;
            Csv::Record rec;
            while (r.previewRows.size() < FileInspection::PreviewRows && reader->next(rec))
                r.previewRows.append(rec.fields);
        }
    }

    Model::FileScan::Options options;
    options.mapping = mapping;
    options.source = source;
    // Role slugs are only copied into the row with the full detail: pay for it only when the
    // file has them (the Organizations & roles page checks them against the environment).
    const bool roles = Model::Schema::fromHeader(r.header, mapping).has(Model::Field::RoleSlugs);
    options.detail = roles ? Model::RowDetail::Full : Model::RowDetail::IssuesOnly;
    Model::FileScan scan(path, options);
    if (!scan.open()) {
        r.problem = scan.errorMessage();
        r.opened = !r.header.isEmpty();
        promise.addResult(r);
        return;
    }
    r.opened = true;
    r.source.kind = scan.sourceKind();
    r.dialect = scan.dialect();
    r.header = scan.schema().header();
    r.unknownColumns = scan.schema().unknownColumns();
    r.hasOrganizationColumns = scan.schema().hasOrganizationColumns();
    if (!scan.schema().isUsable()) {
        r.problem = scan.schema().problem();
        r.warnings = scan.fileWarnings();
        promise.addResult(r);
        return;
    }

    QHash<QString, qsizetype> orgIndex;
    QHash<QString, QSet<QString>> externalIdsByName;
    std::atomic_bool cancel {false};
    const qint64 size = std::max<qint64>(1, scan.fileSize());
    qint64 counted = 0;
    const bool ok = scan.run([&](const Model::RowResult &row) {
        for (const Model::Issue &issue : row.issues) {
            ++r.issueCount;
            if (r.issues.size() < FileInspection::MaxIssues)
                r.issues.append(issue);
        }
        if (row.disposition == Model::Disposition::Import && !row.row.org.isEmpty()) {
            const QString key = row.row.org.key();
            ++r.rowsPerOrganization[key];
            for (const QString &slug : row.row.roleSlugs)
                ++r.rowsPerRole[slug];
            if (row.row.roleSlugs.size() > 1)
                ++r.rowsWithSeveralRoles;
            const auto it = orgIndex.constFind(key);
            if (it == orgIndex.constEnd()) {
                if (r.organizations.size() < FileInspection::MaxOrganizations) {
                    orgIndex.insert(key, r.organizations.size());
                    r.organizations.append(row.row.org);
                }
            } else if (r.organizations[*it].name.isEmpty()) {
                r.organizations[*it].name = row.row.org.name;
            }
            if (!row.row.org.name.isEmpty() && !row.row.org.externalId.isEmpty())
                externalIdsByName[row.row.org.name.trimmed().toCaseFolded()].insert(row.row.org.externalId);
        }
        if ((++counted & 1023) == 0) {
            promise.setProgressValue(int(std::min<qint64>(999, row.row.endOffset * 1000 / size)));
            if (promise.isCanceled())
                cancel = true;
        }
    }, &cancel);
    r.summary = scan.summary();
    r.warnings = scan.fileWarnings();
    r.complete = ok;
    if (!ok) {
        r.problem = scan.errorId() == u"scan.cancelled"_s ? QCoreApplication::translate("Gui::FileInspection", "The check was cancelled.") : scan.errorMessage();
        r.usable = false;
        r.needsSourceInput = scan.errorId() == u"source.firebase_hash_config"_s;
    } else {
        r.usable = r.summary.valid > 0;
        if (!r.usable)
            r.problem = QCoreApplication::translate("Gui::FileInspection", "No row of this file can be imported: every row has a problem. "
                           "The tab “Rows with problems” says what is wrong with each row: fix the file (or the choices on this page) and choose it again.");
    }
    for (auto it = externalIdsByName.cbegin(); it != externalIdsByName.cend(); ++it) {
        if (it.value().size() < 2)
            continue;
        QStringList ids = it.value().values();
        ids.sort();
        QString name;
        for (const Model::OrgRef &o : std::as_const(r.organizations))
            if (o.name.trimmed().toCaseFolded() == it.key()) {
                name = o.name;
                break;
            }
        r.sameNameOrganizations.append({name, ids});
    }
    promise.setProgressValue(1000);
    promise.addResult(r);
}

QFuture<FileInspection> startInspection(const QString &path, const Model::ColumnMapping &mapping)
{
    return startInspection(path, mapping, sourceOptionsFor(path));
}

QFuture<FileInspection> startInspection(const QString &path, const Model::ColumnMapping &mapping, const Source::Options &source)
{
    return QtConcurrent::run(&inspectFile, path, mapping, source);
}

} // namespace Gui
