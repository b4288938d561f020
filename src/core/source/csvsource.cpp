#include "csvsource.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonDocument>
#include <QtCore/QRegularExpression>

using namespace Qt::StringLiterals;

namespace Source {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Source::CsvSource", text);
}

std::optional<bool> booleanText(const QString &text)
{
    const QString s = text.trimmed().toLower();
    if (s == u"true"_s || s == u"1"_s || s == u"yes"_s || s == u"t"_s)
        return true;
    if (s == u"false"_s || s == u"0"_s || s == u"no"_s || s == u"f"_s)
        return false;
    return std::nullopt;
}

QJsonObject objectText(const QString &text)
{
    const QString t = text.trimmed();
    if (!t.startsWith(u'{'))
        return {};
    return QJsonDocument::fromJson(t.toUtf8()).object();
}

} // namespace

QString normalizedHeaderName(QStringView name)
{
    QString out;
    out.reserve(name.size());
    for (const QChar c : name.trimmed()) {
        if (c.isLetterOrNumber() || c == u'.' || c == u':')
            out.append(c.toLower());
    }
    return out;
}

Kind CsvSource::kindOfHeader(const QStringList &header)
{
    QSet<QString> names;
    for (const QString &h : header)
        names.insert(normalizedHeaderName(h));
    auto has = [&](const char *n) { return names.contains(QString::fromLatin1(n)); };
    auto hasPrefix = [&](const char *p) {
        for (const QString &n : std::as_const(names))
            if (n.startsWith(QLatin1StringView(p)))
                return true;
        return false;
    };
    if (has("passworddigest") || has("passwordhasher") || (has("primaryemailaddress") && has("id")))
        return Kind::Clerk;
    if (has("encryptedpassword") || has("rawusermetadata") || has("rawappmetadata") || has("emailconfirmedat"))
        return Kind::Supabase;
    if (has("userid") && (has("givenname") || has("familyname") || has("emailverified") || hasPrefix("usermetadata")
                          || hasPrefix("appmetadata") || has("loginscount") || has("lastlogin") || has("nickname")))
        return Kind::Auth0;
    if (has("username") && has("primaryemail"))
        return Kind::Okta;
    // Firebase's CSV has no header: the first line is a user (uid, email, true/false, ...).
    if (header.size() >= FbMinColumns) {
        const QString verified = header.value(FbEmailVerified).trimmed().toLower();
        const QString email = header.value(FbEmail);
        const QString created = header.value(FbCreatedAt).trimmed();
        bool numeric = created.isEmpty();
        if (!numeric)
            created.toLongLong(&numeric);
        if ((verified == u"true"_s || verified == u"false"_s) && (email.isEmpty() || email.contains(u'@')) && numeric
            && !header.value(FbUid).trimmed().isEmpty())
            return Kind::Firebase;
    }
    return Kind::Csv;
}

CsvSource::CsvSource(QString path, Kind kind, Options options)
    : Reader(path, kind), m_options(std::move(options)), m_wanted(kind), m_csv(path)
{
}

CsvSource::~CsvSource() = default;

const QStringList &CsvSource::header() const
{
    return m_mapper ? m_mapper->header() : m_csv.header();
}

qint64 CsvSource::dataStartOffset() const
{
    return m_headerless ? m_first.offset : m_csv.dataStartOffset();
}

