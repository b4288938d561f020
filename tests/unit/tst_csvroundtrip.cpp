// Round-trip property test of the CSV reader: random records of arbitrary text, written by a
// deliberately simple writer that lives here (not the project's code) in every encoding the
// reader supports, with every delimiter and line ending, must read back record by record:
// the same count, fields, rows, lines and byte offsets, and the same tail after seek() to any
// record. It catches a whole class of reader bugs (a byte that reads as a sentinel, a character
// that ends a field or a line when it should not, an offset that drifts) rather than one example.
//
// The seed is random each run and printed with every failure; set WIZARD_ROUNDTRIP_SEED to
// replay one.
#include "csv/csvreader.h"

#include <QtTest/QtTest>

#include <array>
#include <random>

using namespace Qt::StringLiterals;

namespace {

enum class Enc { Utf8, Utf8Bom, Windows1252, Utf16LE, Utf16BE };
constexpr std::array AllEncodings = {Enc::Utf8, Enc::Utf8Bom, Enc::Windows1252, Enc::Utf16LE, Enc::Utf16BE};
constexpr std::array AllDelimiters = {',', ';', '\t'};
enum class Ending { LF, CRLF, CR, Mixed };
constexpr std::array AllEndings = {Ending::LF, Ending::CRLF, Ending::CR, Ending::Mixed};

const char *encName(Enc e)
{
    switch (e) {
    case Enc::Utf8: return "UTF-8";
    case Enc::Utf8Bom: return "UTF-8 BOM";
    case Enc::Windows1252: return "Windows-1252";
    case Enc::Utf16LE: return "UTF-16 LE";
    case Enc::Utf16BE: return "UTF-16 BE";
    }
    return "?";
}

// Windows-1252 bytes 0x80-0x9F (the code page; its five holes are taken as the C1 control of
// the same value, so every byte value stands for exactly one character).
constexpr std::array<char16_t, 32> Cp1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

QChar cp1252Char(unsigned char b)
{
    return (b >= 0x80 && b <= 0x9F) ? QChar(Cp1252High[b - 0x80]) : QChar(char16_t(b));
}

bool inCp1252(const QString &s)
{
    for (const QChar c : s) {
        if (c.unicode() >= 0x80 && !(c.unicode() >= 0xA0 && c.unicode() <= 0xFF)
            && std::find(Cp1252High.begin(), Cp1252High.end(), c.unicode()) == Cp1252High.end())
            return false;
    }
    return true;
}

QByteArray encodeCp1252(const QString &s)
{
    QByteArray out;
    out.reserve(s.size());
    for (const QChar c : s) {
        int byte = -1;
        if (c.unicode() < 0x80 || (c.unicode() >= 0xA0 && c.unicode() <= 0xFF))
            byte = c.unicode();
        for (int i = 0; byte < 0 && i < 32; ++i)
            if (Cp1252High[size_t(i)] == c.unicode())
                byte = 0x80 + i;
        if (byte < 0)
            qFatal("test bug: character U+%04X is not in Windows-1252", c.unicode());
        out.append(char(byte));
    }
    return out;
}

QByteArray encode(const QString &s, Enc e)
{
    switch (e) {
    case Enc::Utf8:
    case Enc::Utf8Bom:
        return s.toUtf8();
    case Enc::Windows1252:
        return encodeCp1252(s);
    case Enc::Utf16LE:
    case Enc::Utf16BE: {
        QByteArray out;
        out.reserve(s.size() * 2);
        for (const QChar c : s) {
            const char hi = char(c.unicode() >> 8), lo = char(c.unicode() & 0xFF);
            if (e == Enc::Utf16LE)
                out.append(lo).append(hi);
            else
                out.append(hi).append(lo);
        }
        return out;
    }
    }
    return {};
}

QByteArray bom(Enc e)
{
    switch (e) {
    case Enc::Utf8Bom: return "\xEF\xBB\xBF"_ba;
    case Enc::Utf16LE: return "\xFF\xFE"_ba;
    case Enc::Utf16BE: return "\xFE\xFF"_ba;
    default: return {};
    }
}

// Line breaks in a piece of text: CRLF counts once, a lone CR or LF once each.
int lineBreaks(const QString &s)
{
    int n = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i] == u'\r') {
            ++n;
            if (i + 1 < s.size() && s[i + 1] == u'\n')
                ++i;
        } else if (s[i] == u'\n') {
            ++n;
        }
    }
    return n;
}

