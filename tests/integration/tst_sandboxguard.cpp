// workos-sandbox guards what a rehearsal holds: /_sandbox/* answers only whoever started the
// sandbox (a secret: from a file, from the environment, which the sandbox then wipes, or made
// and printed in the first line), one journal has one sandbox, a sandbox started for a program
// ends when that program is gone (stdin closed, or the parent killed), and a change the
// journal cannot take is not kept in memory either.
#include "../testsupport/importcli.h"
#include "../testsupport/sandboxprocess.h"

#include <QtTest/QtTest>

#include <csignal>

using namespace Qt::StringLiterals;

namespace {

const QString Key = u"sk_test_SandboxGuardKey"_s;

// One workos-sandbox started here, with full control of its environment and stdin.
struct Started {
    std::unique_ptr<QProcess> process;
    QJsonObject handshake;
    QUrl url() const { return QUrl(handshake.value(u"url"_s).toString()); }
};

Started startSandbox(const QStringList &arguments, const QProcessEnvironment &env, const QString &program = {},
                     const QStringList &programArguments = {})
{
    Started s;
    s.process = std::make_unique<QProcess>();
    s.process->setProcessEnvironment(env);
    s.process->setProcessChannelMode(QProcess::SeparateChannels);
    if (program.isEmpty())
        s.process->start(QStringLiteral(WORKOS_SANDBOX_PATH), arguments);
    else
        s.process->start(program, programArguments + arguments);
    if (!s.process->waitForStarted(10000))
        return s;
    QElapsedTimer clock;
    clock.start();
    while (!s.process->canReadLine() && clock.elapsed() < 15000 && s.process->state() == QProcess::Running)
        s.process->waitForReadyRead(200);
    if (s.process->canReadLine())
        s.handshake = QJsonDocument::fromJson(s.process->readLine()).object();
    return s;
}

QProcessEnvironment cleanEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"WORKOS_SANDBOX_ADMIN_SECRET"_s);
    env.remove(u"WORKOS_SANDBOX_KEYS"_s);
    return env;
}

int statusOf(const QUrl &url, const QByteArray &secret, const QByteArray &verb = "GET")
{
    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    if (!secret.isEmpty())
        request.setRawHeader("X-Sandbox-Secret", secret);
    if (verb == "POST")
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    QNetworkReply *reply = nam.sendCustomRequest(request, verb, verb == "POST" ? QByteArray("{}") : QByteArray());
    QElapsedTimer clock;
    clock.start();
    while (!reply->isFinished() && clock.elapsed() < 15000)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 20);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    delete reply;
    return status;
}

bool answers(const QUrl &url)
{
    return statusOf(url.resolved(QUrl(u"/user_management/users"_s)), {}) != 0;
}

} // namespace

