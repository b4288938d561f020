#pragma once
// Private to the password hash sources (passwordhash*.cpp): a hash read into its parts, the
// reading helpers every format shares, and the two steps behind the public functions: parse()
// (passwordhash_reading.cpp, passwordhash_phc.cpp) and verifyParsed() (passwordhash_verify.cpp).
// Not part of the library's API; include it only from those files. Everything stays in
// namespace Passwords, the translation context of its messages.

#include "passwordhash.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QList>

#include <argon2.h>
#include <openssl/evp.h>

#include <optional>
#include <variant>

namespace Passwords {

inline QString tr(const char *text)
{
    return QCoreApplication::translate("Passwords", text);
}

// Limits that keep one verification within reason (the sandbox verifies on request): scrypt
// and argon2 memory at most 1 GiB, PBKDF2 at most 10,000,000 iterations.
constexpr quint64 MaxKdfMemory = quint64(1) << 30;
constexpr quint64 MaxPbkdf2Iterations = 10'000'000;

struct Parsed {
    HashType type = HashType::Bcrypt;
    QByteArray encoded; // bcrypt and argon2: the whole string, for the library
    QByteArray hash;
    QByteArray salt;
    QByteArray signerKey;     // firebase-scrypt
    QByteArray saltSeparator; // firebase-scrypt
    quint64 n = 0;            // scrypt N
    quint64 r = 0;
    quint64 p = 0;
    quint64 iterations = 0; // pbkdf2
    const EVP_MD *digest = nullptr;
    argon2_type argon2 = Argon2_id;
};

using ParseResult = std::variant<Parsed, Problem>;

Problem problem(const char *rule, QString message);
Problem base64Problem(const QString &part, const QString &typeName);

// Base64 as exports write it: the standard alphabet, URL-safe (-_) and passlib's (.) letters,
// with or without padding. nullopt when it does not decode.
std::optional<QByteArray> decodeBase64(QStringView text);
std::optional<quint64> parseNumber(QStringView text);

// The formats in the PHC string form (passwordhash_phc.cpp); the others are read in
// passwordhash_reading.cpp.
ParseResult parseScrypt(QStringView hash);
ParseResult parsePbkdf2(QStringView hash);
ParseResult parseArgon2(QStringView hash, bool forVerify);

// `hash` read as `type`: its parts, or the structure problem. `forVerify`: keep what
// verification needs (the file check only wants the verdict).
ParseResult parse(HashType type, QStringView hash, bool forVerify);
// The password checked against a parsed hash with the libraries' primitives.
Verification verifyParsed(const Parsed &p, const QByteArray &password, SaltPosition position);

} // namespace Passwords
