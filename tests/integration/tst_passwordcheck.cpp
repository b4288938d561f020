// The password proofs end to end, with the built programs: `workos-import check-password`
// before an import, `workos-import sign-in-check` after it against workos-sandbox's
// /user_management/authenticate, and the promise that a typed password never lands anywhere:
// not in the process arguments, not in any file the programs wrote (job store, logs, reports,
// the sandbox's journal, settings), not in their output, not in /_sandbox/state.
//
// Users: a bcrypt user (Openwall's "U*U" vector), a firebase-scrypt user (Firebase's published
// sample, "user1password"), a user without a password, and one bcrypt user whose hash is made
// here by libxcrypt for a password that is unique to the run (the leak canary).

#include "../testsupport/importcli.h"
#include "../testsupport/passwordcli.h"
#include "../testsupport/sandboxprocess.h"
#include "../testsupport/sandboxsecret.h"

#include <QtCore/QDirIterator>
#include <QtCore/QRandomGenerator>
#include <QtCore/QTemporaryDir>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtTest/QtTest>

using namespace Qt::StringLiterals;
using TestSupport::CliResult;
using Run = TestSupport::PasswordRun;
using TestSupport::bcryptOf;
using TestSupport::runWithPassword;

namespace {

const QString BcryptUser = u"alice@example.com"_s;
const QByteArray BcryptPassword = "U*U"_ba;
const QString BcryptHash = u"$2a$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW"_s;
const QString FirebaseUser = u"user1@test.com"_s;
const QByteArray FirebasePassword = "user1password"_ba;
const QString FirebaseHash =
    u"$firebase-scrypt$hash=lSrfV15cpx95/sZS2W9c9Kp6i/LVgQNDNC/qzrCnh1SAyZvqmZqAjTdn3aoItz+VHjoZilo78198JAdRuid5lQ==$salt=42xEC+ixf3L2lw==$sk=jxspr8Ki0RYycVU8zykbdLGjFQ3McFUH0uiiTvC8pVMXAn210wjLNmdZJzxUECKbm0QsEmYUSDzZvpjeJ9WmXA==$ss=Bw==$r=8$m=14"_s;
const QString NoPasswordUser = u"carol@example.com"_s;
const QString CanaryUser = u"canary@example.com"_s;

} // namespace

class TestPasswordCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void checkPasswordBeforeImport();
    void rehearsalSignsInWithKnownPasswords();
    void signInLimitIsTenPerMinutePerEmail();
    void typedPasswordNeverLandsAnywhere();

private:
    QString writeCsv(const QString &canaryHash = {});
    QProcessEnvironment environment(const QString &key) const;
    CliResult importInto(const QString &csv, const QString &jobId);
    QJsonObject sandboxGet(const QString &path);
    QPair<int, QJsonObject> authenticate(const QString &email, const QString &password);

    std::unique_ptr<QTemporaryDir> m_home; // HOME and XDG folders of the programs: all they write
    TestSupport::SandboxProcess m_sandbox;
};

void TestPasswordCheck::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    QVERIFY2(m_sandbox.startSandbox({u"--journal"_s, m_home->filePath(u"sandbox-journal.jsonl"_s)}), qPrintable(m_sandbox.error()));
}

void TestPasswordCheck::cleanup()
{
    m_sandbox.stop();
    m_home.reset();
}

QString TestPasswordCheck::writeCsv(const QString &canaryHash)
{
    const QString path = m_home->filePath(u"users.csv"_s);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    QByteArray text = "email,password_hash,password_hash_type,first_name\n";
    text += (BcryptUser + u","_s + BcryptHash + u",bcrypt,Alice\n"_s).toUtf8();
    text += (FirebaseUser + u","_s + FirebaseHash + u",firebase-scrypt,Test\n"_s).toUtf8();
    text += (NoPasswordUser + u",,,Carol\n"_s).toUtf8();
    if (!canaryHash.isEmpty())
        text += (CanaryUser + u","_s + canaryHash + u",bcrypt,Canary\n"_s).toUtf8();
    f.write(text);
    return path;
}