class TestSandboxGuard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void sandboxEndpointsNeedTheSecret_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("verb");
        QTest::addRow("state") << u"/_sandbox/state"_s << QByteArray("GET");
        QTest::addRow("stats") << u"/_sandbox/stats"_s << QByteArray("GET");
        QTest::addRow("reset") << u"/_sandbox/reset"_s << QByteArray("POST");
        QTest::addRow("switches") << u"/_sandbox/switches"_s << QByteArray("POST");
    }

    void sandboxEndpointsNeedTheSecret()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, verb);
        // The secret through the environment: it works, and the sandbox wipes it there.
        QProcessEnvironment env = cleanEnvironment();
        const QByteArray secret = "guard-secret-0123456789abcdef";
        env.insert(u"WORKOS_SANDBOX_ADMIN_SECRET"_s, QString::fromLatin1(secret));
        Started s = startSandbox({u"--port"_s, u"0"_s, u"--keys"_s, Key}, env);
        QVERIFY2(s.url().isValid(), s.process->readAllStandardError().constData());
        QVERIFY2(!s.handshake.contains(u"admin_secret"_s), "a secret given by the caller is printed again");
        const QUrl url = s.url().resolved(QUrl(path));
        QCOMPARE(statusOf(url, {}, verb), 401);
        QCOMPARE(statusOf(url, "wrong-secret-0123456789abcdef", verb), 401);
        QCOMPARE(statusOf(url, Key.toUtf8(), verb), 401); // an API key is not the secret
        QCOMPARE(statusOf(url, secret, verb), 200);
        QFile environ(u"/proc/%1/environ"_s.arg(s.process->processId()));
        QVERIFY(environ.open(QIODevice::ReadOnly));
        const QByteArray seen = environ.readAll();
        QVERIFY2(!seen.contains(secret), "the secret stays readable in the sandbox's environment");
    }

    void secretFromAFileOrMadeAndPrinted()
    {
        const QString file = m_dir.filePath(u"secret"_s);
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("from-the-file-0123456789\n");
        }
        Started fromFile = startSandbox({u"--port"_s, u"0"_s, u"--admin-secret-file"_s, file}, cleanEnvironment());
        QVERIFY(fromFile.url().isValid());
        QCOMPARE(statusOf(fromFile.url().resolved(QUrl(u"/_sandbox/state"_s)), "from-the-file-0123456789"), 200);
        QCOMPARE(statusOf(fromFile.url().resolved(QUrl(u"/_sandbox/state"_s)), {}), 401);

        Started made = startSandbox({u"--port"_s, u"0"_s}, cleanEnvironment());
        QVERIFY(made.url().isValid());
        const QByteArray printed = made.handshake.value(u"admin_secret"_s).toString().toLatin1();
        QVERIFY2(printed.size() >= 32, "no secret of its own in the first line");
        QCOMPARE(statusOf(made.url().resolved(QUrl(u"/_sandbox/state"_s)), printed), 200);
        QCOMPARE(statusOf(made.url().resolved(QUrl(u"/_sandbox/state"_s)), {}), 401);
    }

    void oneJournalOneSandbox()
    {
        const QString journal = m_dir.filePath(u"one.journal"_s);
        Started first = startSandbox({u"--port"_s, u"0"_s, u"--journal"_s, journal}, cleanEnvironment());
        QVERIFY(first.url().isValid());
        Started second = startSandbox({u"--port"_s, u"0"_s, u"--journal"_s, journal}, cleanEnvironment());
        QVERIFY2(!second.url().isValid(), "a second sandbox opened a journal in use");
        QVERIFY(second.process->state() == QProcess::NotRunning || second.process->waitForFinished(10000));
        QVERIFY(second.process->exitCode() != 0);
        const QByteArray why = second.process->readAllStandardError();
        QVERIFY2(why.contains("in use by another workos-sandbox"), why.constData());
        QVERIFY(answers(first.url()));
        // Once the first is gone (even killed), the journal is free again.
        first.process->kill();
        QVERIFY(first.process->waitForFinished(5000));
        Started third = startSandbox({u"--port"_s, u"0"_s, u"--journal"_s, journal}, cleanEnvironment());
        QVERIFY(third.url().isValid());
    }

    void endsWhenStdinCloses()
    {
        Started s = startSandbox({u"--port"_s, u"0"_s, u"--exit-on-stdin-close"_s}, cleanEnvironment());
        QVERIFY(s.url().isValid());
        QTest::qWait(300);
        QVERIFY(answers(s.url()));
        s.process->closeWriteChannel(); // what happens when the wizard ends in any way
        QVERIFY2(s.process->waitForFinished(15000), "the sandbox outlived the program that started it");
    }

    void orphanEndsWhenItsParentIsKilled()
    {
        // The parent (a shell standing in for the wizard) keeps no stdin of its own for the
        // sandbox: the test holds the pipe, so only the parent's death can end the sandbox.
        // (An explicit redirection: a background job of a script would otherwise read /dev/null.)
        const QString script = u"exec 3<&0; \"$0\" \"$@\" <&3 3<&- & wait"_s;
        Started s = startSandbox({u"--port"_s, u"0"_s, u"--exit-on-stdin-close"_s}, cleanEnvironment(), u"/bin/bash"_s,
                                 {u"-c"_s, script, QStringLiteral(WORKOS_SANDBOX_PATH)});
        QVERIFY2(s.url().isValid(), s.process->readAllStandardError().constData());
        QVERIFY(answers(s.url()));
        ::kill(pid_t(s.process->processId()), SIGKILL);
        QVERIFY(s.process->waitForFinished(5000));
        QTRY_VERIFY_WITH_TIMEOUT(!answers(s.url()), 15000);
    }

    void journalWriteThatFailsLeavesNothingInMemory()
    {
        // A file size limit makes the journal's writes fail after a few entries.
        const QString journal = m_dir.filePath(u"full.journal"_s);
        QProcessEnvironment env = cleanEnvironment();
        const QByteArray secret = "journal-secret-0123456789";
        env.insert(u"WORKOS_SANDBOX_ADMIN_SECRET"_s, QString::fromLatin1(secret));
        Started s = startSandbox({u"--port"_s, u"0"_s, u"--keys"_s, Key, u"--rate-limits"_s, u"off"_s, u"--journal"_s, journal},
                                 env, u"/bin/bash"_s, {u"-c"_s, u"ulimit -f 2; exec \"$0\" \"$@\""_s, QStringLiteral(WORKOS_SANDBOX_PATH)});
        QVERIFY2(s.url().isValid(), s.process->readAllStandardError().constData());
        auto state = [&] {
            QNetworkAccessManager nam;
            QNetworkRequest request(s.url().resolved(QUrl(u"/_sandbox/state"_s)));
            request.setRawHeader("X-Sandbox-Secret", secret);
            QNetworkReply *reply = nam.get(request);
            while (!reply->isFinished())
                QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 20);
            QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
            delete reply;
            o.remove(u"counts"_s);
            return o;
        };
        int created = 0;
        int refused = 0;
        for (int i = 0; i < 200 && refused == 0; ++i) {
            int status = 0;
            const QByteArray body = "{\"email\":\"journal" + QByteArray::number(i) + "@example.com\",\"first_name\":\"A name long enough to fill the journal quickly\"}";
            TestSupport::httpJson("POST", s.url().resolved(QUrl(u"/user_management/users"_s)), Key, body, &status);
            if (status == 201)
                ++created;
            else if (status == 500)
                ++refused;
            else
                QFAIL(qPrintable(u"unexpected status %1"_s.arg(status)));
        }
        QVERIFY2(refused == 1 && created > 0, "the journal never filled up");
        const QJsonObject held = state();
        QCOMPARE(held.value(u"users"_s).toArray().size(), created); // the refused change is not in memory
        s.process->terminate();
        QVERIFY(s.process->waitForFinished(5000));

        // Started again on the same journal (no limit now): exactly what the first one held.
        QProcessEnvironment again = cleanEnvironment();
        again.insert(u"WORKOS_SANDBOX_ADMIN_SECRET"_s, QString::fromLatin1(secret));
        Started restarted = startSandbox({u"--port"_s, u"0"_s, u"--keys"_s, Key, u"--journal"_s, journal}, again);
        QVERIFY(restarted.url().isValid());
        s.handshake = restarted.handshake;
        QCOMPARE(state(), held);
    }
};

QTEST_GUILESS_MAIN(TestSandboxGuard)
#include "tst_sandboxguard.moc"
