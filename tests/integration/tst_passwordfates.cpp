// Issue 19 where it meets the provider exports (issue 18), with the built programs:
// - `workos-import check-password` takes the import's source flags, so a known password is
//   checked against the hash as converted from a Firebase export (Firebase's published sample:
//   "user1password" with the project's parameters), and a wrong salt separator is named;
// - "Counted everywhere": a match (check-password --job) and a sign-in (sign-in-check) are
//   recorded with the job as facts (email and time, never the password) and `jobs` shows them;
//   the store keeps its schema version and old stores gain the table;
// - a sandbox rehearsal of a Firebase export and a bcrypt CSV: the known passwords sign in, a
//   wrong one is refused, the job shows "sign-in verified", and no file the programs wrote
//   holds a password (the search of tst_passwordcheck.cpp).

#include "../testsupport/importcli.h"
#include "../testsupport/passwordcli.h"
#include "../testsupport/sandboxprocess.h"

#include <store/jobstore.h>
#include <store/passwordproofstore.h>

#include <QtCore/QDirIterator>
#include <QtCore/QRandomGenerator>
#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>

using namespace Qt::StringLiterals;
using TestSupport::CliResult;
using TestSupport::bcryptOf;

namespace {

QString data(const QString &name)
{
    return QStringLiteral(WIZARD_TEST_DATA_DIR "/sources/") + name;
}

const QString FirebaseUser = u"user1@test.com"_s;   // Firebase's sample user (standard base64)
const QString FirebaseUser2 = u"ada@example.com"_s; // the same hash, URL-safe base64
const QString FirebaseNoPassword = u"grace@example.com"_s; // signs in with Google: reset needed
const QByteArray FirebasePassword = "user1password"_ba;
const QString CanaryUser = u"canary@example.com"_s;

// workos-import with `password` on standard input (not a terminal).
CliResult runWithPassword(const QStringList &arguments, const QByteArray &password, const QProcessEnvironment &env)
{
    return TestSupport::runWithPassword(arguments, password, env).result;
}

} // namespace

class TestPasswordFates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void checkPasswordReadsFirebaseExport();
    void proofStoreKeepsOldStoresWorking();
    void rehearsalRecordsAndShowsProofs();

private:
    QProcessEnvironment environment(const QString &key) const;
    CliResult run(const QStringList &arguments, const QString &key = {});
    QString storeDir() const { return m_home->filePath(u"jobs"_s); }

    std::unique_ptr<QTemporaryDir> m_home; // HOME, XDG folders and the job store: all the programs write
};

void TestPasswordFates::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
}

void TestPasswordFates::cleanup()
{
    m_home.reset();
}

QProcessEnvironment TestPasswordFates::environment(const QString &key) const
{
    return TestSupport::environmentAtHome(*m_home, key);
}

CliResult TestPasswordFates::run(const QStringList &arguments, const QString &key)
{
    return TestSupport::runInEnvironment(arguments, environment(key));
}

