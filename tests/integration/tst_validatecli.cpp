// `workos-import validate` end to end: runs the built program on the fixtures in
// tests/data/validate and checks exit codes, the JSON summary and the --report files.

#include "../testsupport/importcli.h"

#include <QtTest/QtTest>

using namespace Qt::StringLiterals;

namespace {

// Values in the fixtures that must never be printed or reported.
const QStringList Secrets = {
    u"Hunter2-Secret!"_s,                                              // mixed_multi.csv, a password
    u"SECRETHASHVALUE123"_s,                                           // mixed_multi.csv, a hash without a type
    u"N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy"_s,          // mixed_multi.csv, bcrypt hash
    u"Corr3ct-Horse-Battery!"_s,                                       // valid_users.csv, a password
    u"R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW"_s,          // valid_users.csv, bcrypt hash
};

QString fixture(const QString &name)
{
    return QStringLiteral(WIZARD_TEST_DATA_DIR) + u"/validate/"_s + name;
}

struct Result {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// workos-import with `args` to its end, a minute at most (no key in its environment).
Result runImport(const QStringList &args)
{
    const TestSupport::CliResult r = TestSupport::ImportCli::run(args, {}, 60'000);
    return {r.timedOut ? -1 : r.exitCode, r.out, r.err};
}

void verifyNoSecrets(const QByteArray &text, const char *where)
{
    for (const QString &secret : Secrets)
        QVERIFY2(!text.contains(secret.toUtf8()), qPrintable(u"%1 leaks \"%2\""_s.arg(QLatin1StringView(where), secret)));
}

// Splits an RFC 4180 CSV text (as the report writes it) into rows of fields.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
        } else if (c == u'\n') {
            row.append(field);
            field.clear();
            rows.append(row);
            row.clear();
        } else if (c != u'\r') {
            field += c;
        }
    }
    return rows;
}

} // namespace

class TestValidateCli : public QObject
{
    Q_OBJECT

private slots:
    void exitCodes_data();
    void exitCodes();
    void notACsvFile();
    void nonAsciiFirstLetterCountsEveryRow_data();
    void nonAsciiFirstLetterCountsEveryRow();
    void humanSummary();
    void jsonSummary();
    void jsonSummaryOfValidFile();
    void jsonErrorOfUnusableFile();
    void csvReport();
    void jsonReport();
    void reportNeedsKnownExtension();
    void mapOption();
    void badMapOption();
    void singleOrganizationOption();
    void help();
};

void TestValidateCli::exitCodes_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stderrMentions");
    QTest::addRow("valid") << u"valid_users.csv"_s << 0 << QString();
    QTest::addRow("semicolon with BOM") << u"semicolon_bom.csv"_s << 0 << QString();
    QTest::addRow("invalid rows") << u"mixed_multi.csv"_s << 1 << QString();
    // "E-Mail Address" is an everyday header: recognised, as in the wizard (issue 18, any CSV).
    QTest::addRow("everyday email header") << u"no_email.csv"_s << 0 << QString();
    QTest::addRow("no email column") << u"no_email_column.csv"_s << 2 << u"--map \"Contact=email\""_s;
    QTest::addRow("header only") << u"header_only.csv"_s << 2 << u"no data rows"_s;
    QTest::addRow("empty") << u"empty.csv"_s << 2 << u"empty"_s;
    QTest::addRow("unterminated quote") << u"unterminated.csv"_s << 2 << u"never closed"_s;
    QTest::addRow("missing file") << u"does-not-exist.csv"_s << 2 << u"Cannot open"_s;
}

void TestValidateCli::exitCodes()
{
    QFETCH(QString, file);
    QFETCH(int, exitCode);
    QFETCH(QString, stderrMentions);
    const Result r = runImport({u"validate"_s, u"--csv"_s, fixture(file)});
    QVERIFY2(r.exitCode == exitCode, r.err.constData());
    if (!stderrMentions.isEmpty())
        QVERIFY2(QString::fromUtf8(r.err).contains(stderrMentions), r.err.constData());
    if (exitCode == 2)
        QVERIFY(!r.err.trimmed().isEmpty());
    verifyNoSecrets(r.out, "stdout");
    verifyNoSecrets(r.err, "stderr");
}

