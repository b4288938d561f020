#include "jsonreader.h"

#include "jsonvalue.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonDocument>

using namespace Qt::StringLiterals;

namespace Source {

namespace Json {
QString textOf(const Value &v)
{
    if (v.IsString())
        return str(v);
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
    v.Accept(writer);
    return QString::fromUtf8(buffer.GetString(), qsizetype(buffer.GetSize()));
}

namespace {
void addTo(MetadataFields &out, const Value &object)
{
    for (const auto &m : object.GetObject())
        if (!m.value.IsNull())
            out.insert(str(m.name), textOf(m.value));
}
}

template <> void addObjectOf<MetadataFields>(MetadataFields &out, const Value &object, const char *name)
{
    const Value *v = member(object, name);
    if (!v)
        return;
    if (v->IsObject()) {
        addTo(out, *v);
    } else if (v->IsString() && v->GetStringLength() > 0) {
        rapidjson::Document inner;
        inner.Parse(v->GetString(), v->GetStringLength());
        if (!inner.HasParseError() && inner.IsObject())
            addTo(out, inner);
    }
}
}

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Source::JsonReader", text);
}

// Finds the users array of {"users":[...]} / {"Users":[...]} without building anything: the
// handler stops the parse at the array's '[' (the stream is then just past it), or lets the
// first object end (then the file is one object per line).
struct ArrayFinder : rapidjson::BaseReaderHandler<rapidjson::UTF8<>, ArrayFinder> {
    int depth = 0;
    bool keyIsUsers = false;
    bool found = false;
    QString key;
    bool Key(const char *s, rapidjson::SizeType n, bool)
    {
        keyIsUsers = depth == 1 && (QByteArrayView(s, n) == "users" || QByteArrayView(s, n) == "Users");
        if (keyIsUsers)
            key = QString::fromUtf8(s, n);
        return true;
    }
    bool StartObject()
    {
        ++depth;
        keyIsUsers = false;
        return true;
    }
    bool EndObject(rapidjson::SizeType)
    {
        --depth;
        return true;
    }
    bool StartArray()
    {
        if (depth == 1 && keyIsUsers) {
            found = true;
            return false; // stop here
        }
        ++depth;
        return true;
    }
    bool EndArray(rapidjson::SizeType)
    {
        --depth;
        return true;
    }
    bool Default()
    {
        keyIsUsers = false;
        return true;
    }
};

Kind kindOfObject(const Json::Value &o, bool *isAuth0Passwords)
{
    *isAuth0Passwords = false;
    auto has = [&](const char *name) { return Json::member(o, name) != nullptr; };
    if (has("localId"))
        return Kind::Firebase;
    if (has("_id") && (has("passwordHash") || has("password_hash"))) {
        *isAuth0Passwords = true;
        return Kind::Auto;
    }
    if (has("user_id"))
        return Kind::Auth0;
    if (has("Username") && (has("Attributes") || has("UserStatus") || has("Enabled") || has("UserCreateDate")))
        return Kind::Cognito;
    if (has("encrypted_password") || has("raw_user_meta_data") || has("raw_app_meta_data") || has("email_confirmed_at"))
        return Kind::Supabase;
    return Kind::Auto;
}

void fromFirebase(const Json::Value &o, ProviderUser &u)
{
    u.id = Json::text(o, "localId");
    u.email = Json::text(o, "email");
    u.emailVerified = Json::boolean(o, "emailVerified");
    u.hash = Json::text(o, "passwordHash");
    u.salt = Json::text(o, "salt");
    u.displayName = Json::text(o, "displayName");
    u.createdAt = Json::text(o, "createdAt");
    Json::addObjectOf(u.metadata, o, "customAttributes");
    u.disabled = Json::boolean(o, "disabled").value_or(false);
}

void fromAuth0(const Json::Value &o, ProviderUser &u)
{
    u.id = Json::text(o, "user_id");
    u.email = Json::text(o, "email");
    u.emailVerified = Json::boolean(o, "email_verified");
    u.firstName = Json::text(o, "given_name");
    u.lastName = Json::text(o, "family_name");
    u.displayName = Json::text(o, "name");
    u.createdAt = Json::text(o, "created_at");
    Json::addObjectOf(u.metadata, o, "user_metadata");
    Json::addObjectOf(u.appMetadata, o, "app_metadata");
    // The export job can flatten nested fields: "user_metadata.plan".
    for (const auto &m : o.GetObject()) {
        const QByteArrayView name(m.name.GetString(), qsizetype(m.name.GetStringLength()));
        if (name.startsWith("user_metadata."))
            u.metadata.insert(QString::fromUtf8(name.sliced(14)), Json::textOf(m.value));
        else if (name.startsWith("app_metadata."))
            u.appMetadata.insert(QString::fromUtf8(name.sliced(13)), Json::textOf(m.value));
    }
    u.disabled = Json::boolean(o, "blocked").value_or(false);
}

