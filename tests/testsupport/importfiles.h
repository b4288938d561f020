#pragma once
// The files the tests write and read back: any bytes, and the CSV files the import tests feed
// the engine, workos-import and the wizard, each with what it should leave on the server: a
// multi-organization file whose people appear in several chunks and letter cases (with or
// without passwords), and a file that takes seconds to plan.
//
// Header-only, for test executables.

#include <QtCore/QByteArray>
#include <QtCore/QFile>
#include <QtCore/QList>
#include <QtCore/QString>

#include <algorithm>
#include <set>
#include <utility>

namespace TestSupport {

// Writes `bytes` to `path`, replacing what was there; the test ends (qFatal) when it cannot.
inline void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

// A CSV of `count` users user<first>..user<first+count-1>@example.com, one row each, under `header`.
inline QByteArray usersCsv(int first, int count, const QByteArray &header = "email,first_name,last_name")
{
    QByteArray out = header + "\n";
    for (int i = first; i < first + count; ++i)
        out += "user" + QByteArray::number(i) + "@example.com,First" + QByteArray::number(i) + ",Last\n";
    return out;
}

// What `path` holds (empty when it cannot be read).
inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The users, organizations and memberships a file should leave on the server.
struct ExpectedImport {
    std::set<QString> emails;                      // lower case
    std::set<std::pair<QString, QString>> members; // (email lower case, org external id)
    std::set<QString> orgs;                        // external ids
    int validRows = 0;
    int invalidRows = 0;
    QList<QByteArray> secrets; // password and hash values in the file: must never come back out
};

// A bcrypt-shaped hash (60 characters, bcrypt's alphabet) that is unique to `n`.
inline QByteArray fakeBcryptHash(int n)
{
    QByteArray tail = "Zq8SecretHash" + QByteArray::number(n) + "x";
    while (tail.size() < 53)
        tail += 'k';
    return "$2b$10$" + tail.left(53);
}

// Writes a multi-organization CSV: every person belongs to one to three organizations, each
// membership on its own row; the rows of one person are `people` rows apart (so they land in
// different chunks, claimed by different workers) and spell the email in another letter case.
// Every `invalidEvery`-th row (0: none) has an invalid email. Some users have a bcrypt hash,
// some a plain password; each value is unique and listed in `secrets`.
// With `secrets` false, the file has no password columns at all.
inline ExpectedImport writeMultiOrgCsv(const QString &path, int people, int orgs, int invalidEvery = 0, bool secrets = true)
{
    ExpectedImport e;
    QByteArray out = secrets ? "email,password,password_hash,password_hash_type,first_name,last_name,org_external_id,org_name,role_slugs\n"
                             : "email,first_name,last_name,org_external_id,org_name,role_slugs\n";
    int line = 0;
    for (int round = 0; round < 3; ++round) {
        for (int p = 0; p < people; ++p) {
            if (round > 0 && (p + round) % 3 == 0)
                continue; // not everyone belongs to three organizations
            ++line;
            QString email = QStringLiteral("person%1@example.com").arg(p);
            if (round == 1)
                email = email.toUpper();
            else if (round == 2)
                email[0] = QLatin1Char('P');
            const QByteArray org = "acme-" + QByteArray::number((p + round * 7) % orgs);
            if (invalidEvery > 0 && line % invalidEvery == 0) {
                out += QByteArray(secrets ? "not-an-email,,,,F" : "not-an-email,F") + QByteArray::number(p) + ",X," + org
                    + ",Acme,member\n";
                ++e.invalidRows;
                continue;
            }
            // Every row of a person carries the same secret, as an export would:
            // ",password,password_hash,password_hash_type" when the file has these columns.
            QByteArray secretColumns;
            if (secrets && p % 4 == 0) {
                const QByteArray password = "Pw-Zq8Secret-" + QByteArray::number(p) + "!";
                secretColumns = "," + password + ",,";
                if (round == 0)
                    e.secrets.append(password);
            } else if (secrets) {
                const QByteArray hash = fakeBcryptHash(p);
                secretColumns = ",," + hash + ",bcrypt";
                if (round == 0)
                    e.secrets.append(hash);
            }
            out += email.toUtf8() + secretColumns + ",First" + QByteArray::number(p) + ",Last," + org + ",Acme " + org
                + "," + (p % 5 == 0 ? "admin" : "member") + "\n";
            ++e.validRows;
            e.emails.insert(email.toLower());
            e.members.insert({email.toLower(), QString::fromUtf8(org)});
            e.orgs.insert(QString::fromUtf8(org));
        }
    }
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(out) != out.size())
        qFatal("cannot write %s", qPrintable(path));
    return e;
}

// A file that takes seconds to plan (every invalid row is recorded in the job store while the
// file is planned): `valid` good rows (`tag`N@example.com, in the organization `tag`-org)
// spread among `invalid` rows with a bad email. Returns the emails of the valid rows.
inline std::set<QString> writeSlowToPlanCsv(const QString &path, int valid, int invalid, const QString &tag)
{
    std::set<QString> emails;
    const QByteArray org = tag.toUtf8() + "-org," + tag.left(1).toUpper().toUtf8() + tag.mid(1).toUtf8() + " Org,member\n";
    QByteArray out = "email,first_name,last_name,org_external_id,org_name,role_slugs\n";
    const int total = valid + invalid;
    const int every = std::max(1, total / std::max(1, valid));
    int made = 0;
    for (int i = 0; i < total; ++i) {
        if (made < valid && i % every == 0) {
            const QString email = QStringLiteral("%1%2@example.com").arg(tag).arg(i);
            out += email.toUtf8() + ",Slow,Planner," + org;
            emails.insert(email);
            ++made;
        } else {
            out += "not-an-email-" + QByteArray::number(i) + ",Bad,Row," + org;
        }
    }
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(out) != out.size())
        qFatal("cannot write %s", qPrintable(path));
    return emails;
}

} // namespace TestSupport