void TestPasswordFates::checkPasswordReadsFirebaseExport()
{
    const QProcessEnvironment env = environment({});
    const QStringList firebase{u"--csv"_s, data(u"firebase-users.json"_s), u"--firebase-hash-config"_s,
                               data(u"firebase-hash-config.txt"_s)};
    auto check = [&](const QStringList &flags, const QString &email, const QByteArray &password) {
        return runWithPassword(QStringList{u"check-password"_s} + flags + QStringList{u"--email"_s, email, u"--json"_s},
                               password, env);
    };

    // Firebase's sample: the export's hash, salt and the project's parameters, converted as the
    // import converts them, match the sample password.
    CliResult r = check(firebase, FirebaseUser, FirebasePassword);
    QVERIFY2(r.exitCode == 0, r.describe());
    QCOMPARE(r.json().value(u"outcome"_s).toString(), u"match"_s);
    QCOMPARE(r.json().value(u"hash_type"_s).toString(), u"firebase-scrypt"_s);
    QCOMPARE(r.json().value(u"rows_with_same_type"_s).toInt(), 2);
    // The same hash in URL-safe base64 (as some exports write it), and the JSON form of the
    // parameters with --source given instead of detected.
    r = check({u"--csv"_s, data(u"firebase-users.json"_s), u"--source"_s, u"firebase"_s, u"--firebase-hash-config"_s,
               data(u"firebase-hash-config.json"_s)},
              FirebaseUser2, FirebasePassword);
    QVERIFY2(r.exitCode == 0, r.describe());
    // The CSV form of the export.
    r = check({u"--csv"_s, data(u"firebase-users.csv"_s), u"--firebase-hash-config"_s, data(u"firebase-hash-config.json"_s)},
              FirebaseUser, FirebasePassword);
    QVERIFY2(r.exitCode == 0, r.describe());

    // A wrong password is a mismatch, not a parameter problem.
    r = check(firebase, FirebaseUser, "user2password"_ba);
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.json().value(u"rule"_s).toString(), u"password.firebase_mismatch"_s);

    // A wrong salt separator in the project's parameters is named.
    QFile source(data(u"firebase-hash-config.txt"_s));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QByteArray text = source.readAll();
    QVERIFY(text.contains("base64_salt_separator: Bw=="));
    text.replace("base64_salt_separator: Bw==", "base64_salt_separator: CA==");
    const QString wrongConfig = m_home->filePath(u"wrong-separator.txt"_s);
    QFile out(wrongConfig);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(text);
    out.close();
    r = check({u"--csv"_s, data(u"firebase-users.json"_s), u"--firebase-hash-config"_s, wrongConfig}, FirebaseUser,
              FirebasePassword);
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.json().value(u"rule"_s).toString(), u"password.firebase_salt_separator"_s);
    QVERIFY2(r.json().value(u"message"_s).toString().contains(u"salt separator"_s), r.describe());

    // A user the export has without a password: reset needed.
    r = check(firebase, FirebaseNoPassword, "anything"_ba);
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.json().value(u"outcome"_s).toString(), u"no_password"_s);

    // Without the parameters the export cannot be read (as the import refuses it), and the
    // message says which flag is missing.
    r = check({u"--csv"_s, data(u"firebase-users.json"_s)}, FirebaseUser, FirebasePassword);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.out.contains("--firebase-hash-config") || r.err.contains("--firebase-hash-config"), r.describe());
    // Incomplete parameters are refused before the password is asked for.
    r = check({u"--csv"_s, data(u"firebase-users.json"_s), u"--firebase-hash-config"_s,
               data(u"firebase-hash-config-incomplete.txt"_s)},
              FirebaseUser, FirebasePassword);
    QCOMPARE(r.exitCode, 2);
    // --help lists the source flags.
    r = run({u"check-password"_s, u"--help"_s});
    QVERIFY2(r.out.contains("--firebase-hash-config") && r.out.contains("--auth0-passwords") && r.out.contains("--job"),
             r.describe());
}

void TestPasswordFates::proofStoreKeepsOldStoresWorking()
{
    const QString path = Store::JobStore::pathInDirectory(storeDir());
    {
        Store::JobStore store(path);
        QVERIFY(store.open());
        Store::JobRecord job;
        job.id = u"job-a"_s;
        QVERIFY(store.createJob(job));
        job.id = u"job-b"_s;
        QVERIFY(store.createJob(job));
    }
    {
        Store::PasswordProofStore proofs(path);
        QString error;
        QVERIFY2(proofs.open(&error), qPrintable(error));
        QVERIFY(proofs.proofs(u"job-a"_s).isEmpty());
        QVERIFY(proofs.record(u"job-a"_s, Store::PasswordProofKind::KnownPasswordLocal, u" Ada@Example.com "_s));
        QVERIFY(proofs.record(u"job-a"_s, Store::PasswordProofKind::SignIn, u"ada@example.com"_s));
        QVERIFY(proofs.record(u"job-a"_s, Store::PasswordProofKind::SignIn, u"bob@example.com"_s)); // the latest wins
        QVERIFY(!proofs.record(u"job-none"_s, Store::PasswordProofKind::SignIn, u"x@example.com"_s, &error));
        QVERIFY(error.contains(u"job-none"_s));
        const QList<Store::PasswordProof> a = proofs.proofs(u"job-a"_s);
        QCOMPARE(a.size(), 2);
        QCOMPARE(a[0].kind, Store::PasswordProofKind::KnownPasswordLocal);
        QCOMPARE(a[0].email, u"ada@example.com"_s);
        QCOMPARE(a[1].kind, Store::PasswordProofKind::SignIn);
        QCOMPARE(a[1].email, u"bob@example.com"_s);
        QVERIFY(qAbs(a[1].verifiedAt.secsTo(QDateTime::currentDateTimeUtc())) < 3600);
        const QJsonObject json = Store::passwordProofsJson(a);
        QCOMPARE(json.value(u"sign_in_verified"_s).toObject().value(u"email"_s).toString(), u"bob@example.com"_s);
        QVERIFY(json.contains(u"known_password_verified"_s));
        QVERIFY(Store::passwordProofsText(a).contains(u"known password verified locally (ada@example.com"_s));
        QVERIFY(proofs.proofs(u"job-b"_s).isEmpty());
        // The plan's fates, kept with the job.
        QVERIFY(proofs.fates(u"job-a"_s).isEmpty());
        const QJsonObject fates{{u"kept"_s, 3}, {u"converted"_s, 2}, {u"reset_needed"_s, 1},
                                {u"converted_to"_s, QJsonObject{{u"firebase-scrypt"_s, 2}}}};
        QVERIFY(proofs.recordFates(u"job-a"_s, fates));
        QCOMPARE(proofs.fates(u"job-a"_s), fates);
        QCOMPARE(Store::passwordFatesText(fates), u"3 kept as-is, 2 converted (firebase-scrypt), 1 reset needed"_s);
        QVERIFY(!proofs.recordFates(u"job-none"_s, fates));
    }
    {
        // The job store itself is untouched: same schema version, opens again, and deleting
        // a job deletes its proofs.
        Store::JobStore store(path);
        QVERIFY(store.open());
        QCOMPARE(store.schemaVersion(), Store::JobStore::SchemaVersion);
        QVERIFY(store.deleteJob(u"job-a"_s));
        Store::PasswordProofStore proofs(path);
        QVERIFY(proofs.open()); // IF NOT EXISTS: a second open is fine
        QVERIFY(proofs.proofs(u"job-a"_s).isEmpty());
        QVERIFY(proofs.fates(u"job-a"_s).isEmpty());
    }
}

