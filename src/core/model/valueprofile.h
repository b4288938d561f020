#pragma once
// ValueProfile: what the values of one column look like, from a sample of the file's first
// rows: email addresses, people's names, organization names, role names, WorkOS ids
// (org_…, user_…), other ids, yes/no flags. The wizard's Columns page and the command line ask
// about a column that is not imported but whose values look like something the import could
// use (ColumnQuestions), and the suggested mapping never takes a column whose values contradict
// its header (an "Organization ID" column of org_… values is a WorkOS organization id).
//
// Heuristics over a handful of values, deliberately cautious: "Other" when unsure. Free
// functions, no state; usable from any thread.

#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

namespace Model {

enum class ValueKind {
    Empty,                // no value in the sample
    Email,                // ann@example.com
    WorkOsOrganizationId, // org_01H…
    WorkOsUserId,         // user_01H…
    Flag,                 // true/false, yes/no, ja/nein, oui/non, sí/no, 1/0
    Role,                 // admin, member, owner, … (few distinct words)
    OrganizationName,     // Acme Inc., Contoso GmbH, or a few names repeated over the rows
    PersonName,           // Ann, Lee, Müller, O'Brien, Jean-Luc
    Id,                   // 4f1c…, A-00017, a UUID, auth0|…
    Other,                // dates, phone numbers, free text: nothing to ask about
};

namespace ValueProfile {

// The kind of most of the non-empty `values`. `headerHint` is the column's header: it only
// decides between kinds the values alone cannot tell apart (digits only: an id under an
// "…id"/"…nr" header, otherwise Other).
ValueKind classify(const QStringList &values, const QString &headerHint = QString());

// The values of column `column` in `rows` (rows shorter than the column give nothing).
QStringList columnValues(const QList<QStringList> &rows, int column);

// "looks like people's names": for the command line (English; the wizard says it in tr()).
QString describe(ValueKind kind);

// True for a value shaped like a WorkOS organization id (org_ followed by 26 ULID characters,
// or at least a letter-and-digit run after org_).
bool isWorkOsOrganizationId(QStringView value);
bool isWorkOsUserId(QStringView value);

} // namespace ValueProfile

} // namespace Model
