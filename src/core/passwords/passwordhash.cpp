#include "passwordhash.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QList>

#include <argon2.h>
#include <crypt.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <memory>
#include <variant>

using namespace Qt::StringLiterals;

namespace Passwords {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Passwords", text);
}

// Limits that keep one verification within reason (the sandbox verifies on request): scrypt
// and argon2 memory at most 1 GiB, PBKDF2 at most 10,000,000 iterations.
constexpr quint64 MaxKdfMemory = quint64(1) << 30;
constexpr quint64 MaxPbkdf2Iterations = 10'000'000;

// ---- reading -------------------------------------------------------------------------------

// Base64 as exports write it: the standard alphabet, URL-safe (-_) and passlib's (.) letters,
// with or without padding. nullopt when it does not decode.
std::optional<QByteArray> decodeBase64(QStringView text)
{
    if (text.isEmpty())
        return QByteArray();
    QByteArray ascii;
    ascii.reserve(text.size() + 2);
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'+' || u == u'/')
            ascii.append(char(u));
        else if (u == u'-' || u == u'.')
            ascii.append('+');
        else if (u == u'_')
            ascii.append('/');
        else if (u == u'=')
            ascii.append('=');
        else
            return std::nullopt;
    }
    const qsizetype pad = ascii.indexOf('=');
    if (pad >= 0) {
        for (qsizetype i = pad; i < ascii.size(); ++i) {
            if (ascii[i] != '=')
                return std::nullopt;
        }
        if (ascii.size() % 4 != 0 || ascii.size() - pad > 2)
            return std::nullopt;
    } else {
        if (ascii.size() % 4 == 1)
            return std::nullopt;
        while (ascii.size() % 4 != 0)
            ascii.append('=');
    }
    auto result = QByteArray::fromBase64Encoding(ascii, QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return std::nullopt;
    return *result;
}

std::optional<quint64> parseNumber(QStringView text)
{
    if (text.isEmpty() || text.size() > 12)
        return std::nullopt;
    quint64 n = 0;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        n = n * 10 + (c.unicode() - u'0');
    }
    return n;
}

bool isBcryptChar(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'.' || c == u'/';
}

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

Problem problem(const char *rule, QString message)
{
    return Problem{QString::fromLatin1(rule), std::move(message)};
}

Problem base64Problem(const QString &part, const QString &typeName)
{
    return problem("password_hash.base64",
                   tr("The %1 part of this %2 hash is not valid base64, so it cannot be read. Export the hashes again "
                      "without changes (a spreadsheet can damage long values).")
                       .arg(part, typeName));
}

ParseResult parseBcrypt(QStringView hash, bool forVerify)
{
    const bool prefix = hash.size() >= 4 && hash[0] == u'$' && hash[1] == u'2'
        && (hash[2] == u'a' || hash[2] == u'b' || hash[2] == u'y') && hash[3] == u'$';
    if (!prefix || hash.size() < 7 || hash[6] != u'$' || !hash[4].isDigit() || !hash[5].isDigit())
        return problem("password_hash.bcrypt_shape",
                       tr("This is not a bcrypt hash: a bcrypt hash starts with $2a$, $2b$ or $2y$ and a two-digit cost, "
                          "for example $2b$10$."));
    for (qsizetype i = 7; i < hash.size(); ++i) {
        if (!isBcryptChar(hash[i].unicode()))
            return problem("password_hash.bcrypt_shape",
                           tr("This bcrypt hash holds a character bcrypt never writes (only letters, digits, . and / "
                              "follow the cost). Export the hashes again without changes."));
    }
    if (hash.size() != 60)
        return problem("password_hash.truncated",
                       tr("This bcrypt hash is %1 characters long; a bcrypt hash is exactly 60. It was cut off or has "
                          "something extra: export the hashes again without changes.").arg(hash.size()));
    const int cost = (hash[4].unicode() - u'0') * 10 + (hash[5].unicode() - u'0');
    if (cost < 4 || cost > 31)
        return problem("password_hash.bcrypt_cost",
                       tr("This bcrypt hash has cost %1; bcrypt costs go from 04 to 31, so no system made it. "
                          "Export the hashes again without changes.").arg(cost));
    Parsed p;
    p.type = HashType::Bcrypt;
    if (forVerify) // the file check of a million rows makes no copy
        p.encoded = hash.toLatin1();
    return p;
}

