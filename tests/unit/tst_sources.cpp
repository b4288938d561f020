// Source readers (src/core/source): every provider export is detected from its content, read
// into the canonical columns with each field where it belongs, each row's password fate decided
// (kept, converted, reset needed with why), Auth0's password export joined by id then email with
// every miss reported, Firebase hashes converted with the project's parameters (checked against
// the firebase/scrypt README's sample account), malformed input explained, and every record's
// byte range good for seek() (what chunks and resume rely on). Fixtures: tests/data/sources.
#include "model/filescan.h"
#include "model/passwordfate.h"
#include "source/csvsource.h"
#include "source/detect.h"
#include "source/firebasehash.h"
#include "source/jsonreader.h"

#include <openssl/evp.h>
#include <openssl/kdf.h>

#include <QtCore/QFile>
#include <QtCore/QJsonDocument>
#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>

using namespace Qt::StringLiterals;
using Source::Kind;
using Fate = Model::PasswordFate::Kind;

Q_DECLARE_METATYPE(Source::Kind)

namespace {

// The firebase/scrypt README's sample project parameters and account.
const QString SampleSignerKey = u"jxspr8Ki0RYycVU8zykbdLGjFQ3McFUH0uiiTvC8pVMXAn210wjLNmdZJzxUECKbm0QsEmYUSDzZvpjeJ9WmXA=="_s;
const QString SampleSaltSeparator = u"Bw=="_s;
const QString SampleSalt = u"42xEC+ixf3L2lw=="_s;
const QString SampleHash = u"lSrfV15cpx95/sZS2W9c9Kp6i/LVgQNDNC/qzrCnh1SAyZvqmZqAjTdn3aoItz+VHjoZilo78198JAdRuid5lQ=="_s;
const QByteArray SamplePassword = "user1password";
const QString SampleConverted = u"$firebase-scrypt$hash="_s + SampleHash + u"$salt="_s + SampleSalt + u"$sk="_s
                                + SampleSignerKey + u"$ss="_s + SampleSaltSeparator + u"$r=8$m=14"_s;

struct Row {
    Csv::Record record;
    Model::RowNotes notes;
};

struct Read {
    QString error;
    QString errorId;
    Kind kind = Kind::Auto;
    QStringList header;
    QList<Row> rows;
    QStringList fileWarnings;
    QString field(int row, const QString &name) const
    {
        const int c = int(header.indexOf(name));
        return c < 0 ? u"<no column %1>"_s.arg(name) : rows.value(row).record.fields.value(c);
    }
    QJsonObject metadata(int row) const { return QJsonDocument::fromJson(field(row, u"metadata"_s).toUtf8()).object(); }
    QStringList rules(int row) const
    {
        QStringList r;
        for (const Model::Issue &i : rows.value(row).notes.warnings)
            r.append(i.rule);
        return r;
    }
};

QString data(const char *name)
{
    return QStringLiteral(WIZARD_TEST_DATA_DIR "/sources/") + QString::fromLatin1(name);
}

QString text(const char *name)
{
    QFile f(data(name));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

Read readAll(const QString &path, const Source::Options &options = {})
{
    Read out;
    const auto reader = Source::openReader(path, options);
    if (!reader->open()) {
        out.error = reader->errorMessage();
        out.errorId = reader->errorId();
        return out;
    }
    out.kind = reader->kind();
    out.header = reader->header();
    Row row;
    while (reader->next(row.record, &row.notes))
        out.rows.append(row);
    out.error = reader->errorMessage();
    out.errorId = reader->errorId();
    out.fileWarnings = reader->fileWarnings();
    return out;
}

Source::Options firebaseOptions()
{
    Source::Options o;
    o.firebaseHashConfig = text("firebase-hash-config.txt");
    return o;
}

QString writeFile(QTemporaryDir &dir, const char *name, const QByteArray &bytes)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
    return path;
}

// Firebase's modified scrypt, as the firebase/scrypt README describes it, with OpenSSL: the
// first 32 bytes of scrypt(password, salt + separator, N = 2^mem_cost, r = rounds, p = 1) are
// the AES-256-CTR key that encrypts the signer key; the result is the hash. Used here only to
// prove that the converted string carries parameters under which the sample password verifies.
bool firebaseScryptMatches(const QString &converted, const QByteArray &password)
{
    QHash<QString, QString> p;
    for (const QString &part : converted.split(u'$', Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(u'=');
        if (eq > 0)
            p.insert(part.left(eq), part.mid(eq + 1));
    }
    const QByteArray salt = QByteArray::fromBase64(p.value(u"salt"_s).toLatin1()) + QByteArray::fromBase64(p.value(u"ss"_s).toLatin1());
    const QByteArray signer = QByteArray::fromBase64(p.value(u"sk"_s).toLatin1());
    const QByteArray expected = QByteArray::fromBase64(p.value(u"hash"_s).toLatin1());
    const uint64_t n = uint64_t(1) << p.value(u"m"_s).toInt();
    unsigned char key[64];
    if (EVP_PBE_scrypt(password.constData(), size_t(password.size()), reinterpret_cast<const unsigned char *>(salt.constData()),
                       size_t(salt.size()), n, uint64_t(p.value(u"r"_s).toInt()), 1, 64 * 1024 * 1024, key, sizeof key) != 1)
        return false;
    QByteArray out(signer.size() + 16, '\0');
    int len = 0, fin = 0;
    const unsigned char iv[16] = {};
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    EVP_EncryptInit_ex(ctx, EVP_aes_256_ctr(), nullptr, key, iv);
    EVP_EncryptUpdate(ctx, reinterpret_cast<unsigned char *>(out.data()), &len,
                      reinterpret_cast<const unsigned char *>(signer.constData()), int(signer.size()));
    EVP_EncryptFinal_ex(ctx, reinterpret_cast<unsigned char *>(out.data()) + len, &fin);
    EVP_CIPHER_CTX_free(ctx);
    out.resize(len + fin);
    return !expected.isEmpty() && out.left(expected.size()) == expected;
}

} // namespace

class TestSources : public QObject
{
    Q_OBJECT

private slots:
    void detectsFromContent_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<Kind>("kind");
        QTest::addRow("firebase json") << u"firebase-users.json"_s << Kind::Firebase;
        QTest::addRow("firebase csv") << u"firebase-users.csv"_s << Kind::Firebase;
        QTest::addRow("auth0 ndjson") << u"auth0-users.ndjson"_s << Kind::Auth0;
        QTest::addRow("auth0 csv") << u"auth0-users.csv"_s << Kind::Auth0;
        QTest::addRow("clerk csv") << u"clerk-users.csv"_s << Kind::Clerk;
        QTest::addRow("supabase csv") << u"supabase-users.csv"_s << Kind::Supabase;
        QTest::addRow("supabase json") << u"supabase-users.json"_s << Kind::Supabase;
        QTest::addRow("cognito listusers") << u"cognito-users.json"_s << Kind::Cognito;
        QTest::addRow("cognito flattened") << u"cognito-flat.json"_s << Kind::Cognito;
        QTest::addRow("okta csv") << u"okta-users.csv"_s << Kind::Okta;
        QTest::addRow("our csv") << u"../validate/mixed_multi.csv"_s << Kind::Csv;
    }
    void detectsFromContent()
    {
        QFETCH(QString, file);
        QFETCH(Kind, kind);
        const QString path = QStringLiteral(WIZARD_TEST_DATA_DIR "/sources/") + file;
        QVERIFY2(QFile::exists(path), qPrintable(file));
        // The name says nothing: the same bytes under a neutral name are detected the same.
        QTemporaryDir dir;
        QFile::copy(path, dir.filePath(u"export.dat"_s));
        const Read r = readAll(dir.filePath(u"export.dat"_s), kind == Kind::Firebase ? firebaseOptions() : Source::Options{});
        QVERIFY2(r.errorId.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.kind, kind);
        QVERIFY(!r.rows.isEmpty());
    }

