// The error report: exact CSV / JSON / JSON-lines content, RFC 4180 quoting, the formula guard,
// hints, the extension rule, atomic writes, and reading straight from the job store.
#include "csv/csvreader.h"
#include "report/errorreport.h"
#include "store/jobstore.h"

#include "../testsupport/importfiles.h"

#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>

using namespace Qt::StringLiterals;
using TestSupport::readFile;
using Report::ErrorReport;
using Store::RowOutcome;

namespace {

QList<RowOutcome> sampleRows()
{
    RowOutcome a;
    a.row = 3;
    a.line = 4;
    a.email = u"bad-email"_s;
    a.outcome = Store::Outcome::Invalid;
    a.stage = Store::Stage::Validate;
    a.code = u"email.invalid"_s;
    a.message = u"The email \"bad-email\" has no @, see line 4"_s;

    RowOutcome b;
    b.row = 10;
    b.line = 12;
    b.email = u"=HYPERLINK(\"http://evil\")@x.com"_s;
    b.orgKey = u"ext:acme, inc"_s;
    b.outcome = Store::Outcome::Failed;
    b.stage = Store::Stage::Membership;
    b.code = u"invalid_role"_s;
    b.httpStatus = 422;
    b.message = u"Role 'boss' does not exist.\nCreate it first."_s;
    b.requestId = u"req_01H"_s;

    RowOutcome c;
    c.row = 11;
    c.line = 13;
    c.email = u"zoë@example.com"_s;
    c.orgKey = u"id:org_123"_s;
    c.outcome = Store::Outcome::Failed;
    c.stage = Store::Stage::User;
    c.code = u"rate_limited"_s;
    c.httpStatus = 429;
    c.message = u"-too many requests\t(slow down)"_s;
    c.requestId = u"@req"_s;
    c.retryable = true;
    return {a, b, c};
}

ErrorReport::RowSource sourceOf(const QList<RowOutcome> &rows)
{
    return [rows](const ErrorReport::RowSink &sink, QString *) {
        for (const RowOutcome &r : rows) {
            if (!sink(r))
                break;
        }
        return true;
    };
}

const QString emailHint = u"Fix the email address in the CSV, then import the corrected file as a new job (users already imported are recognised, not created twice)."_s;
const QString roleHint = u"Create the role in the WorkOS dashboard, then retry every failed row (workos-import retry JOB --all); or fix role_slugs in the CSV and import the corrected file as a new job."_s;
const QString rateHint = u"Retry failed rows; the import respects WorkOS's rate limits."_s;

} // namespace