void TestValidateCli::notACsvFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"users.xlsx.csv"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("PK\x03\x04\x14\x00\x06\x00", 8) + QByteArray(200, '\0'));
    f.close();
    const Result r = runImport({u"validate"_s, u"--csv"_s, path});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("not a CSV"), r.err.constData());
}

// A line that starts with an accented letter is a row like any other: validate counts every
// row of the file (it once stopped there and reported the first rows as "every row").
void TestValidateCli::nonAsciiFirstLetterCountsEveryRow_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    const QByteArray head = "first_name,last_name,email\n"_ba;
    const QByteArray rows12 = "Ann,Lee,ann@example.com\nBob,Ray,bob@example.com\n"_ba;
    const QByteArray rows45 = "Zoe,Kim,zoe@example.com\nYan,Wu,yan@example.com\n"_ba;
    QTest::addRow("utf-8") << head + rows12 + "\xc3\x89lodie,Roy,elodie@example.com\n" + rows45 << u"UTF-8"_s;
    QTest::addRow("windows-1252") << head + rows12 + "\xc9lodie,Roy,elodie@example.com\n" + rows45 << u"Windows-1252"_s;
    QTest::addRow("header starts with a non-ASCII letter")
        << "\xc3\x89tiquette,first_name,email\nx,Ann,ann@example.com\ny,Bob,bob@example.com\n\xc3\xa9,\xc3\x89lodie,elodie@example.com\n"
           "z,Zoe,zoe@example.com\nw,Yan,yan@example.com\n"_ba
        << u"UTF-8"_s;
}

void TestValidateCli::nonAsciiFirstLetterCountsEveryRow()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"users.csv"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    f.close();
    const Result r = runImport({u"validate"_s, u"--json"_s, u"--csv"_s, path});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(u"rows"_s).toInteger(), 5);
    QCOMPARE(o.value(u"valid"_s).toInteger(), 5);
    QCOMPARE(o.value(u"distinct_emails"_s).toInteger(), 5);
    QCOMPARE(o.value(u"encoding"_s).toString(), encoding);
}

void TestValidateCli::humanSummary()
{
    const Result r = runImport({u"validate"_s, u"--csv"_s, fixture(u"mixed_multi.csv"_s)});
    QCOMPARE(r.exitCode, 1);
    const QString out = QString::fromUtf8(r.out);
    for (const QString &expected : {u"Rows:           10"_s, u"valid:        3"_s, u"invalid:      6"_s, u"duplicates:   1"_s,
                                    u"Warnings:       3"_s, u"Organizations:  3"_s, u"UTF-8"_s, u"comma"_s,
                                    u"\"Department\""_s, u"line 6, error email.invalid"_s, u"line 8, error external_id.duplicate"_s})
        QVERIFY2(out.contains(expected), qPrintable(u"missing \"%1\" in:\n%2"_s.arg(expected, out)));
    verifyNoSecrets(r.out, "stdout");
    verifyNoSecrets(r.err, "stderr");
}

void TestValidateCli::jsonSummary()
{
    const Result r = runImport({u"validate"_s, u"--csv"_s, fixture(u"mixed_multi.csv"_s), u"--json"_s});
    QCOMPARE(r.exitCode, 1);
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(r.out, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, r.out.constData());
    QCOMPARE(o.value(u"ok"_s).toBool(true), false);
    QCOMPARE(o.value(u"rows"_s).toInteger(), 10);
    QCOMPARE(o.value(u"valid"_s).toInteger(), 3);
    QCOMPARE(o.value(u"invalid"_s).toInteger(), 6);
    QCOMPARE(o.value(u"duplicates"_s).toInteger(), 1);
    QCOMPARE(o.value(u"warnings"_s).toInteger(), 3);
    QCOMPARE(o.value(u"errors"_s).toInteger(), 6);
    QCOMPARE(o.value(u"distinct_organizations"_s).toInteger(), 3);
    QCOMPARE(o.value(u"distinct_emails"_s).toInteger(), 2);
    QCOMPARE(o.value(u"memberships"_s).toInteger(), 3);
    QCOMPARE(o.value(u"mode"_s).toString(), u"multi-organization"_s);
    QCOMPARE(o.value(u"encoding"_s).toString(), u"UTF-8"_s);
    QCOMPARE(o.value(u"delimiter"_s).toString(), u","_s);
    QCOMPARE(o.value(u"ignored_columns"_s).toArray(), QJsonArray{u"Department"_s});
    QCOMPARE(o.value(u"file_warnings"_s).toArray().size(), 1);
    QCOMPARE(o.value(u"issues_by_rule"_s).toObject().value(u"external_id.duplicate"_s).toInteger(), 1);
    const QJsonArray first = o.value(u"first_issues"_s).toArray();
    QCOMPARE(first.size(), 9);
    QCOMPARE(first.at(0).toObject().value(u"rule"_s).toString(), u"duplicate.membership"_s);
    QCOMPARE(first.at(0).toObject().value(u"line"_s).toInteger(), 4);
    verifyNoSecrets(r.out, "stdout");
}

