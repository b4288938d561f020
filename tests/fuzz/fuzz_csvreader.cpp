// libFuzzer entry point: any bytes, written as a file, must read to the end without a crash,
// a hang or a leak, and every record must satisfy the reader's promises.
//
// Beyond self-consistency, the input is also decoded and parsed by a deliberately simple
// reference implementation below (independent of the reader's code). When the reference finds
// a well-formed CSV file (RFC 4180, every record as wide as the header, no NUL), the reader must
// give exactly the reference's header and records, fields and line numbers included, and its
// encoding must agree with the bytes (a BOM, else valid UTF-8, else Windows-1252).
#include "csv/csvreader.h"

#include <QtCore/QStringDecoder>
#include <QtCore/QTemporaryFile>

#include <array>
#include <cstdlib>
#include <optional>

namespace {

struct RefRecord {
    QStringList fields;
    qint64 line = 0;
};

// Windows-1252 0x80-0x9F; the undefined positions are the C1 control of the same value.
QString refCp1252(const QByteArray &b)
{
    static constexpr std::array<char16_t, 32> high = {
        0x20AC, 0x81, 0x201A, 0x192, 0x201E, 0x2026, 0x2020, 0x2021, 0x2C6, 0x2030, 0x160,
        0x2039, 0x152, 0x8D, 0x17D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x2DC, 0x2122, 0x161, 0x203A, 0x153, 0x9D, 0x17E, 0x178};
    QString s;
    for (const char ch : b) {
        const auto c = static_cast<unsigned char>(ch);
        s += (c >= 0x80 && c < 0xA0) ? QChar(high[c - 0x80]) : QChar(char16_t(c));
    }
    return s;
}

// The text of the file as the reference sees it. `agrees` is false when the encoding the
// reader detected disagrees with the bytes; nullopt with agrees == true: no reference text
// (a UTF-8 file with a BOM and invalid bytes, which the reader decodes field by field).
std::optional<QString> refDecode(const QByteArray &bytes, const Csv::Dialect &d, bool *agrees)
{
    *agrees = true;
    const bool bom8 = bytes.startsWith("\xEF\xBB\xBF");
    const bool bomLE = bytes.startsWith("\xFF\xFE");
    const bool bomBE = bytes.startsWith("\xFE\xFF");
    const bool wholeSampled = bytes.size() <= 1024 * 1024; // the reader detects from the first MiB
    auto validUtf8 = [](const QByteArray &b) {
        QStringDecoder dec(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString s = dec(b);
        return dec.hasError() ? std::optional<QString>() : std::optional<QString>(s);
    };
    switch (d.encoding) {
    case Csv::Encoding::Utf16LE:
    case Csv::Encoding::Utf16BE: {
        *agrees = d.encoding == Csv::Encoding::Utf16LE ? bomLE : bomBE;
        if (!*agrees)
            return std::nullopt;
        QString s;
        for (qsizetype i = 2; i + 1 < bytes.size(); i += 2) { // a dangling odd byte is ignored
            const auto a = static_cast<unsigned char>(bytes[i]), b = static_cast<unsigned char>(bytes[i + 1]);
            s += QChar(char16_t(d.encoding == Csv::Encoding::Utf16LE ? (a | b << 8) : (a << 8 | b)));
        }
        return s;
    }
    case Csv::Encoding::Utf8: {
        *agrees = !bomLE && !bomBE && d.hasBom == bom8;
        if (!*agrees)
            return std::nullopt;
        const std::optional<QString> s = validUtf8(bytes.mid(bom8 ? 3 : 0));
        if (!s && !bom8 && wholeSampled)
            *agrees = false; // not UTF-8 and no BOM: must have been read as Windows-1252
        return s;
    }
    case Csv::Encoding::Windows1252:
        *agrees = !bom8 && !bomLE && !bomBE && !(wholeSampled && validUtf8(bytes));
        if (!*agrees)
            return std::nullopt;
        return refCp1252(bytes);
    }
    *agrees = false;
    return std::nullopt;
}

// Strict RFC 4180 over decoded text: records of fields, blank lines skipped, CRLF, CR or LF
// ends a line. Returns nullopt for anything not well-formed.
std::optional<QList<RefRecord>> refParse(const QString &t, QChar delim)
{
    QList<RefRecord> records;
    qsizetype i = 0;
    const qsizetype n = t.size();
    qint64 line = 1;
    auto isBreak = [&](qsizetype k) { return k < n && (t[k] == u'\r' || t[k] == u'\n'); };
    auto takeBreak = [&] { // at a CR or LF
        if (t[i] == u'\r' && i + 1 < n && t[i + 1] == u'\n')
            ++i;
        ++i;
        ++line;
    };
    while (i < n) {
        if (isBreak(i)) { // a blank line
            takeBreak();
            continue;
        }
        RefRecord rec;
        rec.line = line;
        for (;;) {
            QString field;
            if (t[i] == u'"') {
                ++i;
                for (;;) {
                    if (i >= n)
                        return std::nullopt; // never closed
                    if (t[i] == u'"') {
                        if (i + 1 < n && t[i + 1] == u'"') {
                            field += u'"';
                            i += 2;
                            continue;
                        }
                        ++i;
                        break;
                    }
                    if (t[i] == QChar(0))
                        return std::nullopt;
                    if (isBreak(i)) {
                        const qsizetype from = i;
                        takeBreak();
                        field += t.mid(from, i - from);
                        continue;
                    }
                    field += t[i++];
                }
                if (i < n && t[i] != delim && !isBreak(i))
                    return std::nullopt; // text after the closing quote
            } else {
                while (i < n && t[i] != delim && !isBreak(i)) {
                    if (t[i] == u'"' || t[i] == QChar(0))
                        return std::nullopt;
                    field += t[i++];
                }
            }
            rec.fields.append(field);
            if (i < n && t[i] == delim) {
                ++i;
                if (i >= n) { // a delimiter at the very end: one more, empty, field
                    rec.fields.append(QString());
                    break;
                }
                continue;
            }
            if (i < n)
                takeBreak();
            break;
        }
        records.append(rec);
    }
    if (records.isEmpty())
        return std::nullopt;
    for (const RefRecord &r : records) {
        if (r.fields.size() != records.first().fields.size())
            return std::nullopt;
    }
    return records;
}

// The documented delimiter rule: the candidate seen most often outside quotes on the first
// line; ties go to comma, then semicolon, then tab.
QChar refDelimiter(const QString &t)
{
    int comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (const QChar c : t) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u'\r' || c == u'\n'))
            break;
        else if (!quoted && c == u',')
            ++comma;
        else if (!quoted && c == u';')
            ++semicolon;
        else if (!quoted && c == u'\t')
            ++tab;
    }
    if (tab > comma && tab > semicolon)
        return u'\t';
    return semicolon > comma ? u';' : u',';
}