// firebase-scrypt: $firebase-scrypt$hash=..$salt=..$sk=..$ss=..$r=..$m=..
ParseResult parseFirebase(QStringView hash)
{
    const QString typeName = u"firebase-scrypt"_s;
    constexpr QStringView prefix = u"$firebase-scrypt$";
    if (!hash.startsWith(prefix))
        return problem("password_hash.firebase_parameters",
                       tr("A firebase-scrypt hash starts with $firebase-scrypt$ and carries the project's parameters: "
                          "$firebase-scrypt$hash=…$salt=…$sk=…$ss=…$r=…$m=…"));
    QStringView rest = hash.sliced(prefix.size());
    std::optional<QStringView> values[6];
    const QStringView names[6] = {u"hash", u"salt", u"sk", u"ss", u"r", u"m"};
    for (const QStringView part : rest.split(u'$')) {
        const qsizetype eq = part.indexOf(u'=');
        const QStringView key = eq < 0 ? part : part.first(eq);
        int index = -1;
        for (int i = 0; i < 6; ++i) {
            if (key == names[i])
                index = i;
        }
        if (index < 0 || eq < 0)
            return problem("password_hash.firebase_parameters",
                           tr("The firebase-scrypt hash has a part \"%1\" it cannot hold. It must read "
                              "$firebase-scrypt$hash=…$salt=…$sk=…$ss=…$r=…$m=…").arg(key.left(20).toString()));
        values[index] = part.sliced(eq + 1);
    }
    QStringList missing;
    const char *what[6] = {QT_TRANSLATE_NOOP("Passwords", "hash= (the user's hash)"),
                           QT_TRANSLATE_NOOP("Passwords", "salt= (the user's salt)"),
                           QT_TRANSLATE_NOOP("Passwords", "sk= (the project's signer key)"),
                           QT_TRANSLATE_NOOP("Passwords", "ss= (the project's salt separator)"),
                           QT_TRANSLATE_NOOP("Passwords", "r= (rounds)"),
                           QT_TRANSLATE_NOOP("Passwords", "m= (memory cost)")};
    for (int i = 0; i < 6; ++i) {
        if (!values[i] || (i != 3 && values[i]->isEmpty()))
            missing.append(tr(what[i]));
    }
    if (!missing.isEmpty())
        return problem("password_hash.firebase_parameters",
                       tr("The firebase-scrypt hash lacks %1. Without the project's parameters nobody can check the "
                          "password: take them from the Firebase console (Authentication → Users → ⋮ → Password hash "
                          "parameters).").arg(missing.join(u", "_s)));
    Parsed p;
    p.type = HashType::FirebaseScrypt;
    QByteArray *targets[4] = {&p.hash, &p.salt, &p.signerKey, &p.saltSeparator};
    const char *partNames[4] = {"hash=", "salt=", "sk=", "ss="};
    for (int i = 0; i < 4; ++i) {
        const auto decoded = decodeBase64(*values[i]);
        if (!decoded)
            return base64Problem(QString::fromLatin1(partNames[i]), typeName);
        *targets[i] = *decoded;
    }
    const auto rounds = parseNumber(*values[4]);
    const auto memCost = parseNumber(*values[5]);
    if (!rounds || !memCost || *rounds < 1 || *rounds > 255 || *memCost < 1 || *memCost > 20
        || 128 * *rounds * (quint64(1) << *memCost) > MaxKdfMemory)
        return problem("password_hash.firebase_parameters",
                       tr("The firebase-scrypt rounds (r=%1) or memory cost (m=%2) is not one Firebase uses (rounds "
                          "1 to 255, memory cost 1 to 20; Firebase projects show rounds 8 and mem_cost 14).")
                           .arg(values[4]->left(12).toString(), values[5]->left(12).toString()));
    p.r = *rounds;
    p.n = quint64(1) << *memCost;
    p.p = 1;
    if (p.signerKey.size() < 16)
        return problem("password_hash.firebase_parameters",
                       tr("The signer key (sk=) is %1 bytes; a Firebase signer key is 64. Copy base64_signer_key again "
                          "from the Firebase console.").arg(p.signerKey.size()));
    if (p.hash.size() != p.signerKey.size() && p.hash.size() != 32)
        return problem("password_hash.truncated",
                       tr("The hash= part is %1 bytes; a firebase-scrypt hash is as long as the signer key (%2 bytes). "
                          "It was cut off: export the users again.").arg(p.hash.size()).arg(p.signerKey.size()));
    return p;
}