void TestValidateCli::jsonSummaryOfValidFile()
{
    const Result r = runImport({u"validate"_s, u"--json"_s, u"--csv"_s, fixture(u"semicolon_bom.csv"_s)});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(u"ok"_s).toBool(), true);
    QCOMPARE(o.value(u"rows"_s).toInteger(), 2);
    QCOMPARE(o.value(u"invalid"_s).toInteger(), 0);
    QCOMPARE(o.value(u"mode"_s).toString(), u"user-only"_s);
    QCOMPARE(o.value(u"delimiter"_s).toString(), u";"_s);
    QVERIFY(o.value(u"encoding"_s).toString().contains(u"BOM"_s));
}

void TestValidateCli::jsonErrorOfUnusableFile()
{
    const Result r = runImport({u"validate"_s, u"--json"_s, u"--csv"_s, fixture(u"no_email_column.csv"_s)});
    QCOMPARE(r.exitCode, 2);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(u"ok"_s).toBool(true), false);
    QCOMPARE(o.value(u"error"_s).toObject().value(u"code"_s).toString(), u"schema.no_email_column"_s);
    QVERIFY(!r.err.isEmpty());
}

void TestValidateCli::csvReport()
{
    QTemporaryDir dir;
    const QString report = dir.filePath(u"issues.csv"_s);
    const Result r = runImport({u"validate"_s, u"--csv"_s, fixture(u"mixed_multi.csv"_s), u"--report"_s, report});
    QCOMPARE(r.exitCode, 1);
    const QByteArray bytes = TestSupport::readFile(report);
    verifyNoSecrets(bytes, "the CSV report");
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes));
    QVERIFY(!rows.isEmpty());
    QCOMPARE(rows.first(), (QStringList{u"row"_s, u"line"_s, u"email"_s, u"severity"_s, u"rule"_s, u"field"_s, u"message"_s}));
    QCOMPARE(rows.size(), 1 + 9);
    QSet<int> errorLines;
    for (qsizetype i = 1; i < rows.size(); ++i) {
        QCOMPARE(rows[i].size(), 7);
        if (rows[i][3] == u"error"_s)
            errorLines.insert(rows[i][1].toInt());
        QCOMPARE(rows[i][0].toInt() + 1, rows[i][1].toInt()); // one-line rows: line = row + 1
    }
    QCOMPARE(errorLines, (QSet<int>{5, 6, 7, 8, 9, 11}));
    // Cells a spreadsheet would run as formulas are defused.
    QVERIFY(bytes.contains("\n8,9,'-frank@example.com,error,role_slugs.invalid,role_slugs,"));
    // Quoting: a message with commas and quotes survives the round trip.
    bool found = false;
    for (const QStringList &row : rows)
        found |= row.value(4) == u"email.invalid"_s && row.value(6).contains(u"\"carol@example\""_s);
    QVERIFY(found);
}

