#include "chunkhash.h"

#include <QtCore/QFileDevice>
#include <QtCore/QtEndian>

#include <cstring>

using namespace Qt::StringLiterals;

namespace Store {

namespace {

// XXH64's primes (xxHash specification, "XXH64 algorithm description").
constexpr quint64 P1 = 11400714785074694791ULL;
constexpr quint64 P2 = 14029467366897019727ULL;
constexpr quint64 P3 = 1609587929392839161ULL;
constexpr quint64 P4 = 9650029242287828579ULL;
constexpr quint64 P5 = 2870177450012600261ULL;

inline quint64 rotl(quint64 x, int r)
{
    return (x << r) | (x >> (64 - r));
}

inline quint64 read64(const unsigned char *p)
{
    return qFromLittleEndian<quint64>(p);
}

inline quint32 read32(const unsigned char *p)
{
    return qFromLittleEndian<quint32>(p);
}

inline quint64 round(quint64 acc, quint64 input)
{
    acc += input * P2;
    acc = rotl(acc, 31);
    return acc * P1;
}

inline quint64 mergeRound(quint64 acc, quint64 value)
{
    acc ^= round(0, value);
    return acc * P1 + P4;
}

} // namespace

ChunkHash::ChunkHash()
    : m_v {P1 + P2, P2, 0, 0 - P1}
{
}

void ChunkHash::addData(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const unsigned char *const end = p + bytes.size();
    m_total += quint64(bytes.size());
    if (m_buffered + bytes.size() < 32) {
        if (bytes.size() > 0)
            std::memcpy(m_buffer + m_buffered, p, size_t(bytes.size()));
        m_buffered += int(bytes.size());
        return;
    }
    if (m_buffered > 0) {
        const int fill = 32 - m_buffered;
        std::memcpy(m_buffer + m_buffered, p, size_t(fill));
        m_v[0] = round(m_v[0], read64(m_buffer));
        m_v[1] = round(m_v[1], read64(m_buffer + 8));
        m_v[2] = round(m_v[2], read64(m_buffer + 16));
        m_v[3] = round(m_v[3], read64(m_buffer + 24));
        p += fill;
        m_buffered = 0;
    }
    quint64 v1 = m_v[0], v2 = m_v[1], v3 = m_v[2], v4 = m_v[3];
    while (end - p >= 32) {
        v1 = round(v1, read64(p));
        v2 = round(v2, read64(p + 8));
        v3 = round(v3, read64(p + 16));
        v4 = round(v4, read64(p + 24));
        p += 32;
    }
    m_v[0] = v1, m_v[1] = v2, m_v[2] = v3, m_v[3] = v4;
    if (p < end) {
        std::memcpy(m_buffer, p, size_t(end - p));
        m_buffered = int(end - p);
    }
}

quint64 ChunkHash::value() const
{
    quint64 h;
    if (m_total >= 32) {
        h = rotl(m_v[0], 1) + rotl(m_v[1], 7) + rotl(m_v[2], 12) + rotl(m_v[3], 18);
        h = mergeRound(h, m_v[0]);
        h = mergeRound(h, m_v[1]);
        h = mergeRound(h, m_v[2]);
        h = mergeRound(h, m_v[3]);
    } else {
        h = m_v[2] + P5; // the seed (0) + P5
    }
    h += m_total;
    const unsigned char *p = m_buffer;
    int left = m_buffered;
    while (left >= 8) {
        h ^= round(0, read64(p));
        h = rotl(h, 27) * P1 + P4;
        p += 8;
        left -= 8;
    }
    if (left >= 4) {
        h ^= quint64(read32(p)) * P1;
        h = rotl(h, 23) * P2 + P3;
        p += 4;
        left -= 4;
    }
    while (left > 0) {
        h ^= quint64(*p) * P5;
        h = rotl(h, 11) * P1;
        ++p;
        --left;
    }
    h ^= h >> 33;
    h *= P2;
    h ^= h >> 29;
    h *= P3;
    h ^= h >> 32;
    return h;
}

QString ChunkHash::hex() const
{
    return toHex(value());
}

quint64 ChunkHash::of(QByteArrayView bytes)
{
    ChunkHash h;
    h.addData(bytes);
    return h.value();
}

QString ChunkHash::toHex(quint64 value)
{
    return QString::number(value, 16).rightJustified(16, u'0');
}

std::optional<quint64> ChunkHash::ofRange(QFileDevice &file, qint64 offset, qint64 length, QString *error)
{
    if (offset < 0 || length < 0 || !file.seek(offset)) {
        if (error)
            *error = u"cannot read at byte %1"_s.arg(offset);
        return std::nullopt;
    }
    ChunkHash h;
    QByteArray block(int(std::min<qint64>(length, 256 * 1024)), Qt::Uninitialized);
    qint64 left = length;
    while (left > 0) {
        const qint64 n = file.read(block.data(), std::min<qint64>(left, block.size()));
        if (n <= 0) {
            if (error)
                *error = n < 0 ? file.errorString() : u"the file ends before byte %1"_s.arg(offset + length);
            return std::nullopt;
        }
        h.addData(QByteArrayView(block.constData(), n));
        left -= n;
    }
    return h.value();
}

} // namespace Store
