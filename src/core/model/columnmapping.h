#pragma once
// ColumnMapping: which header names of the user's file mean which canonical field, for
// files whose headers are not the canonical names ("Email Address" -> email).
//
// A value type shared by the command line (`--map "Email Address=email,Given Name=first_name"`)
// and the desktop wizard's mapping page: parse() reads the textual form, toString() writes it
// back so that parse(toString()) gives an equal mapping. Header names are matched
// case-insensitively after trimming. Usable from any thread; copy freely.

#include "field.h"

#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringView>

#include <optional>
#include <utility>

namespace Model {

class ColumnMapping
{
public:
    struct Entry {
        QString header; // the header name as the user wrote it (trimmed)
        Field field = Field::Email;
        friend bool operator==(const Entry &, const Entry &) = default;
    };

    ColumnMapping() = default;

    // Parses "Header=field,Other Header=field". Entries are separated by commas; a header name
    // that itself contains a comma or '=' can be written in double quotes ("Name, given"=first_name).
    // Returns nullopt and sets *error (plain words, naming the bad entry and what is accepted)
    // for an entry without '=', an empty header name, an unknown field name, the same header
    // mapped twice or two headers mapped to the same field. "Header=ignore" (or "Header=-")
    // says the column is not imported.
    static std::optional<ColumnMapping> parse(QStringView spec, QString *error = nullptr);

    // The mapping the header's everyday names suggest (HeaderSynonyms: "First Name" ->
    // first_name, "Company" -> org_name, ...): one entry per header that is not a canonical name
    // and has a synonym, never a field a canonical column already provides, never two headers
    // for one field (the stronger synonym wins, then the first column; the other column is a
    // question, ColumnQuestions). With `sample` (the file's first rows) the values have the last
    // word: org_… values are WorkOS organization ids whatever the header says, a column whose
    // values contradict its header ("Login" of user names as the email) is not suggested.
    static ColumnMapping suggested(const QStringList &header, const QList<QStringList> &sample = {});

    // The textual form parse() accepts; empty for an empty mapping.
    QString toString() const;

    // Adds or replaces the mapping of `header`. Returns false (and changes nothing) when
    // another header is already mapped to `field`, or `header` is empty after trimming.
    bool insert(const QString &header, Field field, QString *error = nullptr);
    void removeHeader(QStringView header);

    // "Header=ignore" (or "Header=-"): the person said this column is not imported. Such a
    // header has no field; suggestions and questions leave it alone.
    void ignore(const QString &header);
    bool isIgnored(QStringView header) const;
    const QStringList &ignoredHeaders() const { return m_ignored; }

    // This mapping (a suggestion) with the person's `overrides` on top: an override entry
    // replaces a suggested one for the same column or the same field; an ignored header drops
    // its suggestion. What `--map` does on the command line.
    ColumnMapping overriddenBy(const ColumnMapping &overrides) const;

    std::optional<Field> fieldFor(QStringView header) const;
    QString headerFor(Field field) const; // empty when the field is not mapped

    // A file that names its organizations only by name: the name (trimmed, exactly as written)
    // is also the organization's external id, so the same name always finds the same
    // organization, on every run and resume. Written "Company=org_name+org_external_id".
    // Schema::fromHeader then reads org_external_id from the org_name column.
    bool orgNameIsExternalId() const { return m_orgNameIsExternalId; }
    void setOrgNameIsExternalId(bool on) { m_orgNameIsExternalId = on; }

    bool isEmpty() const { return m_entries.isEmpty() && m_ignored.isEmpty() && !m_orgNameIsExternalId; }
    qsizetype size() const { return m_entries.size(); }
    const QList<Entry> &entries() const { return m_entries; }

    friend bool operator==(const ColumnMapping &, const ColumnMapping &) = default;

private:
    QList<Entry> m_entries;
    QStringList m_ignored;
    bool m_orgNameIsExternalId = false;
};

} // namespace Model
