#pragma once
// Private to the row rules (rowrules*.cpp): the WorkOS limits they check, the text helpers and
// fast paths (rowrules_text.cpp) and RowBuilder, which applies every rule to one row
// (rowrules_row.cpp) for checkRow(). Not part of the model's API; include it only from those files.

#include "rowrules.h"

#include <QtCore/QString>
#include <QtCore/QStringList>

namespace Model {

// Limits of the WorkOS Users API (docs/csv-format.md).
namespace Limits {
constexpr int MetadataKeys = 50;
constexpr int MetadataKeyLength = 40;
constexpr int MetadataValueLength = 600;
constexpr int ExternalIdLength = 128;
}

namespace RowRulesDetail {

using namespace Qt::StringLiterals;

// An empty string to hand out by reference.
const QString &emptyString();
// Lower-cases for the email identity; ASCII fast path.
QString emailKeyOf(const QString &email);
// "a", "b", "c" and 2 more: at most `max` items, quoted.
QString quotedList(const QStringList &items, int max = 5);
// `text`, cut to `max` characters with an ellipsis.
QString shortened(const QString &text, int max = 40);
// The fast path of the metadata rules: true when `text` is certainly a JSON object within
// WorkOS's limits; false leaves the decision to the full parser.
bool isPlainMetadataObject(QStringView text);
// The fast path of the role_slugs rule: comma-separated valid slugs. No allocation.
bool isPlainSlugList(QStringView text);

class RowBuilder
{
public:
    RowBuilder(const Schema &schema, const Csv::Record &record, RowDetail detail, RowResult &result)
        : m_schema(schema), m_record(record), m_full(detail == RowDetail::Full), m_result(result)
    {
    }

    const QString &value(Field f) const
    {
        const int c = m_schema.column(f);
        return c >= 0 && c < m_record.fields.size() ? m_record.fields[c] : emptyString();
    }

    void add(Severity severity, Field field, const QString &rule, const QString &message)
    {
        m_result.issues.append(Issue{m_record.row, m_record.line, m_result.row.email, severity, rule,
                                     fieldName(field), message});
    }
    void error(Field field, const QString &rule, const QString &message) { add(Severity::Error, field, rule, message); }
    // The person's own name of the column that holds `f`, in quotes (“Vorname”), so that a
    // message speaks of the file as they wrote it; the template name when the file has none.
    QString col(Field f) const
    {
        const int c = m_schema.column(f);
        const QString name = c >= 0 && c < m_schema.header().size() ? m_schema.header().at(c).trimmed() : QString();
        return u"“"_s + (name.isEmpty() ? fieldName(f) : name) + u"”"_s;
    }
    void warning(Field field, const QString &rule, const QString &message) { add(Severity::Warning, field, rule, message); }

    void run();

private:
    void checkEmail();
    void checkEmailVerified();
    void checkPassword();
    void checkHashStructure(QStringView type, QStringView hash);
    void checkMetadata();
    void fullMetadataCheck(const QString &text);
    void checkExternalId();
    void checkOrganization();
    void checkRoleSlugs();

    const Schema &m_schema;
    const Csv::Record &m_record;
    const bool m_full;
    RowResult &m_result;
};

} // namespace RowRulesDetail

} // namespace Model
