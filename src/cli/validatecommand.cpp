#include "validatecommand.h"

#include "console.h"
#include "sourceflags.h"

#include <model/columnmapping.h>
#include <model/filemapping.h>
#include <source/sourcemapping.h>
#include <model/orgnames.h>
#include <model/filescan.h>
#include <report/validationreport.h>
#include <store/fileidentity.h>

#include <QtCore/QCommandLineParser>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QSet>

#include <memory>

using namespace Qt::StringLiterals;

namespace Cli {

namespace {

constexpr int ShownIssues = 20;
constexpr int MaxOrganizations = 200000;

struct Options {
    QString csv;
    QString report;
    Model::ColumnMapping mapping;
    std::optional<Model::FileMapping> fileMapping; // the mapping used, with what it left out
    Model::OrgRef singleOrg;
    Source::Options source;
    bool json = false;
};

const char HelpText[] =
    "Usage: workos-import validate --csv FILE [--map SPEC] [--report OUT.csv|OUT.json] [--json]\n"
    "                              [--org-id ID | --org-external-id ID [--org-name NAME]]\n"
    "                              [--source KIND] [--firebase-hash-config FILE] [--auth0-passwords FILE]\n"
    "                              [--org-from-app-metadata KEY] [--created-at-metadata KEY]\n"
    "\n"
    "Checks a CSV file (or a provider's export) against the import rules without importing\n"
    "anything and without contacting WorkOS. Prints the source it was read as, how many rows\n"
    "are valid, invalid or duplicates, every password's fate, the import mode, the\n"
    "organizations, the detected encoding and delimiter, and the first issues with their\n"
    "line numbers.\n"
    "\n"
    "Options:\n"
    "  --csv FILE               The file to check (required): a CSV, or an export of Auth0,\n"
    "                           Firebase, Clerk, Supabase, Cognito or Okta (docs/sources.md).\n"
    "  --map SPEC               Map your column names onto the import fields, for example\n"
    "                           --map \"Email Address=email,Given Name=first_name\". Everyday\n"
    "                           headers (English, German, French, Spanish, Italian, Dutch,\n"
    "                           Portuguese: \"Prénom\", \"Nachname\", \"Société\") are recognised\n"
    "                           without it; --map overrides them, \"Column=ignore\" leaves a\n"
    "                           column out. The mapping used is printed.\n"
    "  --report FILE            Write every issue to FILE: CSV for a .csv name, JSON for .json.\n"
    "                           Columns: row,line,email,severity,rule,field,message.\n"
    "  --json                   Print the summary as JSON instead of text.\n"
    "  --org-id ID              All users join this WorkOS organization (a file without\n"
    "                           organization columns).\n"
    "  --org-external-id ID     All users join the organization with this external id.\n"
    "  --org-name NAME          The name of that organization (with --org-external-id).\n"
    "%SOURCEFLAGS%"
    "  -h, --help               Show this help.\n"
    "\n"
    "Every row's password fate is counted: kept as-is, converted (to which type), or no\n"
    "password: reset needed (why).\n"
    "\n"
    "Columns: email (required), password, password_hash, password_hash_type, first_name,\n"
    "last_name, email_verified, external_id, metadata, org_id, org_external_id, org_name,\n"
    "role_slugs, in any order; see docs/csv-format.md. Passwords and hashes are never printed.\n"
    "\n"
    "Exit codes: 0 no invalid rows, 1 some rows are invalid, 2 the file cannot be used\n"
    "(unreadable, empty, only a header, not a CSV, no email column) or the options are wrong.\n";

// Prints a problem that stops the command; with --json also a JSON object on stdout.
int fail(const Options &options, const QString &id, const QString &message)
{
    err() << "workos-import validate: " << message << '\n';
    err().flush();
    if (options.json) {
        const QJsonObject o{{u"ok"_s, false},
                            {u"file"_s, options.csv},
                            {u"error"_s, QJsonObject{{u"code"_s, id}, {u"message"_s, message}}}};
        out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
        out().flush();
    }
    return ExitUnusable;
}

std::optional<Options> parseOptions(const QStringList &args, int *exitCode)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(QStringList{u"h"_s, u"help"_s});
    const QCommandLineOption csv(u"csv"_s, {}, u"FILE"_s);
    const QCommandLineOption map(u"map"_s, {}, u"SPEC"_s);
    const QCommandLineOption report(u"report"_s, {}, u"FILE"_s);
    const QCommandLineOption json(u"json"_s);
    const QCommandLineOption orgId(u"org-id"_s, {}, u"ID"_s);
    const QCommandLineOption orgExternalId(u"org-external-id"_s, {}, u"ID"_s);
    const QCommandLineOption orgName(u"org-name"_s, {}, u"NAME"_s);
    parser.addOptions({help, csv, map, report, json, orgId, orgExternalId, orgName});
    const SourceFlags sourceFlags;
    sourceFlags.addTo(parser);

