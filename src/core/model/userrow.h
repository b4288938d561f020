#pragma once
// UserRow: one data row of the CSV file after the per-row rules, in the shape the import
// engine needs (trimmed values, parsed email_verified/metadata/role_slugs, the organization).
// A value type made by Model::checkRow() / Validator; usable from any thread.
// It holds the password or hash in memory for the API call only: never log or report them.

#include "orgref.h"

#include <QtCore/QJsonObject>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <optional>

namespace Model {

struct UserRow {
    qint64 row = 0;       // data-row number, 1 = first row after the header
    qint64 line = 0;      // physical line where the row starts
    qint64 offset = 0;    // byte offset of the row in the file (for CsvReader::seek)
    qint64 endOffset = 0; // byte offset just past the row

    QString email;    // trimmed, as written
    QString emailKey; // lower-case identity of the email (emails are case-insensitive)
    QString password; // as written (not trimmed); empty when absent
    QString passwordHash;
    QString passwordHashType; // lower case
    QString firstName;
    QString lastName;
    std::optional<bool> emailVerified;
    QString externalId;
    QJsonObject metadata; // only string values
    OrgRef org;           // empty: no membership
    QStringList roleSlugs;
};

} // namespace Model
