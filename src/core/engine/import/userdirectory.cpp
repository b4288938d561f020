#include "userdirectory.h"

namespace Engine {

namespace {

// An entry is "<user id>\n<email key in UTF-8>" in one allocation: ids are ASCII without a
// line break, so the first '\n' ends the id.
QByteArray packEntry(const QString &emailKey, const QString &userId)
{
    return userId.toLatin1() + '\n' + emailKey.toUtf8();
}

// The id when `entry` belongs to exactly `emailKey`, else null (another email with the same
// hash).
QString idIfSameKey(const QByteArray &entry, const QByteArray &emailKeyUtf8)
{
    const qsizetype end = entry.indexOf('\n');
    if (end < 0 || QByteArrayView(entry).sliced(end + 1) != QByteArrayView(emailKeyUtf8))
        return {};
    return QString::fromLatin1(entry.left(end));
}

} // namespace

quint64 UserDirectory::keyOf(QStringView emailKey)
{
    // FNV-1a over UTF-16 code units: stable and fast. It only picks the slot; the entry's
    // own email key is compared on every hit, so a collision costs a lookup, never a wrong id.
    quint64 h = 14695981039346656037ULL;
    for (QChar c : emailKey) {
        h ^= c.unicode();
        h *= 1099511628211ULL;
    }
    return h;
}

UserDirectory::Answer UserDirectory::claim(const QString &emailKey)
{
    const quint64 key = m_hash(emailKey);
    const QByteArray exact = emailKey.toUtf8();
    QMutexLocker locker(&m_mutex);
    for (const QHash<quint64, QByteArray> *generation : {&m_ids, &m_older}) {
        if (const auto it = generation->constFind(key); it != generation->constEnd()) {
            if (QString id = idIfSameKey(*it, exact); !id.isNull())
                return {Claim::Known, std::move(id)};
        }
    }
    if (m_inFlight.contains(emailKey))
        return {Claim::Wait, {}};
    m_inFlight.insert(emailKey);
    return {Claim::Mine, {}};
}

void UserDirectory::resolve(const QString &emailKey, const QString &userId)
{
    const quint64 key = m_hash(emailKey);
    QByteArray entry = packEntry(emailKey, userId);
    QMutexLocker locker(&m_mutex);
    m_inFlight.remove(emailKey);
    insertLocked(key, std::move(entry));
}

void UserDirectory::insertLocked(quint64 key, QByteArray entry)
{
    if (m_ids.size() >= m_capacity / 2) {
        m_older = std::move(m_ids);
        m_ids = {};
    }
    // A colliding email's entry in the slot is replaced: that email is then looked up in the
    // job store (or answered "email taken" by WorkOS) the next time, which is slower, not wrong.
    m_ids.insert(key, std::move(entry));
}

void UserDirectory::release(const QString &emailKey)
{
    QMutexLocker locker(&m_mutex);
    m_inFlight.remove(emailKey);
}

void UserDirectory::put(const QString &emailKey, const QString &userId)
{
    const quint64 key = m_hash(emailKey);
    QByteArray entry = packEntry(emailKey, userId);
    QMutexLocker locker(&m_mutex);
    insertLocked(key, std::move(entry));
}

qsizetype UserDirectory::size() const
{
    QMutexLocker locker(&m_mutex);
    return m_ids.size() + m_older.size();
}

} // namespace Engine
