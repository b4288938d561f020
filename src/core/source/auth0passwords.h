#pragma once
// Auth0Passwords: Auth0's password-hash export (NDJSON, one user per line, as Auth0 support
// sends it: {"_id":{"$oid":"..."},"email":"...","passwordHash":"$2b$10$...",...}) joined to the
// user export by user id (the user export's "auth0|" prefix stripped), with the email as the
// fallback.
//
// The hashes are never copied: open() indexes the file as 64-bit hashes of each id and email
// -> the entry's byte offset (about 32 bytes per entry), and find() reads the one line again
// and confirms the exact id or email before it hands the hash over (in memory, for the row).
// It remembers which entries were used, so that after a full pass the entries that match no
// user are reported. One instance per reader, one thread.

#include "jsonstream.h"

#include <QtCore/QFile>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <optional>
#include <vector>

namespace Source {

class Auth0Passwords
{
public:
    explicit Auth0Passwords(QString path);

    // Reads the whole file once to build the index. False with *error when it cannot be read or
    // holds no entry at all.
    bool open(QString *error);

    struct Found {
        QString hash;
        bool byEmail = false; // matched by the email fallback, not by id
    };
    // The entry for a user of the user export; nullopt when none matches.
    std::optional<Found> find(const QString &userId, const QString &email);

    qint64 entries() const { return qint64(m_offsets.size()); }
    // SHA-256 (hex) of the file's bytes as open() read them.
    QString sha256() const { return m_sha256; }
    qint64 malformedLines() const { return m_malformed; }
    // Entries no find() has used (after a full pass: the join misses on the password side).
    qint64 unusedCount() const;
    QStringList unusedIds(int max);
    // What a reader says about this file: malformed lines and, once every user was read
    // (`fullPass`), the entries that matched no user, with a few of their ids.
    QStringList warnings(bool fullPass);

    // "auth0|abc" -> "abc"; other ids unchanged.
    static QString stripPrefix(const QString &userId);

private:
#pragma pack(push, 4)
    struct Key {
        quint64 hash;
        quint32 index;
    };
#pragma pack(pop)
    struct Entry {
        QString id, email, hash;
    };
    bool readEntry(quint32 index, Entry &entry);

    QString m_path;
    QFile m_file;
    JsonFileStream m_stream;
    std::vector<qint64> m_offsets; // entry index -> byte offset of its line
    std::vector<Key> m_byId, m_byEmail;
    std::vector<bool> m_used;
    qint64 m_malformed = 0;
    QString m_sha256;
};

} // namespace Source
