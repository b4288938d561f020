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

namespace EmailRuleDetail {
// Classes of the ASCII characters, one table lookup per character (the check runs on every row).
enum : unsigned char { Space = 1, Atext = 2, Ldh = 4 };
struct AsciiClasses {
    unsigned char c[128] = {};
    constexpr AsciiClasses()
    {
        for (int i = 0; i <= 0x20; ++i)
            c[i] = Space;
        c[0x7F] = Space;
        for (int i = 'a'; i <= 'z'; ++i)
            c[i] = Atext | Ldh;
        for (int i = 'A'; i <= 'Z'; ++i)
            c[i] = Atext | Ldh;
        for (int i = '0'; i <= '9'; ++i)
            c[i] = Atext | Ldh;
        for (const char s : "!#$%&'*+/=?^_`{|}~-")
            if (s)
                c[int(s)] |= Atext;
        c[int('-')] |= Ldh;
    }
};
inline constexpr AsciiClasses Ascii;

inline bool invisible(char16_t c) // above ASCII: a space, a control or a zero-width/format character
{
    return c <= 0xA0 || c == 0xAD || (c >= 0x2000 && c <= 0x200F) || (c >= 0x2028 && c <= 0x202F) || c == 0x205F
        || c == 0xFEFF || QChar::isSpace(char32_t(c));
}
} // namespace EmailRuleDetail

// The first problem of a trimmed email, or EmailProblem::None when WorkOS accepts it.
inline EmailProblem checkEmailSyntax(QStringView email)
{
    using namespace EmailRuleDetail;
    constexpr qsizetype MaxLength = 320, MaxLocal = 64, MaxDomain = 253, MaxLabel = 63;
    if (email.isEmpty())
        return EmailProblem::Empty;
    qsizetype at = -1;
    bool severalAt = false, notAscii = false;
    const char16_t *p = email.utf16();
    const qsizetype n = email.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = p[i];
        if (c < 0x80) {
            if (Ascii.c[c] & Space)
                return EmailProblem::Whitespace;
            if (c == u'@') {
                severalAt |= at >= 0;
                at = i;
            }
        } else {
            if (invisible(c))
                return EmailProblem::Whitespace;
            notAscii = true;
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
    if (at == n - 1)
        return EmailProblem::EmptyDomain;
    if (n > MaxLength)
        return EmailProblem::TooLong;

    // From here on every character is ASCII.
    if (at > MaxLocal)
        return EmailProblem::LocalPartTooLong;
    for (qsizetype i = 0; i < at; ++i) {
        const char16_t c = p[i];
        if (c == u'.') {
            if (i == 0 || i == at - 1 || p[i - 1] == u'.')
                return EmailProblem::LocalPartDots;
        } else if (!(Ascii.c[c] & Atext)) {
            return EmailProblem::LocalPartCharacter;
        }
    }

    const qsizetype domainStart = at + 1;
    qsizetype labelStart = domainStart, labels = 0, lastLabel = domainStart;
    for (qsizetype i = domainStart; i <= n; ++i) {
        if (i < n && p[i] != u'.') {
            if (!(Ascii.c[p[i]] & Ldh))
                return EmailProblem::DomainCharacter;
            continue;
        }
        const qsizetype length = i - labelStart;
        if (length == 0)
            return EmailProblem::EmptyDomainLabel;
        if (p[labelStart] == u'-' || p[i - 1] == u'-')
            return EmailProblem::DomainLabelHyphen;
        if (length > MaxLabel)
            return EmailProblem::DomainTooLong;
        ++labels;
        lastLabel = labelStart;
        labelStart = i + 1;
    }
    if (labels < 2)
        return EmailProblem::NoDotInDomain;
    if (n - domainStart > MaxDomain)
        return EmailProblem::DomainTooLong;
    bool letter = false;
    for (qsizetype i = lastLabel; i < n; ++i)
        letter |= p[i] < u'0' || p[i] > u'9';
    if (n - lastLabel < 2 || !letter)
        return EmailProblem::TopLevelDomain;
    return EmailProblem::None;
}

} // namespace Model
