#include "rowrules.h"

#include <passwords/passwordhash.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonParseError>

using namespace Qt::StringLiterals;

namespace Model {

// Limits of the WorkOS Users API (docs/csv-format.md).
namespace Limits {
constexpr int MetadataKeys = 50;
constexpr int MetadataKeyLength = 40;
constexpr int MetadataValueLength = 600;
constexpr int ExternalIdLength = 128;
}

QString dispositionId(Disposition disposition)
{
    switch (disposition) {
    case Disposition::Import: return u"import"_s;
    case Disposition::SkipDuplicate: return u"skip_duplicate"_s;
    case Disposition::Invalid: return u"invalid"_s;
    }
    return {};
}

bool RowResult::hasErrors() const
{
    for (const Issue &i : issues) {
        if (i.severity == Severity::Error)
            return true;
    }
    return false;
}

QString emailProblemText(EmailProblem p, QStringView email)
{
    switch (p) {
    case EmailProblem::None:
    case EmailProblem::Empty:
        break;
    case EmailProblem::NoAt: return QCoreApplication::translate("Model::RowRules", "it has no @");
    case EmailProblem::SeveralAt: return QCoreApplication::translate("Model::RowRules", "it has more than one @");
    case EmailProblem::Whitespace: return QCoreApplication::translate("Model::RowRules", "it contains a space or an invisible character");
    case EmailProblem::NotAscii: {
        QString first;
        for (qsizetype i = 0; i < email.size() && first.isEmpty(); ++i) {
            if (email[i].unicode() >= 0x80)
                first = email[i].isHighSurrogate() && i + 1 < email.size() ? email.sliced(i, 2).toString() : QString(email[i]);
        }
        return QCoreApplication::translate("Model::RowRules", "it contains \"%1\", and WorkOS accepts only ASCII letters, digits and !#$%&'*+/=?^_`{|}~-. in an email "
               "(a domain with accents must be written in its xn-- form)").arg(first);
    }
    case EmailProblem::EmptyLocalPart: return QCoreApplication::translate("Model::RowRules", "there is nothing before the @");
    case EmailProblem::EmptyDomain: return QCoreApplication::translate("Model::RowRules", "there is nothing after the @");
    case EmailProblem::TooLong: return QCoreApplication::translate("Model::RowRules", "it is longer than 320 characters");
    case EmailProblem::LocalPartTooLong: return QCoreApplication::translate("Model::RowRules", "the part before the @ is longer than 64 characters");
    case EmailProblem::LocalPartDots: return QCoreApplication::translate("Model::RowRules", "the part before the @ starts or ends with a dot, or has two dots in a row");
    case EmailProblem::LocalPartCharacter:
        return QCoreApplication::translate("Model::RowRules", "the part before the @ holds a character an address cannot hold unquoted (only letters, digits and !#$%&'*+/=?^_`{|}~-. are allowed)");
    case EmailProblem::NoDotInDomain: return QCoreApplication::translate("Model::RowRules", "the part after the @ has no dot (a domain looks like example.com)");
    case EmailProblem::EmptyDomainLabel: return QCoreApplication::translate("Model::RowRules", "the part after the @ has two dots in a row, or starts or ends with a dot");
    case EmailProblem::DomainCharacter: return QCoreApplication::translate("Model::RowRules", "the part after the @ may hold only letters, digits, hyphens and dots");
    case EmailProblem::DomainLabelHyphen: return QCoreApplication::translate("Model::RowRules", "a part of the domain starts or ends with a hyphen");
    case EmailProblem::DomainTooLong: return QCoreApplication::translate("Model::RowRules", "the domain is too long (at most 63 characters between dots, 253 in all)");
    case EmailProblem::TopLevelDomain: return QCoreApplication::translate("Model::RowRules", "the domain does not end in a real top-level domain (like .com or .de)");
    }
    return {};
}

std::optional<bool> parseBoolean(QStringView text, bool *ok)
{
    *ok = true;
    const QStringView t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    for (const QLatin1StringView word : {"true"_L1, "yes"_L1, "y"_L1, "1"_L1}) {
        if (t.compare(word, Qt::CaseInsensitive) == 0)
            return true;
    }
    for (const QLatin1StringView word : {"false"_L1, "no"_L1, "n"_L1, "0"_L1}) {
        if (t.compare(word, Qt::CaseInsensitive) == 0)
            return false;
    }
    *ok = false;
    return std::nullopt;
}

namespace {

// bcrypt's base64 alphabet: ./A-Za-z0-9.
struct BcryptAlphabet {
    bool table[128] = {};
    constexpr BcryptAlphabet()
    {
        for (char c = 'a'; c <= 'z'; ++c)
            table[int(c)] = true;
        for (char c = 'A'; c <= 'Z'; ++c)
            table[int(c)] = true;
        for (char c = '0'; c <= '9'; ++c)
            table[int(c)] = true;
        table[int('.')] = table[int('/')] = true;
    }
};
constexpr BcryptAlphabet Bcrypt64;

inline bool isBcryptChar(char16_t c)
{
    return c < 128 && Bcrypt64.table[c];
}

inline bool isSlugChar(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_' || c == u'-';
}

} // namespace

bool isBcryptShaped(QStringView hash)
{
    // $2a$ / $2b$ / $2y$, a two-digit cost, '$', then 22 characters of salt and 31 of hash in
    // bcrypt's base64 alphabet: 60 characters.
    if (hash.size() != 60)
        return false;
    const char16_t *h = hash.utf16();
    if (h[0] != u'$' || h[1] != u'2' || (h[2] != u'a' && h[2] != u'b' && h[2] != u'y') || h[3] != u'$'
        || h[4] < u'0' || h[4] > u'9' || h[5] < u'0' || h[5] > u'9' || h[6] != u'$')
        return false;
    bool ok = true;
    for (int i = 7; i < 60; ++i)
        ok &= isBcryptChar(h[i]);
    return ok;
}

QString passwordHashTypeFromShape(QStringView hash)
{
    if (isBcryptShaped(hash))
        return u"bcrypt"_s;
    for (const auto prefix : {u"$argon2id$", u"$argon2i$", u"$argon2d$"}) {
        if (hash.startsWith(QStringView(prefix)) && hash.size() > QStringView(prefix).size() + 8)
            return u"argon2"_s;
    }
    return {};
}

bool isKnownPasswordHashType(QStringView type)
{
    for (const QLatin1StringView known : {"bcrypt"_L1, "firebase-scrypt"_L1, "ssha"_L1, "ssha256"_L1, "scrypt"_L1, "pbkdf2"_L1, "argon2"_L1}) {
        if (type.compare(known, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool isValidRoleSlug(QStringView slug)
{
    if (slug.isEmpty())
        return false;
    for (const QChar ch : slug) {
        if (!isSlugChar(ch.unicode()))
            return false;
    }
    return true;
}

namespace {

const QString &emptyString()
{
    static const QString empty;
    return empty;
}

// Lower-cases for the email identity; ASCII fast path.
QString emailKeyOf(const QString &email)
{
    for (const QChar c : email) {
        const char16_t u = c.unicode();
        if (u >= 0x80 || (u >= u'A' && u <= u'Z'))
            return email.toLower();
    }
    return email;
}

QString quotedList(const QStringList &items, int max = 5)
{
    QStringList shown;
    for (int i = 0; i < items.size() && i < max; ++i)
        shown.append(u'"' + items[i] + u'"');
    QString s = shown.join(u", "_s);
    if (items.size() > max)
        s += u" and %1 more"_s.arg(items.size() - max);
    return s;
}

QString shortened(const QString &text, int max = 40)
{
    return text.size() <= max ? text : text.left(max) + u"…"_s;
}

// Whitespace as JSON defines it.
inline bool isJsonSpace(char16_t c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
}

inline bool isHexDigit(char16_t c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

// The fast path of the metadata rules: true when `text` is certainly a JSON object of at most
// 50 keys of at most 40 characters with text values of at most 600 characters. Anything else
// (numbers, nesting, long or escaped-surrogate strings, bad JSON) returns false, and the full
// parser decides and explains. Measures raw lengths, which are never shorter than the decoded
// ones, so it never accepts what the full rules reject. No allocation.
bool isPlainMetadataObject(QStringView text)
{
    const char16_t *p = text.utf16();
    const char16_t *const end = p + text.size();
    auto skipSpace = [&] {
        while (p < end && isJsonSpace(*p))
            ++p;
    };
    // Scans a string starting at its opening quote; returns its raw length or -1.
    auto scanString = [&]() -> qsizetype {
        if (p >= end || *p != u'"')
            return -1;
        const char16_t *start = ++p;
        while (p < end) {
            const char16_t c = *p;
            if (c == u'"') {
                const qsizetype length = p - start;
                ++p;
                return length;
            }
            if (c < 0x20)
                return -1;
            if (c == u'\\') {
                if (p + 1 >= end)
                    return -1;
                const char16_t e = p[1];
                if (e == u'u') {
                    if (end - p < 6 || !isHexDigit(p[2]) || !isHexDigit(p[3]) || !isHexDigit(p[4]) || !isHexDigit(p[5]))
                        return -1;
                    if ((p[2] == u'd' || p[2] == u'D') && (p[3] >= u'8' || (p[3] >= u'a' && p[3] <= u'f') || (p[3] >= u'A' && p[3] <= u'F')))
                        return -1; // surrogates: let the full parser judge
                    p += 6;
                    continue;
                }
                if (e != u'"' && e != u'\\' && e != u'/' && e != u'b' && e != u'f' && e != u'n' && e != u'r' && e != u't')
                    return -1;
                p += 2;
                continue;
            }
            ++p;
        }
        return -1;
    };

    skipSpace();
    if (p >= end || *p != u'{')
        return false;
    ++p;
    skipSpace();
    int keys = 0;
    if (p < end && *p == u'}') {
        ++p;
    } else {
        for (;;) {
            const qsizetype key = scanString();
            if (key < 0 || key > 40 || ++keys > 50)
                return false;
            skipSpace();
            if (p >= end || *p != u':')
                return false;
            ++p;
            skipSpace();
            const qsizetype value = scanString();
            if (value < 0 || value > 600)
                return false;
            skipSpace();
            if (p >= end)
                return false;
            if (*p == u'}') {
                ++p;
                break;
            }
            if (*p != u',')
                return false;
            ++p;
            skipSpace();
        }
    }
    skipSpace();
    return p == end;
}

// The fast path of the role_slugs rule: comma-separated valid slugs (blanks around them and
// empty items allowed). No allocation.
bool isPlainSlugList(QStringView text)
{
    qsizetype from = 0;
    while (from <= text.size()) {
        qsizetype comma = text.indexOf(u',', from);
        if (comma < 0)
            comma = text.size();
        const QStringView item = text.sliced(from, comma - from).trimmed();
        if (!item.isEmpty() && !isValidRoleSlug(item))
            return false;
        from = comma + 1;
    }
    return true;
}

class RowBuilder
{
public:
    RowBuilder(const Schema &schema, const Csv::Record &record, RowDetail detail, RowResult &result)
        : m_schema(schema), m_record(record), m_full(detail == RowDetail::Full), m_result(result)
    {
    }

    const QString &value(Field f) const
    {
        const int c = m_schema.column(f);
        return c >= 0 && c < m_record.fields.size() ? m_record.fields[c] : emptyString();
    }

    void add(Severity severity, Field field, const QString &rule, const QString &message)
    {
        m_result.issues.append(Issue{m_record.row, m_record.line, m_result.row.email, severity, rule,
                                     fieldName(field), message});
    }
    void error(Field field, const QString &rule, const QString &message) { add(Severity::Error, field, rule, message); }
    // The person's own name of the column that holds `f`, in quotes (“Vorname”), so that a
    // message speaks of the file as they wrote it; the template name when the file has none.
    QString col(Field f) const
    {
        const int c = m_schema.column(f);
        const QString name = c >= 0 && c < m_schema.header().size() ? m_schema.header().at(c).trimmed() : QString();
        return u"“"_s + (name.isEmpty() ? fieldName(f) : name) + u"”"_s;
    }
    void warning(Field field, const QString &rule, const QString &message) { add(Severity::Warning, field, rule, message); }

    void run();

private:
    void checkEmail();
    void checkEmailVerified();
    void checkPassword();
    void checkHashStructure(QStringView type, QStringView hash);
    void checkMetadata();
    void fullMetadataCheck(const QString &text);
    void checkExternalId();
    void checkOrganization();
    void checkRoleSlugs();

    const Schema &m_schema;
    const Csv::Record &m_record;
    const bool m_full;
    RowResult &m_result;
};

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

} // namespace

RowResult checkRow(const Schema &schema, const Csv::Record &record, RowDetail detail)
{
    RowResult result;
    RowBuilder(schema, record, detail, result).run();
    return result;
}

} // namespace Model
