#pragma once
// JsonReader: a provider's JSON export read one user at a time: a top-level array of users
// (Supabase, Cognito flattened), an object holding the array ({"users":[...]} Firebase
// auth:export, {"Users":[...]} Cognito ListUsers) or one object per line (NDJSON: Auth0's bulk
// export, Supabase). RapidJSON's SAX reader over JsonFileStream finds the array without
// building anything; each user object is then parsed on its own (a small DOM of one user,
// never of the file), so memory is constant on a 1 GB array, and every record's byte range is
// known: a chunk of a JSON export is a byte range like a CSV chunk, and seek() continues at a
// user's '{'. docs/development.md says why RapidJSON.
//
// A record's line is its physical line in NDJSON, and its number in an array (many users may
// share a line there).
// A malformed line of an NDJSON file is that row's error and reading goes on at the next line;
// a malformed array ends the reading with the line and byte where it broke.

#include "auth0passwords.h"
#include "jsonstream.h"
#include "provideruser.h"
#include "reader.h"

#include <QtCore/QFile>

#include <memory>

namespace Source {

class JsonReader : public Reader
{
public:
    // `kind` Auto: detected from the first user's keys.
    JsonReader(QString path, Kind kind, Options options);
    ~JsonReader() override;

    bool open() override;
    bool next(Csv::Record &record, Model::RowNotes *notes = nullptr) override;
    bool seek(qint64 offset, qint64 row, qint64 line) override;
    const QStringList &header() const override;
    qint64 dataStartOffset() const override { return m_dataStart; }
    qint64 fileSize() const override { return m_file.size(); }
    qint64 position() const override { return m_stream.offset(); }
    QStringList fileWarnings() const override;
    const Csv::Dialect &dialect() const override { return m_dialect; }

    static constexpr qint64 MaxRecordBytes = 8 * 1024 * 1024;

private:
    enum class Framing { Array, Lines };
    void skipSpace();
    bool joinAuth0(ProviderUser &user, QString *miss);

    Options m_options;
    Kind m_wanted;
    QFile m_file;
    mutable JsonFileStream m_stream;
    Csv::Dialect m_dialect;
    Framing m_framing = Framing::Lines;
    bool m_oneLinePerUser = false; // NDJSON proper (the first object on one line)
    qint64 m_dataStart = 0;
    qint64 m_row = 0;
    bool m_done = false;
    std::unique_ptr<UserMapper> m_mapper;
    std::unique_ptr<Auth0Passwords> m_passwords;
    ProviderUser m_user;
    QStringList m_emptyHeader;
    bool m_reportedJoin = false;
    mutable QStringList m_endWarnings;
};

} // namespace Source
