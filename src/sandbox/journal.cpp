#include "journal.h"

#include <QtCore/QJsonDocument>

using namespace Qt::StringLiterals;

namespace Sandbox {

bool Journal::open(const QString &path, QList<QJsonObject> *entries, QString *error)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadWrite | QIODevice::Append)) {
        *error = u"cannot open the journal %1: %2"_s.arg(path, m_file.errorString());
        return false;
    }
    m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
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
    return m_file.write(line) == line.size() && m_file.flush();
}

bool Journal::clear()
{
    return m_file.resize(0) && m_file.seek(0);
}

} // namespace Sandbox