void TestPasswordFates::rehearsalRecordsAndShowsProofs()
{
    TestSupport::SandboxProcess sandbox;
    QVERIFY2(sandbox.startSandbox({u"--journal"_s, m_home->filePath(u"sandbox-journal.jsonl"_s)}), qPrintable(sandbox.error()));
    const QString key = sandbox.keys().first();
    const QProcessEnvironment env = environment(key);

    // A bcrypt CSV whose password is unique to this run (the leak canary), and Firebase's sample export.
    const QByteArray canary = "Canary-" + QByteArray::number(QRandomGenerator::global()->generate64(), 36) + "-pw!";
    const QString canaryHash = bcryptOf(canary);
    QVERIFY(!canaryHash.isEmpty());
    const QString csv = m_home->filePath(u"bcrypt.csv"_s);
    {
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write((u"email,password_hash,password_hash_type,first_name\n"_s + CanaryUser + u","_s + canaryHash
                 + u",bcrypt,Canary\nnopassword@example.com,,,Nobody\n"_s)
                    .toUtf8());
    }
    const QStringList firebaseFlags{u"--firebase-hash-config"_s, data(u"firebase-hash-config.txt"_s)};
    const QStringList common{u"--api-url"_s, sandbox.url().toString(), u"--checkpoint-dir"_s, storeDir(), u"--json"_s};

    // Before: the known passwords are proved against the file, and recorded with the job once it exists.
    CliResult r = runWithPassword({u"check-password"_s, u"--csv"_s, csv, u"--email"_s, CanaryUser}, canary, env);
    QVERIFY2(r.exitCode == 0, r.describe());

    // The imports; their plans count the fates.
    r = run(QStringList{u"--csv"_s, data(u"firebase-users.json"_s), u"--job-id"_s, u"fb"_s} + firebaseFlags + common, key);
    QVERIFY2(r.exitCode == 0, r.describe());
    QCOMPARE(r.json().value(u"password_fates"_s).toObject().value(u"converted"_s).toInt(), 2);
    QCOMPARE(r.json().value(u"password_fates"_s).toObject().value(u"reset_needed"_s).toInt(), 1);
    r = run(QStringList{u"--csv"_s, csv, u"--job-id"_s, u"bc"_s} + common, key);
    QVERIFY2(r.exitCode == 0, r.describe());
    QCOMPARE(r.json().value(u"password_fates"_s).toObject().value(u"kept"_s).toInt(), 1);
    QCOMPARE(r.json().value(u"password_fates"_s).toObject().value(u"reset_needed"_s).toInt(), 1);

    // check-password --job records the local proof with the job.
    r = runWithPassword(QStringList{u"check-password"_s, u"--csv"_s, data(u"firebase-users.json"_s), u"--email"_s, FirebaseUser,
                                    u"--job"_s, u"fb"_s, u"--checkpoint-dir"_s, storeDir()}
                            + firebaseFlags,
                        FirebasePassword, env);
    QVERIFY2(r.exitCode == 0, r.describe());
    QVERIFY2(r.out.contains("known password verified locally"), r.describe());
    // A job that does not exist is refused before the password is asked for.
    r = runWithPassword({u"check-password"_s, u"--csv"_s, csv, u"--email"_s, CanaryUser, u"--job"_s, u"nope"_s,
                         u"--checkpoint-dir"_s, storeDir()},
                        canary, env);
    QCOMPARE(r.exitCode, 2);

    auto signIn = [&](const QString &job, const QString &email, const QByteArray &password) {
        return runWithPassword({u"sign-in-check"_s, job, u"--email"_s, email, u"--client-id"_s, u"client_test"_s,
                                u"--checkpoint-dir"_s, storeDir(), u"--json"_s},
                               password, env);
    };
    auto proofsOf = [&](const QString &job) {
        const CliResult jobs = run({u"jobs"_s, u"--checkpoint-dir"_s, storeDir(), u"--json"_s});
        const QJsonArray list = QJsonDocument::fromJson(jobs.out).array();
        for (const QJsonValue &v : list)
            if (v.toObject().value(u"id"_s).toString() == job)
                return v.toObject().value(u"password_checks"_s).toObject();
        return QJsonObject{{u"missing"_s, true}};
    };

    // A wrong password is refused and records nothing.
    r = signIn(u"fb"_s, FirebaseUser, "user1passworD"_ba);
    QVERIFY2(r.exitCode == 1, r.describe());
    QCOMPARE(r.json().value(u"code"_s).toString(), u"invalid_credentials"_s);
    QVERIFY(!proofsOf(u"fb"_s).contains(u"sign_in_verified"_s));
    QVERIFY(proofsOf(u"fb"_s).contains(u"known_password_verified"_s));
    r = signIn(u"bc"_s, CanaryUser, canary + "x");
    QCOMPARE(r.exitCode, 1);
    QVERIFY(proofsOf(u"bc"_s).isEmpty());

    // The known passwords sign in: a firebase-scrypt user converted from the export, and bcrypt.
    r = signIn(u"fb"_s, FirebaseUser, FirebasePassword);
    QVERIFY2(r.exitCode == 0, r.describe());
    QVERIFY(r.json().value(u"recorded"_s).toBool());
    r = signIn(u"bc"_s, CanaryUser, canary);
    QVERIFY2(r.exitCode == 0, r.describe());

    // The jobs show it: JSON and text.
    const QJsonObject fb = proofsOf(u"fb"_s);
    QCOMPARE(fb.value(u"sign_in_verified"_s).toObject().value(u"email"_s).toString(), FirebaseUser);
    QCOMPARE(fb.value(u"known_password_verified"_s).toObject().value(u"email"_s).toString(), FirebaseUser);
    QVERIFY(QDateTime::fromString(fb.value(u"sign_in_verified"_s).toObject().value(u"at"_s).toString(), Qt::ISODate).isValid());
    QCOMPARE(proofsOf(u"bc"_s).value(u"sign_in_verified"_s).toObject().value(u"email"_s).toString(), CanaryUser);
    r = run({u"jobs"_s, u"--checkpoint-dir"_s, storeDir()});
    QVERIFY2(r.out.contains("sign-in verified (user1@test.com") && r.out.contains("sign-in verified (canary@example.com"),
             r.describe());
    // ... with the plan's fates, kept with the job by the import.
    {
        const CliResult jobs = run({u"jobs"_s, u"--checkpoint-dir"_s, storeDir(), u"--json"_s});
        QJsonObject fbFates;
        for (const QJsonValue &v : QJsonDocument::fromJson(jobs.out).array())
            if (v.toObject().value(u"id"_s).toString() == u"fb"_s)
                fbFates = v.toObject().value(u"password_fates"_s).toObject();
        QCOMPARE(fbFates.value(u"converted"_s).toInt(), 2);
        QCOMPARE(fbFates.value(u"reset_needed"_s).toInt(), 1);
        QCOMPARE(fbFates.value(u"converted_to"_s).toObject().value(u"firebase-scrypt"_s).toInt(), 2);
    }
    QVERIFY2(r.out.contains("0 kept as-is, 2 converted (firebase-scrypt), 1 reset needed"), r.describe());

    // No file the programs wrote holds a password (or the canary's hash).
    sandbox.stop(); // flushes the journal
    const QByteArray utf16 = QByteArray(reinterpret_cast<const char *>(QString::fromLatin1(canary).utf16()), canary.size() * 2);
    int files = 0;
    QDirIterator it(m_home->path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path == csv)
            continue; // the person's own file holds the hash, as they wrote it
        QFile f(path);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray bytes = f.readAll();
        ++files;
        QVERIFY2(!bytes.contains(canary) && !bytes.contains(utf16), qPrintable(u"the password is in "_s + path));
        QVERIFY2(!bytes.contains(FirebasePassword), qPrintable(u"the Firebase password is in "_s + path));
        QVERIFY2(!bytes.contains(canaryHash.toLatin1()), qPrintable(u"the hash is in "_s + path));
    }
    QVERIFY2(files >= 2, "expected at least the job store and the journal");
}

QTEST_GUILESS_MAIN(TestPasswordFates)
#include "tst_passwordfates.moc"