// Splits "$id$params$salt$hash" (after the leading '$') into its four parts.
std::optional<QList<QStringView>> phcParts(QStringView hash, qsizetype count)
{
    if (!hash.startsWith(u'$'))
        return std::nullopt;
    QList<QStringView> parts = hash.sliced(1).split(u'$');
    if (parts.size() != count)
        return std::nullopt;
    return parts;
}

// "a=1,b=2" → values for the names asked; false when a name is unknown or repeated.
bool readParams(QStringView text, const QList<QStringView> &names, QList<std::optional<quint64>> &values)
{
    values = QList<std::optional<quint64>>(names.size());
    for (const QStringView item : text.split(u',')) {
        const qsizetype eq = item.indexOf(u'=');
        if (eq < 0)
            return false;
        const qsizetype index = names.indexOf(item.first(eq));
        if (index < 0 || values[index])
            return false;
        const auto n = parseNumber(item.sliced(eq + 1));
        if (!n)
            return false;
        values[index] = n;
    }
    return true;
}

ParseResult parseScrypt(QStringView hash)
{
    const QString typeName = u"scrypt"_s;
    const auto parts = phcParts(hash, 4);
    const Problem shape = problem("password_hash.scrypt_parameters",
                                  tr("This is not an scrypt hash as WorkOS reads it: $scrypt$ln=<cost>,r=<block size>,p=<parallelism>$<salt>$<hash> "
                                     "(the PHC format), for example $scrypt$ln=15,r=8,p=1$…$…"));
    if (!parts || (*parts)[0] != u"scrypt")
        return shape;
    QList<std::optional<quint64>> v;
    if (!readParams((*parts)[1], {u"ln", u"n", u"r", u"p"}, v) || (!v[0] && !v[1]) || (v[0] && v[1]) || !v[2] || !v[3])
        return problem("password_hash.scrypt_parameters",
                       tr("The scrypt hash does not carry its parameters as ln=<cost>,r=<block size>,p=<parallelism>; "
                          "without them it cannot be checked."));
    Parsed p;
    p.type = HashType::Scrypt;
    if (v[0]) {
        if (*v[0] < 1 || *v[0] > 30)
            return problem("password_hash.scrypt_parameters", tr("The scrypt cost ln=%1 is out of range (1 to 30).").arg(*v[0]));
        p.n = quint64(1) << *v[0];
    } else {
        p.n = *v[1];
        if (p.n < 2 || (p.n & (p.n - 1)) != 0)
            return problem("password_hash.scrypt_parameters", tr("The scrypt cost n=%1 is not a power of two.").arg(p.n));
    }
    p.r = *v[2];
    p.p = *v[3];
    if (p.r < 1 || p.p < 1 || p.r * p.p >= (quint64(1) << 30) || 128 * p.r * (p.n + p.p) > MaxKdfMemory)
        return problem("password_hash.scrypt_parameters",
                       tr("The scrypt parameters r=%1, p=%2 with N=%3 are out of range (at most 1 GiB of memory).")
                           .arg(p.r).arg(p.p).arg(p.n));
    const auto salt = decodeBase64((*parts)[2]);
    if (!salt)
        return base64Problem(tr("salt"), typeName);
    const auto digest = decodeBase64((*parts)[3]);
    if (!digest)
        return base64Problem(tr("hash"), typeName);
    if (digest->size() < 16)
        return problem("password_hash.truncated",
                       tr("The scrypt hash part is only %1 bytes (at least 16 expected): it was cut off.").arg(digest->size()));
    p.salt = *salt;
    p.hash = *digest;
    return p;
}

