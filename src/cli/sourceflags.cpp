#include "sourceflags.h"

#include <source/firebasehash.h>

#include <QtCore/QFileInfo>

using namespace Qt::StringLiterals;

namespace Cli {

const char SourceFlagsHelp[] =
    "  --source KIND            What the file is: auth0, firebase, clerk, supabase, cognito, okta\n"
    "                           or csv. Without it the format is detected from the content.\n"
    "  --firebase-hash-config FILE\n"
    "                           Firebase's password hash parameters as the console shows them\n"
    "                           (hash_config { algorithm: SCRYPT, base64_signer_key: ...,\n"
    "                           base64_salt_separator: ..., rounds: 8, mem_cost: 14 }) or as JSON.\n"
    "                           Needed when a Firebase export has password hashes.\n"
    "  --auth0-passwords FILE   Auth0's password export (NDJSON from Auth0 support), joined to the\n"
    "                           user export by user id, then by email.\n"
    "  --org-from-app-metadata KEY\n"
    "                           Supabase/Auth0: the app metadata KEY whose value is the user's\n"
    "                           organization (its external id).\n"
    "  --created-at-metadata KEY\n"
    "                           Keep the provider's created_at in the user's metadata under KEY.\n";

void SourceFlags::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({source, firebaseHashConfig, auth0Passwords, orgFromAppMetadata, createdAtMetadata});
}

std::optional<Source::Options> SourceFlags::read(const QCommandLineParser &parser, QString *error) const
{
    Source::Options o;
    if (parser.isSet(source)) {
        const auto kind = Source::kindFromId(parser.value(source));
        if (!kind || *kind == Source::Kind::Auto) {
            *error = u"--source must be one of %1 (got \"%2\")."_s.arg(Source::kindIdList(), parser.value(source));
            return std::nullopt;
        }
        o.kind = *kind;
    }
    auto existing = [&](const QCommandLineOption &option, QString *path) {
        if (!parser.isSet(option))
            return true;
        const QFileInfo info(parser.value(option));
        if (!info.isFile() || !info.isReadable()) {
            *error = u"--%1: cannot read \"%2\"."_s.arg(option.names().constFirst(), parser.value(option));
            return false;
        }
        *path = info.absoluteFilePath();
        return true;
    };
    if (!existing(firebaseHashConfig, &o.firebaseHashConfigPath) || !existing(auth0Passwords, &o.auth0PasswordsPath))
        return std::nullopt;
    o.tenantKey = parser.value(orgFromAppMetadata).trimmed();
    o.createdAtKey = parser.value(createdAtMetadata).trimmed();
    if (o.createdAtKey.size() > 40) {
        *error = u"--created-at-metadata: a metadata key has at most 40 characters."_s;
        return std::nullopt;
    }
    if (!o.firebaseHashConfigPath.isEmpty()) {
        // Refused here, before anything is read, when the parameters are incomplete.
        QString readError;
        const QString text = o.firebaseHashConfigText(&readError);
        if (!readError.isEmpty()) {
            *error = readError;
            return std::nullopt;
        }
        if (!Source::FirebaseHashConfig::parse(text, error))
            return std::nullopt;
    }
    return o;
}

} // namespace Cli
