#include "auth0passwords.h"

#include "jsonvalue.h"

#include <rapidjson/document.h>
#include <rapidjson/reader.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QCryptographicHash>
#include <QtCore/QHashFunctions>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Source {

namespace {

constexpr size_t Seed = 0xa0a0'5eed'0000'0001ULL;
constexpr qint64 MaxLineBytes = 1024 * 1024;

quint64 keyOf(const QString &text)
{
    return quint64(qHash(text, Seed));
}

QString idOf(const rapidjson::Value &doc)
{
    if (const rapidjson::Value *id = Json::member(doc, "_id")) {
        if (id->IsString())
            return Json::str(*id);
        if (id->IsObject())
            return Json::text(*id, "$oid");
    }
    const QString userId = Json::text(doc, "user_id");
    return Auth0Passwords::stripPrefix(userId);
}

// One entry's DOM in buffers on the stack: no heap allocation for a usual line.
struct EntryDocument {
    char valueBuffer[8 * 1024];
    char parseBuffer[2 * 1024];
    rapidjson::MemoryPoolAllocator<> valuePool {valueBuffer, sizeof valueBuffer};
    rapidjson::MemoryPoolAllocator<> parsePool {parseBuffer, sizeof parseBuffer};
    rapidjson::GenericDocument<rapidjson::UTF8<>, rapidjson::MemoryPoolAllocator<>, rapidjson::MemoryPoolAllocator<>> doc {
        &valuePool, 512, &parsePool};
};

QString hashOf(const rapidjson::Value &doc)
{
    QString h = Json::text(doc, "passwordHash");
    if (h.isEmpty())
        h = Json::text(doc, "password_hash");
    return h;
}

} // namespace

Auth0Passwords::Auth0Passwords(QString path)
    : m_path(std::move(path)), m_file(m_path)
{
}

QString Auth0Passwords::stripPrefix(const QString &userId)
{
    static const QString prefix = u"auth0|"_s;
    return userId.startsWith(prefix, Qt::CaseInsensitive) ? userId.mid(prefix.size()) : userId;
}

bool Auth0Passwords::open(QString *error)
{
    if (!m_file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("Source::Auth0Passwords", "Cannot read the Auth0 password export %1: %2.")
                     .arg(m_path, m_file.errorString());
        return false;
    }
    {
        QCryptographicHash sha(QCryptographicHash::Sha256);
        if (!sha.addData(&m_file)) {
            *error = QCoreApplication::translate("Source::Auth0Passwords", "Cannot read the Auth0 password export %1: %2.")
                         .arg(m_path, m_file.errorString());
            return false;
        }
        m_sha256 = QString::fromLatin1(sha.result().toHex());
    }
    m_stream.setDevice(&m_file);
    // One line at a time: whitespace, then a JSON object to the end of its line.
    for (;;) {
        while (!m_stream.atEnd()) {
            const char c = m_stream.Peek();
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
                break;
            m_stream.Take();
        }
        if (m_stream.atEnd())
            break;
        const qint64 offset = m_stream.offset();
        if (offset == 0 && m_stream.Peek() == '\xEF') { // UTF-8 byte-order mark
            m_stream.Take();
            m_stream.Take();
            m_stream.Take();
            continue;
        }
        m_stream.setLimit(MaxLineBytes);
        m_stream.setStopAtNewline(true); // a broken line never swallows the next
        EntryDocument entry;
        auto &doc = entry.doc;
        doc.ParseStream<rapidjson::kParseStopWhenDoneFlag>(m_stream);
        m_stream.setStopAtNewline(false);
        m_stream.setLimit(-1);
        if (doc.HasParseError() || !doc.IsObject()) {
            ++m_malformed;
            // Skip to the next line.
            while (!m_stream.atEnd() && m_stream.Take() != '\n') {
            }
            continue;
        }
        const quint32 index = quint32(m_offsets.size());
        m_offsets.push_back(offset);
        const QString id = idOf(doc);
        const QString email = Json::text(doc, "email").trimmed().toLower();
        if (!id.isEmpty())
            m_byId.push_back(Key{keyOf(id), index});
        if (!email.isEmpty())
            m_byEmail.push_back(Key{keyOf(email), index});
    }
    if (m_stream.readError()) {
        *error = QCoreApplication::translate("Source::Auth0Passwords", "Cannot read the Auth0 password export %1: %2.")
                     .arg(m_path, m_file.errorString());
        return false;
    }
    if (m_offsets.empty()) {
        *error = QCoreApplication::translate("Source::Auth0Passwords",
                                             "The Auth0 password export %1 holds no user (one JSON object per line, with "
                                             "_id and passwordHash). Check that it is the file Auth0 sent.")
                     .arg(m_path);
        return false;
    }
    auto byHash = [](const Key &a, const Key &b) { return a.hash < b.hash || (a.hash == b.hash && a.index < b.index); };
    std::sort(m_byId.begin(), m_byId.end(), byHash);
    std::sort(m_byEmail.begin(), m_byEmail.end(), byHash);
    m_used.assign(m_offsets.size(), false);
    return true;
}

