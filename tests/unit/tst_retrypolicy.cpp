// The retry policy: which statuses are retried, Retry-After in both forms, and the jittered
// exponential backoff with its caps. Counting attempts is the caller's job; the policy only
// says whether retry number n is still allowed.
#include "api/retrypolicy.h"

#include <QtTest/QtTest>

#include <optional>

using namespace Qt::StringLiterals;
using namespace std::chrono;
using Api::RetryPolicy;

namespace {

// A fixed "now" for date arithmetic: Sunday, 06 Nov 1994 08:49:00 UTC.
QDateTime fixedNow()
{
    return QDateTime(QDate(1994, 11, 6), QTime(8, 49, 0), Qt::UTC);
}

} // namespace

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void retryableStatus_data();
    void retryableStatus();
    void retryAfter_data();
    void retryAfter();
    void retryAfterRfc850TwoDigitYear();
    void backoff_data();
    void backoff();
    void backoffIsJitteredWithinBounds();
    void retryAfterWinsOverBackoff();
    void attemptsBeyondMaxRetriesAreTheCallersJob();
};

void TestRetryPolicy::retryableStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("retryable");

    for (int status : {408, 429, 500, 502, 503, 504})
        QTest::addRow("%d", status) << status << true;
    for (int status : {0, 200, 201, 204, 301, 400, 401, 403, 404, 409, 422, 501, 505, 599})
        QTest::addRow("%d", status) << status << false;
}

void TestRetryPolicy::retryableStatus()
{
    QFETCH(int, status);
    QFETCH(bool, retryable);
    QCOMPARE(RetryPolicy::isRetryableStatus(status), retryable);
}

void TestRetryPolicy::retryAfter_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<std::optional<qint64>>("expectedMs");

    const auto ms = [](qint64 v) { return std::optional<qint64>(v); };
    const std::optional<qint64> none;

    QTest::addRow("seconds") << "5"_ba << ms(5000);
    QTest::addRow("zero") << "0"_ba << ms(0);
    QTest::addRow("spaces around") << "  12 "_ba << ms(12000);
    QTest::addRow("leading zeros") << "007"_ba << ms(7000);
    QTest::addRow("capped at 120 s") << "3600"_ba << ms(120000);
    QTest::addRow("huge is capped, no overflow") << "99999999999999999999999999"_ba << ms(120000);
    QTest::addRow("IMF-fixdate in 37 s") << "Sun, 06 Nov 1994 08:49:37 GMT"_ba << ms(37000);
    QTest::addRow("RFC 850 date in 37 s") << "Sunday, 06-Nov-94 08:49:37 GMT"_ba << ms(37000);
    QTest::addRow("asctime date in 37 s") << "Sun Nov  6 08:49:37 1994"_ba << ms(37000);
    QTest::addRow("date, next day, capped") << "Mon, 07 Nov 1994 08:49:00 GMT"_ba << ms(120000);
    QTest::addRow("date in the past: retry now") << "Sun, 06 Nov 1994 08:00:00 GMT"_ba << ms(0);
    QTest::addRow("leap second") << "Sun, 06 Nov 1994 08:49:60 GMT"_ba << ms(59000);
    QTest::addRow("absent") << QByteArray() << none;
    QTest::addRow("blank") << "   "_ba << none;
    QTest::addRow("negative") << "-5"_ba << none;
    QTest::addRow("fraction") << "1.5"_ba << none;
    QTest::addRow("unit") << "5s"_ba << none;
    QTest::addRow("words") << "soon"_ba << none;
    QTest::addRow("date without GMT") << "Sun, 06 Nov 1994 08:49:37"_ba << none;
    QTest::addRow("date with offset") << "Sun, 06 Nov 1994 08:49:37 +0100"_ba << none;
    QTest::addRow("no such month") << "Sun, 06 Foo 1994 08:49:37 GMT"_ba << none;
    QTest::addRow("no such day") << "Sun, 31 Nov 1994 08:49:37 GMT"_ba << none;
    QTest::addRow("bad hour") << "Sun, 06 Nov 1994 25:49:37 GMT"_ba << none;
}

void TestRetryPolicy::retryAfter()
{
    QFETCH(QByteArray, header);
    QFETCH(std::optional<qint64>, expectedMs);

    const RetryPolicy policy;
    const std::optional<milliseconds> got = policy.parseRetryAfter(header, fixedNow());
    QCOMPARE(got.has_value(), expectedMs.has_value());
    if (got)
        QCOMPARE(got->count(), *expectedMs);
}