ParseResult parsePbkdf2(QStringView hash)
{
    const QString typeName = u"pbkdf2"_s;
    const auto parts = phcParts(hash, 4);
    const Problem shape = problem("password_hash.pbkdf2_parameters",
                                  tr("This is not a PBKDF2 hash as WorkOS reads it: $pbkdf2-sha256$i=<iterations>$<salt>$<hash> "
                                     "(also -sha1 and -sha512)."));
    if (!parts)
        return shape;
    Parsed p;
    p.type = HashType::Pbkdf2;
    const QStringView id = (*parts)[0];
    if (id == u"pbkdf2" || id == u"pbkdf2-sha1")
        p.digest = EVP_sha1();
    else if (id == u"pbkdf2-sha256")
        p.digest = EVP_sha256();
    else if (id == u"pbkdf2-sha512")
        p.digest = EVP_sha512();
    else
        return shape;
    std::optional<quint64> length;
    if (const auto plain = parseNumber((*parts)[1])) {
        p.iterations = *plain; // passlib: $pbkdf2-sha256$29000$salt$hash
    } else {
        QList<std::optional<quint64>> v;
        if (!readParams((*parts)[1], {u"i", u"l"}, v) || !v[0])
            return problem("password_hash.pbkdf2_parameters",
                           tr("The PBKDF2 hash does not say its iteration count (i=<iterations>); without it it cannot be checked."));
        p.iterations = *v[0];
        length = v[1];
    }
    if (p.iterations < 1 || p.iterations > MaxPbkdf2Iterations)
        return problem("password_hash.pbkdf2_parameters",
                       tr("The PBKDF2 iteration count %1 is out of range (1 to 10,000,000).").arg(p.iterations));
    const auto salt = decodeBase64((*parts)[2]);
    if (!salt)
        return base64Problem(tr("salt"), typeName);
    const auto digest = decodeBase64((*parts)[3]);
    if (!digest)
        return base64Problem(tr("hash"), typeName);
    if (digest->size() < 16 || (length && quint64(digest->size()) != *length))
        return problem("password_hash.truncated",
                       length ? tr("The PBKDF2 hash part is %1 bytes but the hash says l=%2: it was cut off.").arg(digest->size()).arg(*length)
                              : tr("The PBKDF2 hash part is only %1 bytes (at least 16 expected): it was cut off.").arg(digest->size()));
    p.salt = *salt;
    p.hash = *digest;
    return p;
}

