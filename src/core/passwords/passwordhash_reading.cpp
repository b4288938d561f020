// Reading password hashes: the helpers every format shares, and bcrypt, firebase-scrypt and
// ssha/ssha256 (the formats without the PHC string form; those are in passwordhash_phc.cpp).
#include "passwordhash_p.h"

using namespace Qt::StringLiterals;

namespace Passwords {

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

namespace {

bool isBcryptChar(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'.' || c == u'/';
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

} // namespace

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

} // namespace Passwords
