#pragma once
// Issue: one thing wrong with one row (or a warning about it), with a stable rule id
// ("email.invalid", "duplicate.membership", "csv.stray_quote", ...; docs/csv-format.md lists
// them), the line where the row starts and a message for people who are not engineers: what
// is wrong and what to do. Messages never contain a password or a password hash.
// A value type; usable from any thread.

#include <QtCore/QString>

#include <optional>

namespace Model {

enum class Severity {
    Warning, // the row is imported (or skipped as a duplicate), perhaps without the field
    Error,   // the row is not imported
};

QString severityId(Severity severity); // "warning", "error"
std::optional<Severity> severityFromId(QStringView id);

struct Issue {
    qint64 row = 0;
    qint64 line = 0;
    QString email; // the row's email as written (may be the invalid text); empty when unknown
    Severity severity = Severity::Error;
    QString rule;    // stable id
    QString field;   // canonical field name, empty for whole-row problems
    QString message; // plain words; no line prefix (the line is in `line`), except csv.* messages from the reader
};

} // namespace Model
