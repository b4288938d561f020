#include "userdirectory.h"

namespace Engine {

quint64 UserDirectory::keyOf(QStringView emailKey)
{
    // FNV-1a over UTF-16 code units: stable, fast, and 64 bits make a collision among a few
    // million emails vanishingly unlikely.
    quint64 h = 14695981039346656037ULL;
    for (QChar c : emailKey) {
        h ^= c.unicode();
        h *= 1099511628211ULL;
    }
    return h;
}

UserDirectory::Answer UserDirectory::claim(const QString &emailKey)
{
    const quint64 key = keyOf(emailKey);
    QMutexLocker locker(&m_mutex);
    if (const auto it = m_ids.constFind(key); it != m_ids.constEnd())
        return {Claim::Known, QString::fromLatin1(*it)};
    if (const auto it = m_older.constFind(key); it != m_older.constEnd())
        return {Claim::Known, QString::fromLatin1(*it)};
    if (m_inFlight.contains(key))
        return {Claim::Wait, {}};
    m_inFlight.insert(key);
    return {Claim::Mine, {}};
}

void UserDirectory::resolve(const QString &emailKey, const QString &userId)
{
    const quint64 key = keyOf(emailKey);
    QMutexLocker locker(&m_mutex);
    m_inFlight.remove(key);
    insertLocked(key, userId.toLatin1());
}

void UserDirectory::insertLocked(quint64 key, QByteArray id)
{
    if (m_ids.size() >= m_capacity / 2) {
        m_older = std::move(m_ids);
        m_ids = {};
    }
    m_ids.insert(key, std::move(id));
}

void UserDirectory::release(const QString &emailKey)
{
    QMutexLocker locker(&m_mutex);
    m_inFlight.remove(keyOf(emailKey));
}

void UserDirectory::put(const QString &emailKey, const QString &userId)
{
    QMutexLocker locker(&m_mutex);
    insertLocked(keyOf(emailKey), userId.toLatin1());
}

qsizetype UserDirectory::size() const
{
    QMutexLocker locker(&m_mutex);
    return m_ids.size() + m_older.size();
}

} // namespace Engine
