#include "valueprofile.h"

#include "headersynonyms.h"

#include <QtCore/QRegularExpression>
#include <QtCore/QSet>

using namespace Qt::StringLiterals;

namespace Model::ValueProfile {

namespace {

bool isEmail(QStringView v)
{
    static const QRegularExpression re(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    return re.match(v.toString()).hasMatch();
}

bool isFlag(const QString &lower)
{
    static const QSet<QString> flags = {
        u"true"_s, u"false"_s, u"yes"_s, u"no"_s, u"y"_s, u"n"_s, u"1"_s, u"0"_s, u"ja"_s, u"nein"_s, u"wahr"_s,
        u"falsch"_s, u"oui"_s, u"non"_s, u"vrai"_s, u"faux"_s, u"si"_s, u"verdadero"_s, u"falso"_s, u"vero"_s,
        u"waar"_s, u"onwaar"_s, u"nee"_s, u"sim"_s, u"nao"_s, u"x"_s, u"t"_s, u"f"_s,
    };
    return flags.contains(lower);
}

bool isUuid(QStringView v)
{
    static const QRegularExpression re(u"^[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}$"_s);
    return re.match(v.toString()).hasMatch();
}

// Digits with date, time or phone punctuation: "2024-01-31", "+49 30 1234567", "12:30".
bool isNumberLike(QStringView v)
{
    static const QRegularExpression re(u"^[+(]?[0-9][0-9 \\-/.:()+,]*$"_s);
    return re.match(v.toString()).hasMatch();
}

// One token without spaces, with a digit and a letter or separator: "A-00017", "auth0|5f1c",
// "cus_9s8d7f", "4f1c9a".
bool isToken(QStringView v)
{
    if (v.size() < 3 || v.contains(u' '))
        return false;
    bool digit = false, letter = false;
    for (const QChar c : v) {
        if (c.isDigit())
            digit = true;
        else if (c.isLetter())
            letter = true;
        else if (!QStringView(u"-_|:.#/").contains(c))
            return false;
    }
    return digit && letter;
}

// Letters, with the spaces, hyphens, apostrophes, dots, commas and ampersands of names.
bool isWords(QStringView v)
{
    bool letter = false;
    for (const QChar c : v) {
        if (c.isLetter() || c.category() == QChar::Mark_NonSpacing)
            letter = true;
        else if (!QStringView(u" -'’.,&").contains(c))
            return false;
    }
    return letter;
}

const QSet<QString> &organizationWords()
{
    static const QSet<QString> words = {
        u"inc"_s, u"incorporated"_s, u"ltd"_s, u"limited"_s, u"llc"_s, u"llp"_s, u"corp"_s, u"corporation"_s,
        u"co"_s, u"company"_s, u"plc"_s, u"gmbh"_s, u"ag"_s, u"kg"_s, u"ug"_s, u"se"_s, u"sa"_s, u"sarl"_s,
        u"sas"_s, u"sasu"_s, u"bv"_s, u"nv"_s, u"spa"_s, u"srl"_s, u"sl"_s, u"slu"_s, u"lda"_s, u"ltda"_s,
        u"oy"_s, u"ab"_s, u"as"_s, u"pty"_s, u"group"_s, u"gruppe"_s, u"groupe"_s, u"grupo"_s, u"gruppo"_s,
        u"holding"_s, u"holdings"_s, u"partners"_s, u"solutions"_s, u"systems"_s, u"technologies"_s,
        u"software"_s, u"labs"_s, u"bank"_s, u"university"_s, u"universitat"_s, u"universite"_s,
    };
    return words;
}

const QSet<QString> &roleWords()
{
    static const QSet<QString> words = {
        u"admin"_s, u"administrator"_s, u"member"_s, u"owner"_s, u"viewer"_s, u"editor"_s, u"user"_s,
        u"manager"_s, u"guest"_s, u"billing"_s, u"developer"_s, u"support"_s, u"readonly"_s, u"read-only"_s,
        u"superadmin"_s, u"super-admin"_s, u"contributor"_s, u"reader"_s, u"writer"_s, u"operator"_s,
        u"administrateur"_s, u"membre"_s, u"utilisateur"_s, u"lecteur"_s, u"proprietaire"_s, u"invite"_s,
        u"mitglied"_s, u"benutzer"_s, u"eigentumer"_s, u"leser"_s, u"gast"_s, u"miembro"_s, u"usuario"_s,
        u"propietario"_s, u"lector"_s, u"invitado"_s, u"membro"_s, u"utente"_s, u"proprietario"_s,
        u"amministratore"_s, u"ospite"_s, u"lid"_s, u"gebruiker"_s, u"beheerder"_s, u"eigenaar"_s,
        u"lezer"_s, u"usuario"_s, u"administrador"_s, u"convidado"_s, u"dono"_s,
    };
    return words;
}

bool hasOrganizationWord(const QString &value)
{
    const QStringList words = HeaderSynonyms::folded(value).split(QRegularExpression(u"[\\s,]+"_s), Qt::SkipEmptyParts);
    for (QString w : words) {
        w.remove(u'.');
        if (organizationWords().contains(w))
            return true;
    }
    return false;
}

bool isRoleList(const QString &value)
{
    // "admin", "admin;member", "Billing Admin" is not; slugs are one word each.
    const QStringList parts = HeaderSynonyms::folded(value).split(QRegularExpression(u"[;,|]\\s*"_s), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return false;
    for (const QString &p : parts)
        if (!roleWords().contains(p.trimmed()))
            return false;
    return true;
}

// A person's name: one to three words, each starting with a capital (or all lower case, as
// some exports write them), none longer than 25 letters.
bool isPersonName(const QString &value)
{
    const QStringList words = value.split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty() || words.size() > 3)
        return false;
    for (const QString &w : words) {
        if (w.size() > 25 || w.contains(u'&') || w.contains(u','))
            return false;
        if (!w.front().isLetter())
            return false;
    }
    return true;
}

bool headerSaysId(const QString &header)
{
    const QString h = HeaderSynonyms::normalized(header);
    return h == u"id"_s || h.endsWith(u"id"_s) || h.endsWith(u"nr"_s) || h.endsWith(u"no"_s) || h.endsWith(u"number"_s)
        || h.endsWith(u"nummer"_s) || h.endsWith(u"numero"_s) || h.endsWith(u"key"_s) || h.endsWith(u"code"_s)
        || h.startsWith(u"id"_s);
}

} // namespace

bool isWorkOsOrganizationId(QStringView value)
{
    static const QRegularExpression re(u"^org_[0-9A-Za-z]{10,}$"_s);
    return re.match(value.trimmed().toString()).hasMatch();
}

bool isWorkOsUserId(QStringView value)
{
    static const QRegularExpression re(u"^user_[0-9A-Za-z]{10,}$"_s);
    return re.match(value.trimmed().toString()).hasMatch();
}

QStringList columnValues(const QList<QStringList> &rows, int column)
{
    QStringList out;
    for (const QStringList &row : rows)
        if (column >= 0 && column < row.size())
            out.append(row[column]);
    return out;
}

ValueKind classify(const QStringList &values, const QString &headerHint)
{
    QStringList v;
    for (const QString &raw : values) {
        const QString t = raw.trimmed();
        if (!t.isEmpty())
            v.append(t);
    }
    if (v.isEmpty())
        return ValueKind::Empty;
    const qsizetype n = v.size();
    auto most = [n](qsizetype count) { return count * 10 >= n * 8; }; // 80% of the sample
    qsizetype emails = 0, orgIds = 0, userIds = 0, flags = 0, ids = 0, numbers = 0, words = 0, roles = 0,
              orgWords = 0, names = 0;
    QSet<QString> distinct;
    bool allLowerSingle = true;
    for (const QString &value : std::as_const(v)) {
        distinct.insert(value.toCaseFolded());
        const QString lower = HeaderSynonyms::folded(value);
        if (isEmail(value))
            ++emails;
        if (isWorkOsOrganizationId(value))
            ++orgIds;
        if (isWorkOsUserId(value))
            ++userIds;
        if (isFlag(lower))
            ++flags;
        if (isUuid(value) || isToken(value))
            ++ids;
        if (isNumberLike(value))
            ++numbers;
        const bool role = isRoleList(value);
        if (role)
            ++roles;
        if (isWords(value) || role) {
            ++words;
            if (hasOrganizationWord(value))
                ++orgWords;
            if (isPersonName(value))
                ++names;
            if (value.contains(u' ') || value != value.toLower())
                allLowerSingle = false;
        } else {
            allLowerSingle = false;
        }
    }
    if (most(emails))
        return ValueKind::Email;
    if (most(orgIds))
        return ValueKind::WorkOsOrganizationId;
    if (most(userIds))
        return ValueKind::WorkOsUserId;
    if (most(flags) && distinct.size() <= 3)
        return ValueKind::Flag;
    if (most(roles))
        return ValueKind::Role;
    if (most(ids))
        return ValueKind::Id;
    if (most(numbers))
        return headerSaysId(headerHint) && distinct.size() == n ? ValueKind::Id : ValueKind::Other;
    if (!most(words))
        return ValueKind::Other;
    if (orgWords * 10 >= n * 3)
        return ValueKind::OrganizationName;
    // The same few values over many rows: what people share (an organization, a role), not
    // what each person has.
    const bool repeated = n >= 4 && distinct.size() * 3 <= n;
    if (repeated)
        return allLowerSingle ? ValueKind::Role : ValueKind::OrganizationName;
    if (most(names))
        return ValueKind::PersonName;
    return ValueKind::Other;
}

QString describe(ValueKind kind)
{
    switch (kind) {
    case ValueKind::Empty: return u"is empty in the first rows"_s;
    case ValueKind::Email: return u"looks like email addresses"_s;
    case ValueKind::WorkOsOrganizationId: return u"looks like WorkOS organization ids (org_…)"_s;
    case ValueKind::WorkOsUserId: return u"looks like WorkOS user ids (user_…)"_s;
    case ValueKind::Flag: return u"looks like yes/no flags"_s;
    case ValueKind::Role: return u"looks like role names"_s;
    case ValueKind::OrganizationName: return u"looks like organization names"_s;
    case ValueKind::PersonName: return u"looks like people's names"_s;
    case ValueKind::Id: return u"looks like ids"_s;
    case ValueKind::Other: return u"holds other data"_s;
    }
    return {};
}

} // namespace Model::ValueProfile