bool Auth0Passwords::readEntry(quint32 index, Entry &entry)
{
    if (!m_stream.seek(m_offsets[index], 1))
        return false;
    m_stream.setLimit(MaxLineBytes);
    m_stream.setStopAtNewline(true);
    EntryDocument entryDoc;
    auto &doc = entryDoc.doc;
    doc.ParseStream<rapidjson::kParseStopWhenDoneFlag>(m_stream);
    m_stream.setStopAtNewline(false);
    m_stream.setLimit(-1);
    if (doc.HasParseError() || !doc.IsObject())
        return false; // the file changed since open()
    entry.id = idOf(doc);
    entry.email = Json::text(doc, "email").trimmed().toLower();
    entry.hash = hashOf(doc);
    return true;
}

std::optional<Auth0Passwords::Found> Auth0Passwords::find(const QString &userId, const QString &email)
{
    auto lookup = [&](const std::vector<Key> &keys, const QString &wanted, bool byEmail) -> std::optional<Found> {
        if (wanted.isEmpty())
            return std::nullopt;
        const quint64 h = keyOf(wanted);
        auto it = std::lower_bound(keys.begin(), keys.end(), h, [](const Key &k, quint64 v) { return k.hash < v; });
        Entry entry;
        for (; it != keys.end() && it->hash == h; ++it) {
            if (!readEntry(it->index, entry))
                continue;
            if ((byEmail ? entry.email : entry.id) != wanted)
                continue; // a 64-bit collision: confirmed on the exact key
            m_used[it->index] = true;
            return Found{entry.hash, byEmail};
        }
        return std::nullopt;
    };
    if (auto f = lookup(m_byId, stripPrefix(userId.trimmed()), false))
        return f;
    return lookup(m_byEmail, email.trimmed().toLower(), true);
}

qint64 Auth0Passwords::unusedCount() const
{
    return qint64(std::count(m_used.begin(), m_used.end(), false));
}

QStringList Auth0Passwords::unusedIds(int max)
{
    QStringList ids;
    Entry entry;
    for (quint32 i = 0; i < m_used.size() && ids.size() < max; ++i) {
        if (m_used[i])
            continue;
        if (readEntry(i, entry))
            ids.append(entry.id.isEmpty() ? entry.email : entry.id);
    }
    return ids;
}

QStringList Auth0Passwords::warnings(bool fullPass)
{
    QStringList w;
    if (m_malformed > 0)
        w.append(QCoreApplication::translate("Source::Auth0Passwords",
                                             "%1 lines of the Auth0 password export are not JSON objects and were not read.")
                     .arg(m_malformed));
    if (fullPass) {
        const qint64 unused = unusedCount();
        if (unused > 0)
            w.append(QCoreApplication::translate("Source::Auth0Passwords",
                                                 "%1 entries of the Auth0 password export match no user of the user export (for example: %2).")
                         .arg(unused)
                         .arg(unusedIds(5).join(QStringLiteral(", "))));
    }
    return w;
}

} // namespace Source
