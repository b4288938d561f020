// UserDirectory: one user id per email for the whole job, single-flight creation, bounded
// memory. It finds entries by a 64-bit hash of the email key; a hash that collides (injected
// here: every email hashes the same) must never hand one person's user id to another, which
// would attach a membership to the wrong user.
#include "engine/import/userdirectory.h"

#include <QtCore/QRandomGenerator>
#include <QtTest/QtTest>

using namespace Qt::StringLiterals;
using Engine::UserDirectory;
using Claim = UserDirectory::Claim;

namespace {

quint64 everythingCollides(QStringView)
{
    return 42;
}

quint64 twoBuckets(QStringView emailKey)
{
    return quint64(emailKey.size() % 2);
}

} // namespace

class TestUserDirectory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void claimResolveAndReuse();
    void waitWhileAnotherRowCreates();
    void collidingEmailsNeverShareAnId_data();
    void collidingEmailsNeverShareAnId();
    void collidingEmailsAreCreatedIndependently();
    void preloadedIdsAreConfirmed();
    void oldGenerationIsDroppedAtCapacity();
    void manyEmailsEachKeepTheirOwnId();
};

void TestUserDirectory::claimResolveAndReuse()
{
    UserDirectory d;
    QCOMPARE(d.claim(u"ann@example.com"_s).claim, Claim::Mine);
    d.resolve(u"ann@example.com"_s, u"user_ann"_s);
    const UserDirectory::Answer again = d.claim(u"ann@example.com"_s);
    QCOMPARE(again.claim, Claim::Known);
    QCOMPARE(again.userId, u"user_ann"_s);
    QCOMPARE(d.size(), 1);
}

void TestUserDirectory::waitWhileAnotherRowCreates()
{
    UserDirectory d;
    QCOMPARE(d.claim(u"bob@example.com"_s).claim, Claim::Mine);
    QCOMPARE(d.claim(u"bob@example.com"_s).claim, Claim::Wait);
    d.release(u"bob@example.com"_s); // the create failed: the next row tries again
    QCOMPARE(d.claim(u"bob@example.com"_s).claim, Claim::Mine);
}

void TestUserDirectory::collidingEmailsNeverShareAnId_data()
{
    QTest::addColumn<bool>("preload");
    QTest::addRow("created in this run") << false;
    QTest::addRow("preloaded from the job store") << true;
}

// Two emails with the same hash: whatever order they arrive in, each gets its own id or none
// (then the row asks the job store or creates, which WorkOS answers "email taken"), never the
// other's.
void TestUserDirectory::collidingEmailsNeverShareAnId()
{
    QFETCH(bool, preload);
    UserDirectory d(1000, &everythingCollides);
    const QString a = u"a@example.com"_s;
    const QString b = u"b@example.com"_s;
    if (preload) {
        d.put(a, u"user_a"_s);
    } else {
        QCOMPARE(d.claim(a).claim, Claim::Mine);
        d.resolve(a, u"user_a"_s);
    }
    const UserDirectory::Answer forB = d.claim(b);
    QVERIFY2(forB.claim != Claim::Known, qPrintable(u"b was given %1"_s.arg(forB.userId)));
    QCOMPARE(forB.claim, Claim::Mine);
    d.resolve(b, u"user_b"_s);
    QCOMPARE(d.claim(b).userId, u"user_b"_s);
    const UserDirectory::Answer forA = d.claim(a);
    QVERIFY2(forA.claim != Claim::Known || forA.userId == u"user_a"_s, qPrintable(forA.userId));
}

// While one email's user is being created, a colliding email is not told to wait for it.
void TestUserDirectory::collidingEmailsAreCreatedIndependently()
{
    UserDirectory d(1000, &everythingCollides);
    QCOMPARE(d.claim(u"c@example.com"_s).claim, Claim::Mine);
    QCOMPARE(d.claim(u"d@example.com"_s).claim, Claim::Mine);
    QCOMPARE(d.claim(u"c@example.com"_s).claim, Claim::Wait);
    d.resolve(u"d@example.com"_s, u"user_d"_s);
    QCOMPARE(d.claim(u"c@example.com"_s).claim, Claim::Wait); // still in flight
    d.resolve(u"c@example.com"_s, u"user_c"_s);
    QCOMPARE(d.claim(u"c@example.com"_s).userId, u"user_c"_s);
}

void TestUserDirectory::preloadedIdsAreConfirmed()
{
    // Preloading on resume goes through the same exact-key check.
    UserDirectory d(1000, &twoBuckets);
    d.put(u"ab@example.com"_s, u"user_ab"_s);
    d.put(u"cd@example.com"_s, u"user_cd"_s); // same length: same bucket, replaces ab's entry
    const UserDirectory::Answer ab = d.claim(u"ab@example.com"_s);
    QVERIFY2(ab.claim != Claim::Known || ab.userId == u"user_ab"_s, qPrintable(ab.userId));
    QCOMPARE(d.claim(u"cd@example.com"_s).userId, u"user_cd"_s);
}

void TestUserDirectory::oldGenerationIsDroppedAtCapacity()
{
    UserDirectory d(4); // two generations of two entries
    for (int i = 0; i < 6; ++i)
        d.put(u"p%1@example.com"_s.arg(i), u"user_%1"_s.arg(i));
    QVERIFY(d.size() <= 4);
    QCOMPARE(d.claim(u"p5@example.com"_s).userId, u"user_5"_s);
    QCOMPARE(d.claim(u"p0@example.com"_s).claim, Claim::Mine); // fell out: the store is asked
}

// The real hash, many emails, in random order: each claim answers its own id.
void TestUserDirectory::manyEmailsEachKeepTheirOwnId()
{
    UserDirectory d(1 << 20);
    QRandomGenerator random(7);
    QList<int> order;
    for (int i = 0; i < 50000; ++i)
        order.append(i);
    for (int i = 0; i < 50000; ++i)
        d.put(u"person%1@example.com"_s.arg(i), u"user_%1"_s.arg(i));
    std::shuffle(order.begin(), order.end(), random);
    for (const int i : std::as_const(order)) {
        const UserDirectory::Answer answer = d.claim(u"person%1@example.com"_s.arg(i));
        QCOMPARE(answer.claim, Claim::Known);
        QCOMPARE(answer.userId, u"user_%1"_s.arg(i));
    }
}

QTEST_GUILESS_MAIN(TestUserDirectory)
#include "tst_userdirectory.moc"
