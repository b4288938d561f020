// workos-import with providers' exports, end to end against workos-sandbox (and one against the
// npm emulator): every format of tests/data/sources imports exactly the users it holds, with
// the fields where they belong; `validate` and `--dry-run --json` count every password fate;
// incomplete Firebase parameters are refused before anything is sent; a Firebase JSON import
// killed at random moments and resumed with other worker counts makes every user exactly once;
// and no hash, signer key or API key reaches the output, the job store or the report.
#include "../testsupport/importcli.h"
#include "../testsupport/sandboxprocess.h"

#include <QtCore/QDirIterator>
#include <QtCore/QRandomGenerator>
#include <QtTest/QtTest>

using namespace Qt::StringLiterals;
using TestSupport::CliResult;
using TestSupport::ExpectedImport;
using TestSupport::ImportCli;

namespace {

const QString Key = u"sk_test_Zq8SourcesKey"_s;
const QString FastLimits = u"writes=100000/10,reads=100000/10,all=100000/10"_s;

QString data(const QString &name)
{
    return QStringLiteral(WIZARD_TEST_DATA_DIR "/sources/") + name;
}

QByteArray bytesUnder(const QString &dir)
{
    QByteArray all;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

// One user as the server should hold it: "email|external_id|first|last|verified".
QString userLine(const QJsonObject &u)
{
    const QJsonValue verified = u.value(u"email_verified"_s);
    return QStringList{u.value(u"email"_s).toString(), u.value(u"external_id"_s).toString(), u.value(u"first_name"_s).toString(),
                       u.value(u"last_name"_s).toString(), verified.toBool() ? u"true"_s : u"false"_s}
        .join(u'|');
}

QStringList usersOf(const QJsonArray &users)
{
    QStringList lines;
    for (const QJsonValue &u : users)
        lines.append(userLine(u.toObject()));
    lines.sort();
    return lines;
}

const QStringList FirebaseUsers = {
    u"ada@example.com|Qm9sdFVzZXJUd29BYmNkZWZnaGlqazEy|Ada|Lovelace|true"_s,
    u"grace@example.com|R29vZ2xlT25seVVzZXJYWVoxMjM0NTY3|Grace|Hopper|true"_s,
    u"user1@test.com|kYi4EvWQlQTKSfnJ3dRSP6IH3ed2|Test|User 1|false"_s,
};
const QStringList Auth0Users = {
    u"alice@example.com|auth0|60425dc43519d90068f82973|Alice|Liddell|true"_s,
    u"bob@example.com|auth0|60425dc43519d90068f82974|Bob|Builder|false"_s,
    u"carol@example.com|google-oauth2|109876543210987654321|Carol|Danvers|true"_s,
    u"dave@example.com|auth0|60425dc43519d90068f82976|Dave||true"_s,
};

} // namespace

class TestSourcesImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<QTemporaryDir> m_store;
    TestSupport::SandboxProcess m_fast;
    TestSupport::SandboxProcess m_slow;

