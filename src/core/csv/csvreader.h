#pragma once
// CsvReader: a streaming RFC 4180 reader for the user's CSV file.
//
// Memory stays flat whatever the file size: the file is read in blocks and only the
// current record is held. Every record carries its data-row number (1 = the first record
// after the header), the physical line where it starts and its byte offset in the file, and
// seek() starts reading at any record's offset exactly as if the reader had read from the
// top (resume depends on this). The encoding (UTF-8 with or without BOM, Windows-1252 when
// the bytes are not UTF-8, UTF-16 with a BOM) and the delimiter (comma, semicolon or tab)
// are detected by open() from the start of the file.
//
// Malformed input never crashes or hangs: a bad record comes back with an error naming its
// line and reading goes on at the next record; only errors that make the rest of the file
// unreadable (an unterminated quote, an I/O error) end the reading.
//
// Not thread-safe; one reader per thread. It owns its QFile.

#include "csvdialect.h"

#include <QtCore/QFile>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <memory>

namespace Csv {

enum class ErrorCode {
    None,
    // Errors of the file as a whole (from open() or ending the reading).
    CannotOpen,
    EmptyFile,
    NoHeader,
    BinaryFile,
    ReadFailed,
    UnterminatedQuote, // the rest of the file is inside one quoted field
    // Errors of one record; reading continues with the next record.
    StrayQuote,
    NulByte,
    FieldTooLong,
    TooManyFields,
    TooFewFields,
};

// A stable, machine-readable id for an error code ("csv.stray_quote", ...).
QString errorId(ErrorCode code);

struct Record {
    qint64 row = 0;       // 1 = first record after the header
    qint64 line = 0;      // physical line (1-based) where the record starts
    qint64 offset = 0;    // byte offset of the record's first byte
    qint64 endOffset = 0; // byte offset just past the record and its line break
    QStringList fields;   // exactly header().size() fields when error is None
    ErrorCode error = ErrorCode::None;
    QString errorMessage; // plain words, naming the line
    QStringList warnings; // things a user should know that do not reject the record
};

class CsvReader
{
public:
    static constexpr qint64 MaxFieldBytes = 1024 * 1024;
    // Fields kept per record. A record with more (a malformed line: a 20 MB line of commas
    // once took 1.1 GB) is a TooManyFields row error holding only the first MaxFields fields,
    // and reading goes on at the next record. Excel's own limit is 16,384 columns; the
    // WorkOS columns are 13.
    static constexpr int MaxFields = 10'000;

    explicit CsvReader(QString path);
    ~CsvReader();
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    // Opens the file, detects the encoding and delimiter and reads the header.
    // On failure error()/errorMessage() say why, in plain words.
    bool open();

    // Reads the next record. Returns false at the end of the file, or when reading cannot
    // go on (then error() is set: UnterminatedQuote or ReadFailed).
    bool next(Record &record);

    // Continues at a record boundary known from an earlier Record: its offset, row and line.
    bool seek(qint64 offset, qint64 row, qint64 line);

    const Dialect &dialect() const { return m_dialect; }
    const QStringList &header() const { return m_header; }
    qint64 headerLine() const { return 1; }
    qint64 dataStartOffset() const { return m_dataStart; }
    qint64 fileSize() const;
    qint64 position() const; // byte offset of the next unread byte, for progress

    // Warnings about the whole file (for example, decoded as Windows-1252).
    const QStringList &fileWarnings() const { return m_fileWarnings; }

    ErrorCode error() const { return m_error; }
    QString errorMessage() const { return m_errorMessage; }
    qint64 errorLine() const { return m_errorLine; }

    const QString &path() const { return m_path; }

    struct Parser; // the parser over 8- or 16-bit units (csvreader.cpp)

private:
    void fail(ErrorCode code, qint64 line, QString message);

    QString m_path;
    QFile m_file;
    Dialect m_dialect;
    QStringList m_header;
    QStringList m_fileWarnings;
    qint64 m_dataStart = 0;
    ErrorCode m_error = ErrorCode::None;
    QString m_errorMessage;
    qint64 m_errorLine = 0;
    std::unique_ptr<Parser> m_parser;
};

} // namespace Csv
