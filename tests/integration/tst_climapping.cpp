// Issue 18 (any CSV) and 17.12 on the command line: `workos-import --csv` and `validate`
// recognise the same everyday headers as the wizard (one mapping in the core), print the mapping
// they used with every column left out that looks like user data, take `--map` on top
// ("Column=field", "Column=ignore"), and `validate` names organization names that differ only
// in case, spacing or punctuation.
#include "../testsupport/importcli.h"
#include "../testsupport/sandboxprocess.h"

#include <QtTest/QtTest>

using namespace Qt::StringLiterals;

namespace {

const QString Key = u"sk_test_climapping"_s;

struct Result {
    int exitCode = -1;
    QString out;
    QString err;
};

// workos-import with `args` (and `key` in its environment) to its end, a minute at most.
Result run(const QStringList &args, const QString &key = QString())
{
    const TestSupport::CliResult r = TestSupport::ImportCli::run(args, key, 60'000);
    return {r.timedOut ? -1 : r.exitCode, QString::fromUtf8(r.out), QString::fromUtf8(r.err)};
}

QString fixture(const QString &name)
{
    return QStringLiteral(WIZARD_TEST_DATA_DIR) + u"/csv/"_s + name;
}

} // namespace

class TestCliMapping : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestSupport::SandboxProcess m_sandbox;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_sandbox.startSandbox({u"--keys"_s, Key, u"--rate-limits"_s, u"off"_s}), qPrintable(m_sandbox.error()));
    }

    // validate: the French export is read with the wizard's mapping, printed, every row valid.
    void validateRecognisesEverydayHeaders_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("lines");
        QTest::addRow("french") << u"excel-fr.csv"_s
                                << QStringList{u"  Prénom -> first_name (recognised)"_s, u"  Nom -> last_name (recognised)"_s,
                                               u"  Adresse e-mail -> email (recognised)"_s,
                                               u"  Société -> org_name (recognised)"_s, u"  Téléphone -> not imported"_s,
                                               u"  ? \"Surnom\" looks like people's names and is not imported"_s};
        QTest::addRow("german") << u"excel-de.csv"_s
                                << QStringList{u"  Vorname -> first_name (recognised)"_s, u"  Firma -> org_name (recognised)"_s,
                                               u"  Kundennummer -> org_external_id (recognised)"_s};
    }

    void validateRecognisesEverydayHeaders()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, lines);
        const Result r = run({u"validate"_s, u"--csv"_s, fixture(file)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        for (const QString &line : std::as_const(lines))
            QVERIFY2(r.out.contains(line), qPrintable(line + u"\n---\n"_s + r.out));
        QVERIFY(r.out.contains(u"valid:        4"_s));
    }

    // --map on top of the recognised mapping; "=ignore" answers a question.
    void mapOverrides()
    {
        const Result r = run({u"validate"_s, u"--csv"_s, fixture(u"excel-fr.csv"_s), u"--map"_s,
                              u"Surnom=first_name,Prénom=ignore,Société=org_name+org_external_id"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QString mapping = o.value(u"mapping"_s).toString();
        QVERIFY2(mapping.contains(u"Surnom=first_name"_s) && mapping.contains(u"Prénom=ignore"_s)
                     && mapping.contains(u"Société=org_name+org_external_id"_s),
                 qPrintable(mapping));
        QCOMPARE(o.value(u"columns_not_imported_that_look_like_data"_s).toArray().size(), 0);
        QCOMPARE(o.value(u"distinct_organizations"_s).toInt(-1) >= 0 || o.contains(u"organizations"_s), true);
    }

    // The import itself (a dry run: reads only) uses the same mapping and prints it.
    void importUsesTheSameMapping()
    {
        const Result r = run({u"--csv"_s, fixture(u"excel-de.csv"_s), u"--dry-run"_s, u"--api-url"_s,
                              m_sandbox.url().toString(), u"--checkpoint-dir"_s, m_dir.filePath(u"store"_s), u"--map"_s,
                              u"Spitzname=ignore,Abteilung=ignore"_s},
                             Key);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.err.contains(u"  Vorname -> first_name (recognised)"_s), qPrintable(r.err));
        QVERIFY(r.err.contains(u"  Spitzname -> not imported (--map)"_s));
        QVERIFY2(r.out.contains(u"create 4 users"_s) || r.err.contains(u"create 4 users"_s), qPrintable(r.out + r.err));
        // A bad override stops before anything else.
        const Result bad = run({u"--csv"_s, fixture(u"excel-de.csv"_s), u"--dry-run"_s, u"--api-url"_s,
                                m_sandbox.url().toString(), u"--checkpoint-dir"_s, m_dir.filePath(u"store"_s), u"--map"_s,
                                u"Firma=company"_s},
                               Key);
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains(u"unknown field \"company\""_s));
    }

    // Issue 17.12: five spellings of two names, named before anything is written.
    void validateNamesLookAlikeOrganizations()
    {
        const QString csv = m_dir.filePath(u"alike.csv"_s);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("email,Company\na@example.com,Acme\nb@example.com,ACME\nc@example.com,acme \nd@example.com,Acme  Inc\n"
                "e@example.com,Acme Inc\nf@example.com,Globex\n");
        f.close();
        const Result r = run({u"validate"_s, u"--csv"_s, csv, u"--map"_s, u"Company=org_name+org_external_id"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(u"differ only in case, spacing or punctuation"_s), qPrintable(r.out));
        QVERIFY(r.out.contains(u"  - \"Acme\", \"ACME\", \"acme\"\n"_s));
        QVERIFY(r.out.contains(u"  - \"Acme  Inc\", \"Acme Inc\"\n"_s));
        QVERIFY(!r.out.contains(u"Globex\""_s));
        const Result json = run({u"validate"_s, u"--csv"_s, csv, u"--map"_s, u"Company=org_name+org_external_id"_s, u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8()).object().value(u"similar_organization_names"_s).toArray().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestCliMapping)
#include "tst_climapping.moc"
