#pragma once
// CsvSource: a CSV file read through Csv::CsvReader: our own CSV (the records as they are,
// the file's header, the password fate taken from the row), or a provider's CSV export (Auth0,
// Clerk, Supabase, Okta, and Firebase's headerless positional CSV) turned into the canonical
// columns by UserMapper. Byte offsets, lines and seek() are the CSV reader's.

#include "auth0passwords.h"
#include "provideruser.h"
#include "reader.h"

#include <QtCore/QHash>

#include <memory>

namespace Source {

class CsvSource : public Reader
{
public:
    // `kind` Auto: detected from the header (see detect.h).
    CsvSource(QString path, Kind kind, Options options);
    ~CsvSource() override;

    bool open() override;
    bool next(Csv::Record &record, Model::RowNotes *notes = nullptr) override;
    bool seek(qint64 offset, qint64 row, qint64 line) override;
    const QStringList &header() const override;
    qint64 dataStartOffset() const override;
    qint64 fileSize() const override { return m_csv.fileSize(); }
    qint64 position() const override { return m_csv.position(); }
    QStringList fileWarnings() const override;
    const Csv::Dialect &dialect() const override { return m_csv.dialect(); }

    // The provider a CSV header names; Csv when none. `header` as read from the first line.
    static Kind kindOfHeader(const QStringList &header);

    // Firebase auth:export CSV: no header, these positions (docs/sources.md).
    enum FirebaseColumn { FbUid = 0, FbEmail = 1, FbEmailVerified = 2, FbPasswordHash = 3, FbSalt = 4, FbName = 5,
                          FbCreatedAt = 23, FbMinColumns = 24 };

private:
    QString value(const QStringList &fields, const char *normalizedName) const;
    void toUser(const QStringList &fields, ProviderUser &user) const;
    bool give(const Csv::Record &raw, Csv::Record &record, Model::RowNotes *notes);

    Options m_options;
    Kind m_wanted;
    Csv::CsvReader m_csv;
    bool m_headerless = false;   // Firebase: the first line is a user
    bool m_pendingFirst = false; // the first line is still to be given out
    Csv::Record m_first;         // the first line as a record (headerless)
    qint64 m_secondLine = 2;     // the line the second record starts on (headerless)
    QHash<QString, int> m_columns; // normalized header name -> index
    std::unique_ptr<UserMapper> m_mapper;
    std::unique_ptr<Auth0Passwords> m_passwords;
    ProviderUser m_user;
    Csv::Record m_raw;
    bool m_done = false;
};

// "Primary email" -> "primaryemail": lower case, letters, digits and dots only.
QString normalizedHeaderName(QStringView name);

} // namespace Source
