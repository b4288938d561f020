#include "retrypolicy.h"

#include <QtCore/QDate>
#include <QtCore/QRandomGenerator>
#include <QtCore/QRegularExpression>
#include <QtCore/QString>
#include <QtCore/QTime>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace Api {

namespace {

int monthNumber(QStringView name)
{
    static constexpr QStringView months[] = {u"Jan", u"Feb", u"Mar", u"Apr", u"May", u"Jun",
                                             u"Jul", u"Aug", u"Sep", u"Oct", u"Nov", u"Dec"};
    for (int i = 0; i < 12; ++i) {
        if (name.compare(months[i], Qt::CaseInsensitive) == 0)
            return i + 1;
    }
    return 0;
}

// RFC 9110 §5.6.7: a two-digit year that would be more than 50 years in the future is the
// most recent past year with the same last two digits.
int fullYearOf(int twoDigits, int currentYear)
{
    int year = currentYear - currentYear % 100 + twoDigits;
    if (year > currentYear + 50)
        year -= 100;
    return year;
}

std::optional<QDateTime> parseHttpDate(const QString &text, const QDateTime &now)
{
    // Names are matched case-insensitively: a lenient reading costs nothing here.
    static const QRegularExpression imfFixdate(
        u"^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\\d{2}) ([A-Za-z]{3}) (\\d{4}) (\\d{2}):(\\d{2}):(\\d{2}) GMT$"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression rfc850(
        u"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\\d{2})-([A-Za-z]{3})-(\\d{2}) "
        "(\\d{2}):(\\d{2}):(\\d{2}) GMT$"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression asctime(
        u"^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) ([A-Za-z]{3}) ([ \\d]\\d) (\\d{2}):(\\d{2}):(\\d{2}) (\\d{4})$"_s,
        QRegularExpression::CaseInsensitiveOption);

    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    const auto number = [](const QRegularExpressionMatch &m, int group) {
        return m.capturedView(group).trimmed().toInt();
    };
    if (const auto m = imfFixdate.match(text); m.hasMatch()) {
        day = number(m, 1);
        month = monthNumber(m.capturedView(2));
        year = number(m, 3);
        hour = number(m, 4);
        minute = number(m, 5);
        second = number(m, 6);
    } else if (const auto m = rfc850.match(text); m.hasMatch()) {
        day = number(m, 1);
        month = monthNumber(m.capturedView(2));
        year = fullYearOf(number(m, 3), now.toUTC().date().year());
        hour = number(m, 4);
        minute = number(m, 5);
        second = number(m, 6);
    } else if (const auto m = asctime.match(text); m.hasMatch()) {
        month = monthNumber(m.capturedView(1));
        day = number(m, 2);
        hour = number(m, 3);
        minute = number(m, 4);
        second = number(m, 5);
        year = number(m, 6);
    } else {
        return std::nullopt;
    }
    if (second == 60) // a leap second
        second = 59;
    const QDate date(year, month, day);
    const QTime time(hour, minute, second);
    if (month == 0 || !date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, Qt::UTC);
}

} // namespace

bool RetryPolicy::isRetryableStatus(int httpStatus)
{
    switch (httpStatus) {
    case 408: // Request Timeout
    case 429: // Too Many Requests
    case 500: // Internal Server Error
    case 502: // Bad Gateway
    case 503: // Service Unavailable
    case 504: // Gateway Timeout
        return true;
    default:
        return false;
    }
}

bool RetryPolicy::allowsRetry(int attempt) const
{
    return attempt >= 1 && attempt <= maxRetries;
}

std::optional<milliseconds> RetryPolicy::parseRetryAfter(QByteArrayView header, QDateTime now) const
{
    const QByteArrayView value = header.trimmed();
    if (value.isEmpty())
        return std::nullopt;
    const milliseconds cap = std::max(maxRetryAfter, milliseconds(0));

    if (std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        // delta-seconds = 1*DIGIT; a huge number is simply "longer than the cap".
        qint64 seconds = 0;
        for (char c : value) {
            seconds = seconds * 10 + (c - '0');
            if (seconds > cap.count() / 1000 + 1)
                return cap;
        }
        return std::min(milliseconds(seconds * 1000), cap);
    }

    const std::optional<QDateTime> date = parseHttpDate(QString::fromLatin1(value), now);
    if (!date || !now.isValid())
        return std::nullopt;
    const qint64 ms = now.msecsTo(*date);
    return std::clamp(milliseconds(ms), milliseconds(0), cap); // a past date: retry now
}

milliseconds RetryPolicy::backoffCeiling(int attempt) const
{
    const milliseconds limit = std::max(maxDelay, milliseconds(0));
    const milliseconds base = std::clamp(baseDelay, milliseconds(0), limit);
    milliseconds ceiling = base;
    // Double (attempt - 1) times, stopping at the limit so nothing overflows.
    for (int i = 1; i < attempt && ceiling < limit; ++i)
        ceiling = ceiling > limit / 2 ? limit : ceiling * 2;
    return std::min(ceiling, limit);
}

milliseconds RetryPolicy::delayFor(int attempt, std::optional<milliseconds> retryAfter,
                                   double random01) const
{
    if (retryAfter)
        return std::clamp(*retryAfter, milliseconds(0), std::max(maxRetryAfter, milliseconds(0)));
    if (!(random01 >= 0.0)) // also NaN
        random01 = 0.0;
    random01 = std::min(random01, 1.0);
    const milliseconds ceiling = backoffCeiling(attempt);
    return milliseconds(qint64(std::llround(random01 * double(ceiling.count()))));
}

milliseconds RetryPolicy::delayFor(int attempt, std::optional<milliseconds> retryAfter) const
{
    return delayFor(attempt, retryAfter, QRandomGenerator::global()->generateDouble());
}

} // namespace Api
