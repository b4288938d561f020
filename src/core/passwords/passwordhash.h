#pragma once
// The password hash formats WorkOS accepts (password_hash_type bcrypt, firebase-scrypt, scrypt,
// pbkdf2, argon2, ssha, ssha256), read the way WorkOS reads them: a structure check that needs
// no password (the file check's row errors: a bcrypt string of the wrong length or cost, an
// argon2 string without its parameters, base64 that does not decode, a firebase-scrypt hash
// without its signer key), and the verification of one known password (check-password, the
// wizard's "Check a known password", and workos-sandbox's sign-in).
//
// The formats (docs/passwords.md):
//   bcrypt           $2a$|$2b$|$2y$ + two-digit cost 04..31 + 53 characters (60 in all)
//   firebase-scrypt  $firebase-scrypt$hash=<b64>$salt=<b64>$sk=<b64>$ss=<b64>$r=<rounds>$m=<mem_cost>
//                    Firebase's modified scrypt: scrypt(password, salt+ss, N=2^m, r, p=1) is the
//                    AES-256-CTR key (zero IV) that encrypts the signer key; the result is the hash.
//   scrypt           $scrypt$ln=<log2 N>,r=<r>,p=<p>$<salt b64>$<hash b64>  (PHC; n=<N> also read)
//   pbkdf2           $pbkdf2-sha256$i=<iterations>[,l=<length>]$<salt b64>$<hash b64>  (PHC;
//                    -sha1, -sha512, plain $pbkdf2$ = SHA-1, and passlib's $pbkdf2-sha256$<i>$… too)
//   argon2           $argon2id|$argon2i|$argon2d$[v=19$]m=<KiB>,t=<passes>,p=<lanes>$<salt>$<hash>
//   ssha / ssha256   {SSHA}<b64> / {SSHA256}<b64> (or the bare base64): SHA-1 / SHA-256 digest
//                    followed by the salt; the salt goes after the password when hashing
//                    (password_salt_position suffix, the LDAP rule) or before it (prefix).
//
// Every primitive comes from a library (libxcrypt, libargon2, OpenSSL 3); nothing here computes
// a hash by hand. Pure functions; any thread. The password is wiped when verify() returns.

#include "secretbytes.h"

#include <QtCore/QString>

#include <optional>

namespace Passwords {

enum class HashType { Bcrypt, FirebaseScrypt, Scrypt, Pbkdf2, Argon2, Ssha, Ssha256 };
enum class SaltPosition { Suffix, Prefix };

// "bcrypt", "firebase-scrypt", ... (case-insensitive); nullopt for a name WorkOS does not take.
std::optional<HashType> hashTypeFromName(QStringView name);
QString hashTypeName(HashType type);
// "suffix", "prefix" (case-insensitive); empty text is nullopt.
std::optional<SaltPosition> saltPositionFromName(QStringView name);
QString saltPositionName(SaltPosition position);
// The type a hash's own prefix names ($2b$ → bcrypt, $argon2id$ → argon2, {SSHA} → ssha, ...),
// or nullopt when it names none.
std::optional<HashType> hashTypeFromPrefix(QStringView hash);

// What is wrong with a hash, as a row issue: a stable rule id and a sentence saying what and
// what to do. A null Problem: nothing wrong.
struct Problem {
    QString rule;
    QString message;
    bool isNull() const { return rule.isEmpty(); }
};

// The structure and parameters of `hash` read as `type`; no password needed, cheap (no key
// derivation). Rules: password_hash.type_mismatch, .bcrypt_shape, .bcrypt_cost, .base64,
// .truncated, .argon2_parameters, .firebase_parameters, .scrypt_parameters, .pbkdf2_parameters,
// .ssha_shape.
Problem checkStructure(HashType type, QStringView hash);

enum class Verdict {
    Match,     // the password is the one the hash was made from
    Mismatch,  // it is not (message: the likely reasons, or the parameter that is wrong)
    Malformed, // the hash cannot be read as its type (rule/message: the structure problem)
    Failed,    // the check could not run (out of memory): says nothing about the password
};

struct Verification {
    Verdict verdict = Verdict::Failed;
    // password.match, password.mismatch, password.firebase_mismatch,
    // password.firebase_salt_separator, password.salt_position, or a structure rule.
    QString rule;
    QString message;
    bool matches() const { return verdict == Verdict::Match; }
};

// Checks `password` against `hash` read as `type`, exactly as WorkOS reads it (`position`
// only matters for ssha and ssha256). The password's bytes are wiped before this returns.
// On a mismatch it tries the one likely slip of each format (the other salt position;
// Firebase's usual salt separator) so the message can name the wrong parameter.
Verification verify(HashType type, QStringView hash, SecretBytes password, SaltPosition position = SaltPosition::Suffix);

} // namespace Passwords
