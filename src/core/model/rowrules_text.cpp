// The row rules' text helpers and fast paths (see rowrules_p.h): quoting and shortening for
// messages, and the allocation-free checks that let a plain metadata object or slug list skip
// the full parser.
#include "rowrules_p.h"

using namespace Qt::StringLiterals;

namespace Model::RowRulesDetail {

const QString &emptyString()
{
    static const QString empty;
    return empty;
}

// Lower-cases for the email identity; ASCII fast path.
QString emailKeyOf(const QString &email)
{
    for (const QChar c : email) {
        const char16_t u = c.unicode();
        if (u >= 0x80 || (u >= u'A' && u <= u'Z'))
            return email.toLower();
    }
    return email;
}

QString quotedList(const QStringList &items, int max)
{
    QStringList shown;
    for (int i = 0; i < items.size() && i < max; ++i)
        shown.append(u'"' + items[i] + u'"');
    QString s = shown.join(u", "_s);
    if (items.size() > max)
        s += u" and %1 more"_s.arg(items.size() - max);
    return s;
}

QString shortened(const QString &text, int max)
{
    return text.size() <= max ? text : text.left(max) + u"…"_s;
}

namespace {

// Whitespace as JSON defines it.
inline bool isJsonSpace(char16_t c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
}

inline bool isHexDigit(char16_t c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

} // namespace

// The fast path of the metadata rules: true when `text` is certainly a JSON object of at most
// 50 keys of at most 40 characters with text values of at most 600 characters. Anything else
// (numbers, nesting, long or escaped-surrogate strings, bad JSON) returns false, and the full
// parser decides and explains. Measures raw lengths, which are never shorter than the decoded
// ones, so it never accepts what the full rules reject. No allocation.
bool isPlainMetadataObject(QStringView text)
{
    const char16_t *p = text.utf16();
    const char16_t *const end = p + text.size();
    auto skipSpace = [&] {
        while (p < end && isJsonSpace(*p))
            ++p;
    };
    // Scans a string starting at its opening quote; returns its raw length or -1.
    auto scanString = [&]() -> qsizetype {
        if (p >= end || *p != u'"')
            return -1;
        const char16_t *start = ++p;
        while (p < end) {
            const char16_t c = *p;
            if (c == u'"') {
                const qsizetype length = p - start;
                ++p;
                return length;
            }
            if (c < 0x20)
                return -1;
            if (c == u'\\') {
                if (p + 1 >= end)
                    return -1;
                const char16_t e = p[1];
                if (e == u'u') {
                    if (end - p < 6 || !isHexDigit(p[2]) || !isHexDigit(p[3]) || !isHexDigit(p[4]) || !isHexDigit(p[5]))
                        return -1;
                    if ((p[2] == u'd' || p[2] == u'D') && (p[3] >= u'8' || (p[3] >= u'a' && p[3] <= u'f') || (p[3] >= u'A' && p[3] <= u'F')))
                        return -1; // surrogates: let the full parser judge
                    p += 6;
                    continue;
                }
                if (e != u'"' && e != u'\\' && e != u'/' && e != u'b' && e != u'f' && e != u'n' && e != u'r' && e != u't')
                    return -1;
                p += 2;
                continue;
            }
            ++p;
        }
        return -1;
    };

    skipSpace();
    if (p >= end || *p != u'{')
        return false;
    ++p;
    skipSpace();
    int keys = 0;
    if (p < end && *p == u'}') {
        ++p;
    } else {
        for (;;) {
            const qsizetype key = scanString();
            if (key < 0 || key > 40 || ++keys > 50)
                return false;
            skipSpace();
            if (p >= end || *p != u':')
                return false;
            ++p;
            skipSpace();
            const qsizetype value = scanString();
            if (value < 0 || value > 600)
                return false;
            skipSpace();
            if (p >= end)
                return false;
            if (*p == u'}') {
                ++p;
                break;
            }
            if (*p != u',')
                return false;
            ++p;
            skipSpace();
        }
    }
    skipSpace();
    return p == end;
}

// The fast path of the role_slugs rule: comma-separated valid slugs (blanks around them and
// empty items allowed). No allocation.
bool isPlainSlugList(QStringView text)
{
    qsizetype from = 0;
    while (from <= text.size()) {
        qsizetype comma = text.indexOf(u',', from);
        if (comma < 0)
            comma = text.size();
        const QStringView item = text.sliced(from, comma - from).trimmed();
        if (!item.isEmpty() && !isValidRoleSlug(item))
            return false;
        from = comma + 1;
    }
    return true;
}

} // namespace Model::RowRulesDetail
