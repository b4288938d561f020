#pragma once
// KnownPasswordCheck: before anything is written, proves one known password against the hash
// its account has in the file, read exactly as the import reads the file (the same FileScan,
// column mapping and row rules, so the same UserRow: the hash and type the import would send)
// and checked as WorkOS checks it (Passwords::verify). A person names their own test account
// and types its password; the answer says whether users with that hash type will sign in with
// their old passwords, or what is wrong.
//
// The password is a Passwords::SecretBytes: it stays in memory for the check and is wiped when
// the check returns; nothing here stores, logs or reports it. run() blocks (it reads the whole
// file and runs one key derivation): call it from a worker thread (the wizard: QtConcurrent) or
// from the command line's main thread.

#include "model/columnmapping.h"
#include "model/orgref.h"

#include <passwords/passwordhash.h>
#include <source/sourceoptions.h>

#include <QtCore/QString>

#include <atomic>

namespace Engine {

struct KnownPasswordRequest {
    QString csvPath;
    Model::ColumnMapping mapping;
    Model::OrgRef singleOrg; // as the import is asked (a file without organization columns)
    // Which export the file is and what reading it needs (--source, --firebase-hash-config,
    // --auth0-passwords; JobSettings::source): the row is converted exactly as the import
    // converts it, so a Firebase or Auth0 hash is checked in the form WorkOS receives.
    Source::Options source;
    QString email;           // the account whose password the person knows
    // ssha/ssha256 only: where the salt goes (the CSV has no column for it yet).
    Passwords::SaltPosition saltPosition = Passwords::SaltPosition::Suffix;
};

struct KnownPasswordResult {
    enum class Outcome {
        Match,         // the password matches the row's hash (or its plain-text password)
        Mismatch,      // it does not; `message` says the likely reason or the wrong parameter
        MalformedHash, // the row's hash cannot be read as its type (a file check error)
        NoPassword,    // the row has no password and no hash: the user will need a reset
        NoSuchEmail,   // no row of the file has this email
        FileProblem,   // the file cannot be read (`message` says why)
        Failed,        // the check could not run (memory); says nothing about the password
    };
    Outcome outcome = Outcome::Failed;
    QString rule;      // password.match, password.mismatch, password_hash.*, file.*, ...
    QString message;   // what was found, in plain words (never the password or the hash)
    QString hashType;  // the row's password_hash_type ("bcrypt"), "password" for a plain one
    qint64 line = 0;   // the row's physical line in the file
    qint64 rowsWithSameType = 0; // rows of the file whose hash has the same type (this one included)

    bool matches() const { return outcome == Outcome::Match; }
    // One sentence for the person: "This password matches its hash: users with bcrypt hashes
    // from this file (1,204) will sign in with their old passwords." or what is wrong.
    QString summary() const;
};

KnownPasswordResult checkKnownPassword(const KnownPasswordRequest &request, Passwords::SecretBytes password,
                                       const std::atomic_bool *cancel = nullptr);

} // namespace Engine
