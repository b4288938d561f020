#pragma once
// The one email rule of the program: which addresses WorkOS takes as a user's email.
//
// WorkOS's API reference declares the user's `email` as JSON Schema `"format": "email"`, which
// is RFC 5321's ASCII mailbox (`idn-email` would be the internationalised one): a dot-atom local
// part (ASCII letters, digits and !#$%&'*+/=?^_`{|}~- , dots only between characters) and a
// domain of ASCII letter/digit/hyphen labels. So `marie.garcía@example.com` is refused, and a
// domain with accents must be written in its punycode (xn--) form. Lengths as RFC 5321: the
// local part at most 64 characters, each domain label at most 63, the domain at most 253, the
// whole address at most 320. The domain needs two labels, and its last one (the top-level
// domain) at least two characters and a letter.
//
// Header-only on purpose: the validator (rowrules.cpp) and workos-sandbox, which does not link
// migration_core, include this same file, so the file check and the rehearsal server can never
// disagree. Pure functions; any thread.

#include <QtCore/QChar>
#include <QtCore/QStringView>

namespace Model {

enum class EmailProblem {
    None,
    Empty,
    NoAt,
    SeveralAt,
    Whitespace,         // a space or a control/invisible character
    NotAscii,           // a character above U+007F (an accent, a non-Latin letter)
    EmptyLocalPart,
    EmptyDomain,
    TooLong,            // more than 320 characters
    LocalPartTooLong,   // more than 64 characters before the @
    LocalPartDots,      // a dot first, last or twice in a row before the @
    LocalPartCharacter, // a character a dot-atom cannot hold ( " ( ) , : ; < > [ \ ] )
    NoDotInDomain,
    EmptyDomainLabel,   // two dots in a row, or a dot first or last after the @
    DomainCharacter,    // after the @ only letters, digits, hyphens and dots
    DomainLabelHyphen,  // a domain label starting or ending with a hyphen
    DomainTooLong,      // a label over 63 characters or a domain over 253
    TopLevelDomain,     // the last label shorter than 2 characters or all digits
};

// The first problem of a trimmed email, or EmailProblem::None when WorkOS accepts it.
inline EmailProblem checkEmailSyntax(QStringView email)
{
    constexpr qsizetype MaxLength = 320, MaxLocal = 64, MaxDomain = 253, MaxLabel = 63;
    if (email.isEmpty())
        return EmailProblem::Empty;
    qsizetype at = -1;
    bool severalAt = false, notAscii = false;
    for (qsizetype i = 0; i < email.size(); ++i) {
        const char16_t c = email[i].unicode();
        if (c <= 0x20 || c == 0x7F || (c >= 0x80 && c <= 0xA0) || c == 0xAD || (c >= 0x2000 && c <= 0x200F)
            || (c >= 0x2028 && c <= 0x202F) || c == 0x205F || c == 0xFEFF || QChar::isSpace(char32_t(c)))
            return EmailProblem::Whitespace;
        if (c >= 0x80)
            notAscii = true;
        if (c == u'@') {
            severalAt |= at >= 0;
            at = i;
        }
    }
    if (at < 0)
        return EmailProblem::NoAt;
    if (severalAt)
        return EmailProblem::SeveralAt;
    if (notAscii)
        return EmailProblem::NotAscii;
    if (at == 0)
        return EmailProblem::EmptyLocalPart;
    if (at == email.size() - 1)
        return EmailProblem::EmptyDomain;
    if (email.size() > MaxLength)
        return EmailProblem::TooLong;

    const QStringView local = email.first(at);
    if (local.size() > MaxLocal)
        return EmailProblem::LocalPartTooLong;
    auto isAlnum = [](char16_t c) { return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9'); };
    constexpr char16_t atextSpecials[] = u"!#$%&'*+/=?^_`{|}~-";
    for (qsizetype i = 0; i < local.size(); ++i) {
        const char16_t c = local[i].unicode();
        if (c == u'.') {
            if (i == 0 || i == local.size() - 1 || local[i - 1] == u'.')
                return EmailProblem::LocalPartDots;
            continue;
        }
        bool special = false;
        for (const char16_t s : atextSpecials)
            special |= s != 0 && s == c;
        if (!isAlnum(c) && !special)
            return EmailProblem::LocalPartCharacter;
    }

    const QStringView domain = email.sliced(at + 1);
    qsizetype labelStart = 0, labels = 0;
    for (qsizetype i = 0; i <= domain.size(); ++i) {
        if (i < domain.size() && domain[i] != u'.') {
            const char16_t c = domain[i].unicode();
            if (!isAlnum(c) && c != u'-')
                return EmailProblem::DomainCharacter;
            continue;
        }
        const QStringView label = domain.sliced(labelStart, i - labelStart);
        if (label.isEmpty())
            return EmailProblem::EmptyDomainLabel;
        if (label.front() == u'-' || label.back() == u'-')
            return EmailProblem::DomainLabelHyphen;
        if (label.size() > MaxLabel)
            return EmailProblem::DomainTooLong;
        ++labels;
        labelStart = i + 1;
    }
    if (labels < 2)
        return EmailProblem::NoDotInDomain;
    if (domain.size() > MaxDomain)
        return EmailProblem::DomainTooLong;
    const QStringView tld = domain.sliced(domain.lastIndexOf(u'.') + 1);
    bool letter = false;
    for (const QChar c : tld)
        letter |= !c.isDigit();
    if (tld.size() < 2 || !letter)
        return EmailProblem::TopLevelDomain;
    return EmailProblem::None;
}

} // namespace Model