QProcessEnvironment TestPasswordCheck::environment(const QString &key) const
{
    return TestSupport::environmentAtHome(*m_home, key);
}

CliResult TestPasswordCheck::importInto(const QString &csv, const QString &jobId)
{
    return TestSupport::runInEnvironment({u"--csv"_s, csv, u"--api-url"_s, m_sandbox.url().toString(), u"--job-id"_s, jobId,
                                          u"--json"_s, u"--errors-out"_s, m_home->filePath(u"errors.csv"_s)},
                                         environment(m_sandbox.keys().first()));
}

QJsonObject TestPasswordCheck::sandboxGet(const QString &path)
{
    QNetworkAccessManager nam;
    QUrl url = m_sandbox.url();
    url.setPath(path);
    QNetworkReply *reply = nam.get(TestSupport::sandboxRequest(url));
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(10000);
    const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
    delete reply;
    return o;
}

QPair<int, QJsonObject> TestPasswordCheck::authenticate(const QString &email, const QString &password)
{
    QNetworkAccessManager nam;
    QUrl url = m_sandbox.url();
    url.setPath(u"/user_management/authenticate"_s);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    const QJsonObject body{{u"grant_type"_s, u"password"_s}, {u"client_id"_s, u"client_test"_s},
                           {u"client_secret"_s, m_sandbox.keys().first()}, {u"email"_s, email}, {u"password"_s, password}};
    QNetworkReply *reply = nam.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(10000);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
    delete reply;
    return {status, o};
}

void TestPasswordCheck::checkPasswordBeforeImport()
{
    const QString csv = writeCsv();
    const QProcessEnvironment env = environment({});
    auto check = [&](const QString &email, const QByteArray &password) {
        return runWithPassword({u"check-password"_s, u"--csv"_s, csv, u"--email"_s, email, u"--json"_s}, password, env).result;
    };

    CliResult r = check(BcryptUser, BcryptPassword);
    QVERIFY2(r.exitCode == 0, r.describe());
    QCOMPARE(r.json().value(u"outcome"_s).toString(), u"match"_s);
    QVERIFY2(r.json().value(u"message"_s).toString().contains(u"users with bcrypt hashes from this file (1) will sign in with their old passwords"_s), r.describe());

    r = check(FirebaseUser.toUpper(), FirebasePassword); // emails are case-insensitive
    QVERIFY2(r.exitCode == 0, r.describe());
    QCOMPARE(r.json().value(u"hash_type"_s).toString(), u"firebase-scrypt"_s);

    r = check(FirebaseUser, "user2password"_ba);
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.json().value(u"rule"_s).toString(), u"password.firebase_mismatch"_s);

    r = check(NoPasswordUser, "anything"_ba);
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.json().value(u"outcome"_s).toString(), u"no_password"_s);
    QVERIFY(r.json().value(u"message"_s).toString().contains(u"reset needed"_s));

    r = check(u"nobody@example.com"_s, "x"_ba);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.json().value(u"outcome"_s).toString(), u"no_such_email"_s);

    // Human text: the sentence the issue promises.
    r = runWithPassword({u"check-password"_s, u"--csv"_s, csv, u"--email"_s, BcryptUser}, BcryptPassword, env).result;
    QVERIFY2(r.out.contains("this file (1) will sign in with their old passwords"), r.describe());
    // No password on standard input is a usage error, not a mismatch.
    r = runWithPassword({u"check-password"_s, u"--csv"_s, csv, u"--email"_s, BcryptUser}, QByteArray(), env).result;
    QCOMPARE(r.exitCode, 2);
    // A password as an argument is refused.
    r = runWithPassword({u"check-password"_s, u"--csv"_s, csv, u"--email"_s, BcryptUser, u"U*U"_s}, BcryptPassword, env).result;
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("never an argument"));
}

