#pragma once
// Source::Kind and Source::Options: which provider's export a file is (Auth0, Firebase, Clerk,
// Supabase, Cognito, Okta, or our CSV) and what reading it needs besides the file: Auth0's
// password export, Firebase's hash parameters, the Supabase app-metadata key that names the
// organization, the metadata key for the provider's created_at. Stored with a job
// (JobSettings) so that resume reads the file exactly as the plan did. Value types.
//
// The options never hold a password or a hash. Firebase's hash parameters include the project's
// signer key: a file of them is stored by its path (resume reads it again), parameters pasted
// in the wizard stay in memory only (toJson leaves them out; the job store keeps no key).

#include <QtCore/QJsonObject>
#include <QtCore/QString>

#include <optional>

namespace Source {

enum class Kind {
    Auto, // detect from the content
    Csv,  // our template or everyday headers
    Auth0,
    Firebase,
    Clerk,
    Supabase,
    Cognito,
    Okta,
};

QString kindId(Kind kind);                         // "auto", "csv", "auth0", ...
std::optional<Kind> kindFromId(QStringView id);    // case-insensitive; nullopt when unknown
QString kindName(Kind kind);                       // for people: "Auth0", "Firebase", "CSV file"
QString kindIdList();                              // "auth0|firebase|clerk|supabase|cognito|okta|csv"

struct Options {
    Kind kind = Kind::Auto;
    QString auth0PasswordsPath; // Auth0's password-hash export (NDJSON), optional
    QString firebaseHashConfigPath; // a file holding the hash_config text (or JSON)
    QString firebaseHashConfig;     // the same text pasted; in memory only, never stored
    QString tenantKey;          // app-metadata key whose value becomes org_external_id; empty: none
    QString createdAtKey;       // metadata key for the provider's created_at; empty: not kept
    // SHA-256 (hex) of what reading needs besides the file (the Auth0 password export's bytes,
    // the Firebase parameters' values), recorded by the plan: a resume whose side files differ
    // is refused like a changed file. Empty: not checked.
    QString sideFilesSha256;

    bool operator==(const Options &) const = default;
    // Stored with a job. JSON names avoid "key" and "password": the job store drops such entries.
    QJsonObject toJson() const;
    // The Firebase parameters' text: pasted, else read from the file. Empty with *error set
    // when the file cannot be read.
    QString firebaseHashConfigText(QString *error = nullptr) const;
    static Options fromJson(const QJsonObject &json);
};

} // namespace Source