void fromSupabase(const Json::Value &o, ProviderUser &u)
{
    u.id = Json::text(o, "id");
    u.email = Json::text(o, "email");
    const Json::Value *confirmed = Json::member(o, "email_confirmed_at");
    u.emailVerified = confirmed && !confirmed->IsNull() && !Json::text(o, "email_confirmed_at").trimmed().isEmpty();
    u.hash = Json::text(o, "encrypted_password");
    u.createdAt = Json::text(o, "created_at");
    Json::addObjectOf(u.metadata, o, "raw_user_meta_data");
    Json::addObjectOf(u.appMetadata, o, "raw_app_meta_data");
}

void fromCognito(const Json::Value &o, ProviderUser &u)
{
    // ListUsers: Attributes [{Name, Value}]; the flattened form has the attributes as keys.
    QHash<QString, QString> attrs;
    if (const Json::Value *a = Json::member(o, "Attributes"); a && a->IsArray()) {
        for (const Json::Value &e : a->GetArray())
            attrs.insert(Json::text(e, "Name"), Json::text(e, "Value"));
    }
    for (const auto &m : o.GetObject()) {
        const QString name = Json::str(m.name);
        if (name != u"Attributes"_s && !attrs.contains(name) && (m.value.IsString() || m.value.IsBool() || m.value.IsNumber()))
            attrs.insert(name, Json::text(o, m.name.GetString()));
    }
    u.id = attrs.value(u"sub"_s);
    if (u.id.isEmpty())
        u.id = attrs.value(u"Username"_s);
    u.email = attrs.value(u"email"_s);
    const QString verified = attrs.value(u"email_verified"_s).toLower();
    if (verified == u"true"_s)
        u.emailVerified = true;
    else if (verified == u"false"_s)
        u.emailVerified = false;
    u.firstName = attrs.value(u"given_name"_s);
    u.lastName = attrs.value(u"family_name"_s);
    u.displayName = attrs.value(u"name"_s);
    u.createdAt = attrs.value(u"UserCreateDate"_s);
    for (auto it = attrs.constBegin(); it != attrs.constEnd(); ++it)
        if (it.key().startsWith(u"custom:"_s))
            u.metadata.insert(it.key().mid(7), it.value());
    const QString enabled = attrs.value(u"Enabled"_s).toLower();
    u.disabled = enabled == u"false"_s;
}

} // namespace

JsonReader::JsonReader(QString path, Kind kind, Options options)
    : Reader(path, kind), m_options(std::move(options)), m_wanted(kind), m_file(path)
{
}

JsonReader::~JsonReader() = default;

const QStringList &JsonReader::header() const
{
    return m_mapper ? m_mapper->header() : m_emptyHeader;
}

void JsonReader::skipSpace()
{
    for (;;) {
        const char c = m_stream.Peek();
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            return;
        m_stream.Take();
    }
}

