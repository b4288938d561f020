#pragma once
// ErrorReport: writes a job's failed rows (invalid and failed outcomes from the job store) to
// a file a person can act on: one line per row with where it is in the CSV, what went wrong,
// the API's request id and a plain-words hint saying what to do next.
//
// Columns, in this order: row,line,email,org,stage,code,http_status,message,request_id,
// retryable,hint. The format follows the file name's extension:
//   .csv            RFC 4180 (CRLF line ends, fields with , " CR LF quoted, quotes doubled),
//                   UTF-8 without BOM, a header line; text cells starting with = + - @ TAB CR
//                   get a leading ' so that a spreadsheet never runs them as formulas.
//   .json           one array of objects (keys in column order; http_status null when there
//                   was no HTTP answer; retryable a boolean).
//   .jsonl .ndjson  one such object per line.
// Anything else is refused with an error naming the accepted extensions.
//
// Streaming: rows come from a RowSource callback one at a time (Store::JobStore::
// forEachFailedRow fits), so a report of a million rows needs memory for one row. The file is
// written through QSaveFile: it appears complete or not at all.
//
// Secrets: a RowOutcome has no password, hash or API key, so none can reach a report.
//
// A plain object used in one thread (the thread that owns the JobStore it reads from).

#include "store/jobrecords.h"

#include <QtCore/QString>
#include <QtCore/QStringList>

#include <functional>
#include <optional>

namespace Store {
class JobStore;
}

namespace Report {

enum class Format { Csv, Json, JsonLines };

class ErrorReport
{
public:
    // Receives one row; returns false when the report cannot go on (the source should stop).
    using RowSink = std::function<bool(const Store::RowOutcome &)>;
    // Feeds every row to the sink, in order. Returns false (and sets *error) when it failed.
    using RowSource = std::function<bool(const RowSink &sink, QString *error)>;

    explicit ErrorReport(QString path);

    // The format for a file name by its extension (case-insensitive); nullopt when unknown.
    static std::optional<Format> formatForPath(const QString &path);
    static const QStringList &columns();

    // What a person should do about this row, in plain words; never empty.
    static QString hint(const Store::RowOutcome &row);

    // CSV helpers (exposed for the tests and the summary writer).
    static QString guardFormula(const QString &cell); // leading ' before = + - @ TAB CR
    static QString csvField(const QString &cell);     // quoted when it must be

    // Writes the report. On failure nothing is left at path (an older file there stays as it
    // was) and *error says why.
    bool write(const RowSource &source, QString *error = nullptr);
    // Convenience: the failed rows of `jobId` (only retryable ones with retryableOnly).
    bool write(const Store::JobStore &store, const QString &jobId, QString *error = nullptr,
               bool retryableOnly = false);

    const QString &path() const { return m_path; }
    qint64 rowsWritten() const { return m_rows; }

private:
    QString m_path;
    qint64 m_rows = 0;
};

} // namespace Report
