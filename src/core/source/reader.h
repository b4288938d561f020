#pragma once
// Source::Reader: reads one user file of any supported format (our CSV, or a provider's export:
// Auth0, Firebase, Clerk, Supabase, Cognito, Okta) as the rows the CSV path produces: each
// record's fields follow header() (for a provider export, the canonical columns email,
// password_hash, ..., metadata[, org_external_id]; for a CSV, the file's own header), with its
// data-row number, physical line and byte range in the file, and beside it the row's password
// fate and warnings (Model::RowNotes). So the planner's chunks (a byte range and the hash of its
// bytes), the per-chunk integrity check, seek() for resume with any worker count and the
// reports' line numbers work alike for every format.
//
// Streaming: memory stays flat whatever the file size (one record at a time; Auth0's password
// export is indexed by id -> byte offset, never copied). Hashes stay in memory for the row.
//
// Made by Source::openReader() (detect.h). Not thread-safe: one reader per thread.

#include "sourceoptions.h"

#include <csv/csvdialect.h>
#include <csv/csvreader.h>
#include <model/passwordfate.h>

#include <QtCore/QString>
#include <QtCore/QStringList>

namespace Source {

class Reader
{
public:
    explicit Reader(QString path, Kind kind) : m_path(std::move(path)), m_kind(kind) {}
    virtual ~Reader() = default;
    Reader(const Reader &) = delete;
    Reader &operator=(const Reader &) = delete;

    // Opens the file and reads what comes before the first record. On failure errorId(),
    // errorMessage() (plain words: what is wrong, what to do) and errorLine() say why.
    virtual bool open() = 0;
    // The next record and, when `notes` is given, its password fate and warnings. False at the
    // end or when reading cannot go on (then errorId() is set).
    virtual bool next(Csv::Record &record, Model::RowNotes *notes = nullptr) = 0;
    // Continues at a record boundary known from an earlier record (offset, row, line).
    virtual bool seek(qint64 offset, qint64 row, qint64 line) = 0;

    virtual const QStringList &header() const = 0;
    virtual qint64 dataStartOffset() const = 0;
    virtual qint64 fileSize() const = 0;
    virtual qint64 position() const = 0;
    // About the whole file: the encoding, and after the last record the Auth0 join's misses.
    virtual QStringList fileWarnings() const = 0;
    // Where a CSV's encoding and delimiter are shown; a JSON file reports UTF-8 and ','.
    virtual const Csv::Dialect &dialect() const = 0;

    // SHA-256 (hex) of the side files this reader used (Options::sideFilesSha256); empty when
    // it needs none.
    QString sideFilesSha256() const { return m_sideFilesSha256; }

    Kind kind() const { return m_kind; }
    const QString &path() const { return m_path; }
    bool failed() const { return !m_errorId.isEmpty(); }
    QString errorId() const { return m_errorId; }
    QString errorMessage() const { return m_errorMessage; }
    qint64 errorLine() const { return m_errorLine; }

protected:
    void setKind(Kind kind) { m_kind = kind; }
    // Records the side files' fingerprint and refuses them when the plan recorded another one.
    bool checkSideFiles(const QString &sha256, const QString &expected);
    void fail(QString id, QString message, qint64 line = 0)
    {
        m_errorId = std::move(id);
        m_errorMessage = std::move(message);
        m_errorLine = line;
    }
    void clearError()
    {
        m_errorId.clear();
        m_errorMessage.clear();
        m_errorLine = 0;
    }

private:
    QString m_path;
    Kind m_kind;
    QString m_sideFilesSha256;
    QString m_errorId;
    QString m_errorMessage;
    qint64 m_errorLine = 0;
};

} // namespace Source