bool JsonReader::open()
{
    clearError();
    if (!m_file.open(QIODevice::ReadOnly)) {
        fail(u"csv.cannot_open"_s, tr("Cannot open \"%1\": %2").arg(path(), m_file.errorString()));
        return false;
    }
    const QByteArray start = m_file.peek(4);
    if (start.startsWith("\xFF\xFE") || start.startsWith("\xFE\xFF")) {
        fail(u"json.utf16"_s, tr("\"%1\" is JSON in UTF-16. Save it as UTF-8 (the encoding every export tool writes) and choose it again.").arg(path()));
        return false;
    }
    m_stream.setDevice(&m_file);
    if (start.startsWith("\xEF\xBB\xBF")) {
        m_stream.Take();
        m_stream.Take();
        m_stream.Take();
        m_dialect.hasBom = true;
        m_dialect.bomSize = 3;
    }
    skipSpace();
    const char first = m_stream.Peek();
    if (first == '[') {
        m_stream.Take();
        m_framing = Framing::Array;
    } else if (first == '{') {
        const qint64 objectStart = m_stream.offset();
        const qint64 objectLine = m_stream.line();
        ArrayFinder finder;
        rapidjson::Reader reader;
        const rapidjson::ParseResult r = reader.Parse<rapidjson::kParseStopWhenDoneFlag>(m_stream, finder);
        if (finder.found) {
            m_framing = Framing::Array; // the stream is just past the '['
        } else if (r) {
            m_framing = Framing::Lines;
            m_oneLinePerUser = m_stream.line() == objectLine; // else: pretty objects one after another
            m_stream.seek(objectStart, objectLine);
        } else {
            fail(u"json.malformed"_s,
                 tr("\"%1\" is not valid JSON: %2 at byte %3 (line %4). Export the users again.")
                     .arg(path(), QString::fromUtf8(rapidjson::GetParseError_En(r.Code())))
                     .arg(r.Offset())
                     .arg(m_stream.line()),
                 m_stream.line());
            return false;
        }
    } else {
        fail(u"json.not_json"_s, tr("\"%1\" is neither a CSV file nor a JSON export.").arg(path()));
        return false;
    }
    skipSpace();
    m_dataStart = m_stream.offset();
    const qint64 dataLine = m_stream.line();

    // The kind from the first user's keys (unless the person chose it).
    {
        rapidjson::Document doc;
        m_stream.setLimit(MaxRecordBytes);
        doc.ParseStream<rapidjson::kParseStopWhenDoneFlag>(m_stream);
        m_stream.setLimit(-1);
        bool passwords = false;
        Kind detected = Kind::Auto;
        if (!doc.HasParseError() && doc.IsObject())
            detected = kindOfObject(doc, &passwords);
        if (passwords && m_wanted == Kind::Auto) {
            fail(u"source.auth0_password_file"_s,
                 tr("\"%1\" is Auth0's password export (passwordHash by _id), not the user export. Choose the user "
                    "export as the file, and give this one as the Auth0 password file (--auth0-passwords).").arg(path()));
            return false;
        }
        Kind kind = m_wanted == Kind::Auto ? detected : m_wanted;
        if (kind == Kind::Auto || kind == Kind::Csv || kind == Kind::Clerk || kind == Kind::Okta) {
            fail(u"source.unknown_json"_s,
                 m_wanted == Kind::Auto
                     ? tr("\"%1\" is JSON, but not an export this program knows: it reads Firebase (auth:export), Auth0 "
                          "(user export), Supabase (auth.users) and Cognito (ListUsers) JSON. Choose the source "
                          "yourself if it is one of those (--source).").arg(path())
                     : tr("\"%1\" is JSON; a %2 export is a CSV file. Choose the CSV export.").arg(path(), kindName(m_wanted)));
            return false;
        }
        setKind(kind);
        m_stream.seek(m_dataStart, dataLine);
    }
    m_mapper = std::make_unique<UserMapper>(kind(), m_options);
    if (kind() == Kind::Auth0 && !m_options.auth0PasswordsPath.isEmpty()) {
        m_passwords = std::make_unique<Auth0Passwords>(m_options.auth0PasswordsPath);
        QString error;
        if (!m_passwords->open(&error)) {
            fail(u"source.auth0_passwords"_s, error);
            return false;
        }
    }
    m_row = 0;
    m_done = false;
    if (!checkSideFiles(sideFilesFingerprint(m_passwords ? m_passwords->sha256() : QString(), *m_mapper),
                        m_options.sideFilesSha256))
        return false;
    return true;
}

bool JsonReader::seek(qint64 offset, qint64 row, qint64 line)
{
    if (!m_mapper || offset < m_dataStart || offset > m_file.size() || row < 1 || line < 1)
        return false;
    clearError();
    m_row = row - 1;
    m_done = false;
    return m_stream.seek(offset, line);
}

bool JsonReader::joinAuth0(ProviderUser &user, QString *miss)
{
    if (!m_passwords) {
        *miss = tr("no Auth0 password export was given");
        return false;
    }
    const auto found = m_passwords->find(user.id, user.email);
    if (!found) {
        *miss = tr("not in the Auth0 password export");
        return false;
    }
    user.hash = found->hash;
    if (found->byEmail)
        user.notes.append(tr("The Auth0 password export has this user's hash under another id; it was matched by the email."));
    return true;
}