    void sourceOverridesDetection()
    {
        // Okta's columns read as our CSV when the person says so.
        Source::Options o;
        o.kind = Kind::Csv;
        const Read r = readAll(data("okta-users.csv"), o);
        QCOMPARE(r.kind, Kind::Csv);
        QCOMPARE(r.header.value(0), u"id"_s);
    }

    void firebaseJsonEveryField()
    {
        const Read r = readAll(data("firebase-users.json"), firebaseOptions());
        QVERIFY2(r.errorId.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.rows.size(), 3);
        QCOMPARE(r.field(0, u"email"_s), u"user1@test.com"_s);
        QCOMPARE(r.field(0, u"external_id"_s), u"kYi4EvWQlQTKSfnJ3dRSP6IH3ed2"_s);
        QCOMPARE(r.field(0, u"email_verified"_s), u"false"_s);
        QCOMPARE(r.field(0, u"first_name"_s), u"Test"_s);
        QCOMPARE(r.field(0, u"last_name"_s), u"User 1"_s);
        QCOMPARE(r.field(0, u"password_hash_type"_s), u"firebase-scrypt"_s);
        QCOMPARE(r.field(0, u"password_hash"_s), SampleConverted);
        QCOMPARE(r.rows[0].notes.fate.kind, Fate::Converted);
        QCOMPARE(r.rows[0].notes.fate.type, u"firebase-scrypt"_s);
        // URL-safe base64 without padding is normalised: the same string as the first user's.
        QCOMPARE(r.field(1, u"password_hash"_s), SampleConverted);
        QCOMPARE(r.field(1, u"email_verified"_s), u"true"_s);
        QCOMPARE(r.metadata(1), (QJsonObject{{u"role"_s, u"admin"_s}, {u"level"_s, u"3"_s}}));
        // A Google-only user: no password, reset needed, and the row says so.
        QCOMPARE(r.field(2, u"password_hash"_s), QString());
        QCOMPARE(r.rows[2].notes.fate.kind, Fate::ResetNeeded);
        QVERIFY(r.rows[2].notes.fate.reason.contains(u"Firebase has no password"_s));
        QVERIFY(r.rules(2).contains(u"password.reset_needed"_s));
        // Records are the users' own byte ranges, each starting at its '{'.
        QFile f(data("firebase-users.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        for (const Row &row : r.rows) {
            QCOMPARE(bytes.at(row.record.offset), '{');
            QCOMPARE(bytes.at(row.record.endOffset - 1), '}');
        }
        QCOMPARE(r.rows[0].record.line, 1); // in an array: the user's number
        QCOMPARE(r.rows[2].record.line, 3);
    }

    void firebaseSampleVerifies()
    {
        // The converted string carries the README's parameters under which its sample password
        // gives its sample hash; a wrong password or separator does not.
        QVERIFY(firebaseScryptMatches(SampleConverted, SamplePassword));
        QVERIFY(!firebaseScryptMatches(SampleConverted, "user1passwore"));
        QString wrongSeparator = SampleConverted;
        wrongSeparator.replace(u"$ss=Bw==$"_s, u"$ss=Bg==$"_s);
        QVERIFY(!firebaseScryptMatches(wrongSeparator, SamplePassword));
    }

    void firebaseCsvHeaderless()
    {
        const Read r = readAll(data("firebase-users.csv"), firebaseOptions());
        QVERIFY2(r.errorId.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.kind, Kind::Firebase);
        QCOMPARE(r.rows.size(), 3); // the first line is a user, not a header
        QCOMPARE(r.rows[0].record.row, 1);
        QCOMPARE(r.rows[0].record.line, 1);
        QCOMPARE(r.rows[0].record.offset, 0);
        QCOMPARE(r.rows[2].record.row, 3);
        QCOMPARE(r.field(0, u"password_hash"_s), SampleConverted);
        QCOMPARE(r.field(1, u"email"_s), u"ada@example.com"_s);
        QCOMPARE(r.rows[2].notes.fate.kind, Fate::ResetNeeded);
        Source::Options o = firebaseOptions();
        o.createdAtKey = u"firebase_created_at"_s;
        const Read withCreated = readAll(data("firebase-users.csv"), o);
        QCOMPARE(withCreated.metadata(0).value(u"firebase_created_at"_s).toString(), u"1508893925000"_s);
    }

    void firebaseHashConfigForms()
    {
        QString error;
        const auto fromText = Source::FirebaseHashConfig::parse(text("firebase-hash-config.txt"), &error);
        QVERIFY2(fromText, qPrintable(error));
        const auto fromJson = Source::FirebaseHashConfig::parse(text("firebase-hash-config.json"), &error);
        QVERIFY2(fromJson, qPrintable(error));
        QCOMPARE(fromJson->signerKey, fromText->signerKey);
        QCOMPARE(fromJson->saltSeparator, SampleSaltSeparator);
        QCOMPARE(fromText->rounds, 8);
        QCOMPARE(fromText->memCost, 14);
        const auto camel = Source::FirebaseHashConfig::parse(
            u"{\"signerKey\":\"%1\",\"saltSeparator\":\"Bw\",\"rounds\":8,\"memCost\":14}"_s.arg(SampleSignerKey), &error);
        QVERIFY2(camel, qPrintable(error));
        QCOMPARE(camel->saltSeparator, SampleSaltSeparator); // unpadded base64 normalised
    }

    void firebaseHashesWithoutParametersRefused()
    {
        // Missing: the reading stops at the first hash, before any row could be sent.
        Read r = readAll(data("firebase-users.json"));
        QCOMPARE(r.errorId, u"source.firebase_hash_config"_s);
        QVERIFY(r.rows.isEmpty());
        QVERIFY(r.error.contains(u"--firebase-hash-config"_s));
        // Incomplete: the message names what is missing.
        Source::Options o;
        o.firebaseHashConfig = text("firebase-hash-config-incomplete.txt");
        r = readAll(data("firebase-users.json"), o);
        QCOMPARE(r.errorId, u"source.firebase_hash_config"_s);
        QVERIFY2(r.error.contains(u"base64_salt_separator"_s) && r.error.contains(u"mem_cost"_s), qPrintable(r.error));
        // Out of range.
        QString error;
        QVERIFY(!Source::FirebaseHashConfig::parse(u"base64_signer_key: AA==, base64_salt_separator: Bw==, rounds: 9, mem_cost: 14"_s, &error));
        QVERIFY(error.contains(u"rounds"_s));
        // A file without any hash needs no parameters.
        QTemporaryDir dir;
        const QString noHashes = writeFile(dir, "u.json", R"({"users":[{"localId":"a1","email":"a@example.com"}]})");
        r = readAll(noHashes);
        QVERIFY2(r.errorId.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.rows.size(), 1);
    }

    void firebaseMalformedHashIsRowError()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, "u.json",
                                       R"({"users":[{"localId":"a1","email":"a@example.com","passwordHash":"not*base64","salt":"42xEC+ixf3L2lw=="}]})");
        const Read r = readAll(path, firebaseOptions());
        QVERIFY2(r.errorId.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.rows.size(), 1);
        QCOMPARE(r.rows[0].notes.warnings.value(0).severity, Model::Severity::Error);
        QCOMPARE(r.rows[0].notes.warnings.value(0).rule, u"password_hash.firebase"_s);
        QVERIFY(!r.rows[0].notes.warnings.value(0).message.contains(u"not*base64"_s)); // no hash in a message
    }

    void auth0JoinByIdThenEmail_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addRow("ndjson") << u"auth0-users.ndjson"_s;
        QTest::addRow("csv") << u"auth0-users.csv"_s;
    }
    void auth0JoinByIdThenEmail()
    {
        QFETCH(QString, file);
        Source::Options o;
        o.auth0PasswordsPath = data("auth0-passwords.ndjson");
        o.tenantKey = u"tenant"_s;
        o.createdAtKey = u"auth0_created_at"_s;
        const Read r = readAll(QStringLiteral(WIZARD_TEST_DATA_DIR "/sources/") + file, o);
        QVERIFY2(r.errorId.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.rows.size(), 4);
        // alice: by id (auth0| stripped), kept as bcrypt.
        QCOMPARE(r.field(0, u"external_id"_s), u"auth0|60425dc43519d90068f82973"_s);
        QCOMPARE(r.field(0, u"password_hash"_s), u"$2b$10$BeigYOTfH.HDp73GT8Sr6umurZ5cenDQ.ELeTUrAiDe6ibcEc2SEO"_s);
        QCOMPARE(r.field(0, u"password_hash_type"_s), u"bcrypt"_s);
        QCOMPARE(r.rows[0].notes.fate.kind, Fate::Kept);
        QCOMPARE(r.field(0, u"first_name"_s), u"Alice"_s);
        QCOMPARE(r.field(0, u"last_name"_s), u"Liddell"_s);
        QCOMPARE(r.field(0, u"email_verified"_s), u"true"_s);
        QCOMPARE(r.field(0, u"org_external_id"_s), u"acme"_s);
        QCOMPARE(r.metadata(0).value(u"plan"_s).toString(), u"pro"_s);
        QCOMPARE(r.metadata(0).value(u"auth0_created_at"_s).toString(), u"2021-03-05T16:34:12.345Z"_s);
        // bob: another id in the password export, matched by email (any case), and the row says so.
        QCOMPARE(r.rows[1].notes.fate.kind, Fate::Kept);
        QVERIFY(r.rules(1).contains(u"source.note"_s));
        QCOMPARE(r.field(1, u"first_name"_s), u"Bob"_s); // from "name"
        QCOMPARE(r.field(1, u"org_external_id"_s), u"globex"_s);
        // carol (Google) and dave: not in the password export.
        for (int i : {2, 3}) {
            QCOMPARE(r.rows[i].notes.fate.kind, Fate::ResetNeeded);
            QCOMPARE(r.rows[i].notes.fate.reason, u"not in the Auth0 password export"_s);
            QCOMPARE(r.field(i, u"password_hash"_s), QString());
        }
        // erin's entry matches no user: reported after the pass, by id.
        QVERIFY2(r.fileWarnings.join(u' ').contains(u"60425dc43519d90068f829ff"_s), qPrintable(r.fileWarnings.join(u' ')));
        QVERIFY(r.fileWarnings.join(u' ').contains(u"1 entries"_s));
    }

    void sideFilesChangedAreRefused()
    {
        // The plan records the side files' fingerprint; a reader given other ones refuses them.
        QTemporaryDir dir;
        const QString passwords = dir.filePath(u"p.ndjson"_s);
        QVERIFY(QFile::copy(data("auth0-passwords.ndjson"), passwords));
        Source::Options o;
        o.auth0PasswordsPath = passwords;
        QString planned;
        {
            const auto reader = Source::openReader(data("auth0-users.ndjson"), o);
            QVERIFY(reader->open());
            planned = reader->sideFilesSha256();
            QCOMPARE(planned.size(), 64);
        }
        o.sideFilesSha256 = planned;
        QVERIFY(Source::openReader(data("auth0-users.ndjson"), o)->open());
        {
            QFile f(passwords);
            QVERIFY(f.open(QIODevice::Append));
            f.write("{\"_id\":{\"$oid\":\"ffff\"},\"email\":\"new@example.com\",\"passwordHash\":\"x\"}\n");
        }
        const auto changed = Source::openReader(data("auth0-users.ndjson"), o);
        QVERIFY(!changed->open());
        QCOMPARE(changed->errorId(), u"source.side_file_changed"_s);
        // Firebase: other parameters (or none) than the plan's.
        Source::Options f = firebaseOptions();
        const auto fb = Source::openReader(data("firebase-users.json"), f);
        QVERIFY(fb->open());
        f.sideFilesSha256 = fb->sideFilesSha256();
        f.firebaseHashConfig.replace(u"rounds: 8"_s, u"rounds: 7"_s);
        const auto other = Source::openReader(data("firebase-users.json"), f);
        QVERIFY(!other->open());
        QCOMPARE(other->errorId(), u"source.side_file_changed"_s);
        // Our CSV has no side files.
        const auto csv = Source::openReader(QStringLiteral(WIZARD_TEST_DATA_DIR "/validate/mixed_multi.csv"), {});
        QVERIFY(csv->open());
        QVERIFY(csv->sideFilesSha256().isEmpty());
    }

    void auth0WithoutPasswordExport()
    {
        const Read r = readAll(data("auth0-users.ndjson"));
        QCOMPARE(r.rows.size(), 4);
        for (const Row &row : r.rows) {
            QCOMPARE(row.notes.fate.kind, Fate::ResetNeeded);
            QCOMPARE(row.notes.fate.reason, u"no Auth0 password export was given"_s);
        }
        QCOMPARE(r.header.contains(u"org_external_id"_s), false); // no tenant key chosen
    }

    void auth0PasswordFileAsUserFileExplained()
    {
        const Read r = readAll(data("auth0-passwords.ndjson"));
        QCOMPARE(r.errorId, u"source.auth0_password_file"_s);
        QVERIFY(r.error.contains(u"--auth0-passwords"_s));
    }

    void clerkHashers()
    {
        const Read r = readAll(data("clerk-users.csv"));
        QVERIFY2(r.errorId.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.rows.size(), 5);
        QCOMPARE(r.field(0, u"external_id"_s), u"user_2aBcDeFgHiJkLmNoPqRsTuVwXyZ"_s);
        QCOMPARE(r.field(0, u"email"_s), u"hana@example.com"_s);
        QCOMPARE(r.field(0, u"email_verified"_s), u"true"_s);
        QCOMPARE(r.field(0, u"first_name"_s), u"Hana"_s);
        QCOMPARE(r.metadata(0).value(u"username"_s).toString(), u"hana"_s);
        QCOMPARE(r.rows[0].notes.fate.kind, Fate::Kept);
        QCOMPARE(r.field(0, u"password_hash_type"_s), u"bcrypt"_s);
        // argon2id: a PHC string WorkOS takes as argon2, unchanged.
        QCOMPARE(r.rows[1].notes.fate.kind, Fate::Kept);
        QCOMPARE(r.field(1, u"password_hash_type"_s), u"argon2"_s);
        QVERIFY(r.field(1, u"password_hash"_s).startsWith(u"$argon2id$v=19$m=65536,t=3,p=4$"_s));
        QCOMPARE(r.field(1, u"email_verified"_s), u"false"_s); // only in unverified_email_addresses
        // md5: no WorkOS type; the hasher is named.
        QCOMPARE(r.rows[2].notes.fate.kind, Fate::ResetNeeded);
        QVERIFY(r.rows[2].notes.fate.reason.contains(u"\"md5\""_s));
        QCOMPARE(r.field(2, u"password_hash"_s), QString());
        // none.
        QCOMPARE(r.rows[3].notes.fate.kind, Fate::ResetNeeded);
        // scrypt_firebase: converted to the same firebase-scrypt string as Firebase's own export.
        QCOMPARE(r.rows[4].notes.fate.kind, Fate::Converted);
        QCOMPARE(r.field(4, u"password_hash"_s), SampleConverted);
    }

    void supabase_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addRow("csv") << u"supabase-users.csv"_s;
        QTest::addRow("json") << u"supabase-users.json"_s;
    }
    void supabase()
    {
        QFETCH(QString, file);
        Source::Options o;
        o.tenantKey = u"tenant_id"_s;
        const Read r = readAll(QStringLiteral(WIZARD_TEST_DATA_DIR "/sources/") + file, o);
        QVERIFY2(r.errorId.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.kind, Kind::Supabase);
        QCOMPARE(r.rows.size(), 2);
        QCOMPARE(r.field(0, u"external_id"_s), u"6f1c2a3b-1111-4c3d-9e8f-0a1b2c3d4e5f"_s);
        QCOMPARE(r.field(0, u"email_verified"_s), u"true"_s); // email_confirmed_at set
        QCOMPARE(r.field(0, u"password_hash"_s), u"$2a$10$5houKRAq5l3UUqa9QEwBgObCUUseL4tJrbrEQIcPpogN4i0bQ1an6"_s);
        QCOMPARE(r.rows[0].notes.fate.kind, Fate::Kept);
        QCOMPARE(r.field(0, u"first_name"_s), u"Mia"_s);
        QCOMPARE(r.field(0, u"last_name"_s), u"Wong"_s);
        QCOMPARE(r.metadata(0).value(u"team"_s).toString(), u"sales"_s);
        QCOMPARE(r.field(0, u"org_external_id"_s), u"org-north"_s);
        QCOMPARE(r.field(1, u"email_verified"_s), u"false"_s); // null / empty
        QCOMPARE(r.field(1, u"first_name"_s), u"Noah"_s);      // full_name split
        QCOMPARE(r.field(1, u"org_external_id"_s), u"org-south"_s);
        QCOMPARE(r.rows[1].notes.fate.kind, Fate::ResetNeeded);
    }

    void supabaseMetadataWithinLimits()
    {
        QJsonObject meta;
        for (int i = 0; i < 60; ++i)
            meta.insert(u"k%1"_s.arg(i, 2, 10, QChar(u'0')), u"v"_s);
        meta.insert(u"a_key_that_is_much_longer_than_forty_characters"_s, u"x"_s);
        meta.insert(u"a_quote"_s, u"say \"hi\"\n\\ \u00e9\u0001"_s); // escaped in the metadata's JSON
        const QJsonArray users{QJsonObject{{u"id"_s, u"u1"_s}, {u"email"_s, u"m@example.com"_s},
                                           {u"encrypted_password"_s, u""_s}, {u"raw_user_meta_data"_s, meta}}};
        QTemporaryDir dir;
        const QString path = writeFile(dir, "s.json", QJsonDocument(users).toJson());
        const Read r = readAll(path);
        QVERIFY2(r.errorId.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.metadata(0).size(), 50);
        QCOMPARE(r.metadata(0).value(u"a_quote"_s).toString(), u"say \"hi\"\n\\ \u00e9\u0001"_s);
        QVERIFY(r.rules(0).contains(u"metadata.trimmed"_s));
    }

    void cognito_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addRow("listusers") << u"cognito-users.json"_s;
        QTest::addRow("flattened") << u"cognito-flat.json"_s;
    }
    void cognito()
    {
        QFETCH(QString, file);
        const Read r = readAll(QStringLiteral(WIZARD_TEST_DATA_DIR "/sources/") + file);
        QVERIFY2(r.errorId.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.rows.size(), 2);
        QCOMPARE(r.field(0, u"external_id"_s), u"0b5c8e7a-1f2d-4e3c-9a8b-7c6d5e4f3a21"_s); // sub
        QCOMPARE(r.field(0, u"email"_s), u"oliver@example.com"_s);
        QCOMPARE(r.field(0, u"email_verified"_s), u"true"_s);
        QCOMPARE(r.field(0, u"first_name"_s), u"Oliver"_s);
        QCOMPARE(r.field(0, u"last_name"_s), u"Twist"_s);
        for (const Row &row : r.rows) {
            QCOMPARE(row.notes.fate.kind, Fate::ResetNeeded);
            QCOMPARE(row.notes.fate.reason, u"Cognito does not export passwords"_s);
        }
        QVERIFY(r.rules(1).contains(u"source.disabled_user"_s));
        if (file == u"cognito-users.json"_s)
            QCOMPARE(r.metadata(0).value(u"department"_s).toString(), u"Workhouse"_s);
    }

    void okta()
    {
        const Read r = readAll(data("okta-users.csv"));
        QVERIFY2(r.errorId.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.rows.size(), 2);
        QCOMPARE(r.field(0, u"external_id"_s), u"00u1a2b3c4d5e6f7g8h9"_s);
        QCOMPARE(r.field(0, u"email"_s), u"quinn@example.com"_s);
        QCOMPARE(r.field(1, u"email"_s), u"rachel@example.com"_s);
        QCOMPARE(r.metadata(1).value(u"okta_username"_s).toString(), u"rachel.b"_s);
        QCOMPARE(r.rows[0].notes.fate.reason, u"Okta does not export passwords"_s);
        QVERIFY(r.rules(1).contains(u"source.disabled_user"_s)); // SUSPENDED
    }

    void malformedInputsExplained()
    {
        QTemporaryDir dir;
        // NDJSON: a bad line is that row's error; the next line is read.
        Read r = readAll(writeFile(dir, "a.ndjson",
                                   "{\"user_id\":\"auth0|1\",\"email\":\"a@example.com\"}\n"
                                   "{\"user_id\":\"auth0|2\",\"email\":\n"
                                   "{\"user_id\":\"auth0|3\",\"email\":\"c@example.com\"}\n"));
        QVERIFY2(r.errorId.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.rows.size(), 3);
        QCOMPARE(r.rows[1].notes.warnings.value(0).rule, u"json.malformed_line"_s);
        QVERIFY(r.rows[1].notes.warnings.value(0).message.contains(u"Line 2"_s));
        QCOMPARE(r.field(2, u"email"_s), u"c@example.com"_s);
        QCOMPARE(r.rows[2].record.line, 3);
        // An array cut short: the reading stops, naming the line.
        r = readAll(writeFile(dir, "b.json", "{\"users\":[\n{\"localId\":\"a\",\"email\":\"a@example.com\"},\n{\"localId\":\"b\",\"em"));
        QCOMPARE(r.errorId, u"json.malformed"_s);
        QCOMPARE(r.rows.size(), 1);
        QVERIFY2(r.error.contains(u"line 3"_s), qPrintable(r.error));
        r = readAll(writeFile(dir, "c.json", "[{\"localId\":\"a\",\"email\":\"a@example.com\"}\n"));
        QCOMPARE(r.errorId, u"json.truncated"_s);
        // JSON that is no export we know.
        r = readAll(writeFile(dir, "d.json", "[{\"foo\":1}]"));
        QCOMPARE(r.errorId, u"source.unknown_json"_s);
        QVERIFY(r.error.contains(u"--source"_s));
        // UTF-16 JSON.
        r = readAll(writeFile(dir, "e.json", QByteArray("\xFF\xFE[\0{\0", 6)));
        QCOMPARE(r.errorId, u"json.utf16"_s);
        // An unreadable Auth0 password export.
        Source::Options o;
        o.auth0PasswordsPath = writeFile(dir, "p.ndjson", "this is not json\n");
        r = readAll(data("auth0-users.ndjson"), o);
        QCOMPARE(r.errorId, u"source.auth0_passwords"_s);
    }

    void seekReadsTheSameRecords_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *f : {"firebase-users.json", "firebase-users.csv", "auth0-users.ndjson", "auth0-users.csv", "clerk-users.csv",
                              "supabase-users.csv", "supabase-users.json", "cognito-users.json", "cognito-flat.json", "okta-users.csv"})
            QTest::addRow("%s", f) << QString::fromLatin1(f);
    }
    void seekReadsTheSameRecords()
    {
        QFETCH(QString, file);
        Source::Options o = firebaseOptions();
        o.auth0PasswordsPath = data("auth0-passwords.ndjson");
        const QString path = QStringLiteral(WIZARD_TEST_DATA_DIR "/sources/") + file;
        const Read all = readAll(path, o);
        QVERIFY2(all.errorId.isEmpty(), qPrintable(all.error));
        const auto reader = Source::openReader(path, o);
        QVERIFY(reader->open());
        QCOMPARE(reader->dataStartOffset(), all.rows.first().record.offset);
        // From every record's place, in reverse order, the rest reads exactly as from the top.
        for (qsizetype i = all.rows.size() - 1; i >= 0; --i) {
            const Csv::Record &at = all.rows[i].record;
            QVERIFY(reader->seek(at.offset, at.row, at.line));
            Csv::Record rec;
            Model::RowNotes notes;
            for (qsizetype j = i; j < all.rows.size(); ++j) {
                QVERIFY(reader->next(rec, &notes));
                QCOMPARE(rec.row, all.rows[j].record.row);
                QCOMPARE(rec.line, all.rows[j].record.line);
                QCOMPARE(rec.offset, all.rows[j].record.offset);
                QCOMPARE(rec.endOffset, all.rows[j].record.endOffset);
                QCOMPARE(rec.fields, all.rows[j].record.fields);
                QCOMPARE(notes.fate.kind, all.rows[j].notes.fate.kind);
            }
            QVERIFY(!reader->next(rec, &notes));
            QVERIFY(!reader->failed());
        }
        // Ranges are in file order and do not overlap.
        for (qsizetype i = 1; i < all.rows.size(); ++i)
            QVERIFY(all.rows[i].record.offset >= all.rows[i - 1].record.endOffset);
    }

    void fileScanCountsEveryFate()
    {
        Model::FileScan::Options options;
        options.source.auth0PasswordsPath = data("auth0-passwords.ndjson");
        Model::FileScan scan(data("auth0-users.ndjson"), options);
        QVERIFY2(scan.open(), qPrintable(scan.errorMessage()));
        QVERIFY(scan.run([](const Model::RowResult &) {}));
        const Model::ValidationSummary &s = scan.summary();
        QCOMPARE(scan.sourceKind(), Kind::Auth0);
        QCOMPARE(s.rows, 4);
        QCOMPARE(s.valid, 4);
        QCOMPARE(s.passwordFates.kept, 2);
        QCOMPARE(s.passwordFates.converted, 0);
        QCOMPARE(s.passwordFates.resetNeeded, 2);
        QCOMPARE(s.passwordFates.total(), s.rows);
        QCOMPARE(s.passwordFates.resetByReason.value(u"not in the Auth0 password export"_s), 2);
        QCOMPARE(s.issuesByRule.value(u"password.reset_needed"_s), 2);
        const QJsonObject json = s.toJson().value(u"password_fates"_s).toObject();
        QCOMPARE(json.value(u"kept"_s).toInteger(), 2);
        QVERIFY(scan.fileWarnings().join(u' ').contains(u"60425dc43519d90068f829ff"_s));

        // Our CSV: the fate from the row's columns.
        Model::FileScan csv(QStringLiteral(WIZARD_TEST_DATA_DIR "/validate/mixed_multi.csv"));
        QVERIFY(csv.open());
        QVERIFY(csv.run([](const Model::RowResult &) {}));
        QCOMPARE(csv.summary().passwordFates.total(), csv.summary().rows);
        QCOMPARE(csv.sourceKind(), Kind::Csv);
    }

    void oneLineArrayKeepsRowsApart()
    {
        // json_agg writes the whole array on one line: rows are told apart by their number, so
        // a repeated email is a duplicate and the others are not.
        QTemporaryDir dir;
        const QString path = writeFile(dir, "agg.json",
                                       R"([{"id":"a","email":"a@example.com","encrypted_password":""},)"
                                       R"({"id":"b","email":"b@example.com","encrypted_password":""},)"
                                       R"({"id":"c","email":"A@example.com","encrypted_password":""}])");
        Model::FileScan scan(path);
        QVERIFY2(scan.open(), qPrintable(scan.errorMessage()));
        QList<qint64> lines;
        QVERIFY(scan.run([&](const Model::RowResult &r) { lines.append(r.row.line); }));
        QCOMPARE(lines, (QList<qint64>{1, 2, 3}));
        QCOMPARE(scan.summary().rows, 3);
        QCOMPARE(scan.summary().distinctEmails, 2);
        QCOMPARE(scan.summary().duplicates, 1);
    }

    void firebaseFileScanRefusesWithoutParameters()
    {
        Model::FileScan scan(data("firebase-users.json"));
        QVERIFY(scan.open());
        QVERIFY(!scan.run([](const Model::RowResult &) {}));
        QCOMPARE(scan.errorId(), u"source.firebase_hash_config"_s);
    }
};

QTEST_GUILESS_MAIN(TestSources)
#include "tst_sources.moc"
