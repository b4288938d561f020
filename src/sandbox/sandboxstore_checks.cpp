// The field and query checks of the sandbox's API (see sandboxstore_p.h): the rules WorkOS
// applies to users, organizations and list queries, answered as one 422 like the API does.
#include "sandboxstore_p.h"

#include <model/emailrule.h>

#include <QtCore/QDateTime>

#include <utility>

namespace Sandbox::StoreDetail {

namespace {

const QStringList &passwordHashTypes()
{
    static const QStringList types {u"bcrypt"_s, u"firebase-scrypt"_s, u"ssha"_s, u"ssha256"_s,
                                    u"scrypt"_s, u"pbkdf2"_s, u"argon2"_s};
    return types;
}

} // namespace

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// The email rule WorkOS applies, shared with the CSV validator (src/core/model/emailrule.h),
// so a file that passes the check is never refused here for its emails.
bool isValidEmail(QStringView email)
{
    return Model::checkEmailSyntax(email) == Model::EmailProblem::None;
}

bool isValidDomain(QStringView domain)
{
    return isValidEmail(QString(u"x@"_s + domain.toString()));
}

// Optional string field: absent/null is fine; anything else must be a string.
std::optional<QJsonValue> optionalString(const QJsonObject &body, const QString &field,
                                         FieldErrors &errors)
{
    const QJsonValue value = body.value(field);
    if (value.isUndefined() || value.isNull())
        return QJsonValue(QJsonValue::Null);
    if (!value.isString()) {
        errors.add(field, field + u"_string_required"_s, field + u" must be a string."_s);
        return std::nullopt;
    }
    return value;
}

void validateExternalId(const QJsonValue &externalId, FieldErrors &errors)
{
    if (!externalId.isString())
        return;
    const QString text = externalId.toString();
    if (text.isEmpty())
        errors.add(u"external_id"_s, u"external_id_invalid"_s, u"external_id must not be empty."_s);
    else if (text.size() > MaxExternalIdLength)
        errors.add(u"external_id"_s, u"external_id_too_long"_s,
                   u"external_id must be at most %1 characters."_s.arg(MaxExternalIdLength));
}

// metadata: an object of at most 50 string values, keys up to 40 characters, values up to
// 600 characters (WorkOS metadata limits).
QJsonObject validateMetadata(const QJsonObject &body, FieldErrors &errors)
{
    const QJsonValue value = body.value(u"metadata"_s);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isObject()) {
        errors.add(u"metadata"_s, u"metadata_invalid"_s, u"metadata must be a JSON object."_s);
        return {};
    }
    const QJsonObject metadata = value.toObject();
    if (metadata.size() > MaxMetadataKeys) {
        errors.add(u"metadata"_s, u"metadata_too_many_keys"_s,
                   u"metadata may have at most %1 keys; it has %2."_s.arg(MaxMetadataKeys)
                       .arg(metadata.size()));
    }
    for (auto it = metadata.constBegin(); it != metadata.constEnd(); ++it) {
        if (it.key().isEmpty() || it.key().size() > MaxMetadataKeyLength) {
            errors.add(u"metadata"_s, u"metadata_key_invalid"_s,
                       u"metadata key \"%1\" must be 1 to %2 characters long."_s
                           .arg(it.key().left(60)).arg(MaxMetadataKeyLength));
        }
        if (!it.value().isString()) {
            errors.add(u"metadata"_s, u"metadata_value_invalid"_s,
                       u"metadata value of \"%1\" must be a string."_s.arg(it.key().left(60)));
        } else if (it.value().toString().size() > MaxMetadataValueLength) {
            errors.add(u"metadata"_s, u"metadata_value_too_long"_s,
                       u"metadata value of \"%1\" must be at most %2 characters."_s
                           .arg(it.key().left(60)).arg(MaxMetadataValueLength));
        }
    }
    return metadata;
}

ApiResult notFound(const QString &entity, const QString &id)
{
    ApiResult result = ApiResult::error(404, u"entity_not_found"_s,
                                        u"%1 not found: '%2'."_s.arg(entity, id));
    result.body.insert(u"entity_id"_s, id);
    return result;
}

std::optional<ApiResult> parsePageQuery(const QueryParams &query, const QHash<QString, int> &ids,
                                        PageQuery &page)
{
    FieldErrors errors;
    if (query.contains(u"limit"_s)) {
        bool ok = false;
        page.limit = query.value(u"limit"_s).toInt(&ok);
        if (!ok || page.limit < 1 || page.limit > MaxListLimit)
            errors.add(u"limit"_s, u"limit_invalid"_s,
                       u"limit must be a number from 1 to %1."_s.arg(MaxListLimit));
    }
    const QString order = query.value(u"order"_s, u"desc"_s);
    if (order == "asc"_L1)
        page.descending = false;
    else if (order != "desc"_L1 && order != "normal"_L1)
        errors.add(u"order"_s, u"order_invalid"_s, u"order must be asc or desc."_s);
    for (const auto &[name, target] : {std::pair {u"after"_s, &page.after},
                                       std::pair {u"before"_s, &page.before}}) {
        const QString cursor = query.value(name);
        if (cursor.isEmpty())
            continue;
        const auto it = ids.constFind(cursor);
        if (it == ids.constEnd())
            errors.add(name, u"cursor_invalid"_s, u"%1 cursor '%2' does not exist."_s.arg(name, cursor));
        else
            *target = it.value();
    }
    if (!errors.isEmpty())
        return errors.result();
    return std::nullopt;
}

// The password fields of POST and PUT /user_management/users: password, or password_hash with
// password_hash_type (one of WorkOS's types); never both. Checked, then dropped by the caller.
void validatePassword(const QJsonObject &body, FieldErrors &errors)
{
    const auto password = optionalString(body, u"password"_s, errors);
    const auto hash = optionalString(body, u"password_hash"_s, errors);
    const auto hashType = optionalString(body, u"password_hash_type"_s, errors);
    const bool hasPassword = password && password->isString();
    const bool hasHash = hash && hash->isString();
    const bool hasHashType = hashType && hashType->isString();
    if (hasPassword && password->toString().isEmpty())
        errors.add(u"password"_s, u"password_invalid"_s, u"password must not be empty."_s);
    if (hasPassword && (hasHash || hasHashType))
        errors.add(u"password"_s, u"password_and_password_hash_exclusive"_s,
                   u"password cannot be combined with password_hash or password_hash_type."_s);
    if (hasHash && hash->toString().isEmpty())
        errors.add(u"password_hash"_s, u"password_hash_invalid"_s, u"password_hash must not be empty."_s);
    if (hasHash && !hasHashType)
        errors.add(u"password_hash_type"_s, u"password_hash_type_required"_s,
                   u"password_hash_type is required with password_hash."_s);
    if (hasHashType && !hasHash)
        errors.add(u"password_hash"_s, u"password_hash_required"_s,
                   u"password_hash is required with password_hash_type."_s);
    if (hasHashType && !passwordHashTypes().contains(hashType->toString()))
        errors.add(u"password_hash_type"_s, u"password_hash_type_invalid"_s,
                   u"password_hash_type must be one of %1."_s.arg(passwordHashTypes().join(u", "_s)));
}

} // namespace Sandbox::StoreDetail
