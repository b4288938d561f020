#include "detect.h"

#include "csvsource.h"
#include "jsonreader.h"

#include <QtCore/QFile>

namespace Source {

bool looksLikeJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(4096);
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF")) {
        // UTF-16 text: JsonReader explains that JSON must be UTF-8; CsvReader reads UTF-16 CSV.
        const bool le = head.startsWith("\xFF\xFE");
        for (qsizetype i = 2; i + 1 < head.size(); i += 2) {
            const char16_t c = le ? char16_t(uchar(head[i]) | (uchar(head[i + 1]) << 8)) : char16_t((uchar(head[i]) << 8) | uchar(head[i + 1]));
            if (c == u' ' || c == u'\t' || c == u'\r' || c == u'\n')
                continue;
            return c == u'{' || c == u'[';
        }
        return false;
    }
    qsizetype i = head.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (i < head.size() && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n'))
        ++i;
    return i < head.size() && (head[i] == '{' || head[i] == '[');
}

std::unique_ptr<Reader> openReader(const QString &path, const Options &options)
{
    if (options.kind != Kind::Csv && looksLikeJson(path))
        return std::make_unique<JsonReader>(path, options.kind, options);
    return std::make_unique<CsvSource>(path, options.kind, options);
}

} // namespace Source
