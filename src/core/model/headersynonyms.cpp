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
    // Email: Excel/Sheets, Okta ("Primary email"), Clerk, Entra ("Mail", "User principal name"),
    // and the same in German ("E-Mail-Adresse"), French ("Adresse e-mail", "Courriel"), Spanish
    // ("Correo electrónico"), Italian ("Indirizzo email"), Dutch ("E-mailadres") and Portuguese
    // ("Endereço de e-mail").
    {"email", Field::Email},
    {"emailaddress", Field::Email},
    {"mail", Field::Email},
    {"primaryemail", Field::Email},
    {"primaryemailaddress", Field::Email},
    {"useremail", Field::Email},
    {"workemail", Field::Email},
    {"emailadresse", Field::Email},
    {"mailadresse", Field::Email},
    {"adresseemail", Field::Email},
    {"adressemail", Field::Email},
    {"courriel", Field::Email},
    {"adressecourriel", Field::Email},
    {"correo", Field::Email},
    {"correoelectronico", Field::Email},
    {"direcciondecorreo", Field::Email},
    {"direcciondecorreoelectronico", Field::Email},
    {"indirizzoemail", Field::Email},
    {"postaelettronica", Field::Email},
    {"emailadres", Field::Email},
    {"mailadres", Field::Email},
    {"enderecodeemail", Field::Email},
    {"enderecoemail", Field::Email},
    {"correioeletronico", Field::Email},
    {"emailid", Field::Email},
    {"login", Field::Email},
    {"userprincipalname", Field::Email},
    {"upn", Field::Email},
    // First name: Excel, Auth0/Cognito given_name, Okta/Entra givenName; German Vorname,
    // French Prénom, Spanish/Portuguese Nombre/Nome, Italian Nome, Dutch Voornaam.
    {"firstname", Field::FirstName},
    {"givenname", Field::FirstName},
    {"vorname", Field::FirstName},
    {"prenom", Field::FirstName},
    {"nombre", Field::FirstName},
    {"nome", Field::FirstName},
    {"voornaam", Field::FirstName},
    {"primeironome", Field::FirstName},
    {"first", Field::FirstName},
    {"forename", Field::FirstName},
    {"fname", Field::FirstName},
    // Last name: Excel, Entra "Surname", Auth0/Cognito family_name; German Nachname and
    // Familienname, French Nom (de famille), Spanish Apellido(s), Italian Cognome, Dutch
    // Achternaam, Portuguese Sobrenome/Apelido.
    {"lastname", Field::LastName},
    {"surname", Field::LastName},
    {"familyname", Field::LastName},
    {"nachname", Field::LastName},
    {"familienname", Field::LastName},
    {"nom", Field::LastName},
    {"nomdefamille", Field::LastName},
    {"apellido", Field::LastName},
    {"apellidos", Field::LastName},
    {"cognome", Field::LastName},
    {"achternaam", Field::LastName},
    {"sobrenome", Field::LastName},
    {"apelido", Field::LastName},
    {"last", Field::LastName},
    {"lname", Field::LastName},
    // Email verified: Auth0/Cognito email_verified, Firebase emailVerified. Never "verified"
    // alone: a whole name says what was verified.
    {"emailverified", Field::EmailVerified},
    {"isemailverified", Field::EmailVerified},
    {"verifiedemail", Field::EmailVerified},
    {"emailconfirmed", Field::EmailVerified},
    {"emailbestatigt", Field::EmailVerified},
    {"emailverifie", Field::EmailVerified},
    {"emailverificado", Field::EmailVerified},
    {"emailverificata", Field::EmailVerified},
    {"emailgeverifieerd", Field::EmailVerified},
    // Password (plain text, rare) and its hash: Firebase passwordHash, Clerk password_digest,
    // Google Workspace "Password Hash Function", Clerk password_hasher.
    {"password", Field::Password},
    {"plaintextpassword", Field::Password},
    {"passwort", Field::Password},
    {"kennwort", Field::Password},
    {"motdepasse", Field::Password},
    {"contrasena", Field::Password},
    {"wachtwoord", Field::Password},
    {"senha", Field::Password},
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
    // Cognito sub; German Benutzer-ID, French Identifiant (utilisateur), Spanish/Italian/
    // Portuguese ID usuario/utente/usuário, Dutch Gebruikers-ID.
    {"externalid", Field::ExternalId},
    {"userexternalid", Field::ExternalId},
    {"userid", Field::ExternalId},
    {"uid", Field::ExternalId},
    {"localid", Field::ExternalId},
    {"objectid", Field::ExternalId},
    {"sub", Field::ExternalId},
    {"benutzerid", Field::ExternalId},
    {"identifiantutilisateur", Field::ExternalId},
    {"idutilisateur", Field::ExternalId},
    {"idusuario", Field::ExternalId},
    {"idutente", Field::ExternalId},
    {"gebruikersid", Field::ExternalId},
    {"iddousuario", Field::ExternalId},
    {"metadata", Field::Metadata},
    {"usermetadata", Field::Metadata},
    {"custommetadata", Field::Metadata},
    // Organizations. "Organization ID" in a file from another system is that system's id: an
    // external id. A WorkOS organization id has its own names (and its own shape, org_…:
    // ColumnMapping::suggested() looks at the values too).
    {"workosorganizationid", Field::OrgId},
    {"workosorgid", Field::OrgId},
    {"organizationid", Field::OrgExternalId},
    {"organisationid", Field::OrgExternalId},
    {"orgid", Field::OrgExternalId},
    {"orgexternalid", Field::OrgExternalId},
    {"organizationexternalid", Field::OrgExternalId},
    {"companyid", Field::OrgExternalId},
    {"tenantid", Field::OrgExternalId},
    {"accountid", Field::OrgExternalId},
    {"customerid", Field::OrgExternalId},
    {"teamid", Field::OrgExternalId},
    {"firmenid", Field::OrgExternalId},
    {"kundennummer", Field::OrgExternalId},
    {"kundenid", Field::OrgExternalId},
    {"firmennummer", Field::OrgExternalId},
    {"organisationsid", Field::OrgExternalId},
    {"idsociete", Field::OrgExternalId},
    {"identifiantsociete", Field::OrgExternalId},
    {"idorganisation", Field::OrgExternalId},
    {"idempresa", Field::OrgExternalId},
    {"idorganizacion", Field::OrgExternalId},
    {"idazienda", Field::OrgExternalId},
    {"idorganizzazione", Field::OrgExternalId},
    {"bedrijfsid", Field::OrgExternalId},
    {"organisatieid", Field::OrgExternalId},
    {"iddaempresa", Field::OrgExternalId},
    {"idorganizacao", Field::OrgExternalId},
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
    {"firma", Field::OrgName},
    {"firmenname", Field::OrgName},
    {"unternehmen", Field::OrgName},
    {"organisationsname", Field::OrgName},
    {"societe", Field::OrgName},
    {"entreprise", Field::OrgName},
    {"nomdelasociete", Field::OrgName},
    {"nomdelentreprise", Field::OrgName},
    {"empresa", Field::OrgName},
    {"compania", Field::OrgName},
    {"organizacion", Field::OrgName},
    {"azienda", Field::OrgName},
    {"societa", Field::OrgName},
    {"organizzazione", Field::OrgName},
    {"bedrijf", Field::OrgName},
    {"bedrijfsnaam", Field::OrgName},
    {"organisatie", Field::OrgName},
    {"organizacao", Field::OrgName},
    // Roles.
    {"roleslugs", Field::RoleSlugs},
    {"roleslug", Field::RoleSlugs},
    {"roles", Field::RoleSlugs},
    {"role", Field::RoleSlugs},
    {"rolename", Field::RoleSlugs},
    {"userrole", Field::RoleSlugs},
    {"userroles", Field::RoleSlugs},
    {"rolle", Field::RoleSlugs},
    {"rollen", Field::RoleSlugs},
    {"benutzerrolle", Field::RoleSlugs},
    {"rol", Field::RoleSlugs},
    {"ruolo", Field::RoleSlugs},
    {"ruoli", Field::RoleSlugs},
    {"papel", Field::RoleSlugs},
    {"funcao", Field::RoleSlugs},
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