void TestPasswordCheck::rehearsalSignsInWithKnownPasswords()
{
    const QString csv = writeCsv();
    const CliResult imported = importInto(csv, u"passwords"_s);
    QVERIFY2(imported.exitCode == 0, imported.describe());
    QCOMPARE(sandboxGet(u"/_sandbox/stats"_s).value(u"counts"_s).toObject().value(u"users"_s).toInt(), 3);

    const QProcessEnvironment env = environment(m_sandbox.keys().first());
    // The job store is the default one under XDG_DATA_HOME; --checkpoint-dir is not needed.
    auto signInDefault = [&](const QString &email, const QByteArray &password) {
        return runWithPassword({u"sign-in-check"_s, u"passwords"_s, u"--email"_s, email, u"--client-id"_s, u"client_test"_s, u"--json"_s},
                               password, env)
            .result;
    };

    CliResult r = signInDefault(BcryptUser, BcryptPassword);
    QVERIFY2(r.exitCode == 0, r.describe());
    QVERIFY(r.json().value(u"ok"_s).toBool());
    QVERIFY2(r.json().value(u"message"_s).toString().contains(u"passwords from this file work in WorkOS"_s), r.describe());
    QVERIFY(r.json().value(u"user_id"_s).toString().startsWith(u"user_"_s));

    r = signInDefault(FirebaseUser, FirebasePassword);
    QVERIFY2(r.exitCode == 0, r.describe());

    r = signInDefault(FirebaseUser, "user1passworD"_ba);
    QVERIFY2(r.exitCode == 1, r.describe());
    QCOMPARE(r.json().value(u"code"_s).toString(), u"invalid_credentials"_s);
    QCOMPARE(r.json().value(u"http_status"_s).toInt(), 400);

    r = signInDefault(BcryptUser, "U*U*"_ba);
    QCOMPARE(r.exitCode, 1);
    r = signInDefault(NoPasswordUser, "anything"_ba);
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.json().value(u"code"_s).toString(), u"invalid_credentials"_s);

    // WorkOS's answer shape from the sandbox itself: user and tokens.
    const auto [status, body] = authenticate(BcryptUser, QString::fromLatin1(BcryptPassword));
    QCOMPARE(status, 200);
    QCOMPARE(body.value(u"user"_s).toObject().value(u"email"_s).toString(), BcryptUser);
    QVERIFY(!body.value(u"access_token"_s).toString().isEmpty());
    QVERIFY(!body.value(u"refresh_token"_s).toString().isEmpty());
    QCOMPARE(body.value(u"authentication_method"_s).toString(), u"Password"_s);

    // A client secret that is not the key is refused as the client, not as the password.
    r = runWithPassword({u"sign-in-check"_s, u"passwords"_s, u"--email"_s, BcryptUser, u"--client-id"_s, u"client_test"_s, u"--json"_s},
                        BcryptPassword, environment(u"sk_test_not_the_sandbox_key"_s))
            .result;
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.json().value(u"code"_s).toString(), u"invalid_client"_s);

    // A job that wrote to a server on this computer is a rehearsal (the environment undo and
    // verify record, followup.h): it signs in without a client id.
    r = runWithPassword({u"sign-in-check"_s, u"passwords"_s, u"--email"_s, BcryptUser}, BcryptPassword, env).result;
    QVERIFY2(r.exitCode == 0, r.describe());
    QVERIFY2(r.out.contains("Signed in"), r.describe());
}

