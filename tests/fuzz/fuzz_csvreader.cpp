// libFuzzer entry point: any bytes, written as a file, must read to the end without a crash,
// a hang or a leak, and every record must satisfy the reader's promises.
#include "csv/csvreader.h"

#include <QtCore/QTemporaryFile>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryFile *file = [] {
        auto *f = new QTemporaryFile;
        if (!f->open())
            std::abort();
        return f;
    }();
    file->resize(0);
    file->seek(0);
    file->write(reinterpret_cast<const char *>(data), qint64(size));
    file->flush();

    Csv::CsvReader reader(file->fileName());
    if (!reader.open())
        return 0;
    Csv::Record record;
    qint64 lastOffset = reader.dataStartOffset();
    qint64 lastRow = 0;
    struct Seen { qint64 offset, row, line; QStringList fields; };
    std::vector<Seen> seen;
    while (reader.next(record)) {
        // Offsets only move forward, rows count up by one, fields match the header.
        if (record.offset < lastOffset || record.endOffset <= record.offset || record.row != lastRow + 1)
            std::abort();
        if (record.error == Csv::ErrorCode::None && record.fields.size() != reader.header().size())
            std::abort();
        lastOffset = record.endOffset;
        lastRow = record.row;
        if (seen.size() < 64)
            seen.push_back({record.offset, record.row, record.line, record.fields});
    }
    // Reading from any record's offset gives the same records as reading from the top.
    for (const Seen &s : seen) {
        Csv::CsvReader again(file->fileName());
        if (!again.open() || !again.seek(s.offset, s.row, s.line))
            std::abort();
        Csv::Record r;
        if (!again.next(r) || r.row != s.row || r.line != s.line || r.fields != s.fields)
            std::abort();
    }
    return 0;
}
