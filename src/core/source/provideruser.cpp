#include "provideruser.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QCryptographicHash>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>

using namespace Qt::StringLiterals;

namespace Source {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Source::UserMapper", text);
}

// WorkOS's metadata limits (docs/csv-format.md).
constexpr int MaxMetadataKeys = 50;
constexpr int MaxMetadataKeyLength = 40;
constexpr int MaxMetadataValueLength = 600;

// A JSON string literal for `text` (RFC 8259: quote, backslash and control characters escaped).
void appendJsonString(QString &out, QStringView text)
{
    out.append(u'"');
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == '"' || u == '\\') {
            out.append(u'\\');
            out.append(c);
        } else if (u < 0x20) {
            out.append(u"\\u00"_s);
            out.append(QChar(u"0123456789abcdef"[u >> 4]));
            out.append(QChar(u"0123456789abcdef"[u & 15]));
        } else {
            out.append(c);
        }
    }
    out.append(u'"');
}

QString jsonText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String: return v.toString();
    case QJsonValue::Bool: return v.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (d == double(qint64(d)))
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    case QJsonValue::Array: return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object: return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    default: return {};
    }
}

} // namespace

QString sideFilesFingerprint(const QString &auth0PasswordsSha256, const UserMapper &mapper)
{
    const QString firebase = mapper.firebaseConfigKey();
    if (auth0PasswordsSha256.isEmpty() && firebase.isEmpty())
        return {};
    QCryptographicHash sha(QCryptographicHash::Sha256);
    sha.addData(auth0PasswordsSha256.toLatin1());
    sha.addData("\n");
    sha.addData(firebase.toUtf8());
    return QString::fromLatin1(sha.result().toHex());
}

void MetadataFields::insertJson(const QString &key, const QJsonValue &value)
{
    if (!value.isNull() && !value.isUndefined())
        insert(key, jsonText(value));
}

void MetadataFields::addObject(const QJsonObject &object)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        insertJson(it.key(), it.value());
}

Model::Issue rowWarning(const QString &rule, const QString &field, const QString &message)
{
    Model::Issue i;
    i.severity = Model::Severity::Warning;
    i.rule = rule;
    i.field = field;
    i.message = message;
    return i;
}

Model::Issue rowError(const QString &rule, const QString &field, const QString &message)
{
    Model::Issue i = rowWarning(rule, field, message);
    i.severity = Model::Severity::Error;
    return i;
}

UserMapper::UserMapper(Kind kind, Options options)
    : m_kind(kind), m_options(std::move(options))
{
    m_header = {u"email"_s,         u"password_hash"_s, u"password_hash_type"_s, u"first_name"_s, u"last_name"_s,
                u"email_verified"_s, u"external_id"_s,   u"metadata"_s};
    if (!m_options.tenantKey.trimmed().isEmpty()) {
        m_orgColumn = int(m_header.size());
        m_header.append(u"org_external_id"_s);
    }
    if (m_kind == Kind::Firebase) {
        QString readError;
        const QString text = m_options.firebaseHashConfigText(&readError);
        if (!readError.isEmpty())
            m_firebaseProblem = readError;
        else if (text.trimmed().isEmpty())
            m_firebaseProblem = tr("the Firebase hash parameters were not given.");
        else
            m_firebase = FirebaseHashConfig::parse(text, &m_firebaseProblem);
    }
}

Model::PasswordFate UserMapper::passwordOf(const ProviderUser &user, QString &hash, QString &type, Model::RowNotes *notes,
                                           const QString &joinMiss) const
{
    using Model::PasswordFate;
    const QString given = user.hash.trimmed();
    switch (m_kind) {
    case Kind::Auth0:
        if (given.isEmpty())
            return PasswordFate::resetNeeded(joinMiss.isEmpty() ? tr("Auth0 has no password for this user") : joinMiss);
        hash = given;
        type = u"bcrypt"_s; // Auth0 stores bcrypt; a malformed one is the row rules' error
        return PasswordFate::kept(type);
    case Kind::Supabase:
        if (given.isEmpty())
            return PasswordFate::resetNeeded(tr("Supabase has no password for this user (they sign in another way)"));
        hash = given;
        type = u"bcrypt"_s;
        return PasswordFate::kept(type);
    case Kind::Firebase: {
        if (given.isEmpty())
            return PasswordFate::resetNeeded(tr("Firebase has no password for this user (they sign in another way)"));
        if (!m_firebase)
            return PasswordFate::resetNeeded(tr("no Firebase hash parameters")); // the reader stops first
        QString error;
        const auto converted = m_firebase->convert(given, user.salt, &error);
        if (!converted) {
            if (notes)
                notes->warnings.append(rowError(u"password_hash.firebase"_s, u"password_hash"_s, error));
            return PasswordFate::resetNeeded(tr("the Firebase hash is malformed"));
        }
        hash = *converted;
        type = u"firebase-scrypt"_s;
        return PasswordFate::converted(type);
    }
    case Kind::Clerk: {
        const QString hasher = user.hasher.trimmed().toLower();
        if (given.isEmpty())
            return PasswordFate::resetNeeded(tr("Clerk has no password for this user"));
        if (hasher == u"bcrypt"_s || (hasher.isEmpty() && given.startsWith(u"$2"_s))) {
            hash = given;
            type = u"bcrypt"_s;
            return PasswordFate::kept(type);
        }
        if (hasher == u"argon2i"_s || hasher == u"argon2id"_s) {
            hash = given; // a PHC string ($argon2id$v=19$m=..,t=..,p=..$salt$hash), as WorkOS takes it
            type = u"argon2"_s;
            return PasswordFate::kept(type);
        }
        if (hasher == u"scrypt_firebase"_s) {
            // Clerk's form: <hash>$<salt>$<signer key>$<salt separator>$<rounds>$<mem cost>
            const QStringList parts = given.split(u'$');
            bool okR = false, okM = false;
            if (parts.size() == 6) {
                FirebaseHashConfig c;
                const auto sk = normalizedBase64(parts[2]);
                const auto ss = normalizedBase64(parts[3]);
                c.rounds = parts[4].toInt(&okR);
                c.memCost = parts[5].toInt(&okM);
                QString error;
                if (sk && ss && okR && okM) {
                    c.signerKey = *sk;
                    c.saltSeparator = *ss;
                    if (const auto converted = c.convert(parts[0], parts[1], &error)) {
                        hash = *converted;
                        type = u"firebase-scrypt"_s;
                        return PasswordFate::converted(type);
                    }
                }
            }
            if (notes)
                notes->warnings.append(rowError(u"password_hash.firebase"_s, u"password_hash"_s,
                                                tr("The Clerk scrypt_firebase digest does not have its six parts "
                                                   "(hash$salt$signer key$salt separator$rounds$mem cost). Export the user again.")));
            return PasswordFate::resetNeeded(tr("the scrypt_firebase digest is malformed"));
        }
        return PasswordFate::resetNeeded(tr("Clerk's hasher \"%1\" has no WorkOS password type")
                                             .arg(hasher.isEmpty() ? tr("(not named)") : hasher.left(40)));
    }
    case Kind::Cognito:
        return PasswordFate::resetNeeded(tr("Cognito does not export passwords"));
    case Kind::Okta:
        return PasswordFate::resetNeeded(tr("Okta does not export passwords"));
    case Kind::Auto:
    case Kind::Csv:
        break;
    }
    return PasswordFate::resetNeeded(tr("the row has no password or hash"));
}

