#include "idgenerator.h"

#include <QtCore/QDateTime>

namespace Sandbox {

namespace {
constexpr char Crockford[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
}

IdGenerator::IdGenerator(quint64 seed)
    : m_random(seed)
{
}

QString IdGenerator::next(QStringView prefix)
{
    const qint64 ms = QDateTime::currentMSecsSinceEpoch();
    quint64 high; // 16 bits
    quint64 low;  // 64 bits
    if (ms == m_lastMs) {
        // Monotonic ULID: same millisecond, previous random part + 1.
        high = m_lastRandomHigh;
        low = m_lastRandomLow + 1;
        if (low == 0)
            high = (high + 1) & 0xffff;
    } else {
        high = m_random() & 0x7fff; // leave headroom for increments
        low = m_random();
    }
    m_lastMs = ms;
    m_lastRandomHigh = high;
    m_lastRandomLow = low;

    char text[26];
    // 48-bit time in 10 characters (the first holds only 3 bits).
    quint64 time = quint64(ms) & 0xffffffffffffULL;
    for (int i = 9; i >= 0; --i) {
        text[i] = Crockford[time & 31];
        time >>= 5;
    }
    // 80 random bits in 16 characters: high 16 bits then low 64 bits.
    for (int i = 25; i >= 10; --i) {
        text[i] = Crockford[low & 31];
        low = (low >> 5) | ((high & 31) << 59);
        high >>= 5;
    }
    QString id;
    id.reserve(prefix.size() + 27);
    id.append(prefix);
    id.append(u'_');
    id.append(QLatin1StringView(text, 26));
    return id;
}

} // namespace Sandbox
