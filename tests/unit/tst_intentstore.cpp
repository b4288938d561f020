// Store::IntentStore and the Idempotency-Key of a create (issue 17, item 3): an intent recorded
// twice keeps its first time (a resumed create compares the object's created_at with the first
// attempt's intent), a refused create's intent goes, the key is the same for the same job,
// object and request in every process and different for any other, and created_at within the
// clocks' slack before an intent still counts as the intent's object.
#include "store/intentstore.h"
#include "store/jobstore.h"

#include <QtTest/QtTest>

using namespace Qt::StringLiterals;
using namespace Store;

class TestIntentStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void recordKeepsTheFirstIntentAndForgetRemovesIt()
    {
        QVERIFY(m_dir.isValid());
        const QString path = JobStore::pathInDirectory(m_dir.path());
        JobStore jobs(path);
        QString error;
        QVERIFY2(jobs.open(&error), qPrintable(error));
        JobRecord job;
        job.id = u"intents"_s;
        job.name = u"intents"_s;
        job.csvPath = u"/data/users.csv"_s;
        job.csvSha256 = u"ab"_s.repeated(32);
        job.mode = u"multi-organization"_s;
        QVERIFY2(jobs.createJob(job, &error), qPrintable(error));

        IntentStore intents(path);
        QVERIFY2(intents.open(&error), qPrintable(error));
        CreateIntent user;
        user.kind = IntentKind::User;
        user.objectKey = u"ann@example.com"_s;
        user.email = u"Ann@Example.com"_s;
        user.idempotencyKey = QString::fromLatin1(idempotencyKeyFor(job.id, user.kind, user.objectKey, "{}"));
        user.intentAt = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC);
        user.row = 3;
        user.line = 4;
        const std::optional<QDateTime> first = intents.record(job.id, user, &error);
        QVERIFY2(first, qPrintable(error));
        QCOMPARE(*first, user.intentAt);
        CreateIntent again = user;
        again.intentAt = user.intentAt.addSecs(60); // a resume, a minute later
        const std::optional<QDateTime> second = intents.record(job.id, again, &error);
        QVERIFY(second);
        QCOMPARE(*second, user.intentAt);
        const auto found = intents.find(job.id, IntentKind::User, user.objectKey);
        QVERIFY(found);
        QCOMPARE(found->email, user.email);
        QCOMPARE(found->idempotencyKey, user.idempotencyKey);
        QCOMPARE(found->row, 3);
        QCOMPARE(intents.all(job.id).size(), 1);
        // Another kind with the same key is another intent.
        CreateIntent org;
        org.kind = IntentKind::Organization;
        org.objectKey = user.objectKey;
        QVERIFY(intents.record(job.id, org));
        QCOMPARE(intents.all(job.id).size(), 2);
        QVERIFY(intents.forget(job.id, IntentKind::User, user.objectKey));
        QVERIFY(!intents.find(job.id, IntentKind::User, user.objectKey));
        QCOMPARE(intents.all(job.id).size(), 1);
        // An unknown job records nothing.
        QVERIFY(!intents.record(u"no-such-job"_s, user, &error));
        QVERIFY(!error.isEmpty());
        // Deleting the job deletes its intents.
        QVERIFY(jobs.deleteJob(job.id, &error));
        QCOMPARE(intents.all(job.id).size(), 0);
    }

    void idempotencyKeysAreDerivedNotRandom()
    {
        const QByteArray a = idempotencyKeyFor(u"job"_s, IntentKind::User, u"ann@example.com"_s, "body");
        QCOMPARE(a, idempotencyKeyFor(u"job"_s, IntentKind::User, u"ann@example.com"_s, "body"));
        QCOMPARE(a.size(), 40);
        QVERIFY(a != idempotencyKeyFor(u"job2"_s, IntentKind::User, u"ann@example.com"_s, "body"));
        QVERIFY(a != idempotencyKeyFor(u"job"_s, IntentKind::Membership, u"ann@example.com"_s, "body"));
        QVERIFY(a != idempotencyKeyFor(u"job"_s, IntentKind::User, u"bob@example.com"_s, "body"));
        QVERIFY(a != idempotencyKeyFor(u"job"_s, IntentKind::User, u"ann@example.com"_s, "other body"));
    }

    void createdAfterIntentAllowsTheClocksSlack()
    {
        const QDateTime intent = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC);
        QVERIFY(createdAfterIntent(intent.addMSecs(5), intent));
        QVERIFY(createdAfterIntent(intent.addMSecs(-IntentClockSlackMs), intent));
        QVERIFY(!createdAfterIntent(intent.addMSecs(-IntentClockSlackMs - 1), intent));
        QVERIFY(!createdAfterIntent(QDateTime(), intent)); // no created_at: no proof
    }
};

QTEST_GUILESS_MAIN(TestIntentStore)
#include "tst_intentstore.moc"