bool CsvSource::open()
{
    clearError();
    if (!m_csv.open()) {
        fail(Csv::errorId(m_csv.error()), m_csv.errorMessage(), m_csv.errorLine());
        return false;
    }
    const Kind detected = kindOfHeader(m_csv.header());
    setKind(m_wanted == Kind::Auto ? detected : m_wanted);
    if (kind() == Kind::Cognito) {
        fail(u"source.unknown_csv"_s, tr("A Cognito export is the JSON of ListUsers; \"%1\" is a CSV file. Choose the JSON file.").arg(path()));
        return false;
    }
    m_done = false;
    if (kind() == Kind::Csv)
        return true;
    m_columns.clear();
    for (int i = 0; i < m_csv.header().size(); ++i)
        m_columns.insert(normalizedHeaderName(m_csv.header()[i]), i);
    if (kind() == Kind::Firebase) {
        m_headerless = true;
        m_pendingFirst = true;
        m_first = Csv::Record();
        m_first.row = 1;
        m_first.line = 1;
        m_first.offset = m_csv.dialect().bomSize;
        m_first.endOffset = m_csv.dataStartOffset();
        m_first.fields = m_csv.header();
        Csv::Record second;
        if (m_csv.next(second)) {
            m_secondLine = second.line;
            m_csv.seek(m_csv.dataStartOffset(), 1, second.line);
        }
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
    if (!checkSideFiles(sideFilesFingerprint(m_passwords ? m_passwords->sha256() : QString(), *m_mapper),
                        m_options.sideFilesSha256))
        return false;
    return true;
}

bool CsvSource::seek(qint64 offset, qint64 row, qint64 line)
{
    clearError();
    m_done = false;
    if (m_headerless) {
        if (offset == m_first.offset) {
            m_pendingFirst = true;
            return m_csv.seek(m_csv.dataStartOffset(), 1, m_secondLine);
        }
        m_pendingFirst = false;
        return row > 1 && m_csv.seek(offset, row - 1, line);
    }
    return m_csv.seek(offset, row, line);
}

QString CsvSource::value(const QStringList &fields, const char *normalizedName) const
{
    const int i = m_columns.value(QString::fromLatin1(normalizedName), -1);
    return i >= 0 && i < fields.size() ? fields[i] : QString();
}

void CsvSource::toUser(const QStringList &f, ProviderUser &u) const
{
    switch (kind()) {
    case Kind::Firebase:
        u.id = f.value(FbUid);
        u.email = f.value(FbEmail);
        u.emailVerified = booleanText(f.value(FbEmailVerified));
        u.hash = f.value(FbPasswordHash);
        u.salt = f.value(FbSalt);
        u.displayName = f.value(FbName);
        // The documented layout has the creation time at 23; firebase-tools' own sample (the
        // firebase/scrypt README) has one more column before it.
        u.createdAt = f.value(FbCreatedAt).trimmed();
        if (u.createdAt.isEmpty())
            u.createdAt = f.value(FbCreatedAt + 1).trimmed();
        break;
    case Kind::Auth0:
        u.id = value(f, "userid");
        u.email = value(f, "email");
        u.emailVerified = booleanText(value(f, "emailverified"));
        u.firstName = value(f, "givenname");
        u.lastName = value(f, "familyname");
        u.displayName = value(f, "name");
        u.createdAt = value(f, "createdat");
        u.metadata.addObject(objectText(value(f, "usermetadata")));
        u.appMetadata.addObject(objectText(value(f, "appmetadata")));
        for (auto it = m_columns.constBegin(); it != m_columns.constEnd(); ++it) {
            const QString cell = f.value(it.value());
            if (cell.isEmpty())
                continue;
            if (it.key().startsWith(u"usermetadata."_s))
                u.metadata.insert(m_csv.header()[it.value()].trimmed().mid(14), cell);
            else if (it.key().startsWith(u"appmetadata."_s))
                u.appMetadata.insert(m_csv.header()[it.value()].trimmed().mid(13), cell);
        }
        u.disabled = booleanText(value(f, "blocked")).value_or(false);
        break;
    case Kind::Clerk: {
        u.id = value(f, "id");
        u.email = value(f, "primaryemailaddress");
        if (u.email.isEmpty())
            u.email = value(f, "email");
        u.firstName = value(f, "firstname");
        u.lastName = value(f, "lastname");
        u.createdAt = value(f, "createdat");
        u.hash = value(f, "passworddigest");
        u.hasher = value(f, "passwordhasher");
        const int verifiedColumn = m_columns.value(u"verifiedemailaddresses"_s, -1);
        if (verifiedColumn >= 0 && !u.email.isEmpty()) {
            static const QRegularExpression separators(u"[|,;\\s]+"_s);
            const QStringList verified = f.value(verifiedColumn).split(separators, Qt::SkipEmptyParts);
            u.emailVerified = verified.contains(u.email.trimmed(), Qt::CaseInsensitive);
        }
        const QString username = value(f, "username");
        if (!username.isEmpty())
            u.metadata.insert(u"username"_s, username);
        break;
    }
    case Kind::Supabase:
        u.id = value(f, "id");
        u.email = value(f, "email");
        u.emailVerified = !value(f, "emailconfirmedat").trimmed().isEmpty()
                          && value(f, "emailconfirmedat").trimmed().compare(u"null"_s, Qt::CaseInsensitive) != 0;
        u.hash = value(f, "encryptedpassword");
        u.createdAt = value(f, "createdat");
        u.metadata.addObject(objectText(value(f, "rawusermetadata")));
        u.appMetadata.addObject(objectText(value(f, "rawappmetadata")));
        break;
    case Kind::Okta: {
        u.id = value(f, "id");
        if (u.id.isEmpty())
            u.id = value(f, "oktaid");
        if (u.id.isEmpty())
            u.id = value(f, "userid");
        u.email = value(f, "primaryemail");
        if (u.email.isEmpty())
            u.email = value(f, "email");
        u.firstName = value(f, "firstname");
        u.lastName = value(f, "lastname");
        u.createdAt = value(f, "created");
        if (u.createdAt.isEmpty())
            u.createdAt = value(f, "createdat");
        const QString status = value(f, "status").trimmed().toUpper();
        u.disabled = status == u"SUSPENDED"_s || status == u"DEPROVISIONED"_s;
        const QString username = value(f, "username");
        if (!username.isEmpty() && username.compare(u.email, Qt::CaseInsensitive) != 0)
            u.metadata.insert(u"okta_username"_s, username);
        break;
    }
    default: break;
    }
}

bool CsvSource::give(const Csv::Record &raw, Csv::Record &record, Model::RowNotes *notes)
{
    record.row = raw.row;
    record.line = raw.line;
    record.offset = raw.offset;
    record.endOffset = raw.endOffset;
    record.error = raw.error;
    record.errorMessage = raw.errorMessage;
    record.warnings = raw.warnings;
    m_user.clear();
    if (raw.error == Csv::ErrorCode::None)
        toUser(raw.fields, m_user);
    QString miss;
    if (kind() == Kind::Auth0) {
        if (!m_passwords)
            miss = tr("no Auth0 password export was given");
        else if (const auto found = m_passwords->find(m_user.id, m_user.email)) {
            m_user.hash = found->hash;
            if (found->byEmail)
                m_user.notes.append(tr("The Auth0 password export has this user's hash under another id; it was matched by the email."));
        } else
            miss = tr("not in the Auth0 password export");
    }
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
    if (raw.error != Csv::ErrorCode::None) {
        // The row rules report the reader's error; the fields do not line up with the header.
        record.fields = raw.fields;
        if (notes)
            notes->fate = Model::PasswordFate::resetNeeded(tr("the line cannot be read"));
    }
    return true;
}

bool CsvSource::next(Csv::Record &record, Model::RowNotes *notes)
{
    if (failed() || m_done)
        return false;
    if (kind() == Kind::Csv) {
        if (notes)
            notes->clear();
        if (m_csv.next(record))
            return true;
        if (m_csv.error() != Csv::ErrorCode::None)
            fail(Csv::errorId(m_csv.error()), m_csv.errorMessage(), m_csv.errorLine());
        m_done = true;
        return false;
    }
    if (m_pendingFirst) {
        m_pendingFirst = false;
        return give(m_first, record, notes);
    }
    if (!m_csv.next(m_raw)) {
        if (m_csv.error() != Csv::ErrorCode::None)
            fail(Csv::errorId(m_csv.error()), m_csv.errorMessage(), m_csv.errorLine());
        m_done = true;
        return false;
    }
    if (m_headerless)
        ++m_raw.row;
    return give(m_raw, record, notes);
}

QStringList CsvSource::fileWarnings() const
{
    QStringList w = m_csv.fileWarnings();
    if (m_passwords)
        w.append(m_passwords->warnings(m_done));
    return w;
}

} // namespace Source
