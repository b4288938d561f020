#include "headersynonyms.h"

#include <QtCore/QHash>

using namespace Qt::StringLiterals;

namespace Model::HeaderSynonyms {

namespace {

struct Synonym {
    const char *key; // normalized
    Field field;
};

// Ordered by strength within a field: the rank of a synonym is its position among the
// synonyms of its field. Keys are normalized(): lower case letters and digits only.
constexpr Synonym Table[] = {
    // Email: Excel/Sheets, Okta ("Primary email"), Clerk, Entra ("Mail", "User principal name").
    {"email", Field::Email},
    {"emailaddress", Field::Email},
    {"mail", Field::Email},
    {"primaryemail", Field::Email},
    {"primaryemailaddress", Field::Email},
    {"useremail", Field::Email},
    {"workemail", Field::Email},
    {"emailid", Field::Email},
    {"login", Field::Email},
    {"userprincipalname", Field::Email},
    {"upn", Field::Email},
    // First name: Excel, Auth0/Cognito given_name, Okta/Entra givenName.
    {"firstname", Field::FirstName},
    {"givenname", Field::FirstName},
    {"first", Field::FirstName},
    {"forename", Field::FirstName},
    {"fname", Field::FirstName},
    // Last name: Excel, Entra "Surname", Auth0/Cognito family_name.
    {"lastname", Field::LastName},
    {"surname", Field::LastName},
    {"familyname", Field::LastName},
    {"last", Field::LastName},
    {"lname", Field::LastName},
    // Email verified: Auth0/Cognito email_verified, Firebase emailVerified.
    {"emailverified", Field::EmailVerified},
    {"isemailverified", Field::EmailVerified},
    {"verifiedemail", Field::EmailVerified},
    {"emailconfirmed", Field::EmailVerified},
    {"verified", Field::EmailVerified},
    // Password (plain text, rare) and its hash: Firebase passwordHash, Clerk password_digest,
    // Google Workspace "Password Hash Function", Clerk password_hasher.
    {"password", Field::Password},
    {"plaintextpassword", Field::Password},
    {"passwordhash", Field::PasswordHash},
    {"hashedpassword", Field::PasswordHash},
    {"passworddigest", Field::PasswordHash},
    {"hash", Field::PasswordHash},
    {"passwordhashtype", Field::PasswordHashType},
    {"hashalgorithm", Field::PasswordHashType},
    {"passwordhashalgorithm", Field::PasswordHashType},
    {"hashtype", Field::PasswordHashType},
    {"passwordhasher", Field::PasswordHashType},
    {"passwordhashfunction", Field::PasswordHashType},
    {"hashfunction", Field::PasswordHashType},
    // The user's id in the old system: Auth0 user_id, Firebase localId, Entra "Object Id",
    // Cognito sub.
    {"externalid", Field::ExternalId},
    {"userexternalid", Field::ExternalId},
    {"userid", Field::ExternalId},
    {"uid", Field::ExternalId},
    {"localid", Field::ExternalId},
    {"objectid", Field::ExternalId},
    {"sub", Field::ExternalId},
    {"metadata", Field::Metadata},
    {"usermetadata", Field::Metadata},
    {"custommetadata", Field::Metadata},
    // Organizations. "Organization ID" in a file from another system is that system's id: an
    // external id. A WorkOS organization id has its own names.
    {"workosorganizationid", Field::OrgId},
    {"workosorgid", Field::OrgId},
    {"organizationid", Field::OrgExternalId},
    {"organisationid", Field::OrgExternalId},
    {"orgexternalid", Field::OrgExternalId},
    {"organizationexternalid", Field::OrgExternalId},
    {"companyid", Field::OrgExternalId},
    {"tenantid", Field::OrgExternalId},
    {"accountid", Field::OrgExternalId},
    {"customerid", Field::OrgExternalId},
    {"teamid", Field::OrgExternalId},
    {"organization", Field::OrgName},
    {"organisation", Field::OrgName},
    {"organizationname", Field::OrgName},
    {"organisationname", Field::OrgName},
    {"org", Field::OrgName},
    {"orgname", Field::OrgName},
    {"company", Field::OrgName},
    {"companyname", Field::OrgName},
    {"tenant", Field::OrgName},
    {"tenantname", Field::OrgName},
    {"account", Field::OrgName},
    {"accountname", Field::OrgName},
    {"customer", Field::OrgName},
    {"customername", Field::OrgName},
    {"team", Field::OrgName},
    {"teamname", Field::OrgName},
    // Roles.
    {"roleslugs", Field::RoleSlugs},
    {"roleslug", Field::RoleSlugs},
    {"roles", Field::RoleSlugs},
    {"role", Field::RoleSlugs},
    {"rolename", Field::RoleSlugs},
    {"userrole", Field::RoleSlugs},
    {"userroles", Field::RoleSlugs},
};

const QHash<QString, Match> &table()
{
    static const QHash<QString, Match> t = [] {
        QHash<QString, Match> h;
        QHash<int, int> nextRank;
        for (const Synonym &s : Table) {
            const int rank = nextRank[int(s.field)]++;
            h.insert(QString::fromLatin1(s.key), Match{s.field, rank});
        }
        return h;
    }();
    return t;
}

} // namespace

QString normalized(QStringView header)
{
    QStringView h = header.trimmed();
    // "Email Address [Required]", "Role (optional)", "E-mail *"
    for (const QChar open : {u'[', u'('}) {
        const qsizetype at = h.indexOf(open);
        if (at > 0)
            h = h.left(at).trimmed();
    }
    // "profile.firstName", "cognito:username", "user/email"
    const qsizetype cut = std::max({h.lastIndexOf(u'.'), h.lastIndexOf(u':'), h.lastIndexOf(u'/')});
    if (cut >= 0 && cut + 1 < h.size())
        h = h.mid(cut + 1);
    QString out;
    out.reserve(h.size());
    for (const QChar c : h) {
        if (c.isLetterOrNumber())
            out += c.toLower();
    }
    return out;
}

std::optional<Match> match(QStringView header)
{
    const QString key = normalized(header);
    if (key.isEmpty())
        return std::nullopt;
    const auto it = table().constFind(key);
    if (it == table().constEnd())
        return std::nullopt;
    return *it;
}

bool looksLikeUserData(QStringView header)
{
    const QString key = normalized(header);
    if (key.isEmpty())
        return false;
    static const char *const words[] = {"name", "mail", "org", "compan", "tenant", "account", "customer", "team",
                                        "role", "pass", "hash", "salt", "verif", "meta", "user", "login", "group"};
    for (const char *w : words)
        if (key.contains(QLatin1StringView(w)))
            return true;
    return key == u"id"_s || key.endsWith(u"id"_s);
}

} // namespace Model::HeaderSynonyms
