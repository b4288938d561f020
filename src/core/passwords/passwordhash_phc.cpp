// Reading the password hashes in the PHC string form ($id$params$salt$hash): scrypt, PBKDF2
// (and passlib's variant) and argon2.
#include "passwordhash_p.h"

using namespace Qt::StringLiterals;

namespace Passwords {

namespace {

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

} // namespace

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

} // namespace Passwords
