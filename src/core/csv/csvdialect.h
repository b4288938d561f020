#pragma once
// What a CSV file looks like on disk: its text encoding and its delimiter.
// Detected once from the first bytes of the file by CsvReader::open(); a plain value type.

#include <QtCore/QByteArray>
#include <QtCore/QString>

namespace Csv {

enum class Encoding {
    Utf8,        // with or without a byte-order mark
    Windows1252, // bytes that are not valid UTF-8 (Excel on Windows writes these)
    Utf16LE,     // only with a byte-order mark
    Utf16BE,     // only with a byte-order mark
};

struct Dialect {
    Encoding encoding = Encoding::Utf8;
    bool hasBom = false;
    int bomSize = 0;      // bytes of byte-order mark before the header
    char delimiter = ','; // ',', ';' or '\t'
};

QString encodingName(Encoding encoding, bool hasBom = false);
QString delimiterName(char delimiter);

// The encoding from a byte-order mark, or from whether the sample is valid UTF-8.
// `sampleIsComplete` tells whether the sample holds the whole file (a truncated
// multi-byte sequence at the end of a partial sample is not an error).
Dialect detectEncoding(const QByteArray &sample, bool sampleIsComplete);

// True when `data` is well-formed UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF).
bool isValidUtf8(const char *data, qsizetype size);

// Decodes Windows-1252 (bytes 0x80-0x9F map to the characters Windows puts there).
QString fromWindows1252(const char *data, qsizetype size);

} // namespace Csv