struct Expected {
    QStringList fields;
    bool hasNul = false; // the reader must flag it (csv.nul_byte) and go on
    qint64 line = 0, offset = 0, endOffset = 0;
};

struct CsvFile {
    Enc enc = Enc::Utf8;
    char delimiter = ',';
    QStringList header;
    QList<Expected> records;
    QByteArray bytes;
    QString describe() const
    {
        return u"%1, delimiter %2, %3 records"_s.arg(QLatin1StringView(encName(enc)),
                                                    delimiter == '\t' ? u"tab"_s : u"'%1'"_s.arg(QLatin1Char(delimiter)))
            .arg(records.size());
    }
};

// The simple writer: RFC 4180, a field is quoted when it must be (or when `quoteAnyway`).
class Writer
{
public:
    Writer(Enc enc, char delimiter) { m_file.enc = enc, m_file.delimiter = delimiter; m_file.bytes = bom(enc); }

    static bool mustQuote(const QString &f, char delimiter, bool header)
    {
        for (const QChar c : f) {
            if (c == QLatin1Char(delimiter) || c == u'"' || c == u'\r' || c == u'\n')
                return true;
            // The delimiter is detected from the header, so its names quote every candidate.
            if (header && (c == u',' || c == u';' || c == u'\t'))
                return true;
        }
        return false;
    }

    QString line(const QStringList &fields, const QList<bool> &quoteAnyway, bool header) const
    {
        QString out;
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i)
                out += QLatin1Char(m_file.delimiter);
            const QString &f = fields[i];
            // A record of one empty field would be a blank line, which readers skip.
            if (mustQuote(f, m_file.delimiter, header) || quoteAnyway.value(i) || (fields.size() == 1 && f.isEmpty())) {
                QString q = f;
                q.replace(u"\""_s, u"\"\""_s);
                out += u'"' + q + u'"';
            } else {
                out += f;
            }
        }
        return out;
    }

    void header(const QStringList &names)
    {
        m_file.header = names;
        const QString text = line(names, {}, true) + u"\r\n"_s;
        m_file.bytes += encode(text, m_file.enc);
        m_line = 1 + lineBreaks(text);
    }

    // `ending` empty: the last record of the file, without a line break.
    void record(const QStringList &fields, const QList<bool> &quoteAnyway, bool hasNul, const QString &ending)
    {
        Expected e;
        e.fields = fields;
        e.hasNul = hasNul;
        e.line = m_line;
        e.offset = m_file.bytes.size();
        const QString text = line(fields, quoteAnyway, false) + ending;
        m_file.bytes += encode(text, m_file.enc);
        e.endOffset = m_file.bytes.size();
        m_line += lineBreaks(text);
        m_file.records.append(e);
    }

    // UTF-16 with an odd number of bytes: the dangling last byte is ignored (a byte, not text).
    void danglingByte() { m_file.bytes.append('\x7f'); }

    CsvFile take() { return std::move(m_file); }

private:
    CsvFile m_file;
    qint64 m_line = 1;
};

// Random text of every kind of character, in every position.
class Generator
{
public:
    explicit Generator(quint64 seed) : m_rng(seed) {}

