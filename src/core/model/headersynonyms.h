#pragma once
// HeaderSynonyms: the header names people's files actually have, and the field each one means.
// Exports from Excel and Google Sheets ("First Name", "E-mail"), Okta ("Primary email",
// "profile.firstName"), Auth0 ("given_name", "email_verified"), Azure AD / Entra ("Given name",
// "Surname", "Mail"), Google Workspace ("Email Address [Required]"), Firebase ("localId",
// "passwordHash"), Clerk ("primary_email_address", "password_digest") and Cognito
// ("cognito:username", "family_name") map to the CSV contract's fields without the person
// choosing anything; ColumnMapping::suggested() builds the mapping from this table.
//
// The same everyday names of German, French, Spanish, Italian, Dutch and Portuguese exports
// ("Vorname", "Prénom", "Apellido", "Cognome", "Achternaam", "Sobrenome", "Firma", "Société").
// Matching is on the whole name: it ignores case, accents, spaces, punctuation, a
// "[Required]"-style suffix and a prefix naming the user ("profile.", "cognito:"), nothing else. Free functions over a constant table; usable from any thread.

#include "field.h"

#include <QtCore/QString>
#include <QtCore/QStringView>

#include <optional>

namespace Model::HeaderSynonyms {

struct Match {
    Field field;
    int rank = 0; // lower is a stronger match ("Email" beats "User principal name" for email)
};

// "Prénom" -> "prénom" without its accents ("prenom"), "Straße" -> "strasse", lower case.
QString folded(QStringView text);

// "First Name [Required]" -> "firstname", "Prénom" -> "prenom": what the table is keyed on.
// A prefix is dropped only when it names the user ("profile.", "cognito:", "user/"):
// "manager.email" is not the user's email.
QString normalized(QStringView header);

// The field an everyday header means, or nullopt when the table does not know it.
std::optional<Match> match(QStringView header);

// True for a header that looks like it holds something the import could use (a name, an
// email, an organization, a role, a password or an id) although the table does not know it:
// the wizard asks the person about such a column instead of quietly ignoring it.
bool looksLikeUserData(QStringView header);

} // namespace Model::HeaderSynonyms