// RFC 9110 §5.6.7: a two-digit year more than 50 years ahead belongs to the previous century.
void TestRetryPolicy::retryAfterRfc850TwoDigitYear()
{
    RetryPolicy policy;
    policy.maxRetryAfter = hours(24 * 365 * 200);
    const QDateTime now(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC);
    // "30" is 2030: 37 s ahead.
    QCOMPARE(policy.parseRetryAfter("Tuesday, 01-Jan-30 00:00:37 GMT", now), milliseconds(37000));
    // "99" would be 2099, more than 50 years ahead, so it is 1999: in the past, retry now.
    QCOMPARE(policy.parseRetryAfter("Friday, 01-Jan-99 00:00:00 GMT", now), milliseconds(0));
    // "75" is 2075, 45 years ahead: kept.
    const std::optional<milliseconds> ahead = policy.parseRetryAfter("Tuesday, 01-Jan-75 00:00:00 GMT", now);
    QVERIFY(ahead);
    QCOMPARE(ahead->count(), now.msecsTo(QDateTime(QDate(2075, 1, 1), QTime(0, 0), Qt::UTC)));
}

void TestRetryPolicy::backoff_data()
{
    QTest::addColumn<int>("attempt");
    QTest::addColumn<double>("random01");
    QTest::addColumn<qint64>("expectedMs");

    // Default policy: base 500 ms, doubling, capped at 30 s: ceilings 500, 1000, 2000, 4000,
    // 8000, 16000, 30000, 30000 for attempts 1..8.
    const qint64 ceilings[] = {500, 1000, 2000, 4000, 8000, 16000, 30000, 30000};
    for (int attempt = 1; attempt <= 8; ++attempt) {
        const qint64 ceiling = ceilings[attempt - 1];
        QTest::addRow("attempt %d, random 0", attempt) << attempt << 0.0 << qint64(0);
        QTest::addRow("attempt %d, random 0.5", attempt) << attempt << 0.5 << ceiling / 2;
        QTest::addRow("attempt %d, random 1", attempt) << attempt << 1.0 << ceiling;
    }
    QTest::addRow("attempt 1000 does not overflow") << 1000 << 1.0 << qint64(30000);
    QTest::addRow("attempt 0 counts as 1") << 0 << 1.0 << qint64(500);
    QTest::addRow("random above 1 is clamped") << 2 << 7.0 << qint64(1000);
    QTest::addRow("negative random is clamped") << 2 << -1.0 << qint64(0);
}

void TestRetryPolicy::backoff()
{
    QFETCH(int, attempt);
    QFETCH(double, random01);
    QFETCH(qint64, expectedMs);

    const RetryPolicy policy;
    QCOMPARE(policy.delayFor(attempt, std::nullopt, random01).count(), expectedMs);
}

// The real random source stays inside [0, ceiling] and actually varies (full jitter).
void TestRetryPolicy::backoffIsJitteredWithinBounds()
{
    const RetryPolicy policy;
    for (int attempt = 1; attempt <= 8; ++attempt) {
        const milliseconds ceiling = policy.backoffCeiling(attempt);
        QVERIFY(ceiling <= policy.maxDelay);
        QSet<qint64> seen;
        for (int i = 0; i < 200; ++i) {
            const milliseconds d = policy.delayFor(attempt, std::nullopt);
            QVERIFY(d >= milliseconds(0));
            QVERIFY(d <= ceiling);
            seen.insert(d.count());
        }
        QVERIFY2(seen.size() > 20, "delays should be spread, not fixed");
    }
}

void TestRetryPolicy::retryAfterWinsOverBackoff()
{
    RetryPolicy policy;
    QCOMPARE(policy.delayFor(1, milliseconds(7000), 0.0), milliseconds(7000));
    QCOMPARE(policy.delayFor(8, milliseconds(0), 1.0), milliseconds(0));
    QCOMPARE(policy.delayFor(3, minutes(10), 0.5), policy.maxRetryAfter); // capped
    QCOMPARE(policy.delayFor(3, milliseconds(-10), 0.5), milliseconds(0));
    QCOMPARE(policy.delayFor(2, seconds(3)), seconds(3));
    policy.maxRetryAfter = seconds(5);
    QCOMPARE(policy.parseRetryAfter("60", fixedNow()), seconds(5));
}

// The policy never counts: retry n is allowed for 1 <= n <= maxRetries; the caller stops
// after that and records the failure.
void TestRetryPolicy::attemptsBeyondMaxRetriesAreTheCallersJob()
{
    RetryPolicy policy;
    QVERIFY(!policy.allowsRetry(0));
    for (int n = 1; n <= 5; ++n)
        QVERIFY(policy.allowsRetry(n));
    QVERIFY(!policy.allowsRetry(6));
    policy.maxRetries = 0;
    QVERIFY(!policy.allowsRetry(1));
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
