#include "csvreader.h"

#include <QtCore/QCoreApplication>
#include <string>
#include <type_traits>
#include <vector>

using namespace Qt::StringLiterals;

namespace Csv {

QString errorId(ErrorCode code)
{
    switch (code) {
    case ErrorCode::None: return u"csv.ok"_s;
    case ErrorCode::CannotOpen: return u"csv.cannot_open"_s;
    case ErrorCode::EmptyFile: return u"csv.empty_file"_s;
    case ErrorCode::NoHeader: return u"csv.no_header"_s;
    case ErrorCode::BinaryFile: return u"csv.binary_file"_s;
    case ErrorCode::ReadFailed: return u"csv.read_failed"_s;
    case ErrorCode::UnterminatedQuote: return u"csv.unterminated_quote"_s;
    case ErrorCode::StrayQuote: return u"csv.stray_quote"_s;
    case ErrorCode::NulByte: return u"csv.nul_byte"_s;
    case ErrorCode::FieldTooLong: return u"csv.field_too_long"_s;
    case ErrorCode::TooManyFields: return u"csv.too_many_fields"_s;
    case ErrorCode::TooFewFields: return u"csv.too_few_fields"_s;
    }
    return u"csv.unknown"_s;
}

namespace {
constexpr qint64 BlockBytes = 256 * 1024;
}

// The parser proper, over 8-bit units (UTF-8, Windows-1252) or 16-bit units (UTF-16).
// Offsets are always byte offsets in the file.
struct CsvReader::Parser
{
    virtual ~Parser() = default;
    // Reads one record. Returns 1 for a record, 0 at the end, -1 when reading cannot go on.
    virtual int read(Record &record, qint64 *fatalLine, ErrorCode *fatal) = 0;
    virtual void reset(qint64 offset, qint64 row, qint64 line) = 0;
    virtual qint64 position() const = 0;
    // Counts delimiter candidates outside quotes on the first line.
    virtual char sniffDelimiter() = 0;
    char delimiter = ',';
    int expectedFields = -1; // -1 while reading the header
};

namespace {

template<typename Unit>
class UnitParser final : public CsvReader::Parser
{
public:
    using String = std::basic_string<Unit>;

    UnitParser(QFile &file, Dialect dialect)
        : m_file(file), m_dialect(dialect)
    {
    }

    void reset(qint64 offset, qint64 row, qint64 line) override
    {
        m_file.seek(offset);
        m_base = offset;
        m_buf.clear();
        // A byte held over from the last read (UTF-16: half a unit) belongs to the old position;
        // kept, it would shift every unit after the seek by one byte.
        m_carry.clear();
        m_pos = 0;
        m_eof = false;
        m_readFailed = false;
        m_nextRow = row;
        m_line = line;
    }

    qint64 position() const override { return m_base + qint64(m_pos) * qint64(sizeof(Unit)); }

    char sniffDelimiter() override
    {
        const qint64 start = position();
        const qint64 row = m_nextRow, line = m_line;
        int counts[3] = {0, 0, 0}; // , ; \t
        bool quoted = false;
        for (qint64 n = 0; n < 4 * 1024 * 1024; ++n) {
            const int c = peek();
            if (c < 0)
                break;
            advance();
            if (c == '"')
                quoted = !quoted;
            else if (!quoted && (c == '\n' || c == '\r'))
                break;
            else if (!quoted && c == ',')
                ++counts[0];
            else if (!quoted && c == ';')
                ++counts[1];
            else if (!quoted && c == '\t')
                ++counts[2];
        }
        reset(start, row, line);
        char best = ',';
        int bestCount = counts[0];
        if (counts[1] > bestCount) {
            best = ';';
            bestCount = counts[1];
        }
        if (counts[2] > bestCount)
            best = '\t';
        return best;
    }