    int uniform(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_rng); }
    bool chance(double p) { return std::bernoulli_distribution(p)(m_rng); }

    // One character (one or two UTF-16 units) from a class picked at random.
    QString character(Enc enc)
    {
        if (enc == Enc::Windows1252) {
            switch (uniform(0, 3)) {
            case 0: return special();
            case 1: return QString(QChar(char16_t(uniform(0x20, 0x7E))));
            case 2: return QString(QChar(char16_t(uniform(1, 0x1F))));
            default: return QString(cp1252Char(static_cast<unsigned char>(uniform(0x7F, 0xFF))));
            }
        }
        char32_t cp = 0;
        switch (uniform(0, 10)) {
        case 0: return special();
        case 1: cp = char32_t(uniform(0x20, 0x7E)); break;   // printable ASCII
        case 2: cp = char32_t(uniform(1, 0x1F)); break;      // C0 controls (tab, CR, LF among them)
        case 3: cp = char32_t(uniform(0x7F, 0x9F)); break;   // DEL and C1 controls
        case 4: cp = char32_t(uniform(0xA0, 0xFF)); break;   // Latin-1: UTF-8 lead bytes C2/C3
        case 5: cp = char32_t(uniform(0x100, 0x7FF)); break; // two UTF-8 bytes
        case 6: cp = char32_t(uniform(0x800, 0xD7FF)); break; // three bytes, below the surrogates
        case 7: cp = char32_t(uniform(0xE000, 0xFFFF)); break; // three bytes, BOM, FFFD, FFFE, FFFF
        case 8: cp = char32_t(uniform(0x10000, 0x10FFFF)); break; // four bytes: surrogate pairs
        case 9: {
            static constexpr char32_t odd[] = {0xFEFF, 0xFFFD, 0xFFFE, 0xFFFF, 0x2028, 0x2029, 0x85, 0xA0,
                                               0xFF, 0x80, 0xC0, 0x10FFFF, 0x1F600, 0xD7FF, 0xE000};
            cp = odd[uniform(0, int(std::size(odd)) - 1)];
            break;
        }
        default: cp = char32_t(uniform(0x20, 0x10FFFF)); // anything
            if (cp >= 0xD800 && cp <= 0xDFFF)
                cp = 0xFFFD;
            break;
        }
        return QString::fromUcs4(&cp, 1);
    }

    QString special()
    {
        static const QString s[] = {u"\""_s, u","_s, u";"_s, u"\t"_s, u"\r"_s, u"\n"_s, u"\r\n"_s, u" "_s, u"\"\""_s};
        return s[uniform(0, int(std::size(s)) - 1)];
    }

    QString field(Enc enc, int maxLength)
    {
        const int r = uniform(0, 99);
        const int length = r < 15 ? 0 : r < 40 ? 1 : uniform(2, maxLength);
        QString f;
        for (int i = 0; i < length; ++i)
            f += character(enc);
        return f;
    }

    QString ending(Ending mode)
    {
        switch (mode) {
        case Ending::LF: return u"\n"_s;
        case Ending::CRLF: return u"\r\n"_s;
        case Ending::CR: return u"\r"_s;
        case Ending::Mixed: break;
        }
        return QStringList{u"\n"_s, u"\r\n"_s, u"\r"_s}[uniform(0, 2)];
    }

    // A header whose first name does not start with a byte-order mark in an encoding without
    // one (it would be taken for one), and that makes a Windows-1252 file recognisable.
    QStringList header(Enc enc, int columns)
    {
        QStringList names;
        for (int c = 0; c < columns; ++c)
            names.append(field(enc, 6));
        if (enc == Enc::Utf8 && names[0].startsWith(QChar(0xFEFF)))
            names[0].prepend(u'h');
        if (enc == Enc::Windows1252)
            names[0].prepend(u"\u00c9l"_s); // bytes C9 6C are not UTF-8
        return names;
    }

    CsvFile file(Enc enc, char delimiter, Ending endings, int records, int maxLength, int columns = 0)
    {
        Writer w(enc, delimiter);
        if (columns == 0)
            columns = uniform(2, 6);
        w.header(header(enc, columns));
        // At most one NUL per file: a NUL is a row error, and many would make the file binary.
        const int nulAt = chance(0.3) ? uniform(0, records - 1) : -1;
        for (int r = 0; r < records; ++r) {
            QStringList fields;
            QList<bool> quote;
            for (int c = 0; c < columns; ++c) {
                fields.append(field(enc, maxLength));
                quote.append(chance(0.2));
            }
            if (r == nulAt) {
                QString &f = fields[uniform(0, columns - 1)];
                f.insert(uniform(0, int(f.size())), QChar(0));
            }
            const bool last = r == records - 1;
            w.record(fields, quote, r == nulAt, last && chance(0.5) ? QString() : ending(endings));
        }
        if ((enc == Enc::Utf16LE || enc == Enc::Utf16BE) && chance(0.3))
            w.danglingByte();
        return w.take();
    }

    std::mt19937_64 &rng() { return m_rng; }

private:
    std::mt19937_64 m_rng;
};

QString hexOf(const QString &s)
{
    QString out;
    for (const QChar c : s)
        out += u"%1 "_s.arg(uint(c.unicode()), 4, 16, QLatin1Char('0'));
    return out.trimmed();
}