    Options options;
    *exitCode = ExitUnusable;
    if (!parser.parse(args)) {
        err() << "workos-import validate: " << parser.errorText() << ". Run \"workos-import validate --help\".\n";
        return std::nullopt;
    }
    options.json = parser.isSet(json);
    if (parser.isSet(help)) {
        out() << QString::fromLatin1(HelpText).replace(u"%SOURCEFLAGS%"_s, QString::fromLatin1(SourceFlagsHelp));
        *exitCode = ExitOk;
        return std::nullopt;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err() << "workos-import validate: unexpected argument \"" << parser.positionalArguments().first()
              << "\". Give the file with --csv FILE.\n";
        return std::nullopt;
    }
    options.csv = parser.value(csv);
    if (options.csv.isEmpty()) {
        err() << "workos-import validate: which file? Give it with --csv FILE.\n";
        return std::nullopt;
    }
    QString error;
    const std::optional<Model::ColumnMapping> mapping = Model::ColumnMapping::parse(parser.value(map), &error);
    if (!mapping) {
        *exitCode = fail(options, u"options.map"_s, error);
        return std::nullopt;
    }
    options.mapping = *mapping;
    const std::optional<Source::Options> source = sourceFlags.read(parser, &error);
    if (!source) {
        *exitCode = fail(options, u"options.source"_s, error);
        return std::nullopt;
    }
    options.source = *source;
    // The wizard's mapping: everyday headers (seven languages) and values, --map on top, for every
    // format (sourcemapping.h). A file that cannot be read keeps --map alone (the scan then says
    // what is wrong with it).
    options.fileMapping = Source::fileMapping(options.csv, options.source, parser.value(map));
    if (options.fileMapping)
        options.mapping = options.fileMapping->mapping;
    options.report = parser.value(report);
    if (!options.report.isEmpty() && !Report::ValidationReport::formatForPath(options.report)) {
        *exitCode = fail(options, u"options.report"_s,
                         u"the report \"%1\" must end in .csv or .json (that decides its format)."_s.arg(options.report));
        return std::nullopt;
    }
    if (const QString clash = Store::outputPathProblem(options.report, {}, {options.csv}); !clash.isEmpty()) {
        *exitCode = fail(options, u"options.report"_s, u"--report: "_s + clash);
        return std::nullopt;
    }
    options.singleOrg = Model::OrgRef{parser.value(orgId), parser.value(orgExternalId), parser.value(orgName)};
    if (!options.singleOrg.name.isEmpty() && options.singleOrg.externalId.isEmpty()) {
        *exitCode = fail(options, u"options.org"_s, u"--org-name needs --org-external-id."_s);
        return std::nullopt;
    }
    return options;
}

QString plural(qint64 n, const char *one, const char *many)
{
    return QString::number(n) + u' ' + QString::fromLatin1(n == 1 ? one : many);
}

} // namespace

