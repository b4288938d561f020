#include "firebasehash.h"

#include <QtCore/QByteArray>
#include <QtCore/QCoreApplication>
#include <QtCore/QRegularExpression>
#include <QtCore/QStringBuilder>
#include <QtCore/QStringList>

using namespace Qt::StringLiterals;

namespace Source {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Source::FirebaseHashConfig", text);
}
}

std::optional<QString> normalizedBase64(QStringView text)
{
    // One pass: the URL-safe letters mapped, the padding taken off, then checked (letters of
    // the alphabet only, a length that base64 can have) and the padding put back. That is
    // exactly what decodes, so nothing is decoded here (this runs for every Firebase user).
    text = text.trimmed();
    while (text.endsWith(u'='))
        text.chop(1);
    if (text.size() % 4 == 1)
        return std::nullopt;
    QString s(text.size() + (4 - text.size() % 4) % 4, u'=');
    char16_t *out = reinterpret_cast<char16_t *>(s.data());
    for (qsizetype i = 0; i < text.size(); ++i) {
        char16_t u = text[i].unicode();
        if (u == '-')
            u = '+';
        else if (u == '_')
            u = '/';
        else if (!((u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '+' || u == '/'))
            return std::nullopt;
        out[i] = u;
    }
    return s;
}

std::optional<FirebaseHashConfig> FirebaseHashConfig::parse(const QString &text, QString *error)
{
    // key: value or "key": "value", separated by commas, newlines or braces.
    static const QRegularExpression pair(uR"re("?([A-Za-z0-9_]+)"?\s*[:=]\s*"?([^,\s"{}]*)"?)re"_s);
    QString signerKey, saltSeparator, rounds, memCost, algorithm;
    bool haveSeparator = false;
    for (auto it = pair.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        QString key = m.captured(1).toLower();
        key.remove(u'_');
        const QString value = m.captured(2);
        if (key == u"base64signerkey"_s || key == u"signerkey"_s)
            signerKey = value;
        else if (key == u"base64saltseparator"_s || key == u"saltseparator"_s) {
            saltSeparator = value;
            haveSeparator = true;
        } else if (key == u"rounds"_s)
            rounds = value;
        else if (key == u"memcost"_s || key == u"memorycost"_s)
            memCost = value;
        else if (key == u"algorithm"_s)
            algorithm = value;
    }
    QStringList missing;
    if (signerKey.isEmpty())
        missing.append(u"base64_signer_key"_s);
    if (!haveSeparator)
        missing.append(u"base64_salt_separator"_s);
    if (rounds.isEmpty())
        missing.append(u"rounds"_s);
    if (memCost.isEmpty())
        missing.append(u"mem_cost"_s);
    if (!missing.isEmpty()) {
        *error = tr("The Firebase hash parameters are incomplete: %1 missing. Copy all of them from the Firebase console "
                    "(Authentication, Users, the menu above the table, Password hash parameters).")
                     .arg(missing.join(u", "_s));
        return std::nullopt;
    }
    if (!algorithm.isEmpty() && algorithm.compare(u"SCRYPT"_s, Qt::CaseInsensitive) != 0) {
        *error = tr("The Firebase hash parameters name the algorithm %1; Firebase exports SCRYPT hashes, and only those "
                    "can be converted. Copy the parameters of the project the users were exported from.")
                     .arg(algorithm);
        return std::nullopt;
    }
    FirebaseHashConfig c;
    const auto sk = normalizedBase64(signerKey);
    const auto ss = normalizedBase64(saltSeparator);
    if (!sk || sk->isEmpty()) {
        *error = tr("The Firebase base64_signer_key is not base64. Copy it again from the Firebase console.");
        return std::nullopt;
    }
    if (!ss) {
        *error = tr("The Firebase base64_salt_separator is not base64. Copy it again from the Firebase console.");
        return std::nullopt;
    }
    bool okR = false, okM = false;
    c.rounds = rounds.toInt(&okR);
    c.memCost = memCost.toInt(&okM);
    // Firebase's scrypt: rounds 1-8, mem_cost 1-14 (what the console can show).
    if (!okR || c.rounds < 1 || c.rounds > 8) {
        *error = tr("The Firebase rounds must be a whole number from 1 to 8 (got \"%1\").").arg(rounds);
        return std::nullopt;
    }
    if (!okM || c.memCost < 1 || c.memCost > 14) {
        *error = tr("The Firebase mem_cost must be a whole number from 1 to 14 (got \"%1\").").arg(memCost);
        return std::nullopt;
    }
    c.signerKey = *sk;
    c.saltSeparator = *ss;
    return c;
}

std::optional<QString> FirebaseHashConfig::convert(QStringView passwordHash, QStringView salt, QString *error) const
{
    const auto hash = normalizedBase64(passwordHash);
    if (!hash || hash->isEmpty()) {
        *error = tr("The Firebase passwordHash is not base64, so it cannot be converted. Export the users again.");
        return std::nullopt;
    }
    const auto s = normalizedBase64(salt);
    if (!s || s->isEmpty()) {
        *error = tr("The Firebase salt is missing or not base64, so the hash cannot be converted. Export the users again.");
        return std::nullopt;
    }
    return QString(u"$firebase-scrypt$hash="_s % *hash % u"$salt="_s % *s % u"$sk="_s % signerKey % u"$ss="_s % saltSeparator
                   % u"$r="_s % QString::number(rounds) % u"$m="_s % QString::number(memCost));
}

} // namespace Source