// Reads `file` back and returns the first difference, or an empty string.
QString readBack(const QString &path, const CsvFile &file, std::mt19937_64 &rng)
{
    Csv::CsvReader reader(path);
    if (!reader.open())
        return u"open() failed: %1"_s.arg(reader.errorMessage());
    const Csv::Encoding expectedEncoding = file.enc == Enc::Windows1252 ? Csv::Encoding::Windows1252
                                         : file.enc == Enc::Utf16LE     ? Csv::Encoding::Utf16LE
                                         : file.enc == Enc::Utf16BE     ? Csv::Encoding::Utf16BE
                                                                        : Csv::Encoding::Utf8;
    if (reader.dialect().encoding != expectedEncoding)
        return u"encoding detected as %1"_s.arg(Csv::encodingName(reader.dialect().encoding));
    if (reader.dialect().delimiter != file.delimiter)
        return u"delimiter detected as %1"_s.arg(Csv::delimiterName(reader.dialect().delimiter));
    if (reader.header() != file.header)
        return u"header differs: read [%1], written [%2]"_s.arg(hexOf(reader.header().join(u'|')), hexOf(file.header.join(u'|')));

    auto compare = [&](const Csv::Record &r, qsizetype i) -> QString {
        const Expected &e = file.records[i];
        const QString where = u"record %1 (line %2)"_s.arg(i + 1).arg(e.line);
        if (r.row != i + 1 || r.line != e.line || r.offset != e.offset || r.endOffset != e.endOffset)
            return u"%1: read row %2 line %3 bytes %4-%5, written bytes %6-%7"_s.arg(where).arg(r.row).arg(r.line)
                .arg(r.offset).arg(r.endOffset).arg(e.offset).arg(e.endOffset);
        if (e.hasNul)
            return r.error == Csv::ErrorCode::NulByte ? QString() : u"%1: a NUL was not flagged"_s.arg(where);
        if (r.error != Csv::ErrorCode::None)
            return u"%1: unexpected error %2: %3"_s.arg(where, Csv::errorId(r.error), r.errorMessage);
        if (r.fields != e.fields) {
            for (qsizetype f = 0; f < qMax(r.fields.size(), e.fields.size()); ++f)
                if (r.fields.value(f) != e.fields.value(f))
                    return u"%1, field %2: read [%3], written [%4]"_s.arg(where).arg(f + 1)
                        .arg(hexOf(r.fields.value(f)), hexOf(e.fields.value(f)));
        }
        return {};
    };

    Csv::Record r;
    qsizetype n = 0;
    while (reader.next(r)) {
        if (n >= file.records.size())
            return u"more records read than written (%1)"_s.arg(file.records.size());
        if (QString d = compare(r, n); !d.isEmpty())
            return d;
        ++n;
    }
    if (reader.error() != Csv::ErrorCode::None)
        return u"reading ended with %1: %2"_s.arg(Csv::errorId(reader.error()), reader.errorMessage());
    if (n != file.records.size())
        return u"read %1 records, written %2; the first one missing is at line %3"_s.arg(n).arg(file.records.size())
            .arg(file.records[n].line);

    // Resume: from a random record's offset, reading on gives the same tail.
    for (int s = 0; s < 4; ++s) {
        const auto i = qsizetype(std::uniform_int_distribution<qsizetype>(0, file.records.size() - 1)(rng));
        const Expected &e = file.records[i];
        Csv::CsvReader again(path);
        if (!again.open() || !again.seek(e.offset, i + 1, e.line))
            return u"seek to record %1 refused"_s.arg(i + 1);
        qsizetype k = i;
        while (again.next(r)) {
            if (k >= file.records.size())
                return u"after seek to record %1: more records than written"_s.arg(i + 1);
            if (QString d = compare(r, k); !d.isEmpty())
                return u"after seek to record %1: %2"_s.arg(i + 1).arg(d);
            ++k;
        }
        if (k != file.records.size() || again.error() != Csv::ErrorCode::None)
            return u"after seek to record %1: read up to record %2 of %3"_s.arg(i + 1).arg(k).arg(file.records.size());
    }
    return {};
}

quint64 seedForRun()
{
    bool ok = false;
    const quint64 fromEnv = qEnvironmentVariable("WIZARD_ROUNDTRIP_SEED").toULongLong(&ok);
    return ok ? fromEnv : QRandomGenerator::global()->generate64();
}

QString writeFile(QTemporaryDir &dir, const CsvFile &file, int index)
{
    const QString path = dir.filePath(u"f%1.csv"_s.arg(index));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(file.bytes) != file.bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

} // namespace

