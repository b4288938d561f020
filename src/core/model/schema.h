#pragma once
// Schema: which column of the user's file holds which canonical field, the import mode that
// follows from the columns, and what is wrong with the header when the file cannot be used.
//
// Built once per file from the header row (Schema::fromHeader) and then read by the
// Validator for every row; a value type, cheap to copy, usable from any thread.
// Header names are matched case-insensitively after trimming, in any order. A ColumnMapping
// takes precedence over the canonical names. Columns that mean nothing are ignored with one
// warning that lists them all.

#include "columnmapping.h"
#include "field.h"
#include "importmode.h"
#include "orgref.h"

#include <QtCore/QStringList>

#include <array>

namespace Model {

class Schema
{
public:
    Schema(); // unusable: no header

    static Schema fromHeader(const QStringList &header, const ColumnMapping &mapping = {});

    // False when the file cannot be imported (no email column, a field in two columns, no
    // header); problem() then says why and what to do.
    bool isUsable() const { return m_problem.isEmpty(); }
    QString problem() const { return m_problem; }
    // A stable id of the problem: "schema.no_header", "schema.no_email_column",
    // "schema.field_in_two_columns"; empty when usable.
    QString problemId() const { return m_problemId; }

    // The 0-based column index of a field, or -1 when the file has no such column.
    int column(Field field) const { return m_columns[size_t(field)]; }
    bool has(Field field) const { return column(field) >= 0; }

    const QStringList &header() const { return m_header; }
    int columnCount() const { return int(m_header.size()); }
    // Header names of the columns that are ignored, as written in the file.
    const QStringList &unknownColumns() const { return m_unknown; }
    // Things the user should know about the header that do not stop the import (one warning
    // listing all unknown columns; mapping entries that name no column of the file).
    // A role_slugs column in a file without organizations is reported here too.
    QStringList warnings() const;

    bool hasOrganizationColumns() const;
    ImportMode mode() const { return m_mode; }

    // Sends every row to one organization (SingleOrganization mode). Only for a file without
    // organization columns; returns false with *error otherwise, or when `org` names neither
    // an id nor an external id, or names both.
    bool setSingleOrganization(const OrgRef &org, QString *error = nullptr);
    const OrgRef &singleOrganization() const { return m_singleOrg; }

private:
    QStringList m_header;
    std::array<int, FieldCount> m_columns;
    QStringList m_unknown;
    QStringList m_warnings;
    QString m_problem;
    QString m_problemId;
    ImportMode m_mode = ImportMode::UserOnly;
    OrgRef m_singleOrg;
};

} // namespace Model