ParseResult parseArgon2(QStringView hash, bool forVerify)
{
    const QString typeName = u"argon2"_s;
    if (!hash.startsWith(u"$argon2"))
        return problem("password_hash.argon2_parameters",
                       tr("This is not an argon2 hash: it starts with $argon2id$, $argon2i$ or $argon2d$, then "
                          "v=19$m=…,t=…,p=…$<salt>$<hash>."));
    QList<QStringView> parts = hash.sliced(1).split(u'$');
    Parsed p;
    p.type = HashType::Argon2;
    const QStringView variant = parts.value(0);
    if (variant == u"argon2id")
        p.argon2 = Argon2_id;
    else if (variant == u"argon2i")
        p.argon2 = Argon2_i;
    else if (variant == u"argon2d")
        p.argon2 = Argon2_d;
    else
        return problem("password_hash.argon2_parameters",
                       tr("\"%1\" is not an argon2 variant WorkOS reads (argon2id, argon2i, argon2d).").arg(variant.left(20).toString()));
    if (parts.size() >= 2 && parts[1].startsWith(u"v=")) {
        if (parts[1] != u"v=19" && parts[1] != u"v=16")
            return problem("password_hash.argon2_parameters",
                           tr("The argon2 version %1 is not one argon2 has (v=19 or v=16).").arg(parts[1].left(12).toString()));
        parts.removeAt(1);
    }
    QList<std::optional<quint64>> v;
    if (parts.size() != 4 || !readParams(parts[1], {u"m", u"t", u"p"}, v) || !v[0] || !v[1] || !v[2])
        return problem("password_hash.argon2_parameters",
                       tr("The argon2 hash does not carry its parameters: after the variant it needs m=<memory>,t=<passes>,p=<lanes>, "
                          "then the salt and the hash ($argon2id$v=19$m=65536,t=3,p=4$<salt>$<hash>). Export the full hash."));
    const quint64 m = *v[0], t = *v[1], lanes = *v[2];
    if (lanes < 1 || lanes > 255 || t < 1 || t > 1000 || m < 8 * lanes || m * 1024 > MaxKdfMemory)
        return problem("password_hash.argon2_parameters",
                       tr("The argon2 parameters m=%1,t=%2,p=%3 are out of range (p 1 to 255, t 1 to 1000, m from 8×p KiB to 1 GiB).")
                           .arg(m).arg(t).arg(lanes));
    const auto salt = decodeBase64(parts[2]);
    if (!salt)
        return base64Problem(tr("salt"), typeName);
    const auto digest = decodeBase64(parts[3]);
    if (!digest)
        return base64Problem(tr("hash"), typeName);
    if (salt->size() < 8)
        return problem("password_hash.argon2_parameters", tr("The argon2 salt is %1 bytes; argon2 needs at least 8.").arg(salt->size()));
    if (digest->size() < 4)
        return problem("password_hash.truncated", tr("The argon2 hash part is %1 bytes: it was cut off.").arg(digest->size()));
    if (forVerify)
        p.encoded = hash.toLatin1();
    return p;
}

ParseResult parseSsha(HashType type, QStringView hash)
{
    const bool sha256 = type == HashType::Ssha256;
    const QString typeName = sha256 ? u"ssha256"_s : u"ssha"_s;
    QStringView body = hash;
    if (body.startsWith(u'{')) {
        const qsizetype close = body.indexOf(u'}');
        const QStringView scheme = close < 0 ? QStringView() : body.sliced(1, close - 1);
        const QStringView expected = sha256 ? u"SSHA256" : u"SSHA";
        if (scheme.compare(expected, Qt::CaseInsensitive) != 0)
            return problem("password_hash.ssha_shape",
                           tr("The hash starts with {%1} but its type is %2, which is written {%3}<base64>.")
                               .arg(scheme.left(20).toString(), typeName, expected.toString()));
        body = body.sliced(close + 1);
    }
    const auto blob = decodeBase64(body);
    if (!blob || blob->isEmpty())
        return blob ? problem("password_hash.ssha_shape", tr("The %1 hash is empty after its {…} prefix.").arg(typeName))
                    : base64Problem(tr("hash"), typeName);
    const qsizetype digestSize = sha256 ? 32 : 20;
    if (blob->size() <= digestSize)
        return problem("password_hash.truncated",
                       tr("The %1 hash holds %2 bytes: the %3-byte digest and no salt after it. It was cut off, or it is "
                          "an unsalted hash WorkOS cannot take.").arg(typeName).arg(blob->size()).arg(digestSize));
    Parsed p;
    p.type = type;
    p.hash = blob->first(digestSize);
    p.salt = blob->sliced(digestSize);
    p.digest = sha256 ? EVP_sha256() : EVP_sha1();
    return p;
}

// `forVerify`: keep what verification needs (the file check only wants the verdict).
ParseResult parse(HashType type, QStringView hash, bool forVerify)
{
    if (const auto named = hashTypeFromPrefix(hash); named && *named != type)
        return problem("password_hash.type_mismatch",
                       tr("The password_hash is written as a %1 hash, but its password_hash_type says %2. Set the type "
                          "to %1.").arg(hashTypeName(*named), hashTypeName(type)));
    switch (type) {
    case HashType::Bcrypt: return parseBcrypt(hash, forVerify);
    case HashType::FirebaseScrypt: return parseFirebase(hash);
    case HashType::Scrypt: return parseScrypt(hash);
    case HashType::Pbkdf2: return parsePbkdf2(hash);
    case HashType::Argon2: return parseArgon2(hash, forVerify);
    case HashType::Ssha:
    case HashType::Ssha256: return parseSsha(type, hash);
    }
    return problem("password_hash.type_unknown", tr("Unknown hash type."));
}