    int read(Record &record, qint64 *fatalLine, ErrorCode *fatal) override
    {
        for (;;) {
            const int r = readOne(record, fatalLine, fatal);
            if (r != 2)
                return r;
            // 2: a blank line, skipped.
        }
    }

private:
    // Returns 1 record, 0 end, -1 fatal, 2 blank line skipped.
    int readOne(Record &record, qint64 *fatalLine, ErrorCode *fatal)
    {
        if (peek() < 0)
            return m_readFailed ? (*fatal = ErrorCode::ReadFailed, *fatalLine = m_line, -1) : 0;

        const qint64 startOffset = position();
        const qint64 startLine = m_line;
        m_fields.clear();
        m_field.clear();
        m_fieldCount = 0;
        ErrorCode error = ErrorCode::None;
        qint64 errorLine = startLine;
        bool fieldTooLong = false;
        bool anyChar = false;

        auto setError = [&](ErrorCode e) {
            if (error == ErrorCode::None) {
                error = e;
                errorLine = m_line;
            }
        };
        auto append = [&](const Unit *p, size_t n) {
            if (fieldTooLong)
                return;
            if (qint64(m_field.size() + n) * qint64(sizeof(Unit)) > CsvReader::MaxFieldBytes) {
                fieldTooLong = true;
                setError(ErrorCode::FieldTooLong);
                return;
            }
            m_field.append(p, n);
        };
        bool fieldLimit = false;
        auto endField = [&] {
            if (m_fieldCount >= size_t(CsvReader::MaxFields)) {
                // Past the limit: counted as an error, not kept (memory stays bounded).
                if (!fieldLimit) {
                    fieldLimit = true;
                    setError(ErrorCode::TooManyFields);
                }
                m_field.clear();
                fieldTooLong = false;
                return;
            }
            if (m_fieldCount < m_fields.size())
                m_fields[m_fieldCount].swap(m_field);
            else
                m_fields.push_back(std::move(m_field));
            ++m_fieldCount;
            m_field.clear();
            fieldTooLong = false;
        };

        const Unit delim = Unit(delimiter);
        enum { FieldStart, Unquoted, Quoted, AfterQuote } state = FieldStart;
        bool recordDone = false;
        while (!recordDone) {
            if (m_pos >= m_buf.size() && !fill()) {
                // End of file.
                if (state == Quoted) {
                    *fatal = m_readFailed ? ErrorCode::ReadFailed : ErrorCode::UnterminatedQuote;
                    *fatalLine = startLine;
                    return -1;
                }
                if (m_readFailed) {
                    *fatal = ErrorCode::ReadFailed;
                    *fatalLine = m_line;
                    return -1;
                }
                endField();
                break;
            }
            const Unit *data = m_buf.data();
            const size_t size = m_buf.size();
            switch (state) {
            case FieldStart:
            case Unquoted: {
                if (state == FieldStart && data[m_pos] == Unit('"')) {
                    ++m_pos;
                    anyChar = true;
                    state = Quoted;
                    break;
                }
                // Take the run of ordinary characters in one append.
                size_t i = m_pos;
                while (i < size) {
                    const Unit c = data[i];
                    if (c == delim || c == Unit('\n') || c == Unit('\r') || c == Unit('"') || c == Unit(0))
                        break;
                    ++i;
                }
                if (i > m_pos) {
                    append(data + m_pos, i - m_pos);
                    anyChar = true;
                    m_pos = i;
                    state = Unquoted;
                }
                if (i >= size)
                    break;
                const Unit c = data[i];
                ++m_pos;
                if (c == delim) {
                    anyChar = true;
                    endField();
                    state = FieldStart;
                } else if (c == Unit('\n') || c == Unit('\r')) {
                    consumeLineBreak(c);
                    if (!anyChar) {
                        return 2; // blank line
                    }
                    endField();
                    recordDone = true;
                } else if (c == Unit('"')) {
                    // RFC 4180: a quote may only appear in a quoted field. Keep it as text.
                    setError(ErrorCode::StrayQuote);
                    const Unit q = Unit('"');
                    append(&q, 1);
                    anyChar = true;
                    state = Unquoted;
                } else { // NUL
                    setError(ErrorCode::NulByte);
                    anyChar = true;
                    state = Unquoted;
                }
                break;
            }
            case Quoted: {
                size_t i = m_pos;
                while (i < size) {
                    const Unit c = data[i];
                    if (c == Unit('"') || c == Unit('\n') || c == Unit('\r') || c == Unit(0))
                        break;
                    ++i;
                }
                if (i > m_pos) {
                    append(data + m_pos, i - m_pos);
                    m_pos = i;
                }
                if (i >= size)
                    break;
                const Unit c = data[i];
                ++m_pos;
                if (c == Unit('"')) {
                    state = AfterQuote;
                } else if (c == Unit('\n') || c == Unit('\r')) {
                    // A line break inside quotes is part of the field; count the physical line.
                    append(&c, 1);
                    if (c == Unit('\r') && peek() == '\n') {
                        const Unit lf = Unit('\n');
                        append(&lf, 1);
                        ++m_pos;
                    }
                    ++m_line;
                } else {
                    setError(ErrorCode::NulByte);
                }
                break;
            }
            case AfterQuote: {
                const Unit c = data[m_pos];
                if (c == Unit('"')) { // "" is an escaped quote
                    ++m_pos;
                    append(&c, 1);
                    state = Quoted;
                } else if (c == delim) {
                    ++m_pos;
                    endField();
                    state = FieldStart;
                } else if (c == Unit('\n') || c == Unit('\r')) {
                    ++m_pos;
                    consumeLineBreak(c);
                    endField();
                    recordDone = true;
                } else {
                    // Text after a closing quote: "abc"def. Keep it, flag the record.
                    setError(c == Unit(0) ? ErrorCode::NulByte : ErrorCode::StrayQuote);
                    state = Unquoted;
                }
                break;
            }
            }
        }

        record.row = m_nextRow++;
        record.line = startLine;
        record.offset = startOffset;
        record.endOffset = position();
        record.warnings.clear();
        record.fields.resize(m_fieldCount);
        bool reencoded = false;
        for (size_t f = 0; f < m_fieldCount; ++f)
            record.fields[qsizetype(f)] = decode(m_fields[f], &reencoded);
        if (reencoded)
            record.warnings.append(QCoreApplication::translate("Csv::CsvReader", "Line %1 has characters that are not valid UTF-8; they were read as Windows-1252.").arg(startLine));
        if (error == ErrorCode::None && expectedFields >= 0 && int(m_fieldCount) != expectedFields) {
            error = int(m_fieldCount) > expectedFields ? ErrorCode::TooManyFields : ErrorCode::TooFewFields;
            errorLine = startLine;
        }
        record.error = error;
        static_assert(CsvReader::MaxFields == 10'000, "the message below names the limit");
        if (fieldLimit && error == ErrorCode::TooManyFields)
            record.errorMessage = QCoreApplication::translate("Csv::CsvReader", "Line %1: has more than 10,000 fields, the most a line may have, so it was not read. Check "
                                  "for a missing line break or a line of delimiters, and remove or correct it.").arg(startLine);
        else
            record.errorMessage = error == ErrorCode::None ? QString() : describe(error, startLine, errorLine, int(m_fieldCount));
        return 1;
    }

    QString describe(ErrorCode e, qint64 line, qint64 at, int fields) const
    {
        switch (e) {
        case ErrorCode::StrayQuote:
            return QCoreApplication::translate("Csv::CsvReader", "Line %1: a double quote (\") appears inside a field that is not enclosed in quotes. Enclose the field in quotes and double the quote (\"\"), or remove it.").arg(at);
        case ErrorCode::NulByte:
            return QCoreApplication::translate("Csv::CsvReader", "Line %1: contains a NUL byte, which is not text. Re-export the file as CSV text.").arg(at);
        case ErrorCode::FieldTooLong:
            return QCoreApplication::translate("Csv::CsvReader", "Line %1: a field is longer than 1 MiB. Check for a missing closing quote or remove the oversized value.").arg(line);
        case ErrorCode::TooManyFields:
            return QCoreApplication::translate("Csv::CsvReader", "Line %1: has %2 fields but the header has %3. Check for an unquoted delimiter inside a value.").arg(line).arg(fields).arg(expectedFields);
        case ErrorCode::TooFewFields:
            return QCoreApplication::translate("Csv::CsvReader", "Line %1: has %n field(s) but the header has %2. Check for a missing delimiter or a line break inside an unquoted value.", nullptr, int(fields)).arg(line).arg(expectedFields);
        default:
            return QCoreApplication::translate("Csv::CsvReader", "Line %1: cannot be read.").arg(line);
        }
    }

    QString decode(const String &s, bool *reencoded) const
    {
        if constexpr (sizeof(Unit) == 2) {
            return QString(reinterpret_cast<const QChar *>(s.data()), qsizetype(s.size()));
        } else {
            const char *p = s.data();
            const auto n = qsizetype(s.size());
            if (m_dialect.encoding == Encoding::Windows1252)
                return fromWindows1252(p, n);
            bool ascii = true;
            for (qsizetype i = 0; i < n; ++i)
                if (static_cast<unsigned char>(p[i]) & 0x80) {
                    ascii = false;
                    break;
                }
            if (ascii)
                return QString::fromLatin1(p, n);
            if (isValidUtf8(p, n)) {
                // QString::fromUtf8 drops a byte order mark at the start of what it decodes: a
                // field that begins with U+FEFF (the file's BOM is gone by now) keeps it.
                QString text;
                qsizetype start = 0;
                while (n - start >= 3 && p[start] == '\xEF' && p[start + 1] == '\xBB' && p[start + 2] == '\xBF') {
                    text += QChar(0xFEFF);
                    start += 3;
                }
                return start == 0 ? QString::fromUtf8(p, n) : text + QString::fromUtf8(p + start, n - start);
            }
            *reencoded = true;
            return fromWindows1252(p, n);
        }
    }

    void consumeLineBreak(Unit c)
    {
        if (c == Unit('\r') && peek() == '\n')
            ++m_pos;
        ++m_line;
    }

    // The next unit as a non-negative value (0-255 or 0-65535), or -1 at the end of the file.
    // Through the unsigned type: a plain char is signed, and a byte >= 0x80 (the first byte of
    // "É" in UTF-8 or Windows-1252) would read as negative, which is the end-of-file sentinel.
    int peek()
    {
        if (m_pos >= m_buf.size() && !fill())
            return -1;
        return int(static_cast<std::make_unsigned_t<Unit>>(m_buf[m_pos]));
    }
    void advance() { ++m_pos; }

    // Replaces the consumed buffer with the next block. False at the end of the file.
    bool fill()
    {
        if (m_eof)
            return false;
        m_base += qint64(m_buf.size()) * qint64(sizeof(Unit));
        m_buf.clear();
        m_pos = 0;
        m_raw.resize(BlockBytes + qsizetype(m_carry.size()));
        memcpy(m_raw.data(), m_carry.data(), m_carry.size());
        const qint64 got = m_file.read(m_raw.data() + m_carry.size(), BlockBytes);
        if (got < 0) {
            m_readFailed = true;
            m_eof = true;
            return false;
        }
        const qsizetype total = qsizetype(m_carry.size()) + got;
        m_carry.clear();
        if (got == 0 && total < qsizetype(sizeof(Unit))) {
            m_eof = true;
            return false;
        }
        if constexpr (sizeof(Unit) == 1) {
            m_buf.assign(m_raw.constData(), size_t(total));
        } else {
            const qsizetype units = total / 2;
            if (total % 2)
                m_carry.assign(m_raw.constData() + total - 1, 1);
            m_buf.resize(size_t(units));
            const auto *b = reinterpret_cast<const unsigned char *>(m_raw.constData());
            const bool le = m_dialect.encoding == Encoding::Utf16LE;
            for (qsizetype i = 0; i < units; ++i)
                m_buf[size_t(i)] = le ? Unit(b[2 * i] | (b[2 * i + 1] << 8)) : Unit((b[2 * i] << 8) | b[2 * i + 1]);
            if (got == 0)
                m_carry.clear(); // a dangling odd byte at the very end is ignored
        }
        return !m_buf.empty();
    }

    QFile &m_file;
    Dialect m_dialect;
    QByteArray m_raw;
    std::string m_carry;
    String m_buf;
    size_t m_pos = 0;
    qint64 m_base = 0; // file offset of m_buf[0]
    bool m_eof = false;
    bool m_readFailed = false;
    qint64 m_nextRow = 0;
    qint64 m_line = 1;
    std::vector<String> m_fields;
    size_t m_fieldCount = 0;
    String m_field;
};

} // namespace

CsvReader::CsvReader(QString path)
    : m_path(std::move(path)), m_file(m_path)
{
}

CsvReader::~CsvReader() = default;

qint64 CsvReader::fileSize() const { return m_file.size(); }

qint64 CsvReader::position() const { return m_parser ? m_parser->position() : 0; }

void CsvReader::fail(ErrorCode code, qint64 line, QString message)
{
    m_error = code;
    m_errorLine = line;
    m_errorMessage = std::move(message);
}

bool CsvReader::open()
{
    if (!m_file.open(QIODevice::ReadOnly)) {
        fail(ErrorCode::CannotOpen, 0,
             QCoreApplication::translate("Csv::CsvReader", "Cannot open \"%1\": %2. Check that the file exists and that you may read it.").arg(m_path, m_file.errorString()));
        return false;
    }
    const QByteArray sample = m_file.read(1024 * 1024);
    if (sample.isEmpty()) {
        fail(ErrorCode::EmptyFile, 0, QCoreApplication::translate("Csv::CsvReader", "The file \"%1\" is empty. Choose the CSV export that contains your users.").arg(m_path));
        return false;
    }
    const bool complete = m_file.atEnd();
    m_dialect = detectEncoding(sample, complete);

    // Binary files (images, spreadsheets saved as .xlsx, ...) are not CSV.
    if (m_dialect.encoding == Encoding::Utf8 || m_dialect.encoding == Encoding::Windows1252) {
        const QByteArray head = sample.left(4096);
        const qsizetype nuls = head.count('\0');
        if (head.startsWith("PK\x03\x04") || (nuls > 8 && nuls * 100 > head.size())) {
            fail(ErrorCode::BinaryFile, 1,
                 u"\"%1\" is not a CSV text file (it contains binary data; a spreadsheet must be saved as CSV first)."_s.arg(m_path));
            return false;
        }
    }
    if (m_dialect.encoding == Encoding::Windows1252)
        m_fileWarnings.append(QCoreApplication::translate("Csv::CsvReader", "The file is not valid UTF-8; it was read as Windows-1252 (the encoding Excel uses on Windows). Check that accented names look right."));

    if (m_dialect.encoding == Encoding::Utf16LE || m_dialect.encoding == Encoding::Utf16BE)
        m_parser = std::make_unique<UnitParser<char16_t>>(m_file, m_dialect);
    else
        m_parser = std::make_unique<UnitParser<char>>(m_file, m_dialect);

    m_parser->reset(m_dialect.bomSize, 0, 1);
    m_dialect.delimiter = m_parser->sniffDelimiter();
    m_parser->delimiter = m_dialect.delimiter;

    Record header;
    qint64 fatalLine = 0;
    ErrorCode fatal = ErrorCode::None;
    const int r = m_parser->read(header, &fatalLine, &fatal);
    if (r < 0) {
        fail(fatal, fatalLine, fatal == ErrorCode::UnterminatedQuote
                 ? QCoreApplication::translate("Csv::CsvReader", "Line %1: the header has a quote that is never closed. Check the first line of the file.").arg(fatalLine)
                 : QCoreApplication::translate("Csv::CsvReader", "Cannot read \"%1\": %2").arg(m_path, m_file.errorString()));
        return false;
    }
    if (r == 0) {
        fail(ErrorCode::EmptyFile, 0, QCoreApplication::translate("Csv::CsvReader", "The file \"%1\" has no text in it. Choose the CSV export that contains your users.").arg(m_path));
        return false;
    }
    if (header.error != ErrorCode::None) {
        fail(header.error == ErrorCode::NulByte ? ErrorCode::BinaryFile : ErrorCode::NoHeader, header.line,
             QCoreApplication::translate("Csv::CsvReader", "The header cannot be read: %1").arg(header.errorMessage));
        return false;
    }
    m_header = header.fields;
    m_dataStart = header.endOffset;
    m_parser->expectedFields = int(m_header.size());
    // The parser goes on from here: the next record is data row 1.
    return true;
}

bool CsvReader::next(Record &record)
{
    if (!m_parser || m_error == ErrorCode::UnterminatedQuote || m_error == ErrorCode::ReadFailed)
        return false;
    qint64 fatalLine = 0;
    ErrorCode fatal = ErrorCode::None;
    const int r = m_parser->read(record, &fatalLine, &fatal);
    if (r > 0)
        return true;
    if (r < 0) {
        if (fatal == ErrorCode::UnterminatedQuote)
            fail(fatal, fatalLine,
                 QCoreApplication::translate("Csv::CsvReader", "Line %1: a quoted field starts here and is never closed, so the rest of the file cannot be read. Add the missing closing quote (\").").arg(fatalLine));
        else
            fail(fatal, fatalLine, QCoreApplication::translate("Csv::CsvReader", "Reading \"%1\" failed near line %2: %3").arg(m_path).arg(fatalLine).arg(m_file.errorString()));
    }
    return false;
}

bool CsvReader::seek(qint64 offset, qint64 row, qint64 line)
{
    if (!m_parser || offset < m_dataStart || offset > m_file.size() || row < 1 || line < 1)
        return false;
    if ((m_dialect.encoding == Encoding::Utf16LE || m_dialect.encoding == Encoding::Utf16BE) && (offset % 2) != 0)
        return false;
    m_error = ErrorCode::None;
    m_parser->reset(offset, row, line);
    return true;
}

} // namespace Csv