void UserMapper::map(const ProviderUser &user, QStringList &fields, Model::RowNotes *notes, const QString &joinMiss) const
{
    fields.resize(m_header.size());
    for (QString &f : fields)
        f.clear();
    if (notes)
        notes->clear();
    fields[0] = user.email.trimmed();
    QString hash, type;
    const Model::PasswordFate fate = passwordOf(user, hash, type, notes, joinMiss);
    fields[1] = hash;
    fields[2] = type;
    QString first = user.firstName.trimmed(), last = user.lastName.trimmed();
    QString display = user.displayName.trimmed();
    if (first.isEmpty() && last.isEmpty()) {
        // Names the provider keeps in the user's metadata (Supabase's raw_user_meta_data).
        auto metaText = [&](const char *key) { return user.metadata.value(QString::fromLatin1(key)).trimmed(); };
        first = metaText("first_name");
        if (first.isEmpty())
            first = metaText("given_name");
        last = metaText("last_name");
        if (last.isEmpty())
            last = metaText("family_name");
        if (display.isEmpty())
            display = metaText("full_name");
        if (display.isEmpty())
            display = metaText("name");
    }
    if (first.isEmpty() && last.isEmpty() && !display.isEmpty()) {
        const QString name = display.simplified();
        const qsizetype space = name.indexOf(u' ');
        first = space < 0 ? name : name.left(space);
        last = space < 0 ? QString() : name.mid(space + 1);
    }
    fields[3] = first;
    fields[4] = last;
    if (user.emailVerified)
        fields[5] = *user.emailVerified ? u"true"_s : u"false"_s;
    fields[6] = user.id.trimmed();

    // Metadata within WorkOS's limits; what does not fit is named in a warning. Written as
    // compact JSON here (one string per user; QJsonDocument's writer cost more than the rest).
    QString &metaText = fields[7];
    QStringList keys;
    QStringList left;
    auto put = [&](const QString &key, const QString &value) {
        if (keys.contains(key))
            return; // the first one wins (the created_at key the person named)
        if (key.size() > MaxMetadataKeyLength || value.size() > MaxMetadataValueLength || keys.size() >= MaxMetadataKeys) {
            left.append(key.left(MaxMetadataKeyLength + 10));
            return;
        }
        keys.append(key);
        metaText.append(metaText.isEmpty() ? u'{' : u',');
        appendJsonString(metaText, key);
        metaText.append(u':');
        appendJsonString(metaText, value);
    };
    if (!m_options.createdAtKey.trimmed().isEmpty() && !user.createdAt.isEmpty())
        put(m_options.createdAtKey.trimmed(), user.createdAt);
    for (const auto &[key, text] : user.metadata.items)
        put(key, text);
    if (!metaText.isEmpty())
        metaText.append(u'}');
    if (m_orgColumn >= 0) {
        fields[m_orgColumn] = user.appMetadata.value(m_options.tenantKey.trimmed()).trimmed();
    }
    if (!notes)
        return;
    notes->fate = fate;
    if (!left.isEmpty())
        notes->warnings.append(rowWarning(u"metadata.trimmed"_s, u"metadata"_s,
                                          tr("Left out of the metadata (WorkOS takes at most 50 keys, keys up to 40 characters and "
                                             "values up to 600 characters): %1.").arg(left.join(u", "_s))));
    if (fate.kind == Model::PasswordFate::Kind::ResetNeeded)
        notes->warnings.append(rowWarning(u"password.reset_needed"_s, u"password_hash"_s, fate.text()));
    if (user.disabled)
        notes->warnings.append(rowWarning(u"source.disabled_user"_s, QString(),
                                          tr("This user is disabled in %1. WorkOS has no disabled state for an imported user: "
                                             "the user is imported and can sign in.").arg(kindName(m_kind))));
    for (const QString &n : user.notes)
        notes->warnings.append(rowWarning(u"source.note"_s, QString(), n));
}

} // namespace Source
