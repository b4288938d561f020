// gen_users_csv: writes a realistic multi-organization users CSV for benchmarks and soak tests.
//
//   gen_users_csv --rows N --orgs K --out FILE [--seed S] [--invalid-rate P]
//
// About 190 bytes per row: email, first/last name, a bcrypt-shaped hash and its type,
// email_verified, external_id, a small metadata JSON object, org_external_id + org_name and
// role_slugs. About a fifth of the rows repeat an earlier user for another organization (a
// membership, not a duplicate); a share P (default 0.001) of rows is deliberately invalid in
// one of several ways. The same seed always writes the same file.

#include <QtCore/QByteArray>
#include <QtCore/QCoreApplication>
#include <QtCore/QFile>
#include <QtCore/QStringList>

#include <cstdio>
#include <cstdlib>
#include <random>

namespace {

const char *const FirstNames[] = {"James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David",
                                  "Elizabeth", "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas",
                                  "Sarah", "Chloé", "José", "Zoë", "Łukasz", "Ana", "Mohammed", "Wei", "Yuki", "Priya"};
const char *const LastNames[] = {"Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez",
                                 "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor",
                                 "Moore", "Jackson", "Martin", "Müller", "O'Brien", "Nguyen", "Kowalski", "Tanaka"};
const char *const Domains[] = {"example.com", "example.org", "mail.example.net", "corp.example.io", "example.co.uk"};
const char *const Departments[] = {"sales", "engineering", "support", "finance", "legal", "marketing", "ops"};
const char *const Roles[] = {"member", "member", "member", "admin", "\"admin,member\"", "billing-manager"};
const char Base64[] = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

template<typename T, size_t N>
constexpr size_t count(T (&)[N]) { return N; }

struct User {
    quint64 index;
    int org; // home organization
};

// Everything about a user derives from its index, so repeats of a user carry the same fields.
void appendUserFields(QByteArray &out, quint64 index, quint64 seed)
{
    std::mt19937_64 rng(seed * 0x9e3779b97f4a7c15ULL + index);
    const char *first = FirstNames[rng() % count(FirstNames)];
    const char *last = LastNames[rng() % count(LastNames)];
    const char *domain = Domains[rng() % count(Domains)];
    QByteArray local = QByteArray(first).toLower() + '.' + QByteArray(last).toLower().replace('\'', "") + '.' + QByteArray::number(index);
    // Keep the local part ASCII, as most exports do.
    for (char &c : local)
        if (static_cast<unsigned char>(c) >= 0x80)
            c = 'x';
    out += local + '@' + domain + ',';
    out += first;
    out += ',';
    out += last;
    out += ",$2b$10$";
    for (int i = 0; i < 53; ++i)
        out += Base64[rng() % 64];
    out += ",bcrypt,";
    out += (rng() % 10) < 8 ? "true" : "false";
    out += ",ext-" + QByteArray::number(index) + ',';
    out += "\"{\"\"dept\"\":\"\"" + QByteArray(Departments[rng() % count(Departments)]) + "\"\"}\",";
}

void appendMembership(QByteArray &out, int org, std::mt19937_64 &rng)
{
    out += "org-" + QByteArray::number(org) + ",Org " + QByteArray::number(org) + " Ltd,";
    out += Roles[rng() % count(Roles)];
    out += "\r\n";
}

// One of several ways a row can be wrong; each is caught by a different rule.
void appendInvalidRow(QByteArray &out, quint64 index, int org, std::mt19937_64 &rng)
{
    QByteArray row;
    appendUserFields(row, index, rng());
    switch (rng() % 6) {
    case 0: // email without @
        row.replace(row.indexOf('@'), 1, " at ");
        break;
    case 1: // hash type missing
        row.replace(",bcrypt,", ",,");
        break;
    case 2: // not a bcrypt hash
        row.replace(",$2b$10$", ",$2b$1x$");
        break;
    case 3: // metadata that is not JSON
        row.replace("\"{\"\"dept\"\"", "\"{dept\"\"");
        break;
    case 4: // email_verified nonsense is only a warning; make the role slug invalid instead
        out += row;
        out += "org-" + QByteArray::number(org) + ",Organization " + QByteArray::number(org) + " Ltd,Admin!\r\n";
        return;
    default: // external_id too long
        row.insert(row.indexOf(",ext-") + 5, QByteArray(130, 'x'));
        break;
    }
    out += row;
    appendMembership(out, org, rng);
}

int usage(const char *message)
{
    std::fprintf(stderr, "gen_users_csv: %s\nUsage: gen_users_csv --rows N --orgs K --out FILE [--seed S] [--invalid-rate P]\n", message);
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    qint64 rows = -1;
    int orgs = -1;
    QString out;
    quint64 seed = 1;
    double invalidRate = 0.001;
    for (int i = 1; i < args.size(); ++i) {
        const QString a = args[i];
        const QString v = args.value(i + 1);
        bool ok = true;
        if (a == QLatin1StringView("--rows"))
            rows = v.toLongLong(&ok), ++i;
        else if (a == QLatin1StringView("--orgs"))
            orgs = v.toInt(&ok), ++i;
        else if (a == QLatin1StringView("--out"))
            out = v, ++i;
        else if (a == QLatin1StringView("--seed"))
            seed = v.toULongLong(&ok), ++i;
        else if (a == QLatin1StringView("--invalid-rate"))
            invalidRate = v.toDouble(&ok), ++i;
        else
            return usage("unknown option");
        if (!ok)
            return usage("bad number");
    }
    if (rows < 0 || orgs < 1 || out.isEmpty() || invalidRate < 0 || invalidRate > 1)
        return usage("--rows, --orgs and --out are required");

    QFile file(out);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return usage("cannot write the output file");

    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    QByteArray buffer;
    buffer.reserve(1 << 20);
    buffer += "email,first_name,last_name,password_hash,password_hash_type,email_verified,external_id,metadata,"
              "org_external_id,org_name,role_slugs\r\n";
    // Users are numbered in order; a repeat takes a recent user (exports are roughly grouped)
    // and gives them another organization.
    quint64 nextUser = 0;
    qint64 invalid = 0, repeats = 0;
    for (qint64 r = 0; r < rows; ++r) {
        const double p = unit(rng);
        if (p < invalidRate) {
            appendInvalidRow(buffer, 1'000'000'000'000ULL + quint64(r), int(rng() % quint64(orgs)), rng);
            ++invalid;
        } else if (p < invalidRate + 0.2 && nextUser > 0) {
            const quint64 back = 1 + rng() % std::min<quint64>(nextUser, 2000);
            const quint64 user = nextUser - back;
            const int homeOrg = int(user % quint64(orgs));
            const int org = orgs > 1 ? int((quint64(homeOrg) + 1 + rng() % quint64(orgs - 1)) % quint64(orgs)) : homeOrg;
            appendUserFields(buffer, user, seed);
            appendMembership(buffer, org, rng);
            ++repeats;
        } else {
            const quint64 user = nextUser++;
            appendUserFields(buffer, user, seed);
            appendMembership(buffer, int(user % quint64(orgs)), rng);
        }
        if (buffer.size() > (1 << 20) - 4096) {
            if (file.write(buffer) != buffer.size())
                return usage("writing failed");
            buffer.clear();
        }
    }
    if (file.write(buffer) != buffer.size() || !file.flush())
        return usage("writing failed");
    std::fprintf(stderr, "gen_users_csv: %lld rows (%llu users, %lld extra memberships, %lld invalid), %lld bytes\n",
                 static_cast<long long>(rows), static_cast<unsigned long long>(nextUser), static_cast<long long>(repeats),
                 static_cast<long long>(invalid), static_cast<long long>(file.size()));
    return 0;
}
