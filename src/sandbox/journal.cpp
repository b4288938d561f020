#include "journal.h"

#include <QtCore/QJsonDocument>

#include <cerrno>
#include <sys/file.h>

using namespace Qt::StringLiterals;

namespace Sandbox {

bool Journal::open(const QString &path, QList<QJsonObject> *entries, QString *error)
{
    m_file.setFileName(path);
    // Unbuffered: a write that fails fails now, not in a later flush with other entries.
    if (!m_file.open(QIODevice::ReadWrite | QIODevice::Append | QIODevice::Unbuffered)) {
        *error = u"cannot open the journal %1: %2"_s.arg(path, m_file.errorString());
        return false;
    }
    if (::flock(m_file.handle(), LOCK_EX | LOCK_NB) != 0) {
        const int why = errno;
        m_file.close();
        *error = why == EWOULDBLOCK
            ? u"the journal %1 is in use by another workos-sandbox (one journal, one sandbox). Stop that "
              "sandbox first, or give this one another --journal."_s.arg(path)
            : u"cannot lock the journal %1: %2"_s.arg(path, QString::fromLocal8Bit(strerror(why)));
        return false;
    }
    m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return reload(entries, error);
}

bool Journal::reload(QList<QJsonObject> *entries, QString *error)
{
    const QString path = m_file.fileName();
    if (!m_file.seek(0)) {
        *error = u"cannot read the journal %1: %2"_s.arg(path, m_file.errorString());
        return false;
    }
    qint64 goodEnd = 0;
    while (!m_file.atEnd()) {
        const QByteArray line = m_file.readLine();
        if (!line.endsWith('\n'))
            break; // cut short by a crash: its change was never answered
        const QJsonDocument document = QJsonDocument::fromJson(line);
        if (!document.isObject())
            break;
        entries->append(document.object());
        goodEnd = m_file.pos();
    }
    // Drop a torn last line, so that the next entry starts on a line of its own.
    if (goodEnd != m_file.size() && !m_file.resize(goodEnd)) {
        *error = u"cannot repair the journal %1: %2"_s.arg(path, m_file.errorString());
        return false;
    }
    return m_file.seek(m_file.size());
}

bool Journal::append(const QJsonObject &entry)
{
    const QByteArray line = QJsonDocument(entry).toJson(QJsonDocument::Compact) + '\n';
    const qint64 before = m_file.size();
    if (m_file.write(line) == line.size())
        return true;
    // Part of the line may be in the file: cut it off, so the file holds whole entries only.
    m_file.resize(before);
    m_file.seek(m_file.size());
    return false;
}

bool Journal::clear()
{
    return m_file.resize(0) && m_file.seek(0);
}

} // namespace Sandbox
