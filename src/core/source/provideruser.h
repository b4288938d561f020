#pragma once
// ProviderUser: one user as a provider's export describes it, in the provider's own words
// (filled by the CSV and JSON readers), and UserMapper: the one place that turns it into the
// canonical columns of our CSV contract and decides the row's password fate:
//
//   external_id    the provider's own id (Auth0 user_id, Firebase localId, Clerk id, Supabase id,
//                  Cognito sub, Okta id); its ASCII/128 limit is checked by the row rules
//   metadata       the user's own metadata (user_metadata, customAttributes, raw_user_meta_data,
//                  Cognito custom:*) within WorkOS's limits: 50 keys, keys <= 40 characters,
//                  string values <= 600 characters (other values as JSON text); what does not
//                  fit is left out with a warning; created_at under a key the person names
//   org_external_id the value of the app-metadata key the person names (Supabase, Auth0)
//   password       see docs/sources.md: bcrypt kept, Firebase scrypt converted, Clerk hashers
//                  converted where WorkOS has the type, otherwise "reset needed" with why
//
// Used by one reader in one thread.

#include "firebasehash.h"
#include "sourceoptions.h"

#include <model/passwordfate.h>

#include <QtCore/QJsonObject>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <optional>

namespace Source {

// A user's metadata as key -> text, in the order read: strings as they are, other JSON values
// as compact JSON text, nulls left out. (QJsonObject cost a fifth of a JSON export's reading.)
struct MetadataFields {
    QList<std::pair<QString, QString>> items;
    void insert(const QString &key, const QString &text)
    {
        for (auto &item : items)
            if (item.first == key) {
                item.second = text;
                return;
            }
        items.append({key, text});
    }
    void insertJson(const QString &key, const QJsonValue &value); // skips null
    void addObject(const QJsonObject &object);
    QString value(QStringView key) const
    {
        for (const auto &item : items)
            if (item.first == key)
                return item.second;
        return {};
    }
    bool isEmpty() const { return items.isEmpty(); }
};

struct ProviderUser {
    QString id;
    QString email;
    std::optional<bool> emailVerified;
    QString firstName;
    QString lastName;
    QString displayName; // split into first and last name when those are empty
    QString createdAt;
    MetadataFields metadata;    // the user's own metadata
    MetadataFields appMetadata; // where a tenant key may be
    QString hash;            // as exported; never logged
    QString salt;            // Firebase
    QString hasher;          // Clerk's password_hasher
    bool disabled = false;   // Cognito Enabled=false
    QStringList notes;       // reader's remarks on the row (warnings)

    void clear() { *this = ProviderUser(); }
};

class UserMapper
{
public:
    UserMapper(Kind kind, Options options);

    // The canonical header of every record this mapper makes.
    const QStringList &header() const { return m_header; }

    // The hash parameters a Firebase export with hashes needs; nullopt with *error when
    // missing or incomplete (then the first row with a hash stops the reading).
    bool hasFirebaseConfig() const { return m_firebase.has_value(); }
    QString firebaseConfigProblem() const { return m_firebaseProblem; }
    // The parameters' values ("sk|ss|r|m"), for the side files' fingerprint; empty when none.
    QString firebaseConfigKey() const
    {
        return m_firebase ? m_firebase->signerKey + u'|' + m_firebase->saltSeparator + u'|' + QString::number(m_firebase->rounds)
                                + u'|' + QString::number(m_firebase->memCost)
                          : QString();
    }

    // Fills `fields` (header() order) and `notes` for `user`. Auth0: `user.hash` is what the
    // password export joined (empty when none); `joinMiss` says why there is none.
    void map(const ProviderUser &user, QStringList &fields, Model::RowNotes *notes, const QString &joinMiss = {}) const;

private:
    Model::PasswordFate passwordOf(const ProviderUser &user, QString &hash, QString &type, Model::RowNotes *notes,
                                   const QString &joinMiss) const;

    Kind m_kind;
    Options m_options;
    QStringList m_header;
    int m_orgColumn = -1;
    std::optional<FirebaseHashConfig> m_firebase;
    QString m_firebaseProblem;
};

// SHA-256 (hex) over the side files a reader used: the Auth0 password export's own SHA-256
// (empty: none) and the Firebase parameters' values; empty when there are none.
QString sideFilesFingerprint(const QString &auth0PasswordsSha256, const UserMapper &mapper);

// Model::Issue for a warning about the row (filled in further by the Validator).
Model::Issue rowWarning(const QString &rule, const QString &field, const QString &message);
Model::Issue rowError(const QString &rule, const QString &field, const QString &message);

} // namespace Source
