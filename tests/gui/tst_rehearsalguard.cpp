// The wizard's rehearsal sandbox and the job list, for what they must not hide or leak:
//  * the rehearsal sandbox starts with a scrubbed environment (a WORKOS_API_KEY in the wizard's
//    environment never reaches it) and its /_sandbox/* endpoints answer only the wizard, which
//    holds their secret;
//  * the rehearsal sandbox ends when the wizard is gone (its stdin closes);
//  * one rehearsal, one sandbox: a second sandbox on a rehearsal's journal refuses, and the
//    person is told why;
//  * the job list shows both facts when a verify covered only part of a job: the job's state
//    ("interrupted") and how far the verify went ("verified 57 of 400 rows"), also after a
//    resume finished the job.
#include "joblistmodel.h"
#include "rehearsalsandbox.h"

#include <QtCore/QProcess>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtTest/QtTest>

using namespace Qt::StringLiterals;

namespace {

int statusOf(const QUrl &url, const QByteArray &secret)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    if (!secret.isEmpty())
        request.setRawHeader("X-Sandbox-Secret", secret);
    QNetworkReply *reply = nam.get(request);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !done.wait(15000))
        return 0;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    delete reply;
    return status;
}

Gui::JobRow partlyVerified(Store::JobState state, bool importedSince)
{
    Gui::JobRow row;
    row.job.id = u"job"_s;
    row.job.state = state;
    row.job.counters.totalRows = 400;
    row.effectiveState = state;
    Store::FollowUpRecord verify;
    verify.jobId = u"job"_s;
    verify.kind = Store::FollowUpKind::Verify;
    verify.state = Store::FollowUpState::Done;
    verify.checked = 57;
    verify.startedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    verify.finishedAt = QDateTime::currentDateTimeUtc().addSecs(-50);
    row.verify = verify;
    row.job.updatedAt = importedSince ? QDateTime::currentDateTimeUtc() : verify.startedAt.addSecs(-10);
    return row;
}

} // namespace

class TestRehearsalGuard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("WORKOS_SANDBOX_PATH", WORKOS_SANDBOX_PATH);
        qputenv("WIZARD_SANDBOX_ARGS", "--rate-limits off");
    }

    void rehearsalSandboxGetsNoSecretOfTheWizard()
    {
        const QByteArray liveKey = "sk_live_NeverInTheSandbox0123456789";
        qputenv("WORKOS_API_KEY", liveKey);
        qputenv("SOME_OTHER_TOKEN", "token-never-in-the-sandbox");
        Gui::RehearsalSandbox sandbox;
        sandbox.setJournalFolder(m_dir.filePath(u"rehearsals"_s));
        QSignalSpy ready(&sandbox, &Gui::RehearsalSandbox::ready);
        QSignalSpy failed(&sandbox, &Gui::RehearsalSandbox::failed);
        sandbox.start();
        QVERIFY2(ready.wait(20000), failed.isEmpty() ? "no answer" : qPrintable(failed.first().first().toString()));
        qunsetenv("WORKOS_API_KEY");
        qunsetenv("SOME_OTHER_TOKEN");

        auto *process = sandbox.findChild<QProcess *>();
        QVERIFY(process);
        QFile environ(u"/proc/%1/environ"_s.arg(process->processId()));
        QVERIFY(environ.open(QIODevice::ReadOnly));
        const QByteArray seen = environ.readAll();
        QVERIFY2(!seen.contains("WORKOS_API_KEY") && !seen.contains(liveKey), "the wizard's API key reached the sandbox");
        QVERIFY2(!seen.contains("token-never-in-the-sandbox"), "the wizard's environment reached the sandbox");

        const QUrl state = sandbox.url().resolved(QUrl(u"/_sandbox/state"_s));
        QCOMPARE(statusOf(state, {}), 401);
        QCOMPARE(statusOf(state, sandbox.adminSecret()), 200);
    }

    void secondSandboxOnTheSameRehearsalSaysWhy()
    {
        Gui::RehearsalSandbox first;
        first.setJournalFolder(m_dir.filePath(u"rehearsals"_s));
        QSignalSpy ready(&first, &Gui::RehearsalSandbox::ready);
        first.start();
        QVERIFY(ready.wait(20000));
        // Verify or Undo from the job list while the wizard still runs this rehearsal.
        Gui::RehearsalSandbox second;
        QSignalSpy failed(&second, &Gui::RehearsalSandbox::failed);
        QSignalSpy secondReady(&second, &Gui::RehearsalSandbox::ready);
        second.start(first.journalPath());
        QVERIFY(failed.wait(20000));
        QCOMPARE(secondReady.count(), 0);
        const QString why = failed.first().first().toString();
        QVERIFY2(why.contains(u"in use by another local sandbox"_s), qPrintable(why));
        QVERIFY(first.isRunning());
    }

    void rehearsalSandboxEndsWithTheWizard()
    {
        Gui::RehearsalSandbox sandbox;
        sandbox.setJournalFolder(m_dir.filePath(u"rehearsals"_s));
        QSignalSpy ready(&sandbox, &Gui::RehearsalSandbox::ready);
        sandbox.start();
        QVERIFY(ready.wait(20000));
        auto *process = sandbox.findChild<QProcess *>();
        QVERIFY(process);
        // When the wizard ends in any way (killed too) the kernel closes its end of the
        // sandbox's stdin; closing it here is the same event.
        QSignalSpy finished(process, &QProcess::finished);
        process->closeWriteChannel();
        QVERIFY2(finished.wait(15000), "the rehearsal sandbox outlived its wizard");
    }

    void jobListShowsStateAndHowFarTheVerifyWent()
    {
        const QString interrupted = Gui::JobListModel::stateText(partlyVerified(Store::JobState::Interrupted, false));
        QVERIFY2(interrupted.contains(u"interrupted"_s) && interrupted.contains(u"verified"_s)
                     && interrupted.contains(u"57"_s) && interrupted.contains(u"400"_s),
                 qPrintable(interrupted));
        const QString resumed = Gui::JobListModel::stateText(partlyVerified(Store::JobState::Finished, true));
        QVERIFY2(resumed.contains(u"finished"_s) && resumed.contains(u"57"_s) && resumed.contains(u"400"_s),
                 qPrintable(resumed));
    }
};

QTEST_MAIN(TestRehearsalGuard)
#include "tst_rehearsalguard.moc"