class TestErrorReport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void csvContent()
    {
        const QString path = m_dir.filePath(u"errors.csv"_s);
        ErrorReport report(path);
        QString error;
        QVERIFY2(report.write(sourceOf(sampleRows()), &error), qPrintable(error));
        QCOMPARE(report.rowsWritten(), 3);

        const QByteArray expected =
            "row,line,email,org,stage,code,http_status,message,request_id,retryable,hint\r\n"
            "3,4,bad-email,,validate,email.invalid,,\"The email \"\"bad-email\"\" has no @, see line 4\",,false,"
            "\"Fix the email address in the CSV, then import the corrected file as a new job (users already imported are recognised, not created twice).\"\r\n"
            "10,12,\"'=HYPERLINK(\"\"http://evil\"\")@x.com\",\"ext:acme, inc\",membership,invalid_role,422,"
            "\"Role 'boss' does not exist.\nCreate it first.\",req_01H,false,"
            "\"Create the role in the WorkOS dashboard, then retry every failed row (workos-import retry JOB --all); or fix role_slugs in the CSV and import the corrected file as a new job.\"\r\n"
            "11,13,zo\xc3\xab@example.com,id:org_123,user,rate_limited,429,'-too many requests\t(slow down),"
            "'@req,true,Retry failed rows; the import respects WorkOS's rate limits.\r\n";
        QCOMPARE(readFile(path), expected);

        // The project's own RFC 4180 reader reads it back cell for cell.
        Csv::CsvReader reader(path);
        QVERIFY2(reader.open(), qPrintable(reader.errorMessage()));
        QCOMPARE(reader.header(), ErrorReport::columns());
        QList<QStringList> records;
        Csv::Record r;
        while (reader.next(r)) {
            QCOMPARE(r.error, Csv::ErrorCode::None);
            records.append(r.fields);
        }
        QCOMPARE(records.size(), 3);
        QCOMPARE(records[0], QStringList({u"3"_s, u"4"_s, u"bad-email"_s, QString(), u"validate"_s, u"email.invalid"_s,
                                          QString(), u"The email \"bad-email\" has no @, see line 4"_s, QString(),
                                          u"false"_s, emailHint}));
        QCOMPARE(records[1], QStringList({u"10"_s, u"12"_s, u"'=HYPERLINK(\"http://evil\")@x.com"_s, u"ext:acme, inc"_s,
                                          u"membership"_s, u"invalid_role"_s, u"422"_s,
                                          u"Role 'boss' does not exist.\nCreate it first."_s, u"req_01H"_s,
                                          u"false"_s, roleHint}));
        QCOMPARE(records[2].at(2), u"zoë@example.com"_s);
        QCOMPARE(records[2].at(7), u"'-too many requests\t(slow down)"_s);
        QCOMPARE(records[2].at(8), u"'@req"_s);
        QCOMPARE(records[2].at(9), u"true"_s);
    }

    void jsonContent()
    {
        const QString path = m_dir.filePath(u"errors.json"_s);
        ErrorReport report(path);
        QVERIFY(report.write(sourceOf(sampleRows())));

        const QByteArray expected =
            "[\n"
            "{\"row\":3,\"line\":4,\"email\":\"bad-email\",\"org\":\"\",\"stage\":\"validate\",\"code\":\"email.invalid\","
            "\"http_status\":null,\"message\":\"The email \\\"bad-email\\\" has no @, see line 4\",\"request_id\":\"\","
            "\"retryable\":false,\"hint\":\"Fix the email address in the CSV, then import the corrected file as a new job (users already imported are recognised, not created twice).\"},\n"
            "{\"row\":10,\"line\":12,\"email\":\"=HYPERLINK(\\\"http://evil\\\")@x.com\",\"org\":\"ext:acme, inc\","
            "\"stage\":\"membership\",\"code\":\"invalid_role\",\"http_status\":422,"
            "\"message\":\"Role 'boss' does not exist.\\nCreate it first.\",\"request_id\":\"req_01H\","
            "\"retryable\":false,\"hint\":\"Create the role in the WorkOS dashboard, then retry every failed row (workos-import retry JOB --all); or fix role_slugs in the CSV and import the corrected file as a new job.\"},\n"
            "{\"row\":11,\"line\":13,\"email\":\"zo\xc3\xab@example.com\",\"org\":\"id:org_123\",\"stage\":\"user\","
            "\"code\":\"rate_limited\",\"http_status\":429,\"message\":\"-too many requests\\t(slow down)\","
            "\"request_id\":\"@req\",\"retryable\":true,"
            "\"hint\":\"Retry failed rows; the import respects WorkOS's rate limits.\"}\n"
            "]\n";
        QCOMPARE(readFile(path), expected);

        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(readFile(path), &parseError);
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        const QJsonArray array = doc.array();
        QCOMPARE(array.size(), 3);
        // JSON is not for spreadsheets: values are kept as they are, no formula guard.
        QCOMPARE(array[1][u"email"_s].toString(), u"=HYPERLINK(\"http://evil\")@x.com"_s);
        QCOMPARE(array[1][u"message"_s].toString(), sampleRows()[1].message);
        QCOMPARE(array[1][u"http_status"_s].toInt(), 422);
        QVERIFY(array[0][u"http_status"_s].isNull());
        QCOMPARE(array[2][u"retryable"_s].toBool(), true);
        QCOMPARE(array[2][u"hint"_s].toString(), rateHint);
        QCOMPARE(array[0].toObject().keys().size(), ErrorReport::columns().size());
    }

    void jsonLinesContent_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addRow("jsonl") << u"errors.jsonl"_s;
        QTest::addRow("ndjson upper case") << u"errors.NDJSON"_s;
    }
    void jsonLinesContent()
    {
        QFETCH(QString, name);
        const QString path = m_dir.filePath(name);
        ErrorReport report(path);
        QVERIFY(report.write(sourceOf(sampleRows())));
        const QByteArray bytes = readFile(path);
        QVERIFY(bytes.endsWith("\n"));
        const QList<QByteArray> lines = bytes.chopped(1).split('\n');
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0],
                 QByteArray("{\"row\":3,\"line\":4,\"email\":\"bad-email\",\"org\":\"\",\"stage\":\"validate\","
                            "\"code\":\"email.invalid\",\"http_status\":null,"
                            "\"message\":\"The email \\\"bad-email\\\" has no @, see line 4\",\"request_id\":\"\","
                            "\"retryable\":false,\"hint\":\"Fix the email address in the CSV, then import the corrected file as a new job (users already imported are recognised, not created twice).\"}"));
        for (int i = 0; i < 3; ++i) {
            const QJsonObject o = QJsonDocument::fromJson(lines[i]).object();
            QCOMPARE(o[u"row"_s].toInteger(), sampleRows()[i].row);
            QCOMPARE(o[u"message"_s].toString(), sampleRows()[i].message);
            QCOMPARE(o[u"email"_s].toString(), sampleRows()[i].email);
        }
    }

    void emptyReports()
    {
        const ErrorReport::RowSource none = sourceOf({});
        ErrorReport csv(m_dir.filePath(u"none.csv"_s));
        QVERIFY(csv.write(none));
        QCOMPARE(readFile(csv.path()), QByteArray("row,line,email,org,stage,code,http_status,message,request_id,"
                                                  "retryable,hint\r\n"));
        ErrorReport json(m_dir.filePath(u"none.json"_s));
        QVERIFY(json.write(none));
        QCOMPARE(QJsonDocument::fromJson(readFile(json.path())).array(), QJsonArray());
        ErrorReport lines(m_dir.filePath(u"none.jsonl"_s));
        QVERIFY(lines.write(none));
        QCOMPARE(readFile(lines.path()), QByteArray());
    }

    void unknownExtensionIsAnError_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addRow("txt") << u"errors.txt"_s;
        QTest::addRow("xlsx") << u"errors.xlsx"_s;
        QTest::addRow("none") << u"errors"_s;
    }
    void unknownExtensionIsAnError()
    {
        QFETCH(QString, name);
        const QString path = m_dir.filePath(name);
        ErrorReport report(path);
        QString error;
        QVERIFY(!report.write(sourceOf(sampleRows()), &error));
        QVERIFY2(error.contains(u".csv"_s) && error.contains(u".json"_s) && error.contains(u".jsonl"_s),
                 qPrintable(error));
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!ErrorReport::formatForPath(path));
    }

    void formulaGuard_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("guarded");
        QTest::addRow("equals") << u"=1+1"_s << u"'=1+1"_s;
        QTest::addRow("plus") << u"+1"_s << u"'+1"_s;
        QTest::addRow("minus") << u"-1"_s << u"'-1"_s;
        QTest::addRow("at") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
        QTest::addRow("tab") << u"\t=1"_s << u"'\t=1"_s;
        QTest::addRow("inner equals untouched") << u"a=b"_s << u"a=b"_s;
        QTest::addRow("plain") << u"alice@example.com"_s << u"alice@example.com"_s;
        QTest::addRow("empty") << QString() << QString();
    }
    void formulaGuard()
    {
        QFETCH(QString, cell);
        QFETCH(QString, guarded);
        QCOMPARE(ErrorReport::guardFormula(cell), guarded);
    }

    void csvQuoting_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("field");
        QTest::addRow("plain") << u"abc"_s << u"abc"_s;
        QTest::addRow("comma") << u"a,b"_s << u"\"a,b\""_s;
        QTest::addRow("quote") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
        QTest::addRow("lf") << u"a\nb"_s << u"\"a\nb\""_s;
        QTest::addRow("crlf") << u"a\r\nb"_s << u"\"a\r\nb\""_s;
        QTest::addRow("single quote") << u"it's"_s << u"it's"_s;
    }
    void csvQuoting()
    {
        QFETCH(QString, cell);
        QFETCH(QString, field);
        QCOMPARE(ErrorReport::csvField(cell), field);
    }

    void hints_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("stage");
        QTest::addColumn<bool>("retryable");
        QTest::addColumn<QString>("hint");
        const int validate = int(Store::Stage::Validate), user = int(Store::Stage::User),
                  org = int(Store::Stage::Org), membership = int(Store::Stage::Membership);
        QTest::addRow("email.invalid") << u"email.invalid"_s << 0 << validate << false << emailHint;
        QTest::addRow("rate_limited") << u"rate_limited"_s << 429 << user << true << rateHint;
        QTest::addRow("429 without code") << QString() << 429 << user << true << rateHint;
        QTest::addRow("invalid_role") << u"invalid_role"_s << 422 << membership << false << roleHint;
        QTest::addRow("InvalidRole kind") << u"InvalidRole"_s << 400 << membership << false << roleHint;
        QTest::addRow("unauthorized") << u"unauthorized"_s << 401 << user << false
                                      << u"Check the API key: it may be mistyped, revoked or for another WorkOS "
                                         "environment."_s;
        QTest::addRow("network") << u"network"_s << 0 << user << true
                                 << u"Retry failed rows when the network is back."_s;
        QTest::addRow("timeout") << u"timeout"_s << 0 << membership << true
                                 << u"Retry failed rows when the network is back."_s;
        QTest::addRow("org not_found") << u"entity_not_found"_s << 404 << org << false
                                       << u"The organization does not exist in this WorkOS environment: fix org_id, "
                                          "or give org_external_id with org_name so the import can create it, then "
                                          "run Retry failed rows."_s;
        QTest::addRow("email taken") << u"email_not_available"_s << 400 << user << false
                                     << u"The email belongs to a WorkOS user the import could not look up; check "
                                        "the user in the WorkOS dashboard and run Retry failed rows."_s;
        QTest::addRow("server error") << u"Transient"_s << 503 << user << true
                                      << u"WorkOS had a temporary problem; run Retry failed rows later."_s;
        QTest::addRow("hash type") << u"password_hash.type_unknown"_s << 0 << validate << false
                                   << u"Fix password_hash / password_hash_type for this row (supported types: bcrypt, "
                                      "firebase-scrypt, ssha, ssha256, scrypt, pbkdf2, argon2), then import the corrected file as a new job (users already imported are recognised, not created twice)."_s;
        QTest::addRow("other validation") << u"metadata.too_many_keys"_s << 0 << validate << false
                                          << u"Fix this row in the CSV (see the message), then import the corrected file as a new job (users already imported are recognised, not created twice)."_s;
    }
    void hints()
    {
        QFETCH(QString, code);
        QFETCH(int, status);
        QFETCH(int, stage);
        QFETCH(bool, retryable);
        QFETCH(QString, hint);
        RowOutcome r;
        r.code = code;
        r.httpStatus = status;
        r.stage = Store::Stage(stage);
        r.retryable = retryable;
        r.outcome = stage == int(Store::Stage::Validate) ? Store::Outcome::Invalid : Store::Outcome::Failed;
        QCOMPARE(ErrorReport::hint(r), hint);
    }

    void failingSourceKeepsTheOldFile()
    {
        const QString path = m_dir.filePath(u"keep.csv"_s);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("old report\r\n");
        }
        ErrorReport report(path);
        QString error;
        const bool ok = report.write([](const ErrorReport::RowSink &sink, QString *sourceError) {
            sink(sampleRows().first());
            *sourceError = u"the job store went away"_s;
            return false;
        }, &error);
        QVERIFY(!ok);
        QCOMPARE(error, u"the job store went away"_s);
        QCOMPARE(readFile(path), QByteArray("old report\r\n"));
    }

    void fromTheJobStore()
    {
        Store::JobStore store(m_dir.filePath(u"store/jobs.sqlite"_s));
        QVERIFY(store.open());
        Store::JobRecord job;
        job.id = u"job-r"_s;
        QVERIFY(store.createJob(job));
        QList<RowOutcome> rows = sampleRows();
        RowOutcome ok;
        ok.row = 1;
        ok.line = 2;
        ok.email = u"fine@example.com"_s;
        ok.outcome = Store::Outcome::Created;
        rows.prepend(ok);
        for (RowOutcome &r : rows)
            r.jobId = job.id;
        QVERIFY(store.recordOutcomes(rows));

        ErrorReport all(m_dir.filePath(u"store-all.jsonl"_s));
        QString error;
        QVERIFY2(all.write(store, job.id, &error), qPrintable(error));
        QCOMPARE(all.rowsWritten(), 3); // the created row is not an error
        const QList<QByteArray> lines = readFile(all.path()).trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        QCOMPARE(QJsonDocument::fromJson(lines[1]).object()[u"request_id"_s].toString(), u"req_01H"_s);

        ErrorReport retryable(m_dir.filePath(u"store-retry.csv"_s));
        QVERIFY(retryable.write(store, job.id, &error, /*retryableOnly*/ true));
        QCOMPARE(retryable.rowsWritten(), 1);

        ErrorReport missing(m_dir.filePath(u"store-missing.csv"_s));
        QVERIFY(!missing.write(store, u"no-such-job"_s, &error));
        QVERIFY(error.contains(u"no-such-job"_s));
        QVERIFY(!QFileInfo::exists(missing.path()));
    }

    void streamsManyRows()
    {
        // Rows are generated on the fly, never held as a list: the writer sees one at a time.
        const QString path = m_dir.filePath(u"many.jsonl"_s);
        ErrorReport report(path);
        constexpr qint64 Rows = 50000;
        QVERIFY(report.write([](const ErrorReport::RowSink &sink, QString *) {
            RowOutcome r;
            r.outcome = Store::Outcome::Failed;
            r.code = u"network"_s;
            r.retryable = true;
            for (qint64 i = 1; i <= Rows; ++i) {
                r.row = i;
                r.line = i + 1;
                r.email = u"u%1@example.com"_s.arg(i);
                if (!sink(r))
                    return true;
            }
            return true;
        }));
        QCOMPARE(report.rowsWritten(), Rows);
        QCOMPARE(readFile(path).count('\n'), Rows);
    }
};

QTEST_GUILESS_MAIN(TestErrorReport)
#include "tst_errorreport.moc"