// ---- computing (library primitives only) -----------------------------------------------------

bool equalBytes(const QByteArray &a, const QByteArray &b)
{
    return a.size() == b.size() && CRYPTO_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

// scrypt (RFC 7914) through OpenSSL. nullopt when OpenSSL refuses (memory).
std::optional<QByteArray> scrypt(const QByteArray &password, const QByteArray &salt, quint64 n, quint64 r, quint64 p, qsizetype length)
{
    QByteArray key(length, Qt::Uninitialized);
    const quint64 needed = 128 * r * (n + p + 2);
    const quint64 maxMemory = needed + (quint64(64) << 20);
    if (EVP_PBE_scrypt(password.constData(), size_t(password.size()), reinterpret_cast<const unsigned char *>(salt.constData()),
                       size_t(salt.size()), n, r, p, maxMemory, reinterpret_cast<unsigned char *>(key.data()), size_t(length))
        != 1)
        return std::nullopt;
    return key;
}

struct CipherContext {
    void operator()(EVP_CIPHER_CTX *c) const { EVP_CIPHER_CTX_free(c); }
};
struct DigestContext {
    void operator()(EVP_MD_CTX *c) const { EVP_MD_CTX_free(c); }
};

// Firebase's construction (firebase/scrypt, scryptenc_buf): the first 32 bytes of
// scrypt(password, salt + separator, N, r, p=1) key AES-256-CTR with a zero counter block,
// which encrypts the signer key.
std::optional<QByteArray> firebaseHash(const QByteArray &password, const Parsed &p, const QByteArray &separator)
{
    auto key = scrypt(password, p.salt + separator, p.n, p.r, 1, 32);
    if (!key)
        return std::nullopt;
    std::unique_ptr<EVP_CIPHER_CTX, CipherContext> ctx(EVP_CIPHER_CTX_new());
    const unsigned char iv[16] = {};
    QByteArray out(p.signerKey.size() + 16, Qt::Uninitialized);
    int written = 0, last = 0;
    const bool ok = ctx
        && EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_ctr(), nullptr, reinterpret_cast<const unsigned char *>(key->constData()), iv) == 1
        && EVP_EncryptUpdate(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &written,
                             reinterpret_cast<const unsigned char *>(p.signerKey.constData()), int(p.signerKey.size())) == 1
        && EVP_EncryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char *>(out.data()) + written, &last) == 1;
    wipe(*key);
    if (!ok)
        return std::nullopt;
    out.truncate(written + last);
    return out;
}

