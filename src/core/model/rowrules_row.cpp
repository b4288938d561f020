// RowBuilder: every per-row rule of the CSV contract applied to one row (see rowrules.h for
// the rules, rowrules_p.h for the class).
#include "rowrules_p.h"

#include <passwords/passwordhash.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonParseError>

using namespace Qt::StringLiterals;

namespace Model::RowRulesDetail {

void RowBuilder::run()
{
    UserRow &row = m_result.row;
    row.row = m_record.row;
    row.line = m_record.line;
    row.offset = m_record.offset;
    row.endOffset = m_record.endOffset;

    if (m_record.error != Csv::ErrorCode::None) {
        // The fields may be shifted (too many / too few); take the email only when they line up.
        if (m_record.fields.size() == m_schema.columnCount())
            row.email = value(Field::Email).trimmed();
        m_result.issues.append(Issue{m_record.row, m_record.line, row.email, Severity::Error,
                                     Csv::errorId(m_record.error), QString(), m_record.errorMessage});
        m_result.disposition = Disposition::Invalid;
        return;
    }
    for (const QString &w : m_record.warnings)
        m_result.issues.append(Issue{m_record.row, m_record.line, QString(), Severity::Warning, u"csv.encoding"_s, QString(), w});

    checkEmail();
    for (Issue &i : m_result.issues)
        i.email = row.email;
    checkEmailVerified();
    if (m_full) {
        row.firstName = value(Field::FirstName).trimmed();
        row.lastName = value(Field::LastName).trimmed();
    }
    checkPassword();
    checkMetadata();
    checkExternalId();
    checkOrganization();
    checkRoleSlugs();
    m_result.disposition = m_result.hasErrors() ? Disposition::Invalid : Disposition::Import;
}

void RowBuilder::checkEmail()
{
    UserRow &row = m_result.row;
    row.email = value(Field::Email).trimmed();
    const EmailProblem p = checkEmailSyntax(row.email);
    if (p == EmailProblem::Empty) {
        error(Field::Email, u"email.required"_s,
              QCoreApplication::translate("Model::RowRules", "The email (column %1) is empty. Every user needs an email address: fill it in or remove the row.").arg(col(Field::Email)));
        return;
    }
    if (p != EmailProblem::None) {
        error(Field::Email, u"email.invalid"_s,
              QCoreApplication::translate("Model::RowRules", "The email \"%1\" (column %3) is not a valid email address: %2. Correct it (it should look like name@example.com).")
                  .arg(shortened(row.email, 80), emailProblemText(p, row.email), col(Field::Email)));
        return;
    }
    row.emailKey = emailKeyOf(row.email);
}

void RowBuilder::checkEmailVerified()
{
    const QString &text = value(Field::EmailVerified);
    if (text.isEmpty())
        return;
    bool ok = false;
    m_result.row.emailVerified = parseBoolean(text, &ok);
    if (!ok)
        warning(Field::EmailVerified, u"email_verified.invalid"_s,
                QCoreApplication::translate("Model::RowRules", "%1 is \"%2\", which is not a yes/no value (use true/false, yes/no, y/n or 1/0). "
                "It was left out, so the email counts as not verified.").arg(col(Field::EmailVerified), shortened(text.trimmed())));
}

void RowBuilder::checkPassword()
{
    const QString &password = value(Field::Password);
    const QStringView hash = QStringView(value(Field::PasswordHash)).trimmed();
    const QStringView type = QStringView(value(Field::PasswordHashType)).trimmed();
    if (m_full) {
        UserRow &row = m_result.row;
        row.password = password;
        row.passwordHash = hash.toString();
        row.passwordHashType = type.toString().toLower();
    }

    if (!password.isEmpty() && (!hash.isEmpty() || !type.isEmpty())) {
        error(Field::Password, u"password.conflict"_s,
              QCoreApplication::translate("Model::RowRules", "The row has both a password (column %1) and a password hash (%2). A user gets one or the other: "
              "keep the plain password or the hash, and clear the other column(s).")
                  .arg(col(Field::Password), !hash.isEmpty() ? col(Field::PasswordHash) : col(Field::PasswordHashType)));
        return;
    }
    if (hash.isEmpty()) {
        if (!type.isEmpty()) {
            warning(Field::PasswordHashType, u"password_hash.type_without_hash"_s,
                    QCoreApplication::translate("Model::RowRules", "The hash type (column %1) is set but the password hash (%2) is empty; the type was ignored and "
                    "the user gets no password.").arg(col(Field::PasswordHashType), col(Field::PasswordHash)));
            m_result.row.passwordHashType.clear();
        }
        return;
    }
    if (type.isEmpty()) {
        // A hash that says what it is needs no type column: bcrypt ($2a$, $2b$, $2y$ and the
        // right shape) and argon2 (PHC: $argon2id$, $argon2i$, $argon2d$).
        if (const QString inferred = passwordHashTypeFromShape(hash); !inferred.isEmpty()) {
            m_result.row.passwordHashType = inferred;
            checkHashStructure(inferred, hash);
            return;
        }
        error(Field::PasswordHashType, u"password_hash.type_missing"_s,
              QCoreApplication::translate("Model::RowRules", "The row has a password hash (column %1) but no hash type. Give the hash type "
              "(bcrypt, firebase-scrypt, ssha, ssha256, scrypt, pbkdf2 or argon2).").arg(col(Field::PasswordHash)));
        return;
    }
    if (!isKnownPasswordHashType(type)) {
        error(Field::PasswordHashType, u"password_hash.type_unknown"_s,
              QCoreApplication::translate("Model::RowRules", "The hash type \"%1\" (column %2) is not one WorkOS accepts. Use bcrypt, firebase-scrypt, ssha, ssha256, "
              "scrypt, pbkdf2 or argon2.").arg(shortened(type.toString(), 30), col(Field::PasswordHashType)));
        return;
    }
    if (type.compare("bcrypt"_L1, Qt::CaseInsensitive) == 0 && !isBcryptShaped(hash)) {
        error(Field::PasswordHash, u"password_hash.bcrypt_shape"_s,
              QCoreApplication::translate("Model::RowRules", "The password hash (column %1) does not look like a bcrypt hash. A bcrypt hash is 60 characters long and starts with "
              "$2a$, $2b$ or $2y$ followed by a two-digit cost, for example $2b$10$. Check the hash type, or export the "
              "hashes again without changes.").arg(col(Field::PasswordHash)));
        return;
    }
    checkHashStructure(type, hash);
}

// The structure and parameters of the hash for its type (Passwords::checkStructure: cost,
// length, base64, argon2 parameters, Firebase's signer key and salt separator), so a hash
// WorkOS would refuse is found by the file check and never fails mid-run.
void RowBuilder::checkHashStructure(QStringView type, QStringView hash)
{
    const std::optional<Passwords::HashType> known = Passwords::hashTypeFromName(type);
    if (!known)
        return;
    if (const Passwords::Problem problem = Passwords::checkStructure(*known, hash); !problem.isNull())
        error(Field::PasswordHash, problem.rule, problem.message);
}

void RowBuilder::checkMetadata()
{
    const QString &raw = value(Field::Metadata);
    if (raw.isEmpty())
        return;
    const QStringView text = QStringView(raw).trimmed();
    if (text.isEmpty())
        return;
    if (isPlainMetadataObject(text)) {
        if (m_full)
            m_result.row.metadata = QJsonDocument::fromJson(text.toUtf8()).object();
        return;
    }
    fullMetadataCheck(text.toString());
}

// The complete metadata rules, with messages: for what the fast path does not accept.
void RowBuilder::fullMetadataCheck(const QString &text)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        error(Field::Metadata, u"metadata.not_json_object"_s,
              parseError.error != QJsonParseError::NoError
                  ? QCoreApplication::translate("Model::RowRules", "The metadata (column %3) is not valid JSON (%1 at character %2). It must be a JSON object such as {\"department\": \"Sales\"}.")
                        .arg(parseError.errorString(), QString::number(parseError.offset), col(Field::Metadata))
                  : QCoreApplication::translate("Model::RowRules", "The metadata (column %1) must be a JSON object such as {\"department\": \"Sales\"}, not a list or a single value.").arg(col(Field::Metadata)));
        return;
    }
    const QJsonObject object = doc.object();
    if (object.size() > Limits::MetadataKeys) {
        error(Field::Metadata, u"metadata.too_many_keys"_s,
              QCoreApplication::translate("Model::RowRules", "The metadata (column %3) has %1 keys; WorkOS allows at most %2. Remove the keys you do not need.")
                  .arg(QString::number(object.size()), QString::number(Limits::MetadataKeys), col(Field::Metadata)));
        return;
    }
    QStringList longKeys, longValues, converted, nested, nulls;
    QJsonObject clean;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString key = it.key();
        if (key.size() > Limits::MetadataKeyLength)
            longKeys.append(shortened(key));
        const QJsonValue v = it.value();
        switch (v.type()) {
        case QJsonValue::String:
            if (v.toString().size() > Limits::MetadataValueLength)
                longValues.append(shortened(key));
            clean.insert(key, v);
            break;
        case QJsonValue::Double: {
            const double d = v.toDouble();
            const bool integral = d == double(qint64(d)) && d > -9007199254740992.0 && d < 9007199254740992.0;
            clean.insert(key, integral ? QString::number(qint64(d)) : QString::number(d, 'g', QLocale::FloatingPointShortest));
            converted.append(shortened(key));
            break;
        }
        case QJsonValue::Bool:
            clean.insert(key, v.toBool() ? u"true"_s : u"false"_s);
            converted.append(shortened(key));
            break;
        case QJsonValue::Null:
            nulls.append(shortened(key));
            break;
        default: // Object, Array
            nested.append(shortened(key));
            break;
        }
    }
    if (!longKeys.isEmpty())
        error(Field::Metadata, u"metadata.key_too_long"_s,
              QCoreApplication::translate("Model::RowRules", "The metadata key(s) %1 are longer than %2 characters, the WorkOS limit. Shorten them.")
                  .arg(quotedList(longKeys)).arg(Limits::MetadataKeyLength));
    if (!longValues.isEmpty())
        error(Field::Metadata, u"metadata.value_too_long"_s,
              QCoreApplication::translate("Model::RowRules", "The metadata value(s) of %1 are longer than %2 characters, the WorkOS limit. Shorten them.")
                  .arg(quotedList(longValues)).arg(Limits::MetadataValueLength));
    if (!nested.isEmpty())
        error(Field::Metadata, u"metadata.nested_value"_s,
              QCoreApplication::translate("Model::RowRules", "The metadata value(s) of %1 are objects or lists; WorkOS metadata values must be plain text. "
              "Flatten them into separate keys or into one text value.").arg(quotedList(nested)));
    if (!converted.isEmpty())
        warning(Field::Metadata, u"metadata.value_converted"_s,
                QCoreApplication::translate("Model::RowRules", "The metadata value(s) of %1 are numbers or true/false; they were converted to text, because WorkOS "
                "metadata values are text.").arg(quotedList(converted)));
    if (!nulls.isEmpty())
        warning(Field::Metadata, u"metadata.null_value"_s,
                QCoreApplication::translate("Model::RowRules", "The metadata value(s) of %1 are null; those keys were left out.").arg(quotedList(nulls)));
    if (m_full)
        m_result.row.metadata = std::move(clean);
}

