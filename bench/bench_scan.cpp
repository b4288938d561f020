// bench_scan: reads a users CSV and validates every row with Model::FileScan (CsvReader +
// Validator), the work `workos-import
// validate` and the wizard's check page do, and prints rows, valid, invalid, seconds and rows/s.
// Run it under /usr/bin/time -v for the peak memory.
//
//   bench_scan --csv FILE [--map SPEC] [--two-threads] [--read-only]
//              [--firebase-hash-config FILE] [--auth0-passwords FILE]   (provider exports: docs/sources.md)
//
// --two-threads reads on a second thread while the first validates (FileScan::Options::
// readInThread); --read-only measures the CSV reader alone.

#include <csv/csvreader.h>
#include <model/columnmapping.h>
#include <model/filescan.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QStringList>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

int usage()
{
    std::fprintf(stderr, "Usage: bench_scan --csv FILE [--map SPEC] [--two-threads] [--read-only] "
                         "[--firebase-hash-config FILE] [--auth0-passwords FILE]\n");
    return 2;
}

int readOnly(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    Csv::CsvReader reader(path);
    if (!reader.open()) {
        std::fprintf(stderr, "bench_scan: %s\n", qUtf8Printable(reader.errorMessage()));
        return 2;
    }
    Csv::Record record;
    qint64 rows = 0;
    while (reader.next(record))
        ++rows;
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    std::printf("file: %s\nbytes: %lld\nrows: %lld\nseconds: %.3f\nrows_per_second: %.0f\n", qUtf8Printable(path),
                static_cast<long long>(reader.fileSize()), static_cast<long long>(rows), seconds,
                seconds > 0 ? double(rows) / seconds : 0.0);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    QString path, map;
    bool twoThreads = false, onlyRead = false;
    Source::Options source;
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == u"--firebase-hash-config"_s && i + 1 < args.size()) {
            source.firebaseHashConfigPath = args[++i];
            continue;
        }
        if (args[i] == u"--auth0-passwords"_s && i + 1 < args.size()) {
            source.auth0PasswordsPath = args[++i];
            continue;
        }
        if (args[i] == u"--csv"_s && i + 1 < args.size())
            path = args[++i];
        else if (args[i] == u"--map"_s && i + 1 < args.size())
            map = args[++i];
        else if (args[i] == u"--two-threads"_s)
            twoThreads = true;
        else if (args[i] == u"--read-only"_s)
            onlyRead = true;
        else
            return usage();
    }
    if (path.isEmpty())
        return usage();
    if (onlyRead)
        return readOnly(path);

    QString error;
    const std::optional<Model::ColumnMapping> mapping = Model::ColumnMapping::parse(map, &error);
    if (!mapping) {
        std::fprintf(stderr, "bench_scan: %s\n", qUtf8Printable(error));
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    Model::FileScan::Options options;
    options.mapping = *mapping;
    options.readInThread = twoThreads;
    options.source = source;
    Model::FileScan scan(path, options);
    if (!scan.open()) {
        std::fprintf(stderr, "bench_scan: %s\n", qUtf8Printable(scan.errorMessage()));
        return 2;
    }
    qint64 issues = 0;
    const bool complete = scan.run([&](const Model::RowResult &r) { issues += r.issues.size(); });
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const Model::ValidationSummary &s = scan.summary();
    std::printf("source: %s\n", qUtf8Printable(Source::kindId(scan.sourceKind())));
    std::printf("file: %s\nbytes: %lld\nrows: %lld\nvalid: %lld\ninvalid: %lld\nduplicates: %lld\nissues: %lld\n"
                "distinct_emails: %lld\norganizations: %lld\nstate_bytes: %zu\nseconds: %.3f\nrows_per_second: %.0f\n",
                qUtf8Printable(path), static_cast<long long>(scan.fileSize()), static_cast<long long>(s.rows),
                static_cast<long long>(s.valid), static_cast<long long>(s.invalid), static_cast<long long>(s.duplicates),
                static_cast<long long>(issues), static_cast<long long>(s.distinctEmails),
                static_cast<long long>(s.distinctOrganizations), scan.stateBytes(), seconds,
                seconds > 0 ? double(s.rows) / seconds : 0.0);
    if (!complete)
        std::fprintf(stderr, "bench_scan: %s\n", qUtf8Printable(scan.errorMessage()));
    return complete ? 0 : 1;
}
