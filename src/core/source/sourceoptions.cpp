#include "sourceoptions.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QFile>
#include <QtCore/QStringList>

using namespace Qt::StringLiterals;

namespace Source {

namespace {
struct Entry {
    Kind kind;
    const char16_t *id;
};
constexpr Entry Kinds[] = {
    {Kind::Auto, u"auto"},         {Kind::Csv, u"csv"},           {Kind::Auth0, u"auth0"},
    {Kind::Firebase, u"firebase"}, {Kind::Clerk, u"clerk"},       {Kind::Supabase, u"supabase"},
    {Kind::Cognito, u"cognito"},   {Kind::Okta, u"okta"},
};
}

QString kindId(Kind kind)
{
    for (const Entry &e : Kinds)
        if (e.kind == kind)
            return QString::fromUtf16(e.id);
    return {};
}

std::optional<Kind> kindFromId(QStringView id)
{
    for (const Entry &e : Kinds)
        if (id.trimmed().compare(QStringView(e.id), Qt::CaseInsensitive) == 0)
            return e.kind;
    return std::nullopt;
}

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::Auto: return QCoreApplication::translate("Source", "detected from the content");
    case Kind::Csv: return QCoreApplication::translate("Source", "CSV file");
    case Kind::Auth0: return u"Auth0"_s;
    case Kind::Firebase: return u"Firebase"_s;
    case Kind::Clerk: return u"Clerk"_s;
    case Kind::Supabase: return u"Supabase"_s;
    case Kind::Cognito: return u"Amazon Cognito"_s;
    case Kind::Okta: return u"Okta"_s;
    }
    return {};
}

QString kindIdList()
{
    return u"auth0|firebase|clerk|supabase|cognito|okta|csv"_s;
}

QJsonObject Options::toJson() const
{
    QJsonObject o{{u"kind"_s, kindId(kind)}};
    if (!auth0PasswordsPath.isEmpty())
        o.insert(u"auth0_hash_file"_s, auth0PasswordsPath);
    if (!firebaseHashConfigPath.isEmpty())
        o.insert(u"firebase_hash_parameters_file"_s, firebaseHashConfigPath);
    if (!tenantKey.isEmpty())
        o.insert(u"organization_field"_s, tenantKey);
    if (!createdAtKey.isEmpty())
        o.insert(u"created_at_field"_s, createdAtKey);
    if (!sideFilesSha256.isEmpty())
        o.insert(u"side_files_sha256"_s, sideFilesSha256);
    return o;
}

Options Options::fromJson(const QJsonObject &json)
{
    Options o;
    o.kind = kindFromId(json.value(u"kind"_s).toString()).value_or(Kind::Auto);
    o.auth0PasswordsPath = json.value(u"auth0_hash_file"_s).toString();
    o.firebaseHashConfigPath = json.value(u"firebase_hash_parameters_file"_s).toString();
    o.tenantKey = json.value(u"organization_field"_s).toString();
    o.createdAtKey = json.value(u"created_at_field"_s).toString();
    o.sideFilesSha256 = json.value(u"side_files_sha256"_s).toString();
    return o;
}

QString Options::firebaseHashConfigText(QString *error) const
{
    if (!firebaseHashConfig.trimmed().isEmpty() || firebaseHashConfigPath.isEmpty())
        return firebaseHashConfig;
    QFile file(firebaseHashConfigPath);
    if (!file.open(QIODevice::ReadOnly) || file.size() > 64 * 1024) {
        if (error)
            *error = QCoreApplication::translate("Source", "Cannot read the Firebase hash parameters from %1: %2.")
                         .arg(firebaseHashConfigPath, file.isOpen() ? QCoreApplication::translate("Source", "the file is too large") : file.errorString());
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

} // namespace Source