std::optional<QByteArray> saltedDigest(const QByteArray &password, const Parsed &p, SaltPosition position)
{
    std::unique_ptr<EVP_MD_CTX, DigestContext> ctx(EVP_MD_CTX_new());
    QByteArray out(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int length = 0;
    const QByteArray &first = position == SaltPosition::Prefix ? p.salt : password;
    const QByteArray &second = position == SaltPosition::Prefix ? password : p.salt;
    if (!ctx || EVP_DigestInit_ex(ctx.get(), p.digest, nullptr) != 1
        || EVP_DigestUpdate(ctx.get(), first.constData(), size_t(first.size())) != 1
        || EVP_DigestUpdate(ctx.get(), second.constData(), size_t(second.size())) != 1
        || EVP_DigestFinal_ex(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &length) != 1)
        return std::nullopt;
    out.truncate(length);
    return out;
}

Verification result(Verdict verdict, const char *rule, QString message)
{
    return Verification{verdict, QString::fromLatin1(rule), std::move(message)};
}

Verification matched()
{
    return result(Verdict::Match, "password.match", tr("This password matches its hash."));
}

Verification mismatched()
{
    return result(Verdict::Mismatch, "password.mismatch",
                  tr("This password does not match its hash. Either it is not this account's current password, or the "
                     "hash in the file is not the one the old system keeps for this account (check the export)."));
}

Verification failed()
{
    return result(Verdict::Failed, "password.check_failed",
                  tr("The check could not run (the computer refused the memory the hash needs). Nothing is known about "
                     "the password yet: close other programs and check again."));
}

Verification verifyParsed(const Parsed &p, const QByteArray &password, SaltPosition position)
{
    switch (p.type) {
    case HashType::Bcrypt: {
        auto data = std::make_unique<crypt_data>();
        OPENSSL_cleanse(data.get(), sizeof(crypt_data));
        const char *out = crypt_rn(password.constData(), p.encoded.constData(), data.get(), int(sizeof(crypt_data)));
        Verification v = failed();
        if (out) {
            const QByteArray computed(out);
            v = equalBytes(computed, p.encoded) ? matched() : mismatched();
        }
        OPENSSL_cleanse(data.get(), sizeof(crypt_data));
        return v;
    }
    case HashType::Argon2: {
        const int rc = argon2_verify(p.encoded.constData(), password.constData(), size_t(password.size()), p.argon2);
        if (rc == ARGON2_OK)
            return matched();
        if (rc == ARGON2_VERIFY_MISMATCH)
            return mismatched();
        if (rc == ARGON2_MEMORY_ALLOCATION_ERROR)
            return failed();
        return result(Verdict::Malformed, "password_hash.argon2_parameters",
                      tr("libargon2 cannot read this argon2 hash (%1). Export the full hash again.")
                          .arg(QString::fromLatin1(argon2_error_message(rc))));
    }
    case HashType::Scrypt:
    case HashType::Pbkdf2: {
        QByteArray computed;
        if (p.type == HashType::Scrypt) {
            auto key = scrypt(password, p.salt, p.n, p.r, p.p, p.hash.size());
            if (!key)
                return failed();
            computed = std::move(*key);
        } else {
            computed = QByteArray(p.hash.size(), Qt::Uninitialized);
            if (PKCS5_PBKDF2_HMAC(password.constData(), int(password.size()), reinterpret_cast<const unsigned char *>(p.salt.constData()),
                                  int(p.salt.size()), int(p.iterations), p.digest, int(computed.size()),
                                  reinterpret_cast<unsigned char *>(computed.data()))
                != 1)
                return failed();
        }
        const bool same = equalBytes(computed, p.hash);
        wipe(computed);
        return same ? matched() : mismatched();
    }
    case HashType::FirebaseScrypt: {
        auto computed = firebaseHash(password, p, p.saltSeparator);
        if (!computed)
            return failed();
        const bool same = equalBytes(computed->first(p.hash.size()), p.hash);
        if (same)
            return matched();
        // Firebase projects almost all use the separator 0x07 ("Bw=="); a different one in the
        // file is the usual slip (copied from another project, or left out).
        const QByteArray usual("\x07", 1);
        if (p.saltSeparator != usual) {
            if (const auto retry = firebaseHash(password, p, usual); retry && equalBytes(retry->first(p.hash.size()), p.hash))
                return result(Verdict::Mismatch, "password.firebase_salt_separator",
                              tr("The salt separator is wrong: this password matches with Firebase's usual salt separator "
                                 "(Bw==), not with the ss= in the file. Copy base64_salt_separator again from the Firebase "
                                 "console (Authentication → Users → ⋮ → Password hash parameters)."));
        }
        return result(Verdict::Mismatch, "password.firebase_mismatch",
                      tr("This password does not match with the Firebase parameters in the file. Either it is not this "
                         "account's password, or the signer key (sk=), salt separator (ss=), rounds (r=) or memory cost "
                         "(m=) are not this Firebase project's: copy them again from the Firebase console "
                         "(Authentication → Users → ⋮ → Password hash parameters)."));
    }
    case HashType::Ssha:
    case HashType::Ssha256: {
        const auto computed = saltedDigest(password, p, position);
        if (!computed)
            return failed();
        if (equalBytes(*computed, p.hash))
            return matched();
        const SaltPosition other = position == SaltPosition::Suffix ? SaltPosition::Prefix : SaltPosition::Suffix;
        if (const auto retry = saltedDigest(password, p, other); retry && equalBytes(*retry, p.hash))
            return result(Verdict::Mismatch, "password.salt_position",
                          tr("The salt position is wrong: this password matches when the salt goes %1 the password "
                             "(password_salt_position %2), but the hash is read with %3. Set password_salt_position to %2.")
                              .arg(other == SaltPosition::Prefix ? tr("before") : tr("after"), saltPositionName(other),
                                   saltPositionName(position)));
        return mismatched();
    }
    }
    return failed();
}

} // namespace