int runValidate(const QStringList &args)
{
    int exitCode = ExitUnusable;
    const std::optional<Options> parsed = parseOptions(args, &exitCode);
    if (!parsed)
        return exitCode;
    const Options &options = *parsed;

    Model::FileScan::Options scanOptions;
    scanOptions.mapping = options.mapping;
    scanOptions.singleOrganization = options.singleOrg;
    scanOptions.detail = Model::RowDetail::IssuesOnly;
    scanOptions.source = options.source;
    Model::FileScan scan(options.csv, scanOptions);
    if (!scan.open())
        return fail(options, scan.errorId(), scan.errorMessage());

    std::unique_ptr<Report::ValidationReport> report;
    if (!options.report.isEmpty()) {
        report = std::make_unique<Report::ValidationReport>(options.report, *Report::ValidationReport::formatForPath(options.report));
        QString error;
        if (!report->open(&error))
            return fail(options, u"report.cannot_write"_s, error);
    }

    QElapsedTimer timer;
    timer.start();
    QList<Model::Issue> shown;
    QList<Model::OrgRef> organizations; // distinct, first appearance: for names written differently
    QSet<QString> seenOrganizations;
    const bool complete = scan.run([&](const Model::RowResult &result) {
        if (result.disposition == Model::Disposition::Import && !result.row.org.isEmpty()
            && seenOrganizations.size() < MaxOrganizations) {
            const QString key = result.row.org.key();
            if (!seenOrganizations.contains(key)) {
                seenOrganizations.insert(key);
                organizations.append(result.row.org);
            }
        }
        for (const Model::Issue &issue : result.issues) {
            if (shown.size() < ShownIssues)
                shown.append(issue);
            if (report)
                report->add(issue);
        }
    });
    const Model::ValidationSummary &summary = scan.summary();

    // A reading error that ends the file early (an unterminated quote, an I/O error) makes the
    // file unusable as a whole: the rows after it cannot be seen. It goes into the report too.
    const bool readFailed = !complete && scan.errorId() != u"csv.no_rows"_s;
    if (readFailed) {
        const Model::Issue fatal{summary.rows + 1, scan.errorLine(), QString(), Model::Severity::Error,
                                 scan.errorId(), QString(), scan.errorMessage()};
        if (shown.size() < ShownIssues)
            shown.append(fatal);
        if (report)
            report->add(fatal);
    }
    if (report) {
        QString error;
        if (!report->commit(&error))
            return fail(options, u"report.cannot_write"_s, error);
    }
    if (!complete)
        return fail(options, scan.errorId(), scan.errorMessage());

    const QStringList fileWarnings = scan.fileWarnings();
    // Issue 17.12: names that differ only by case, spacing or punctuation become separate
    // organizations. Said before anything is written.
    const QList<QList<Model::OrgRef>> similar = Model::OrgNames::similarGroups(organizations);
    const Csv::Dialect &dialect = scan.dialect();
    const QString encoding = Csv::encodingName(dialect.encoding, dialect.hasBom);
    const QString delimiter = Csv::delimiterName(dialect.delimiter);
    const int result = summary.invalid > 0 ? ExitInvalidRows : ExitOk;
    const qint64 totalIssues = summary.errors + summary.warnings;

    if (options.json) {
        QJsonObject o = summary.toJson();
        o.insert(u"ok"_s, result == ExitOk);
        o.insert(u"file"_s, options.csv);
        o.insert(u"source"_s, Source::kindId(scan.sourceKind()));
        o.insert(u"encoding"_s, encoding);
        o.insert(u"delimiter"_s, QString(QChar::fromLatin1(dialect.delimiter)));
        o.insert(u"delimiter_name"_s, delimiter);
        o.insert(u"columns"_s, QJsonArray::fromStringList(scan.schema().header()));
        o.insert(u"ignored_columns"_s, QJsonArray::fromStringList(scan.schema().unknownColumns()));
        o.insert(u"file_warnings"_s, QJsonArray::fromStringList(fileWarnings));
        o.insert(u"mapping"_s, options.mapping.toString());
        if (options.fileMapping) {
            QJsonArray questions;
            for (const Model::ColumnQuestion &q : std::as_const(options.fileMapping->questions))
                questions.append(QJsonObject{{u"column"_s, q.header},
                                             {u"looks_like"_s, Model::ValueProfile::describe(q.looksLike)},
                                             {u"suggestion"_s, q.suggestion ? Model::fieldName(*q.suggestion) : QString()}});
            o.insert(u"columns_not_imported_that_look_like_data"_s, questions);
        }
        QJsonArray similarJson;
        for (const QList<Model::OrgRef> &group : similar) {
            QJsonArray names;
            for (const Model::OrgRef &org : group)
                names.append(QJsonObject{{u"name"_s, org.name}, {u"key"_s, org.key()}});
            similarJson.append(names);
        }
        o.insert(u"similar_organization_names"_s, similarJson);
        if (summary.mode == Model::ImportMode::SingleOrganization)
            o.insert(u"organization"_s, scan.schema().singleOrganization().key());
        QJsonArray first;
        for (const Model::Issue &issue : std::as_const(shown))
            first.append(Report::ValidationReport::toJson(issue));
        o.insert(u"first_issues"_s, first);
        o.insert(u"report"_s, options.report.isEmpty() ? QJsonValue() : QJsonValue(options.report));
        o.insert(u"seconds"_s, double(timer.elapsed()) / 1000.0);
        out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
        out().flush();
        return result;
    }

    QTextStream &o = out();
    o << "File:           " << QFileInfo(options.csv).fileName() << '\n'
      << "Source:         " << Source::kindName(scan.sourceKind()) << '\n'
      << "Encoding:       " << encoding << ", delimiter: " << delimiter << '\n'
      << "Import mode:    " << Model::importModeDescription(summary.mode) << '\n'
      << "Rows:           " << summary.rows << '\n'
      << "  valid:        " << summary.valid << " (to import)\n"
      << "  invalid:      " << summary.invalid << " (not imported)\n"
      << "  duplicates:   " << summary.duplicates << " (skipped)\n"
      << "Warnings:       " << summary.warnings << '\n'
      << "Users:          " << summary.distinctEmails << " distinct emails\n";
    {
        const Model::PasswordFateCounts &f = summary.passwordFates;
        o << "Passwords:      " << f.kept << " kept as-is, " << f.converted << " converted, " << f.resetNeeded
          << " without a password (reset needed)\n";
        for (auto it = f.keptByType.constBegin(); it != f.keptByType.constEnd(); ++it)
            o << "  kept (" << it.key() << "): " << it.value() << '\n';
        for (auto it = f.convertedTo.constBegin(); it != f.convertedTo.constEnd(); ++it)
            o << "  converted to " << it.key() << ": " << it.value() << '\n';
        for (auto it = f.resetByReason.constBegin(); it != f.resetByReason.constEnd(); ++it)
            o << "  reset needed, " << it.key() << ": " << it.value() << '\n';
    }
    if (summary.mode != Model::ImportMode::UserOnly)
        o << "Organizations:  " << summary.distinctOrganizations << '\n'
          << "Memberships:    " << summary.memberships << '\n';
    if (options.fileMapping) {
        o << "\nColumns (the mapping used; change it with --map \"Column=field\" or \"Column=ignore\"):\n";
        for (const QString &line : options.fileMapping->describe())
            o << line << '\n';
    }
    if (!similar.isEmpty()) {
        o << "\nOrganizations whose names differ only in case, spacing or punctuation (each becomes a separate\n"
             "organization; write each name the same way, or give them the same id, if they are one):\n";
        for (const QList<Model::OrgRef> &group : similar) {
            QStringList names;
            for (const Model::OrgRef &org : group)
                names.append(u"\"%1\""_s.arg(org.name) + (org.externalId == org.name ? QString() : u" (%1)"_s.arg(org.externalId)));
            o << "  - " << names.join(u", "_s) << '\n';
        }
    }
    if (!fileWarnings.isEmpty()) {
        o << "\nAbout the file:\n";
        for (const QString &w : fileWarnings)
            o << "  - " << w << '\n';
    }
    if (!shown.isEmpty()) {
        o << '\n'
          << (totalIssues > shown.size() ? u"First %1 of %2 issues"_s.arg(shown.size()).arg(totalIssues) : u"Issues"_s)
          << (options.report.isEmpty() ? u" (write them all with --report FILE.csv):\n"_s : u":\n"_s);
        for (const Model::Issue &issue : std::as_const(shown)) {
            o << "  line " << issue.line << ", " << Model::severityId(issue.severity) << " " << issue.rule;
            if (!issue.field.isEmpty())
                o << " (" << issue.field << ")";
            o << ": " << issue.message << '\n';
        }
    }
    if (!options.report.isEmpty())
        o << "\nReport:         " << options.report << " (" << plural(totalIssues, "issue", "issues") << ")\n";
    o << '\n';
    if (summary.invalid > 0)
        o << "Result: " << plural(summary.invalid, "row is", "rows are")
          << " invalid and would not be imported. Correct them in the file and check again, or import the valid rows only.\n";
    else
        o << "Result: every row can be imported.\n";
    o.flush();
    return result;
}

} // namespace Cli