class TestCsvRoundTrip : public QObject
{
    Q_OBJECT

private slots:
    // Thousands of random records over many small files: every encoding x delimiter x line ending.
    void randomRecordsReadBack()
    {
        const quint64 seed = seedForRun();
        qInfo("seed %llu (WIZARD_ROUNDTRIP_SEED=%llu replays it)", seed, seed);
        Generator gen(seed);
        QTemporaryDir dir;
        int index = 0, total = 0;
        for (int round = 0; round < 3; ++round) {
            for (const Enc enc : AllEncodings) {
                for (const char delimiter : AllDelimiters) {
                    for (const Ending ending : AllEndings) {
                        const CsvFile file = gen.file(enc, delimiter, ending, gen.uniform(1, 40), 12);
                        const QString path = writeFile(dir, file, index++);
                        const QString diff = readBack(path, file, gen.rng());
                        QVERIFY2(diff.isEmpty(), qPrintable(u"seed %1, %2: %3"_s.arg(seed).arg(file.describe(), diff)));
                        total += int(file.records.size());
                    }
                }
            }
        }
        qInfo("%d files, %d records read back", index, total);
    }

    // Files larger than the reader's 256 KiB block, so records straddle block boundaries
    // (and, in UTF-8, the 1 MiB sample the encoding is detected from).
    void largeFilesReadBack()
    {
        const quint64 seed = seedForRun();
        Generator gen(seed);
        QTemporaryDir dir;
        int index = 0;
        for (const Enc enc : AllEncodings) {
            const char delimiter = AllDelimiters[size_t(index % 3)];
            const CsvFile file = gen.file(enc, delimiter, Ending::Mixed, 9000, 40, 5);
            QVERIFY(file.bytes.size() > 512 * 1024);
            const QString path = writeFile(dir, file, index++);
            const QString diff = readBack(path, file, gen.rng());
            QVERIFY2(diff.isEmpty(), qPrintable(u"seed %1, %2: %3"_s.arg(seed).arg(file.describe(), diff)));
        }
    }

    // No luck needed: a character of every class as the first character of a line, the last
    // character of a record, and alone in a field, in every encoding, delimiter and line ending.
    void everyCharacterClassInEveryPosition()
    {
        QList<QString> samples;
        for (char32_t cp : {U'a', U' ', U'"', U',', U';', U'\t', U'\r', U'\n', char32_t(0x01), char32_t(0x1F), char32_t(0x7F),
                            char32_t(0x80), char32_t(0x81), char32_t(0x9F), char32_t(0xA0), char32_t(0xC9), char32_t(0xFF),
                            char32_t(0x152), char32_t(0x20AC), char32_t(0x7FF), char32_t(0x800), char32_t(0xFEFF),
                            char32_t(0xFFFD), char32_t(0xFFFF), char32_t(0x10000), char32_t(0x1F600), char32_t(0x10FFFF)})
            samples.append(QString::fromUcs4(&cp, 1));
        samples.append(u"\r\n"_s);
        QTemporaryDir dir;
        std::mt19937_64 rng(1);
        int index = 0;
        for (const Enc enc : AllEncodings) {
            for (const char delimiter : AllDelimiters) {
                for (const QString &ending : {u"\n"_s, u"\r\n"_s, u"\r"_s}) {
                    Writer w(enc, delimiter);
                    w.header(enc == Enc::Windows1252 ? QStringList{u"\u00c9l"_s, u"b"_s, u"c"_s} : QStringList{u"a"_s, u"b"_s, u"c"_s});
                    for (const QString &c : samples) {
                        if (enc == Enc::Windows1252 && !inCp1252(c))
                            continue;
                        for (const bool quoted : {false, true}) {
                            w.record({c + u"x"_s, u"y"_s, u"z"_s + c}, {quoted, quoted, quoted}, false, ending);
                            w.record({c, c, c}, {quoted, false, quoted}, false, ending);
                            w.record({c, QString(), QString()}, {quoted, false, false}, false, ending);
                            w.record({QString(), QString(), c}, {false, false, quoted}, false, ending);
                        }
                    }
                    w.record({u"\u00e9"_s, u"last"_s, u"\u00e9"_s}, {}, false, QString());
                    const CsvFile file = w.take();
                    const QString path = writeFile(dir, file, index++);
                    const QString diff = readBack(path, file, rng);
                    QVERIFY2(diff.isEmpty(), qPrintable(u"%1, line ending %2: %3"_s.arg(file.describe(), hexOf(ending), diff)));
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestCsvRoundTrip)
#include "tst_csvroundtrip.moc"