QString folded(QStringView text)
{
    // "Prénom" -> "prenom", "Straße" -> "strasse": the letters without their accents, so that
    // an Excel export in any Latin-script language matches however it was typed.
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c == u'ß')
            out += u"ss"_s;
        else
            out += c.toLower();
    }
    return out;
}

QString normalized(QStringView header)
{
    QStringView h = header.trimmed();
    // "Email Address [Required]", "Role (optional)", "E-mail *"
    for (const QChar open : {u'[', u'('}) {
        const qsizetype at = h.indexOf(open);
        if (at > 0)
            h = h.left(at).trimmed();
    }
    // "profile.firstName" (Okta), "cognito:username", "user/email": only a prefix that names the
    // user themselves is dropped. "manager.email" or "app_metadata.role" is someone else's
    // email and something else's role: a whole-name match only (issue 17.13).
    const qsizetype cut = std::max({h.lastIndexOf(u'.'), h.lastIndexOf(u':'), h.lastIndexOf(u'/')});
    if (cut > 0 && cut + 1 < h.size()) {
        QString prefix;
        for (const QChar c : folded(h.left(cut)))
            if (c.isLetterOrNumber())
                prefix += c;
        static const QStringList userPrefixes = {u"profile"_s, u"cognito"_s, u"user"_s, u"users"_s, u"attributes"_s};
        if (userPrefixes.contains(prefix))
            h = h.mid(cut + 1);
    }
    QString out;
    out.reserve(h.size());
    for (const QChar c : folded(h)) {
        if (c.isLetterOrNumber())
            out += c;
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
                                        "role", "pass", "hash", "salt", "verif", "meta", "user", "login", "group",
                                        // German, French, Spanish, Italian, Dutch, Portuguese
                                        "nom", "naam", "firm", "societ", "empres", "aziend", "bedrijf", "organi",
                                        "rolle", "ruol", "papel", "kunde", "client", "benutzer", "utilisat",
                                        "usuari", "utent", "gebruik", "ident", "kennwort", "passw", "senha"};
    for (const char *w : words)
        if (key.contains(QLatin1StringView(w)))
            return true;
    return key == u"id"_s || key.endsWith(u"id"_s);
}

} // namespace Model::HeaderSynonyms
