#include "csvdialect.h"

#include <QtCore/QCoreApplication>

#include <array>

using namespace Qt::StringLiterals;

namespace Csv {

QString encodingName(Encoding encoding, bool hasBom)
{
    switch (encoding) {
    case Encoding::Utf8:
        return hasBom ? u"UTF-8 (with BOM)"_s : u"UTF-8"_s;
    case Encoding::Windows1252:
        return u"Windows-1252"_s;
    case Encoding::Utf16LE:
        return u"UTF-16 LE"_s;
    case Encoding::Utf16BE:
        return u"UTF-16 BE"_s;
    }
    return u"unknown"_s;
}

QString delimiterName(char delimiter)
{
    switch (delimiter) {
    // In the program's language (the wizard's File page); the CLI has no translator: English.
    case ',':
        return QCoreApplication::translate("Csv::Dialect", "comma");
    case ';':
        return QCoreApplication::translate("Csv::Dialect", "semicolon");
    case '\t':
        return QCoreApplication::translate("Csv::Dialect", "tab");
    }
    return QString(QLatin1Char(delimiter));
}

// RFC 3629 well-formedness, with an ASCII fast path (most CSV bytes are ASCII).
static qsizetype utf8ValidPrefix(const unsigned char *s, qsizetype n, bool *truncated)
{
    *truncated = false;
    qsizetype i = 0;
    while (i < n) {
        // Eight ASCII bytes at a time.
        while (i + 8 <= n) {
            quint64 w;
            memcpy(&w, s + i, 8);
            if (w & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= n)
            break;
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len;
        unsigned char lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            if (c == 0xE0)
                lo = 0xA0;
            else if (c == 0xED)
                hi = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            if (c == 0xF0)
                lo = 0x90;
            else if (c == 0xF4)
                hi = 0x8F;
        } else {
            return i;
        }
        if (i + len > n) {
            // Check what is there, then report a truncated sequence.
            for (qsizetype k = 1; i + k < n; ++k) {
                const unsigned char cc = s[i + k];
                if (k == 1 ? (cc < lo || cc > hi) : (cc < 0x80 || cc > 0xBF))
                    return i;
            }
            *truncated = true;
            return i;
        }
        if (s[i + 1] < lo || s[i + 1] > hi)
            return i;
        for (int k = 2; k < len; ++k)
            if (s[i + k] < 0x80 || s[i + k] > 0xBF)
                return i;
        i += len;
    }
    return n;
}

bool isValidUtf8(const char *data, qsizetype size)
{
    bool truncated = false;
    return utf8ValidPrefix(reinterpret_cast<const unsigned char *>(data), size, &truncated) == size;
}

Dialect detectEncoding(const QByteArray &sample, bool sampleIsComplete)
{
    Dialect d;
    const auto *s = reinterpret_cast<const unsigned char *>(sample.constData());
    const qsizetype n = sample.size();
    if (n >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF) {
        d.encoding = Encoding::Utf8;
        d.hasBom = true;
        d.bomSize = 3;
        return d;
    }
    if (n >= 2 && s[0] == 0xFF && s[1] == 0xFE) {
        d.encoding = Encoding::Utf16LE;
        d.hasBom = true;
        d.bomSize = 2;
        return d;
    }
    if (n >= 2 && s[0] == 0xFE && s[1] == 0xFF) {
        d.encoding = Encoding::Utf16BE;
        d.hasBom = true;
        d.bomSize = 2;
        return d;
    }
    bool truncated = false;
    const qsizetype valid = utf8ValidPrefix(s, n, &truncated);
    if (valid == n || (truncated && !sampleIsComplete))
        d.encoding = Encoding::Utf8;
    else
        d.encoding = Encoding::Windows1252;
    return d;
}

QString fromWindows1252(const char *data, qsizetype size)
{
    // 0x80-0x9F per the Windows-1252 code page; undefined positions map to the C1 control.
    static constexpr std::array<char16_t, 32> high = {
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};
    QString out(size, Qt::Uninitialized);
    QChar *dst = out.data();
    for (qsizetype i = 0; i < size; ++i) {
        const auto c = static_cast<unsigned char>(data[i]);
        dst[i] = (c >= 0x80 && c <= 0x9F) ? QChar(high[c - 0x80]) : QChar(char16_t(c));
    }
    return out;
}

} // namespace Csv
