#include "columnmapping.h"

#include "headersynonyms.h"
#include "valueprofile.h"

#include <QtCore/QCoreApplication>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Model {

namespace {

bool sameHeader(QStringView a, QStringView b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

// Splits the spec into entries at commas outside double quotes. Quotes are kept; a doubled
// quote inside quotes is a literal quote.
QList<QString> splitEntries(QStringView spec, QString *error)
{
    QList<QString> entries;
    QString current;
    bool quoted = false;
    for (qsizetype i = 0; i < spec.size(); ++i) {
        const QChar c = spec[i];
        if (c == u'"') {
            if (quoted && i + 1 < spec.size() && spec[i + 1] == u'"') {
                current += u"\"\""_s;
                ++i;
                continue;
            }
            quoted = !quoted;
            current += c;
        } else if (c == u',' && !quoted) {
            entries.append(current);
            current.clear();
        } else {
            current += c;
        }
    }
    if (quoted) {
        if (error)
            *error = QCoreApplication::translate("Model::ColumnMapping", "The column mapping has a double quote (\") that is never closed.");
        return {};
    }
    entries.append(current);
    return entries;
}

// Splits one entry into header and field at the first '=' outside quotes, unquoting the header.
bool splitEntry(const QString &entry, QString *header, QString *field)
{
    QString h;
    bool quoted = false;
    for (qsizetype i = 0; i < entry.size(); ++i) {
        const QChar c = entry[i];
        if (c == u'"') {
            if (quoted && i + 1 < entry.size() && entry[i + 1] == u'"') {
                h += u'"';
                ++i;
                continue;
            }
            quoted = !quoted;
        } else if (c == u'=' && !quoted) {
            *header = h.trimmed();
            *field = entry.mid(i + 1).trimmed();
            return true;
        } else {
            h += c;
        }
    }
    return false;
}

bool isIgnoreWord(QStringView text)
{
    return text.compare(u"ignore"_s, Qt::CaseInsensitive) == 0 || text == u"-"_s;
}

QString quoteIfNeeded(const QString &header)
{
    if (!header.contains(u',') && !header.contains(u'=') && !header.contains(u'"'))
        return header;
    QString q = header;
    q.replace(u"\""_s, u"\"\""_s);
    return u'"' + q + u'"';
}

} // namespace

std::optional<ColumnMapping> ColumnMapping::parse(QStringView spec, QString *error)
{
    ColumnMapping mapping;
    if (spec.trimmed().isEmpty())
        return mapping;
    QString splitError;
    const QList<QString> entries = splitEntries(spec, &splitError);
    if (!splitError.isEmpty()) {
        if (error)
            *error = splitError;
        return std::nullopt;
    }
    for (const QString &raw : entries) {
        const QString entry = raw.trimmed();
        if (entry.isEmpty())
            continue; // "a=email," : a trailing comma is harmless
        QString header, fieldText;
        if (!splitEntry(entry, &header, &fieldText)) {
            if (error)
                *error = QCoreApplication::translate("Model::ColumnMapping", "The column mapping entry \"%1\" has no '='. Write it as \"Your Column=field\", for example \"Email Address=email\".").arg(entry);
            return std::nullopt;
        }
        if (header.isEmpty()) {
            if (error)
                *error = QCoreApplication::translate("Model::ColumnMapping", "The column mapping entry \"%1\" has no column name before the '='.").arg(entry);
            return std::nullopt;
        }
        // "Company=org_name+org_external_id": the organization's name is its external id.
        const QString bothOrgFields = fieldName(Field::OrgName) + u'+' + fieldName(Field::OrgExternalId);
        const bool nameIsId = fieldText.compare(bothOrgFields, Qt::CaseInsensitive) == 0;
        if (nameIsId) {
            fieldText = fieldName(Field::OrgName);
            mapping.m_orgNameIsExternalId = true;
        }
        if (isIgnoreWord(fieldText)) {
            // "Nickname=ignore": the person says this column is not imported (a suggestion for
            // it is dropped, and nobody asks about it again).
            if (mapping.fieldFor(header) || mapping.isIgnored(header)) {
                if (error)
                    *error = QCoreApplication::translate("Model::ColumnMapping", "The column mapping maps the column \"%1\" more than once. Map each column once.").arg(header);
                return std::nullopt;
            }
            mapping.ignore(header);
            continue;
        }
        const std::optional<Field> field = fieldFromName(fieldText);
        if (!field) {
            if (error)
                *error = fieldText.isEmpty()
                    ? QCoreApplication::translate("Model::ColumnMapping", "The column mapping entry \"%1\" has no field name after the '='. Fields you can map to: %2.").arg(entry, fieldNameList())
                    : QCoreApplication::translate("Model::ColumnMapping", "The column mapping entry \"%1\" names an unknown field \"%2\". Fields you can map to: %3.").arg(entry, fieldText, fieldNameList());
            return std::nullopt;
        }
        if (mapping.fieldFor(header) || mapping.isIgnored(header)) {
            if (error)
                *error = QCoreApplication::translate("Model::ColumnMapping", "The column mapping maps the column \"%1\" more than once. Map each column once.").arg(header);
            return std::nullopt;
        }
        QString insertError;
        if (!mapping.insert(header, *field, &insertError)) {
            if (error)
                *error = insertError;
            return std::nullopt;
        }
    }
    return mapping;
}

ColumnMapping ColumnMapping::suggested(const QStringList &header, const QList<QStringList> &sample)
{
    std::array<bool, FieldCount> taken{};
    for (const QString &h : header)
        if (const std::optional<Field> f = fieldFromName(h))
            taken[size_t(*f)] = true;
    struct Candidate {
        int column;
        HeaderSynonyms::Match match;
    };
    QList<Candidate> candidates;
    for (int i = 0; i < header.size(); ++i) {
        if (fieldFromName(header[i]))
            continue;
        std::optional<HeaderSynonyms::Match> m = HeaderSynonyms::match(header[i]);
        if (!m)
            continue;
        if (!sample.isEmpty()) {
            // The values have the last word: a header says what a column should hold, its
            // values what it does hold.
            const ValueKind kind = ValueProfile::classify(ValueProfile::columnValues(sample, i), header[i]);
            if (kind == ValueKind::WorkOsOrganizationId
                && (m->field == Field::OrgExternalId || m->field == Field::OrgName || m->field == Field::ExternalId)) {
                m->field = Field::OrgId; // "organization_id" of org_… values: WorkOS's own ids (issue 22.3)
                m->rank = -1;
            } else if (kind == ValueKind::WorkOsUserId && m->field == Field::ExternalId) {
                continue; // WorkOS user ids are not the person's own ids: a question, not a guess
            } else if (m->field == Field::Email && kind != ValueKind::Email && kind != ValueKind::Empty) {
                continue; // "Login" of user names
            } else if (m->field != Field::Email && kind == ValueKind::Email) {
                continue;
            } else if (m->field == Field::EmailVerified && kind != ValueKind::Flag && kind != ValueKind::Empty) {
                continue;
            } else if (m->field == Field::OrgId && kind != ValueKind::WorkOsOrganizationId && kind != ValueKind::Empty) {
                m->field = Field::OrgExternalId;
            }
        }
        candidates.append({i, *m});
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate &a, const Candidate &b) { return a.match.rank < b.match.rank; });
    ColumnMapping mapping;
    for (const Candidate &c : std::as_const(candidates)) {
        if (taken[size_t(c.match.field)] || mapping.fieldFor(header[c.column]))
            continue;
        if (mapping.insert(header[c.column], c.match.field))
            taken[size_t(c.match.field)] = true;
    }
    return mapping;
}

