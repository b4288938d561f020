#pragma once
// The per-row rules of the CSV contract: everything that can be decided from one row alone
// (email syntax, email_verified, password vs. hash, metadata, external_id shape, organization
// columns, role_slugs, and the CSV reader's own row errors). Cross-row rules (duplicates,
// external_id used by two emails) belong to Model::Validator.
//
// checkRow() keeps no state, so the import engine can re-read a chunk with CsvReader::seek()
// and rebuild its UserRows without running the whole file through a Validator again.
// Pure functions; usable from any thread.

#include "emailrule.h"
#include "issue.h"
#include "schema.h"
#include "userrow.h"

#include <csv/csvreader.h>

#include <QtCore/QList>

namespace Model {

enum class Disposition {
    Import,        // valid: create the user (and the membership)
    SkipDuplicate, // valid but already covered by an earlier row: nothing to do
    Invalid,       // has at least one error: not imported
};

QString dispositionId(Disposition disposition); // "import", "skip_duplicate", "invalid"

struct RowResult {
    UserRow row;
    Disposition disposition = Disposition::Import;
    QList<Issue> issues;

    bool hasErrors() const;
};

// How much of the UserRow checkRow() fills in. The issues are the same either way.
enum class RowDetail {
    Full,       // everything the import needs (the engine)
    IssuesOnly, // row numbers, email, emailKey, emailVerified, externalId and org only:
                // no password/hash, metadata or role_slugs copies (validation passes over
                // whole files, where building them would cost more than the checks)
};

// Applies the per-row rules to one record. The result is Import or Invalid, never
// SkipDuplicate. A record with a CSV error (Csv::Record::error) is Invalid with one
// "csv.*" issue carrying the reader's message; its other fields are not checked.
RowResult checkRow(const Schema &schema, const Csv::Record &record, RowDetail detail = RowDetail::Full);

// The rule helpers, exposed for the wizard's mapping preview and for tests.
// checkEmailSyntax(): emailrule.h, the one email rule (shared with workos-sandbox).
QString emailProblemText(EmailProblem problem, QStringView email); // "it has no @", ...
std::optional<bool> parseBoolean(QStringView text, bool *ok); // true/false, yes/no, y/n, 1/0; empty: nullopt, *ok = true
bool isBcryptShaped(QStringView hash);
bool isKnownPasswordHashType(QStringView type); // case-insensitive
// The type a self-describing hash names (bcrypt, argon2), or empty.
QString passwordHashTypeFromShape(QStringView hash);
bool isValidRoleSlug(QStringView slug);

} // namespace Model