bool JsonReader::next(Csv::Record &record, Model::RowNotes *notes)
{
    if (m_done || failed() || !m_mapper)
        return false;
    skipSpace();
    if (m_framing == Framing::Array) {
        if (m_stream.Peek() == ',') {
            m_stream.Take();
            skipSpace();
        }
        if (m_stream.Peek() == ']' || m_stream.atEnd()) {
            if (m_stream.atEnd())
                fail(u"json.truncated"_s, tr("The JSON array of users is not closed: the file ends at line %1 without its ']'. "
                                             "The export may be incomplete; export the users again.").arg(m_stream.line()),
                     m_stream.line());
            m_done = true;
            return false;
        }
    } else if (m_stream.atEnd()) {
        m_done = true;
        return false;
    }
    if (m_stream.readError()) {
        fail(u"csv.read_failed"_s, tr("Cannot read \"%1\": %2").arg(path(), m_file.errorString()));
        return false;
    }
    record.row = ++m_row;
    // The line identifies a row (reports, the Validator's state): NDJSON's physical line; in
    // an array, where many users may share a line (json_agg writes one), the user's number.
    record.line = m_framing == Framing::Lines && m_oneLinePerUser ? m_stream.line() : record.row;
    record.offset = m_stream.offset();
    record.error = Csv::ErrorCode::None;
    record.errorMessage.clear();
    record.warnings.clear();

    // One user's DOM in buffers on the stack (no heap allocation for a usual user; a larger
    // one grows onto the heap and is freed with the record).
    char valueBuffer[16 * 1024];
    char parseBuffer[4 * 1024];
    rapidjson::MemoryPoolAllocator<> valuePool(valueBuffer, sizeof valueBuffer);
    rapidjson::MemoryPoolAllocator<> parsePool(parseBuffer, sizeof parseBuffer);
    rapidjson::GenericDocument<rapidjson::UTF8<>, rapidjson::MemoryPoolAllocator<>, rapidjson::MemoryPoolAllocator<>> doc(
        &valuePool, 1024, &parsePool);
    m_stream.setLimit(MaxRecordBytes);
    m_stream.setStopAtNewline(m_framing == Framing::Lines && m_oneLinePerUser);
    if (m_stream.Peek() == '{')
        doc.ParseStream<rapidjson::kParseStopWhenDoneFlag>(m_stream);
    m_stream.setStopAtNewline(false);
    const bool tooLarge = m_stream.limitHit();
    m_stream.setLimit(-1);
    const bool bad = m_stream.offset() == record.offset || doc.HasParseError() || !doc.IsObject();
    if (bad) {
        const QString why = tooLarge ? tr("a user record larger than 8 MB")
                            : doc.HasParseError() ? QString::fromUtf8(rapidjson::GetParseError_En(doc.GetParseError()))
                                                  : tr("not a JSON object");
        if (m_framing == Framing::Array) {
            fail(u"json.malformed"_s,
                 tr("The JSON export is malformed at line %1 (byte %2): %3. Nothing after it can be read; export the users again.")
                     .arg(m_stream.line()).arg(m_stream.offset()).arg(why),
                 m_stream.line());
            return false;
        }
        // One line of NDJSON: this row's error; reading goes on at the next line.
        while (!m_stream.atEnd() && m_stream.Take() != '\n') {
        }
        record.endOffset = m_stream.offset();
        const QStringList empty;
        m_user.clear();
        m_mapper->map(m_user, record.fields, notes);
        if (notes) {
            notes->fate = Model::PasswordFate::resetNeeded(tr("the line cannot be read"));
            notes->warnings = {rowError(u"json.malformed_line"_s, QString(),
                                        tr("Line %1 is not a JSON object (%2). Correct the line or export the users again.")
                                            .arg(record.line).arg(why))};
        }
        return true;
    }
    if (m_framing == Framing::Lines) {
        // The rest of the line (spaces and the line break) belongs to this record.
        for (;;) {
            const char c = m_stream.Peek();
            if (c != ' ' && c != '\t' && c != '\r')
                break;
            m_stream.Take();
        }
        if (m_stream.Peek() == '\n')
            m_stream.Take();
    }
    record.endOffset = m_stream.offset();

    m_user.clear();
    switch (kind()) {
    case Kind::Firebase: fromFirebase(doc, m_user); break;
    case Kind::Auth0: fromAuth0(doc, m_user); break;
    case Kind::Supabase: fromSupabase(doc, m_user); break;
    case Kind::Cognito: fromCognito(doc, m_user); break;
    default: break;
    }
    QString miss;
    if (kind() == Kind::Auth0)
        joinAuth0(m_user, &miss);
    if (kind() == Kind::Firebase && !m_user.hash.trimmed().isEmpty() && !m_mapper->hasFirebaseConfig()) {
        fail(u"source.firebase_hash_config"_s,
             tr("This Firebase export has password hashes (the first at line %1), and %2 Without the project's hash parameters "
                "the hashes cannot be converted, so nothing is imported. Copy them from the Firebase console "
                "(Authentication, Users, the menu above the table, Password hash parameters) and give them with "
                "--firebase-hash-config FILE, or paste them on the File page.")
                 .arg(record.line).arg(m_mapper->firebaseConfigProblem()),
             record.line);
        return false;
    }
    m_mapper->map(m_user, record.fields, notes, miss);
    return true;
}

QStringList JsonReader::fileWarnings() const
{
    QStringList w;
    if (m_passwords)
        w.append(m_passwords->warnings(m_done));
    return w;
}

} // namespace Source