void RowBuilder::checkExternalId()
{
    const QString id = value(Field::ExternalId).trimmed();
    if (id.isEmpty())
        return;
    if (id.size() > Limits::ExternalIdLength) {
        error(Field::ExternalId, u"external_id.too_long"_s,
              QCoreApplication::translate("Model::RowRules", "The user's external id (column %1) is %2 characters long; WorkOS allows at most %3. Shorten it.")
                  .arg(col(Field::ExternalId), QString::number(id.size()), QString::number(Limits::ExternalIdLength)));
        return;
    }
    for (const QChar c : id) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7E) {
            error(Field::ExternalId, u"external_id.not_ascii"_s,
                  QCoreApplication::translate("Model::RowRules", "The user's external id \"%1\" (column %2) contains characters that are not plain ASCII (accented "
                  "letters, symbols or invisible characters). Use only English letters, digits and punctuation.")
                      .arg(shortened(id, 60), col(Field::ExternalId)));
            return;
        }
    }
    m_result.row.externalId = id;
}

void RowBuilder::checkOrganization()
{
    OrgRef &org = m_result.row.org;
    if (m_schema.mode() == ImportMode::SingleOrganization) {
        org = m_schema.singleOrganization();
        return;
    }
    if (!m_schema.hasOrganizationColumns())
        return;
    org.id = value(Field::OrgId).trimmed();
    org.externalId = value(Field::OrgExternalId).trimmed();
    org.name = value(Field::OrgName).trimmed();
    if (!org.id.isEmpty() && !org.externalId.isEmpty()) {
        error(Field::OrgId, u"org.both_ids"_s,
              QCoreApplication::translate("Model::RowRules", "The row has both a WorkOS organization id (column %1) and your own organization id (column %2). Give the "
              "organization one way only: the WorkOS id for an organization that exists in WorkOS, or your own id (with "
              "a name) for one to find or create.").arg(col(Field::OrgId), col(Field::OrgExternalId)));
        return;
    }
    if (!org.name.isEmpty() && org.externalId.isEmpty()) {
        if (org.id.isEmpty()) {
            error(Field::OrgName, u"org.name_without_external_id"_s,
                  QCoreApplication::translate("Model::RowRules", "The row has an organization name (column %1) but no id of your own for it (%2). An organization is "
                  "found or created by that id: fill it in, or give the WorkOS id of an organization that already exists.")
                      .arg(col(Field::OrgName), col(Field::OrgExternalId)));
        } else {
            warning(Field::OrgName, u"org.name_without_external_id"_s,
                    QCoreApplication::translate("Model::RowRules", "The organization name (column %1) is ignored on a row that gives a WorkOS organization id (column "
                    "%2): the organization already exists in WorkOS with its own name.").arg(col(Field::OrgName), col(Field::OrgId)));
            org.name.clear();
        }
    }
}

