// HeaderSynonyms and ColumnMapping::suggested(): the headers of everyday exports (Excel and
// Google Sheets, Okta, Auth0, Azure AD / Entra, Google Workspace, Firebase, Clerk, Cognito)
// map to the contract's fields with no choice by the person, and the file becomes usable.
#include "model/columnmapping.h"
#include "model/headersynonyms.h"
#include "model/rowrules.h"
#include "model/schema.h"

#include <QtTest/QtTest>

using namespace Qt::StringLiterals;
using Model::Field;

Q_DECLARE_METATYPE(Model::Field)

class TestHeaderSynonyms : public QObject
{
    Q_OBJECT

private slots:
    void everydayHeaderMeansField_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<Field>("field");
        const QList<std::pair<const char *, Field>> cases = {
            {"First Name", Field::FirstName},      {"Given Name", Field::FirstName},
            {"givenName", Field::FirstName},       {"given_name", Field::FirstName},
            {"profile.firstName", Field::FirstName}, {"First Name [Required]", Field::FirstName},
            {"Last Name", Field::LastName},        {"Surname", Field::LastName},
            {"Family Name", Field::LastName},      {"family_name", Field::LastName},
            {"E-mail", Field::Email},              {"Email Address", Field::Email},
            {"Email Address [Required]", Field::Email}, {"Mail", Field::Email},
            {"Primary email", Field::Email},       {"primary_email_address", Field::Email},
            {"User principal name", Field::Email}, {"EMAIL", Field::Email},
            {"Organization", Field::OrgName},      {"Organisation", Field::OrgName},
            {"Company", Field::OrgName},           {"Tenant", Field::OrgName},
            {"Account", Field::OrgName},           {"Organization Name", Field::OrgName},
            {"Organization ID", Field::OrgExternalId}, {"Company ID", Field::OrgExternalId},
            {"Tenant Id", Field::OrgExternalId},   {"WorkOS Organization ID", Field::OrgId},
            {"Role", Field::RoleSlugs},            {"Roles", Field::RoleSlugs},
            {"Role(s)", Field::RoleSlugs},
            {"Email Verified", Field::EmailVerified}, {"emailVerified", Field::EmailVerified},
            {"email_verified", Field::EmailVerified},
            {"Password Hash", Field::PasswordHash}, {"passwordHash", Field::PasswordHash},
            {"password_digest", Field::PasswordHash},
            {"Hash Algorithm", Field::PasswordHashType}, {"password_hasher", Field::PasswordHashType},
            {"Password Hash Function [UPLOAD ONLY]", Field::PasswordHashType},
            {"user_id", Field::ExternalId},        {"localId", Field::ExternalId},
            {"Object Id", Field::ExternalId},      {"sub", Field::ExternalId},
        };
        for (const auto &[header, field] : cases)
            QTest::addRow("%s", header) << QString::fromUtf8(header) << field;
    }

    void everydayHeaderMeansField()
    {
        QFETCH(QString, header);
        QFETCH(Field, field);
        const auto m = Model::HeaderSynonyms::match(header);
        QVERIFY2(m.has_value(), qPrintable(header));
        QCOMPARE(m->field, field);
    }

    void unknownHeadersAreNotGuessed_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<bool>("looksLikeUserData");
        QTest::addRow("phone") << u"Phone"_s << false;
        QTest::addRow("created") << u"Created At"_s << false;
        QTest::addRow("department") << u"Department"_s << false;
        QTest::addRow("display name") << u"Display Name"_s << true;
        QTest::addRow("nickname") << u"nickname"_s << true;
        QTest::addRow("id") << u"ID"_s << true;
        QTest::addRow("secondary email") << u"Secondary Mail Box"_s << true;
        QTest::addRow("group") << u"Groups"_s << true;
        QTest::addRow("empty") << u"  "_s << false;
    }

    void unknownHeadersAreNotGuessed()
    {
        QFETCH(QString, header);
        QFETCH(bool, looksLikeUserData);
        QVERIFY(!Model::HeaderSynonyms::match(header));
        QCOMPARE(Model::HeaderSynonyms::looksLikeUserData(header), looksLikeUserData);
    }

    // Whole headers of real exports: the suggested mapping makes the file usable, gives each
    // field at most one column, round-trips through its text form, and never overrides a
    // column that already has the canonical name.
    void exportsBecomeUsable_data()
    {
        QTest::addColumn<QStringList>("header");
        QTest::addColumn<QStringList>("expect"); // "Header=field" entries that must be present
        QTest::addRow("excel") << QStringList{u"First Name"_s, u"Last Name"_s, u"E-mail"_s, u"Organization"_s,
                                              u"Organization ID"_s, u"Role"_s}
                               << QStringList{u"First Name=first_name"_s, u"Last Name=last_name"_s, u"E-mail=email"_s,
                                              u"Organization=org_name"_s, u"Organization ID=org_external_id"_s,
                                              u"Role=role_slugs"_s};
        QTest::addRow("okta") << QStringList{u"Username"_s, u"First name"_s, u"Last name"_s, u"Primary email"_s,
                                             u"Status"_s}
                              << QStringList{u"Primary email=email"_s, u"First name=first_name"_s};
        QTest::addRow("auth0") << QStringList{u"user_id"_s, u"email"_s, u"email_verified"_s, u"given_name"_s,
                                              u"family_name"_s, u"name"_s}
                               << QStringList{u"user_id=external_id"_s, u"given_name=first_name"_s,
                                              u"family_name=last_name"_s};
        QTest::addRow("entra") << QStringList{u"User principal name"_s, u"Display name"_s, u"Surname"_s, u"Mail"_s,
                                              u"Given name"_s, u"Object Id"_s}
                               << QStringList{u"Mail=email"_s, u"Surname=last_name"_s, u"Given name=first_name"_s,
                                              u"Object Id=external_id"_s};
        QTest::addRow("google workspace")
            << QStringList{u"First Name [Required]"_s, u"Last Name [Required]"_s, u"Email Address [Required]"_s,
                           u"Password [Required]"_s, u"Password Hash Function [UPLOAD ONLY]"_s, u"Org Unit Path [Required]"_s}
            << QStringList{u"Email Address [Required]=email"_s, u"First Name [Required]=first_name"_s,
                           u"Password Hash Function [UPLOAD ONLY]=password_hash_type"_s};
        QTest::addRow("firebase") << QStringList{u"localId"_s, u"email"_s, u"emailVerified"_s, u"passwordHash"_s,
                                                 u"salt"_s, u"displayName"_s}
                                  << QStringList{u"localId=external_id"_s, u"emailVerified=email_verified"_s,
                                                 u"passwordHash=password_hash"_s};
        QTest::addRow("clerk") << QStringList{u"id"_s, u"first_name"_s, u"last_name"_s, u"username"_s,
                                              u"primary_email_address"_s, u"password_digest"_s, u"password_hasher"_s}
                               << QStringList{u"primary_email_address=email"_s, u"password_digest=password_hash"_s,
                                              u"password_hasher=password_hash_type"_s};
        QTest::addRow("cognito") << QStringList{u"cognito:username"_s, u"sub"_s, u"email"_s, u"email_verified"_s,
                                                u"given_name"_s, u"family_name"_s}
                                 << QStringList{u"sub=external_id"_s, u"given_name=first_name"_s};
    }

    void exportsBecomeUsable()
    {
        QFETCH(QStringList, header);
        QFETCH(QStringList, expect);
        const Model::ColumnMapping mapping = Model::ColumnMapping::suggested(header);
        const QStringList entries = mapping.toString().split(u',', Qt::SkipEmptyParts);
        for (const QString &e : std::as_const(expect))
            QVERIFY2(entries.contains(e), qPrintable(e + u" not in "_s + mapping.toString()));
        QSet<Field> fields;
        for (const auto &e : mapping.entries()) {
            QVERIFY2(!fields.contains(e.field), qPrintable(mapping.toString()));
            fields.insert(e.field);
            QVERIFY(!Model::fieldFromName(e.header)); // canonical headers are never remapped
        }
        QCOMPARE(Model::ColumnMapping::parse(mapping.toString()), mapping);
        const Model::Schema schema = Model::Schema::fromHeader(header, mapping);
        QVERIFY2(schema.isUsable(), qPrintable(schema.problem()));
    }

    void strongerSynonymWins()
    {
        // "User principal name" comes first, but "Mail" is the stronger name for the email.
        const auto m = Model::ColumnMapping::suggested({u"User principal name"_s, u"Mail"_s});
        QCOMPARE(m.headerFor(Field::Email), u"Mail"_s);
        // A canonical column keeps its field: "E-mail" is not mapped next to "email".
        const auto c = Model::ColumnMapping::suggested({u"email"_s, u"E-mail"_s});
        QVERIFY(c.isEmpty());
    }

    // A file with only an organization name: the name is the external id, the same on every
    // row and every run (so resume and a second run find the same organization).
    void organizationNameAsExternalId()
    {
        const auto m = Model::ColumnMapping::parse(u"Company=org_name+org_external_id,Mail=email"_s);
        QVERIFY(m);
        QVERIFY(m->orgNameIsExternalId());
        QCOMPARE(Model::ColumnMapping::parse(m->toString()), m);
        const Model::Schema schema = Model::Schema::fromHeader({u"Mail"_s, u"Company"_s}, *m);
        QVERIFY2(schema.isUsable(), qPrintable(schema.problem()));
        QCOMPARE(schema.column(Field::OrgExternalId), 1);
        QCOMPARE(schema.column(Field::OrgName), 1);
        for (const QString &name : {u"Acme Inc."_s, u"  Société Générale "_s}) {
            Csv::Record record;
            record.fields = {u"ann@example.com"_s, name};
            const Model::RowResult row = Model::checkRow(schema, record);
            QVERIFY(!row.hasErrors());
            QCOMPARE(row.row.org.externalId, name.trimmed());
            QCOMPARE(row.row.org.name, name.trimmed());
        }
        // Without the choice, a name alone is not enough to find or create an organization.
        const Model::Schema plain = Model::Schema::fromHeader({u"email"_s, u"org_name"_s});
        Csv::Record record;
        record.fields = {u"ann@example.com"_s, u"Acme"_s};
        QVERIFY(Model::checkRow(plain, record).hasErrors());
        // The file's own org_name column, by flag only.
        Model::ColumnMapping own;
        own.insert(u"org_name"_s, Field::OrgName);
        own.setOrgNameIsExternalId(true);
        QCOMPARE(Model::ColumnMapping::parse(own.toString()), own);
    }
};

QTEST_APPLESS_MAIN(TestHeaderSynonyms)
#include "tst_headersynonyms.moc"