void TestValidateCli::jsonReport()
{
    QTemporaryDir dir;
    const QString report = dir.filePath(u"issues.json"_s);
    const Result r = runImport({u"validate"_s, u"--csv"_s, fixture(u"mixed_multi.csv"_s), u"--report"_s, report, u"--json"_s});
    QCOMPARE(r.exitCode, 1);
    const QByteArray bytes = TestSupport::readFile(report);
    verifyNoSecrets(bytes, "the JSON report");
    QJsonParseError error;
    const QJsonArray issues = QJsonDocument::fromJson(bytes, &error).array();
    QVERIFY2(error.error == QJsonParseError::NoError, bytes.constData());
    QCOMPARE(issues.size(), 9);
    QSet<int> errorLines;
    for (const QJsonValue v : issues) {
        const QJsonObject o = v.toObject();
        for (const QString &key : {u"row"_s, u"line"_s, u"email"_s, u"severity"_s, u"rule"_s, u"field"_s, u"message"_s})
            QVERIFY2(o.contains(key), qPrintable(key));
        if (o.value(u"severity"_s).toString() == u"error"_s)
            errorLines.insert(int(o.value(u"line"_s).toInteger()));
    }
    QCOMPARE(errorLines, (QSet<int>{5, 6, 7, 8, 9, 11}));
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(u"report"_s).toString(), report);

    // A file without issues gives an empty array, not a missing file.
    const QString empty = dir.filePath(u"none.json"_s);
    QCOMPARE(runImport({u"validate"_s, u"--csv"_s, fixture(u"valid_users.csv"_s), u"--report"_s, empty}).exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(TestSupport::readFile(empty)).array().size(), 0);
    QVERIFY(QJsonDocument::fromJson(TestSupport::readFile(empty)).isArray());
}

void TestValidateCli::reportNeedsKnownExtension()
{
    QTemporaryDir dir;
    const Result r = runImport({u"validate"_s, u"--csv"_s, fixture(u"valid_users.csv"_s), u"--report"_s, dir.filePath(u"out.txt"_s)});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(".csv or .json"));
    QVERIFY(!QFile::exists(dir.filePath(u"out.txt"_s)));
}

void TestValidateCli::mapOption()
{
    const Result r = runImport({u"validate"_s, u"--csv"_s, fixture(u"no_email.csv"_s), u"--map"_s, u"E-Mail Address=email,Name=first_name"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(u"valid"_s).toInteger(), 2);
    QCOMPARE(o.value(u"ignored_columns"_s).toArray().size(), 0);
}

void TestValidateCli::badMapOption()
{
    const Result r = runImport({u"validate"_s, u"--csv"_s, fixture(u"no_email.csv"_s), u"--map"_s, u"E-Mail Address=mail"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("unknown field \"mail\"") && r.err.contains("email, password"), r.err.constData());
}

void TestValidateCli::singleOrganizationOption()
{
    const Result r = runImport({u"validate"_s, u"--csv"_s, fixture(u"valid_users.csv"_s), u"--org-external-id"_s, u"acme"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(u"mode"_s).toString(), u"single-organization"_s);
    QCOMPARE(o.value(u"distinct_organizations"_s).toInteger(), 1);
    QCOMPARE(o.value(u"memberships"_s).toInteger(), 3);

    // A file with organization columns cannot take one organization for all rows.
    const Result conflict = runImport({u"validate"_s, u"--csv"_s, fixture(u"mixed_multi.csv"_s), u"--org-id"_s, u"org_1"_s});
    QCOMPARE(conflict.exitCode, 2);
    QVERIFY(conflict.err.contains("organization columns"));
}

void TestValidateCli::help()
{
    const Result top = runImport({u"--help"_s});
    QCOMPARE(top.exitCode, 0);
    QVERIFY(top.out.contains("validate"));
    const Result r = runImport({u"validate"_s, u"--help"_s});
    QCOMPARE(r.exitCode, 0);
    for (const char *text : {"--csv", "--map", "--report", "--json", "Exit codes"})
        QVERIFY2(r.out.contains(text), text);
    const Result noCsv = runImport({u"validate"_s});
    QCOMPARE(noCsv.exitCode, 2);
    QVERIFY(noCsv.err.contains("--csv"));
}

QTEST_GUILESS_MAIN(TestValidateCli)
#include "tst_validatecli.moc"