// Compares the reader with the reference on a file the reference finds well-formed.
void compareWithReference(const QByteArray &bytes, const QString &path)
{
    if (bytes.startsWith("PK\x03\x04"))
        return; // refused as a spreadsheet, by design
    Csv::CsvReader reader(path);
    const bool opened = reader.open();
    bool agrees = true;
    const std::optional<QString> text = refDecode(bytes, reader.dialect(), &agrees);
    if (!agrees)
        std::abort(); // the detected encoding disagrees with the bytes
    if (!text)
        return;
    const QChar delimiter = refDelimiter(*text);
    const auto records = refParse(*text, delimiter);
    if (!records || records->first().fields.size() > Csv::CsvReader::MaxFields)
        return; // not well-formed, or wider than the reader takes: only its own promises apply
    if (!opened || QLatin1Char(reader.dialect().delimiter) != delimiter || reader.header() != records->first().fields)
        std::abort();
    Csv::Record r;
    for (qsizetype k = 1; k < records->size(); ++k) {
        const RefRecord &want = (*records)[k];
        if (!reader.next(r) || r.error != Csv::ErrorCode::None || r.row != k || r.line != want.line || r.fields != want.fields)
            std::abort();
    }
    if (reader.next(r) || reader.error() != Csv::ErrorCode::None)
        std::abort();
}

} // namespace

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

    compareWithReference(QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)), file->fileName());

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