QString ColumnMapping::toString() const
{
    QString out;
    for (const Entry &e : m_entries) {
        if (!out.isEmpty())
            out += u',';
        out += quoteIfNeeded(e.header) + u'=' + fieldName(e.field);
        if (e.field == Field::OrgName && m_orgNameIsExternalId)
            out += u'+' + fieldName(Field::OrgExternalId);
    }
    for (const QString &h : m_ignored) {
        if (!out.isEmpty())
            out += u',';
        out += quoteIfNeeded(h) + u"=ignore"_s;
    }
    if (m_orgNameIsExternalId && headerFor(Field::OrgName).isEmpty()) {
        // The file's own org_name column: no entry of its own, so write one.
        if (!out.isEmpty())
            out += u',';
        out += fieldName(Field::OrgName) + u'=' + fieldName(Field::OrgName) + u'+' + fieldName(Field::OrgExternalId);
    }
    return out;
}

bool ColumnMapping::insert(const QString &header, Field field, QString *error)
{
    const QString h = header.trimmed();
    if (h.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("Model::ColumnMapping", "A column mapping needs a column name.");
        return false;
    }
    for (const Entry &e : std::as_const(m_entries)) {
        if (e.field == field && !sameHeader(e.header, h)) {
            if (error)
                *error = QCoreApplication::translate("Model::ColumnMapping", "The columns \"%1\" and \"%2\" are both mapped to %3. Map only one column to each field.").arg(e.header, h, fieldName(field));
            return false;
        }
    }
    for (Entry &e : m_entries) {
        if (sameHeader(e.header, h)) {
            e.header = h;
            e.field = field;
            return true;
        }
    }
    m_ignored.removeIf([&](const QString &i) { return sameHeader(i, h); });
    m_entries.append(Entry{h, field});
    return true;
}

void ColumnMapping::ignore(const QString &header)
{
    const QString h = header.trimmed();
    if (h.isEmpty() || isIgnored(h))
        return;
    removeHeader(h);
    m_ignored.append(h);
}

bool ColumnMapping::isIgnored(QStringView header) const
{
    for (const QString &i : m_ignored)
        if (sameHeader(i, header))
            return true;
    return false;
}

ColumnMapping ColumnMapping::overriddenBy(const ColumnMapping &overrides) const
{
    ColumnMapping out = *this;
    for (const QString &h : overrides.m_ignored)
        out.ignore(h);
    for (const Entry &e : overrides.m_entries) {
        // The person's entry wins over a suggestion for the same column or the same field.
        out.m_entries.removeIf([&](const Entry &mine) { return mine.field == e.field || sameHeader(mine.header, e.header); });
        out.insert(e.header, e.field);
    }
    if (overrides.m_orgNameIsExternalId)
        out.m_orgNameIsExternalId = true;
    return out;
}

void ColumnMapping::removeHeader(QStringView header)
{
    m_entries.removeIf([&](const Entry &e) { return sameHeader(e.header, header); });
}

std::optional<Field> ColumnMapping::fieldFor(QStringView header) const
{
    for (const Entry &e : m_entries) {
        if (sameHeader(e.header, header))
            return e.field;
    }
    return std::nullopt;
}

QString ColumnMapping::headerFor(Field field) const
{
    for (const Entry &e : m_entries) {
        if (e.field == field)
            return e.header;
    }
    return {};
}

} // namespace Model
