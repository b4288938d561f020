#pragma once
// PasswordFate: what happens to one row's password on its way into WorkOS, decided before
// anything is written: kept as-is (the hash, or a plain password, goes in unchanged), converted
// (a provider's hash rewritten into a WorkOS type, which one is named) or no password: reset
// needed (why: the provider never exports hashes, the hasher has no WorkOS type, the row had
// none). Source readers (src/core/source) decide it for provider exports; for a plain CSV the
// Validator derives it from the row's password columns. PasswordFateCounts adds them up for
// ValidationSummary. Value types; usable from any thread. They never hold a password or hash.

#include "issue.h"

#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QMap>
#include <QtCore/QString>

namespace Model {

struct PasswordFate {
    enum class Kind {
        FromRow,     // not decided by the source: derived from the row's columns (plain CSV)
        Kept,        // the hash (or password) goes in unchanged; `type` is its WorkOS type
        Converted,   // a provider hash rewritten into `type`
        ResetNeeded, // no password reaches WorkOS; `reason` says why
    };
    Kind kind = Kind::FromRow;
    QString type;   // WorkOS password_hash_type ("bcrypt", "firebase-scrypt"), or "password"
    QString reason; // plain words, for ResetNeeded

    static PasswordFate kept(QString type) { return {Kind::Kept, std::move(type), {}}; }
    static PasswordFate converted(QString type) { return {Kind::Converted, std::move(type), {}}; }
    static PasswordFate resetNeeded(QString reason) { return {Kind::ResetNeeded, {}, std::move(reason)}; }

    // "kept", "converted", "reset_needed" ("from_row" before it is decided).
    QString kindId() const;
    // For people: "kept as-is (bcrypt)", "converted to firebase-scrypt",
    // "no password: reset needed (Cognito does not export passwords)".
    QString text() const;
};

// What a source reader says about one row besides its fields: its password fate and warnings
// about the row that do not reject it (metadata trimmed to WorkOS's limits, ...).
struct RowNotes {
    PasswordFate fate;
    QList<Issue> warnings; // severity Warning; row/line/email are filled in by the Validator
    void clear()
    {
        fate = PasswordFate();
        warnings.clear();
    }
};

struct PasswordFateCounts {
    qint64 kept = 0;
    qint64 converted = 0;
    qint64 resetNeeded = 0;
    QMap<QString, qint64> keptByType;      // WorkOS type -> rows
    QMap<QString, qint64> convertedTo;     // WorkOS type -> rows
    QMap<QString, qint64> resetByReason;   // reason -> rows

    void add(const PasswordFate &fate);
    qint64 total() const { return kept + converted + resetNeeded; }
    // {"kept":..,"converted":..,"reset_needed":..,"kept_by_type":{..},"converted_to":{..},"reset_reasons":{..}}
    QJsonObject toJson() const;
    // One line for people: "12 kept as-is, 3 converted (firebase-scrypt), 5 reset needed".
    QString text() const;
};

} // namespace Model