void TestPasswordCheck::signInLimitIsTenPerMinutePerEmail()
{
    const CliResult imported = importInto(writeCsv(), u"limits"_s);
    QVERIFY2(imported.exitCode == 0, imported.describe());
    for (int i = 0; i < 10; ++i)
        QCOMPARE(authenticate(BcryptUser, u"wrong-%1"_s.arg(i)).first, 400);
    // The 11th attempt within the minute is refused before the password is looked at ...
    const auto limited = authenticate(BcryptUser, QString::fromLatin1(BcryptPassword));
    QCOMPARE(limited.first, 429);
    QCOMPARE(limited.second.value(u"code"_s).toString(), u"rate_limit_exceeded"_s);
    // ... and the limit is per email: another user still signs in.
    QCOMPARE(authenticate(FirebaseUser, QString::fromLatin1(FirebasePassword)).first, 200);
}

void TestPasswordCheck::typedPasswordNeverLandsAnywhere()
{
    // A password no program could have met before this run.
    const QByteArray canary = "Canary-" + QByteArray::number(QRandomGenerator::global()->generate64(), 36) + "-pw!";
    const QString canaryHash = bcryptOf(canary);
    QVERIFY(!canaryHash.isEmpty());
    const QString csv = writeCsv(canaryHash);

    const QProcessEnvironment env = environment(m_sandbox.keys().first());
    const Run check = runWithPassword({u"check-password"_s, u"--csv"_s, csv, u"--email"_s, CanaryUser}, canary, env);
    QVERIFY2(check.result.exitCode == 0, check.result.describe());
    QVERIFY(!check.cmdline.isEmpty());

    const CliResult imported = importInto(csv, u"canary"_s);
    QVERIFY2(imported.exitCode == 0, imported.describe());
    const Run signIn = runWithPassword({u"sign-in-check"_s, u"canary"_s, u"--email"_s, CanaryUser, u"--client-id"_s, u"client_test"_s},
                                       canary, env);
    QVERIFY2(signIn.result.exitCode == 0, signIn.result.describe());
    QVERIFY(signIn.result.out.contains("Signed in"));
    // And a failed attempt (the canary with one more character) leaves no trace either.
    const Run wrong = runWithPassword({u"sign-in-check"_s, u"canary"_s, u"--email"_s, CanaryUser, u"--client-id"_s, u"client_test"_s},
                                      canary + "x", env);
    QCOMPARE(wrong.result.exitCode, 1);

    const QByteArray utf16 = QByteArray(reinterpret_cast<const char *>(QString::fromLatin1(canary).utf16()), canary.size() * 2);
    for (const Run *run : {&check, &signIn, &wrong}) {
        QVERIFY(!run->cmdline.contains(canary));
        QVERIFY(!run->result.out.contains(canary) && !run->result.err.contains(canary));
    }
    QVERIFY(!imported.out.contains(canary) && !imported.err.contains(canary));

    // Every file the programs wrote: the job store (and its WAL), the error report, the
    // sandbox's journal, anything under HOME and the XDG folders.
    // The sandbox's state shows users, never what they sign in with.
    const QByteArray state = QJsonDocument(sandboxGet(u"/_sandbox/state"_s)).toJson();
    QVERIFY(state.contains(CanaryUser.toLatin1()));
    QVERIFY(!state.contains(canary) && !state.contains(canaryHash.toLatin1()) && !state.contains("password_hash"));
    m_sandbox.stop(); // flushes the journal
    int files = 0;
    QDirIterator it(m_home->path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path == csv)
            continue; // the person's own file holds the hash (not the password), as they wrote it
        QFile f(path);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray bytes = f.readAll();
        ++files;
        QVERIFY2(!bytes.contains(canary) && !bytes.contains(utf16), qPrintable(u"the password is in "_s + path));
        QVERIFY2(!bytes.contains(canaryHash.toLatin1()), qPrintable(u"the hash is in "_s + path));
    }
    QVERIFY2(files >= 3, "expected at least the job store, the error report and the journal");
    QVERIFY(QFileInfo::exists(m_home->filePath(u"sandbox-journal.jsonl"_s)));
}

QTEST_GUILESS_MAIN(TestPasswordCheck)
#include "tst_passwordcheck.moc"
