// The row rules: the public helpers (dispositions, email problems, booleans, hash and slug
// shapes) and checkRow(). The rules themselves are in rowrules_row.cpp, their text helpers and
// fast paths in rowrules_text.cpp.
#include "rowrules_p.h"

#include <passwords/passwordhash.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonParseError>

using namespace Qt::StringLiterals;

namespace Model {

QString dispositionId(Disposition disposition)
{
    switch (disposition) {
    case Disposition::Import: return u"import"_s;
    case Disposition::SkipDuplicate: return u"skip_duplicate"_s;
    case Disposition::Invalid: return u"invalid"_s;
    }
    return {};
}

bool RowResult::hasErrors() const
{
    for (const Issue &i : issues) {
        if (i.severity == Severity::Error)
            return true;
    }
    return false;
}

QString emailProblemText(EmailProblem p, QStringView email)
{
    switch (p) {
    case EmailProblem::None:
    case EmailProblem::Empty:
        break;
    case EmailProblem::NoAt: return QCoreApplication::translate("Model::RowRules", "it has no @");
    case EmailProblem::SeveralAt: return QCoreApplication::translate("Model::RowRules", "it has more than one @");
    case EmailProblem::Whitespace: return QCoreApplication::translate("Model::RowRules", "it contains a space or an invisible character");
    case EmailProblem::NotAscii: {
        QString first;
        for (qsizetype i = 0; i < email.size() && first.isEmpty(); ++i) {
            if (email[i].unicode() >= 0x80)
                first = email[i].isHighSurrogate() && i + 1 < email.size() ? email.sliced(i, 2).toString() : QString(email[i]);
        }
        return QCoreApplication::translate("Model::RowRules", "it contains \"%1\", and WorkOS accepts only ASCII letters, digits and !#$%&'*+/=?^_`{|}~-. in an email "
               "(a domain with accents must be written in its xn-- form)").arg(first);
    }
    case EmailProblem::EmptyLocalPart: return QCoreApplication::translate("Model::RowRules", "there is nothing before the @");
    case EmailProblem::EmptyDomain: return QCoreApplication::translate("Model::RowRules", "there is nothing after the @");
    case EmailProblem::TooLong: return QCoreApplication::translate("Model::RowRules", "it is longer than 320 characters");
    case EmailProblem::LocalPartTooLong: return QCoreApplication::translate("Model::RowRules", "the part before the @ is longer than 64 characters");
    case EmailProblem::LocalPartDots: return QCoreApplication::translate("Model::RowRules", "the part before the @ starts or ends with a dot, or has two dots in a row");
    case EmailProblem::LocalPartCharacter:
        return QCoreApplication::translate("Model::RowRules", "the part before the @ holds a character an address cannot hold unquoted (only letters, digits and !#$%&'*+/=?^_`{|}~-. are allowed)");
    case EmailProblem::NoDotInDomain: return QCoreApplication::translate("Model::RowRules", "the part after the @ has no dot (a domain looks like example.com)");
    case EmailProblem::EmptyDomainLabel: return QCoreApplication::translate("Model::RowRules", "the part after the @ has two dots in a row, or starts or ends with a dot");
    case EmailProblem::DomainCharacter: return QCoreApplication::translate("Model::RowRules", "the part after the @ may hold only letters, digits, hyphens and dots");
    case EmailProblem::DomainLabelHyphen: return QCoreApplication::translate("Model::RowRules", "a part of the domain starts or ends with a hyphen");
    case EmailProblem::DomainTooLong: return QCoreApplication::translate("Model::RowRules", "the domain is too long (at most 63 characters between dots, 253 in all)");
    case EmailProblem::TopLevelDomain: return QCoreApplication::translate("Model::RowRules", "the domain does not end in a real top-level domain (like .com or .de)");
    }
    return {};
}

std::optional<bool> parseBoolean(QStringView text, bool *ok)
{
    *ok = true;
    const QStringView t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    for (const QLatin1StringView word : {"true"_L1, "yes"_L1, "y"_L1, "1"_L1}) {
        if (t.compare(word, Qt::CaseInsensitive) == 0)
            return true;
    }
    for (const QLatin1StringView word : {"false"_L1, "no"_L1, "n"_L1, "0"_L1}) {
        if (t.compare(word, Qt::CaseInsensitive) == 0)
            return false;
    }
    *ok = false;
    return std::nullopt;
}

namespace {

// bcrypt's base64 alphabet: ./A-Za-z0-9.
struct BcryptAlphabet {
    bool table[128] = {};
    constexpr BcryptAlphabet()
    {
        for (char c = 'a'; c <= 'z'; ++c)
            table[int(c)] = true;
        for (char c = 'A'; c <= 'Z'; ++c)
            table[int(c)] = true;
        for (char c = '0'; c <= '9'; ++c)
            table[int(c)] = true;
        table[int('.')] = table[int('/')] = true;
    }
};
constexpr BcryptAlphabet Bcrypt64;

inline bool isBcryptChar(char16_t c)
{
    return c < 128 && Bcrypt64.table[c];
}

inline bool isSlugChar(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_' || c == u'-';
}

} // namespace

bool isBcryptShaped(QStringView hash)
{
    // $2a$ / $2b$ / $2y$, a two-digit cost, '$', then 22 characters of salt and 31 of hash in
    // bcrypt's base64 alphabet: 60 characters.
    if (hash.size() != 60)
        return false;
    const char16_t *h = hash.utf16();
    if (h[0] != u'$' || h[1] != u'2' || (h[2] != u'a' && h[2] != u'b' && h[2] != u'y') || h[3] != u'$'
        || h[4] < u'0' || h[4] > u'9' || h[5] < u'0' || h[5] > u'9' || h[6] != u'$')
        return false;
    bool ok = true;
    for (int i = 7; i < 60; ++i)
        ok &= isBcryptChar(h[i]);
    return ok;
}

QString passwordHashTypeFromShape(QStringView hash)
{
    if (isBcryptShaped(hash))
        return u"bcrypt"_s;
    for (const auto prefix : {u"$argon2id$", u"$argon2i$", u"$argon2d$"}) {
        if (hash.startsWith(QStringView(prefix)) && hash.size() > QStringView(prefix).size() + 8)
            return u"argon2"_s;
    }
    return {};
}

bool isKnownPasswordHashType(QStringView type)
{
    for (const QLatin1StringView known : {"bcrypt"_L1, "firebase-scrypt"_L1, "ssha"_L1, "ssha256"_L1, "scrypt"_L1, "pbkdf2"_L1, "argon2"_L1}) {
        if (type.compare(known, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool isValidRoleSlug(QStringView slug)
{
    if (slug.isEmpty())
        return false;
    for (const QChar ch : slug) {
        if (!isSlugChar(ch.unicode()))
            return false;
    }
    return true;
}

RowResult checkRow(const Schema &schema, const Csv::Record &record, RowDetail detail)
{
    RowResult result;
    RowRulesDetail::RowBuilder(schema, record, detail, result).run();
    return result;
}

} // namespace Model
