#pragma once
// FileInspection: what the wizard's file page shows about a CSV file: its dialect, header,
// the first rows, the import mode, the validation summary with the first issues, and the
// distinct organizations its valid rows name (for the organizations page). Made by inspect()
// in a QtConcurrent thread (Model::FileScan over the whole file, reporting progress through
// the QPromise); the result is a value handed to the GUI thread by a QFutureWatcher.

#include <csv/csvdialect.h>
#include <model/columnmapping.h>
#include <model/issue.h>
#include <model/orgref.h>
#include <model/validationsummary.h>
#include <source/sourceoptions.h>

#include <QtCore/QFuture>
#include <QtCore/QHash>
#include <QtCore/QMap>
#include <QtCore/QList>
#include <QtCore/QPromise>
#include <QtCore/QString>
#include <QtCore/QStringList>

namespace Gui {

struct FileInspection {
    QString path;
    // How the file was read: the kind detected (or chosen) and what reading it needs (Auth0's
    // password export, Firebase's hash parameters); JobSettings::source of the job.
    Source::Options source;
    // The reading cannot go on without something from the person (Firebase hash parameters):
    // the page asks for it and Next waits.
    bool needsSourceInput = false;
    bool json = false;       // a JSON export (no delimiter to speak of), not a CSV
    bool opened = false;     // the header could be read
    bool usable = false;     // the file can be imported (a header with an email column, rows)
    bool complete = false;   // every row was read
    QString problem;         // plain words when !usable
    Csv::Dialect dialect;
    QStringList header;
    QStringList unknownColumns;
    QStringList warnings;
    bool hasOrganizationColumns = false;
    QList<QStringList> previewRows; // the first rows, as fields
    Model::ValidationSummary summary;
    QList<Model::Issue> issues;     // the first MaxIssues
    qint64 issueCount = 0;
    QList<Model::OrgRef> organizations; // distinct, first appearance order; names filled in
    // Organization names used with more than one external id: name -> external ids.
    QList<QPair<QString, QStringList>> sameNameOrganizations;
    QHash<QString, qint64> rowsPerOrganization; // OrgRef::key() -> valid rows naming it
    QMap<QString, qint64> rowsPerRole;          // role slug -> valid rows giving it
    qint64 rowsWithSeveralRoles = 0;            // valid rows with two or more role slugs (Multiple Roles)

    static constexpr int PreviewRows = 20;
    static constexpr int MaxIssues = 5000;
    static constexpr int MaxOrganizations = 200000;
};

// Reads and validates the whole file; progress in per-mille of the file's bytes. Stops early
// when the future is cancelled. For QtConcurrent::run.
// `source` says what the file is and what reading it needs (Auto: detected from the content).
void inspectFile(QPromise<FileInspection> &promise, const QString &path, const Model::ColumnMapping &mapping,
                 const Source::Options &source);

// Without `source`: the options the File page remembered for this path (sourceOptionsFor).
QFuture<FileInspection> startInspection(const QString &path, const Model::ColumnMapping &mapping);
QFuture<FileInspection> startInspection(const QString &path, const Model::ColumnMapping &mapping, const Source::Options &source);

// What the person gave on the File page for a file (the Auth0 password export, the pasted
// Firebase parameters), kept in memory for this session so that every later check of the same
// file (the Columns page's) reads it the same way. Thread-safe.
void rememberSourceOptions(const QString &path, const Source::Options &source);
Source::Options sourceOptionsFor(const QString &path);

} // namespace Gui