    QStringList importArgs(const QString &file, const QUrl &server, const QString &jobId) const
    {
        return {u"--csv"_s, file, u"--api-url"_s, server.toString(), u"--checkpoint-dir"_s, m_store->path(),
                u"--rate-limits"_s, FastLimits, u"--job-id"_s, jobId};
    }
    QStringList sandboxUsers(const TestSupport::SandboxProcess &sandbox)
    {
        const QJsonObject state = TestSupport::httpJson("GET", sandbox.url().resolved(QUrl(u"/_sandbox/state"_s))).object();
        return usersOf(state.value(u"users"_s).toArray());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo::exists(QStringLiteral(WORKOS_IMPORT_PATH)), WORKOS_IMPORT_PATH);
        const QString notStarted = TestSupport::startFastAndSlow(m_fast, m_slow, Key);
        QVERIFY2(notStarted.isEmpty(), qPrintable(notStarted));
    }

    void init() { QVERIFY(TestSupport::freshCase(m_store, m_fast, m_slow)); }

    void importsEachFormatExactly_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("flags");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QStringList>("users");
        QTest::addColumn<QList<qint64>>("fates"); // kept, converted, reset needed
        const QStringList firebase{u"--firebase-hash-config"_s, data(u"firebase-hash-config.txt"_s)};
        const QStringList auth0{u"--auth0-passwords"_s, data(u"auth0-passwords.ndjson"_s)};
        QTest::addRow("firebase json") << u"firebase-users.json"_s << firebase << u"firebase"_s << FirebaseUsers << QList<qint64>{0, 2, 1};
        QTest::addRow("firebase csv") << u"firebase-users.csv"_s
                                      << QStringList{u"--firebase-hash-config"_s, data(u"firebase-hash-config.json"_s)}
                                      << u"firebase"_s << FirebaseUsers << QList<qint64>{0, 2, 1};
        QTest::addRow("auth0 ndjson") << u"auth0-users.ndjson"_s << auth0 << u"auth0"_s << Auth0Users << QList<qint64>{2, 0, 2};
        QTest::addRow("auth0 csv") << u"auth0-users.csv"_s << auth0 << u"auth0"_s << Auth0Users << QList<qint64>{2, 0, 2};
        QTest::addRow("clerk") << u"clerk-users.csv"_s << QStringList{} << u"clerk"_s
                               << QStringList{u"hana@example.com|user_2aBcDeFgHiJkLmNoPqRsTuVwXyZ|Hana|Abe|true"_s,
                                              u"ivan@example.com|user_2bCdEfGhIjKlMnOpQrStUvWxYzA|Ivan|Petrov|false"_s,
                                              u"jun@example.com|user_2cDeFgHiJkLmNoPqRsTuVwXyZaB|Jun|Li|true"_s,
                                              u"kim@example.com|user_2dEfGhIjKlMnOpQrStUvWxYzAbC|Kim|Lee|true"_s,
                                              u"lena@example.com|user_2eFgHiJkLmNoPqRsTuVwXyZaBcD|Lena|Berg|true"_s}
                               << QList<qint64>{2, 1, 2};
        const QStringList supabase{u"mia@example.com|6f1c2a3b-1111-4c3d-9e8f-0a1b2c3d4e5f|Mia|Wong|true"_s,
                                   u"noah@example.com|6f1c2a3b-2222-4c3d-9e8f-0a1b2c3d4e5f|Noah|Smith|false"_s};
        QTest::addRow("supabase csv") << u"supabase-users.csv"_s << QStringList{} << u"supabase"_s << supabase << QList<qint64>{1, 0, 1};
        QTest::addRow("supabase json") << u"supabase-users.json"_s << QStringList{} << u"supabase"_s << supabase << QList<qint64>{1, 0, 1};
        const QStringList cognito{u"oliver@example.com|0b5c8e7a-1f2d-4e3c-9a8b-7c6d5e4f3a21|Oliver|Twist|true"_s,
                                  u"pip@example.com|1c6d9f8b-2a3e-4f4d-8b9c-8d7e6f5a4b32|||false"_s};
        QTest::addRow("cognito") << u"cognito-users.json"_s << QStringList{} << u"cognito"_s << cognito << QList<qint64>{0, 0, 2};
        QTest::addRow("cognito flat") << u"cognito-flat.json"_s << QStringList{} << u"cognito"_s << cognito << QList<qint64>{0, 0, 2};
        QTest::addRow("okta") << u"okta-users.csv"_s << QStringList{} << u"okta"_s
                              << QStringList{u"quinn@example.com|00u1a2b3c4d5e6f7g8h9|Quinn|Fabray|false"_s,
                                             u"rachel@example.com|00u9h8g7f6e5d4c3b2a1|Rachel|Berry|false"_s}
                              << QList<qint64>{0, 0, 2};
    }
    void importsEachFormatExactly()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, flags);
        QFETCH(QString, source);
        QFETCH(QStringList, users);
        QFETCH(QList<qint64>, fates);
        // The file under a neutral name: detected from its content.
        const QString copy = m_dir.filePath(u"export-"_s + QString::number(QRandomGenerator::global()->generate()));
        QVERIFY(QFile::copy(data(file), copy));

        const CliResult v = ImportCli::run(QStringList{u"validate"_s, u"--csv"_s, copy, u"--json"_s} + flags, Key);
        QVERIFY2(v.exitCode == 0, v.describe());
        QCOMPARE(v.json()[u"source"_s].toString(), source);
        const QJsonObject vf = v.json()[u"password_fates"_s].toObject();
        QCOMPARE((QList<qint64>{vf[u"kept"_s].toInteger(), vf[u"converted"_s].toInteger(), vf[u"reset_needed"_s].toInteger()}), fates);

        const CliResult r = ImportCli::run(importArgs(copy, m_fast.url(), u"src"_s) + flags
                                               + QStringList{u"--workers"_s, u"2"_s, u"--chunk-size"_s, u"1"_s, u"--json"_s},
                                           Key);
        QVERIFY2(r.exitCode == 0, r.describe());
        const QJsonObject summary = r.json();
        QCOMPARE(summary[u"state"_s].toString(), u"finished"_s);
        QCOMPARE(summary[u"source"_s].toString(), source);
        QCOMPARE(summary[u"counters"_s][u"users_created"_s].toInteger(), qint64(users.size()));
        const QJsonObject f = summary[u"password_fates"_s].toObject();
        QCOMPARE((QList<qint64>{f[u"kept"_s].toInteger(), f[u"converted"_s].toInteger(), f[u"reset_needed"_s].toInteger()}), fates);
        QCOMPARE(sandboxUsers(m_fast), users);

        // No hash or signer key anywhere but in the person's files.
        const QByteArray everything = v.out + v.err + r.out + r.err + bytesUnder(m_store->path());
        for (const QByteArray &secret : {QByteArray("$2b$10$"), QByteArray("$2a$10$"), QByteArray("lSrfV15cpx95"),
                                         QByteArray("jxspr8Ki0RYycVU8zykbdLGjFQ3McFUH0"), QByteArray("$argon2id$"),
                                         QByteArray("5f4dcc3b5aa765d61d8327deb882cf99"), Key.toUtf8()})
            QVERIFY2(!everything.contains(secret), secret.constData());
    }

    void validateReportsFatesPerRow()
    {
        const QString report = m_dir.filePath(u"cognito-report.csv"_s);
        const CliResult v = ImportCli::run({u"validate"_s, u"--csv"_s, data(u"cognito-users.json"_s), u"--report"_s, report}, Key);
        QVERIFY2(v.exitCode == 0, v.describe());
        QVERIFY(v.out.contains("Source:         Amazon Cognito"));
        QVERIFY(v.out.contains("reset needed, Cognito does not export passwords: 2"));
        QFile f(report);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QCOMPARE(text.count("password.reset_needed"), 2);
        QVERIFY(text.contains("oliver@example.com"));
    }

    void incompleteFirebaseParametersRefusedBeforeAnythingIsSent()
    {
        CliResult r = ImportCli::run(importArgs(data(u"firebase-users.json"_s), m_fast.url(), u"fb"_s)
                                         + QStringList{u"--firebase-hash-config"_s, data(u"firebase-hash-config-incomplete.txt"_s)},
                                     Key);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("base64_salt_separator"), r.describe());
        // Without any: the plan stops at the first hash.
        r = ImportCli::run(importArgs(data(u"firebase-users.json"_s), m_fast.url(), u"fb2"_s), Key);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--firebase-hash-config") || r.out.contains("--firebase-hash-config"), r.describe());
        QCOMPARE(TestSupport::sandboxStats(m_fast.url())[u"requests"_s].toInteger(), 0);
        QVERIFY(sandboxUsers(m_fast).isEmpty());
    }

    void dryRunCountsFates()
    {
        const CliResult r = ImportCli::run(importArgs(data(u"auth0-users.ndjson"_s), m_fast.url(), u"dry"_s)
                                               + QStringList{u"--auth0-passwords"_s, data(u"auth0-passwords.ndjson"_s),
                                                             u"--dry-run"_s, u"--json"_s},
                                           Key);
        QVERIFY2(r.exitCode == 0, r.describe());
        QVERIFY(r.json()[u"dry_run"_s].toBool());
        QCOMPARE(r.json()[u"password_fates"_s][u"kept"_s].toInteger(), 2);
        QCOMPARE(r.json()[u"password_fates"_s][u"reset_needed"_s].toInteger(), 2);
        QVERIFY(sandboxUsers(m_fast).isEmpty());
    }

    // A Firebase JSON export of 800 users, killed at random moments and resumed with another
    // worker count each time: every user exactly once.
    void firebaseJsonKilledAndResumedExactlyOnce()
    {
        const QString file = m_dir.filePath(u"big-firebase.json"_s);
        ExpectedImport e;
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("{\n  \"users\": [\n");
            for (int i = 0; i < 800; ++i) {
                const QByteArray email = "fb" + QByteArray::number(i) + "@example.com";
                e.emails.insert(QString::fromLatin1(email));
                f.write((i ? ",\n" : "") + QByteArray("    {\"localId\": \"uid") + QByteArray::number(i) + "\", \"email\": \"" + email
                        + "\", \"emailVerified\": true, \"passwordHash\": \"lSrfV15cpx95_sZS2W9c9Kp6i_LVgQNDNC_qzrCnh1SAyZvqmZqAjTdn3aoItz-VHjoZilo78198JAdRuid5lQ\","
                          " \"salt\": \"42xEC-ixf3L2lw\", \"displayName\": \"User " + QByteArray::number(i) + "\"}");
            }
            f.write("\n  ]\n}\n");
        }
        e.validRows = 800;
        const quint32 seed = QRandomGenerator::global()->generate();
        QRandomGenerator random(seed);
        qInfo("kill moments from seed %u", seed);
        const QList<int> workers{2, 4, 1, 3};
        bool jobExists = false, finishedEarly = false;
        int kills = 0;
        QStringList log;
        for (int round = 0; round < workers.size() && !finishedEarly; ++round) {
            QStringList args = jobExists ? QStringList{u"--resume"_s, u"killed"_s, u"--checkpoint-dir"_s, m_store->path()}
                                         : importArgs(file, m_slow.url(), u"killed"_s)
                                               + QStringList{u"--firebase-hash-config"_s, data(u"firebase-hash-config.txt"_s),
                                                             u"--chunk-size"_s, u"30"_s, u"--concurrency"_s, u"1"_s};
            args << u"--workers"_s << QString::number(workers[round]);
            const int at = 300 + int(random.bounded(1500));
            ImportCli cli;
            QVERIFY(cli.start(args, Key));
            const CliResult r = cli.signalAfter(at, true);
            log.append(u"round %1: %2 workers, kill at %3 ms: %4"_s.arg(round).arg(workers[round]).arg(at).arg(
                r.crashed ? u"killed"_s : u"exit %1"_s.arg(r.exitCode)));
            if (!r.crashed) {
                QVERIFY2(r.exitCode == 0, r.describe());
                finishedEarly = true;
            } else {
                ++kills;
            }
            const CliResult jobs = ImportCli::run({u"jobs"_s, u"--json"_s, u"--checkpoint-dir"_s, m_store->path()}, Key);
            jobExists = jobs.out.contains("\"killed\"");
        }
        qInfo("%s", qPrintable(log.join(u"; "_s)));
        QVERIFY2(kills > 0, "no run was killed: the import finished before the first kill");
        QVERIFY(jobExists);
        const CliResult last = ImportCli::run({u"--resume"_s, u"killed"_s, u"--checkpoint-dir"_s, m_store->path(), u"--workers"_s,
                                               u"3"_s, u"--json"_s},
                                              Key);
        QVERIFY2(last.exitCode == 0, last.describe());
        QCOMPARE(last.json()[u"state"_s].toString(), u"finished"_s);
        QCOMPARE(last.json()[u"counters"_s][u"failed"_s].toInteger(), 0);
        const QString problem = TestSupport::compareContents(TestSupport::sandboxContents(m_slow.url()), e);
        QVERIFY2(problem.isEmpty(), qPrintable(problem + u" after "_s + log.join(u"; "_s)));

        QVERIFY(!bytesUnder(m_store->path()).contains("lSrfV15cpx95"));
    }

    // An Auth0 import stopped halfway, whose password export then changes, is not resumed with
    // the other hashes: the resume stops before anything is sent, and goes on once the original
    // file is back, making every user exactly once.
    void changedAuth0PasswordExportRefusedOnResume()
    {
        const QString users = m_dir.filePath(u"auth0-big.ndjson"_s);
        const QString passwords = m_dir.filePath(u"auth0-big-passwords.ndjson"_s);
        ExpectedImport e;
        {
            QFile u(users), p(passwords);
            QVERIFY(u.open(QIODevice::WriteOnly) && p.open(QIODevice::WriteOnly));
            for (int i = 0; i < 300; ++i) {
                const QByteArray id = QByteArray::number(0x60425dc43519d9000000ULL + quint64(i), 16);
                const QByteArray email = "a" + QByteArray::number(i) + "@example.com";
                e.emails.insert(QString::fromLatin1(email));
                u.write("{\"user_id\":\"auth0|" + id + "\",\"email\":\"" + email + "\",\"email_verified\":true}\n");
                p.write("{\"_id\":{\"$oid\":\"" + id + "\"},\"email\":\"" + email
                        + "\",\"passwordHash\":\"$2b$10$BeigYOTfH.HDp73GT8Sr6umurZ5cenDQ.ELeTUrAiDe6ibcEc2SEO\"}\n");
            }
        }
        e.validRows = 300;
        ImportCli cli;
        QVERIFY(cli.start(importArgs(users, m_slow.url(), u"a0"_s)
                              + QStringList{u"--auth0-passwords"_s, passwords, u"--concurrency"_s, u"1"_s, u"--chunk-size"_s, u"20"_s},
                          Key));
        const CliResult stopped = cli.signalAfter(1200, false);
        QVERIFY2(stopped.exitCode == 130, stopped.describe());
        const qint64 before = TestSupport::sandboxStats(m_slow.url())[u"requests"_s].toInteger();
        QVERIFY(before > 0);

        QFile original(passwords);
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray bytes = original.readAll();
        original.close();
        QByteArray changed = bytes;
        changed.replace("BeigYOTfH", "XXXXYOTfH");
        {
            QFile f(passwords);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(changed);
        }
        const CliResult refused = ImportCli::run({u"--resume"_s, u"a0"_s, u"--checkpoint-dir"_s, m_store->path()}, Key);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(QByteArray(refused.out + refused.err).contains("Auth0 password export"), refused.describe());
        QCOMPARE(TestSupport::sandboxStats(m_slow.url())[u"requests"_s].toInteger(), before); // nothing sent

        {
            QFile f(passwords);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(bytes);
        }
        const CliResult resumed = ImportCli::run({u"--resume"_s, u"a0"_s, u"--checkpoint-dir"_s, m_store->path(), u"--workers"_s,
                                                  u"3"_s, u"--json"_s},
                                                 Key);
        QVERIFY2(resumed.exitCode == 0, resumed.describe());
        const QString problem = TestSupport::compareContents(TestSupport::sandboxContents(m_slow.url()), e);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // The same Auth0 export into an independent implementation (the npm emulator).
    void auth0IntoEmulator()
    {
        QVERIFY2(!TestSupport::SandboxProcess::nodeProgram().isEmpty(), "node is not installed (scripts/lib/setup.sh)");
        QVERIFY2(!TestSupport::SandboxProcess::emulatorScript().isEmpty(), "run npm ci in tests/emulator (scripts/lib/setup.sh)");
        TestSupport::SandboxProcess emulator;
        QVERIFY2(emulator.startEmulator({u"--keys"_s, Key}), qPrintable(emulator.error()));
        const CliResult r = ImportCli::run({u"--csv"_s, data(u"auth0-users.ndjson"_s), u"--auth0-passwords"_s, data(u"auth0-passwords.ndjson"_s),
                                            u"--api-url"_s, emulator.url().toString(), u"--checkpoint-dir"_s, m_store->path(),
                                            u"--job-id"_s, u"emu"_s, u"--json"_s},
                                           Key);
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(r.json()[u"counters"_s][u"users_created"_s].toInteger(), 4);
        bool ok = false;
        const QJsonArray users = TestSupport::listAll(emulator.url(), u"/user_management/users"_s, Key, &ok);
        QVERIFY(ok);
        QStringList emails;
        for (const QJsonValue &u : users)
            emails.append(u[u"email"_s].toString());
        emails.sort();
        QCOMPARE(emails, (QStringList{u"alice@example.com"_s, u"bob@example.com"_s, u"carol@example.com"_s, u"dave@example.com"_s}));
    }
};

QTEST_GUILESS_MAIN(TestSourcesImport)
#include "tst_sourcesimport.moc"
