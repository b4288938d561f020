#pragma once
// FileScan: validates a whole user file: opens it with a Source::Reader (our CSV through
// Csv::CsvReader, or a provider's export turned into the same rows), checks the header
// (Schema), runs a Validator over every row in file order and hands each RowResult to a
// callback. It is what `workos-import validate`, bench_scan and the wizard's check page run.
//
// Records are read in blocks; optionally (Options::readInThread) a reader thread parses the next
// block while the calling thread validates the previous one (a bounded queue of a few blocks,
// so memory stays flat).
// The Validator's state is sized once after the first block, from the file size, the bytes per
// row and the share of new users so far; and each row's lookups are prefetched a few rows ahead.
//
// Owned by one caller; open() and run() are called from that caller's thread (run() blocks;
// the wizard calls it from a worker thread and cancels through the flag).

#include "columnmapping.h"
#include "orgref.h"
#include "rowrules.h"
#include "schema.h"
#include "validationsummary.h"

#include <csv/csvreader.h>
#include <source/reader.h>

#include <atomic>
#include <functional>
#include <memory>

namespace Model {

class Validator;

class FileScan
{
public:
    struct Options {
        ColumnMapping mapping;
        OrgRef singleOrganization; // non-empty: SingleOrganization mode
        RowDetail detail = RowDetail::IssuesOnly;
        // Read on a second thread while this one validates. Off by default: handing the
        // records across cores costs about half as much CPU again (their fields are read cold
        // on the other core), so it only shortens the wall time on an otherwise idle machine.
        bool readInThread = false;
        // Which export the file is and what reading it needs (src/core/source); Auto: detected.
        Source::Options source;
    };

    explicit FileScan(QString path);
    FileScan(QString path, Options options);
    ~FileScan();
    FileScan(const FileScan &) = delete;
    FileScan &operator=(const FileScan &) = delete;

    // Opens the file and checks its header. False when the file cannot be used; then
    // errorId() ("csv.empty_file", "schema.no_email_column", ...) and errorMessage() say why.
    bool open();

    // Reads and validates every row, calling `onRow` for each (file order, calling thread).
    // Returns false when the reading stopped early: an unterminated quote or an I/O error
    // (errorId()/errorMessage()/errorLine()), a file with no data rows ("csv.no_rows"), or
    // `cancel` was set ("scan.cancelled"). The summary covers the rows read.
    bool run(const std::function<void(const RowResult &)> &onRow, const std::atomic_bool *cancel = nullptr);

    const Schema &schema() const { return m_schema; }
    const Csv::Dialect &dialect() const;
    // The format the file was read as (detected, or as Options::source said).
    Source::Kind sourceKind() const;
    // File-level warnings: the reader's (encoding) and the header's (ignored columns, ...).
    QStringList fileWarnings() const;
    const ValidationSummary &summary() const;
    qint64 fileSize() const;
    size_t stateBytes() const;

    QString errorId() const { return m_errorId; }
    QString errorMessage() const { return m_errorMessage; }
    qint64 errorLine() const { return m_errorLine; }

private:
    void fail(QString id, QString message, qint64 line = 0);

    QString m_path;
    Options m_options;
    std::unique_ptr<Source::Reader> m_reader;
    Schema m_schema;
    std::unique_ptr<Validator> m_validator;
    QString m_errorId;
    QString m_errorMessage;
    qint64 m_errorLine = 0;
};

} // namespace Model
