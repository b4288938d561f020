// Password hash formats: their names, the structure check and the verification (see
// passwordhash.h). Reading each format is in passwordhash_reading.cpp and passwordhash_phc.cpp,
// computing in passwordhash_verify.cpp.
#include "passwordhash_p.h"

using namespace Qt::StringLiterals;

namespace Passwords {

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