void RowBuilder::checkRoleSlugs()
{
    const QStringView text = QStringView(value(Field::RoleSlugs)).trimmed();
    if (text.isEmpty())
        return;
    const bool plain = !text.startsWith(u'[') && isPlainSlugList(text);
    // No organization to give the roles to. A row that names one (which failed to resolve) has
    // its own error about that; the roles are not what is wrong with it.
    const bool noOrg = m_result.row.org.isEmpty();
    const bool namesOrg = !QStringView(value(Field::OrgId)).trimmed().isEmpty()
        || !QStringView(value(Field::OrgExternalId)).trimmed().isEmpty()
        || !QStringView(value(Field::OrgName)).trimmed().isEmpty();
    if (plain && (!m_full || noOrg)) {
        if (noOrg && !namesOrg && m_schema.mode() == ImportMode::MultiOrganization)
            warning(Field::RoleSlugs, u"role_slugs.without_org"_s,
                    QCoreApplication::translate("Model::RowRules", "The roles (column %1) are ignored because the row names no organization; roles belong to an "
                    "organization membership.").arg(col(Field::RoleSlugs)));
        return;
    }

    QStringList slugs;
    if (text.startsWith(u'[')) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isArray()) {
            error(Field::RoleSlugs, u"role_slugs.invalid"_s,
                  QCoreApplication::translate("Model::RowRules", "The roles (column %1) start with '[' but are not a valid JSON list. Write them as "
                  "[\"admin\", \"member\"] or as admin,member.").arg(col(Field::RoleSlugs)));
            return;
        }
        for (const QJsonValue v : doc.array()) {
            if (!v.isString()) {
                error(Field::RoleSlugs, u"role_slugs.invalid"_s,
                      QCoreApplication::translate("Model::RowRules", "The roles (column %1) are a JSON list with something other than text in it. Write them "
                      "as [\"admin\", \"member\"].").arg(col(Field::RoleSlugs)));
                return;
            }
            if (const QString slug = v.toString().trimmed(); !slug.isEmpty())
                slugs.append(slug);
        }
    } else {
        for (const QStringView part : text.split(u',')) {
            const QStringView slug = part.trimmed();
            if (!slug.isEmpty())
                slugs.append(slug.toString());
        }
    }
    slugs.removeDuplicates();
    QStringList bad;
    for (const QString &slug : std::as_const(slugs)) {
        if (!isValidRoleSlug(slug))
            bad.append(shortened(slug));
    }
    if (!bad.isEmpty()) {
        error(Field::RoleSlugs, u"role_slugs.invalid"_s,
              QCoreApplication::translate("Model::RowRules", "The roles (column %1) hold %2, which is not a role slug. A slug uses only lower-case letters, "
              "digits, '-' and '_' (for example admin or billing-manager); separate several with commas.")
                  .arg(col(Field::RoleSlugs), quotedList(bad)));
        return;
    }
    if (noOrg) {
        if (!namesOrg && m_schema.mode() == ImportMode::MultiOrganization && !slugs.isEmpty())
            warning(Field::RoleSlugs, u"role_slugs.without_org"_s,
                    QCoreApplication::translate("Model::RowRules", "The roles (column %1) are ignored because the row names no organization; roles belong to an "
                    "organization membership.").arg(col(Field::RoleSlugs)));
        return;
    }
    if (m_full)
        m_result.row.roleSlugs = std::move(slugs);
}

} // namespace Model::RowRulesDetail