std::optional<HashType> hashTypeFromName(QStringView name)
{
    const QStringView t = name.trimmed();
    const std::pair<QStringView, HashType> known[] = {
        {u"bcrypt", HashType::Bcrypt}, {u"firebase-scrypt", HashType::FirebaseScrypt}, {u"scrypt", HashType::Scrypt},
        {u"pbkdf2", HashType::Pbkdf2}, {u"argon2", HashType::Argon2},                  {u"ssha", HashType::Ssha},
        {u"ssha256", HashType::Ssha256}};
    for (const auto &[text, type] : known) {
        if (t.compare(text, Qt::CaseInsensitive) == 0)
            return type;
    }
    return std::nullopt;
}

QString hashTypeName(HashType type)
{
    switch (type) {
    case HashType::Bcrypt: return u"bcrypt"_s;
    case HashType::FirebaseScrypt: return u"firebase-scrypt"_s;
    case HashType::Scrypt: return u"scrypt"_s;
    case HashType::Pbkdf2: return u"pbkdf2"_s;
    case HashType::Argon2: return u"argon2"_s;
    case HashType::Ssha: return u"ssha"_s;
    case HashType::Ssha256: return u"ssha256"_s;
    }
    return {};
}

std::optional<SaltPosition> saltPositionFromName(QStringView name)
{
    const QStringView t = name.trimmed();
    if (t.compare(u"suffix", Qt::CaseInsensitive) == 0)
        return SaltPosition::Suffix;
    if (t.compare(u"prefix", Qt::CaseInsensitive) == 0)
        return SaltPosition::Prefix;
    return std::nullopt;
}

QString saltPositionName(SaltPosition position)
{
    return position == SaltPosition::Prefix ? u"prefix"_s : u"suffix"_s;
}

std::optional<HashType> hashTypeFromPrefix(QStringView hash)
{
    if (hash.size() >= 4 && hash.startsWith(u"$2") && (hash[2] == u'a' || hash[2] == u'b' || hash[2] == u'y') && hash[3] == u'$')
        return HashType::Bcrypt;
    if (hash.startsWith(u"$argon2i$") || hash.startsWith(u"$argon2d$") || hash.startsWith(u"$argon2id$"))
        return HashType::Argon2;
    if (hash.startsWith(u"$firebase-scrypt$"))
        return HashType::FirebaseScrypt;
    if (hash.startsWith(u"$scrypt$"))
        return HashType::Scrypt;
    if (hash.startsWith(u"$pbkdf2$") || hash.startsWith(u"$pbkdf2-"))
        return HashType::Pbkdf2;
    if (hash.startsWith(u"{SSHA256}", Qt::CaseInsensitive))
        return HashType::Ssha256;
    if (hash.startsWith(u"{SSHA}", Qt::CaseInsensitive))
        return HashType::Ssha;
    return std::nullopt;
}

Problem checkStructure(HashType type, QStringView hash)
{
    ParseResult parsed = parse(type, hash.trimmed(), false);
    if (auto *p = std::get_if<Problem>(&parsed))
        return *p;
    return {};
}

Verification verify(HashType type, QStringView hash, SecretBytes password, SaltPosition position)
{
    ParseResult parsed = parse(type, hash.trimmed(), true);
    if (auto *p = std::get_if<Problem>(&parsed))
        return Verification{Verdict::Malformed, p->rule, p->message};
    Verification v = verifyParsed(std::get<Parsed>(parsed), password.bytes(), position);
    password.clear();
    return v;
}

} // namespace Passwords
