#pragma once
// ValidationSummary: the counts of one validation pass over a file, kept by Model::Validator
// and shown by the CLI (`workos-import validate`) and the wizard's check page.
// A value type; usable from any thread.

#include "importmode.h"
#include "passwordfate.h"

#include <QtCore/QJsonObject>
#include <QtCore/QMap>
#include <QtCore/QString>

namespace Model {

struct ValidationSummary {
    ImportMode mode = ImportMode::UserOnly;
    qint64 rows = 0;                  // data rows read (the header is not a row)
    qint64 valid = 0;                 // rows to import
    qint64 invalid = 0;               // rows with at least one error: not imported
    qint64 duplicates = 0;            // valid rows skipped because an earlier row covers them
    qint64 errors = 0;                // error issues
    qint64 warnings = 0;              // warning issues
    qint64 distinctEmails = 0;        // users to create
    qint64 memberships = 0;           // user-organization memberships to create
    qint64 distinctOrganizations = 0; // organizations the valid rows name
    QMap<QString, qint64> issuesByRule;
    // What happens to each row's password (every row read has one fate: they add up to `rows`).
    PasswordFateCounts passwordFates;

    // {"rows":..,"valid":..,..,"mode":"multi-organization","issues_by_rule":{..},"password_fates":{..}}
    QJsonObject toJson() const;
};

} // namespace Model
