// Header matching, column mapping and import mode (Model::Schema, Model::ColumnMapping).

#include <model/columnmapping.h>
#include <model/schema.h>

#include <QtTest/QtTest>

using namespace Qt::StringLiterals;
using Model::ColumnMapping;
using Model::Field;
using Model::ImportMode;
using Model::Schema;

class TestSchema : public QObject
{
    Q_OBJECT

private slots:
    void canonicalHeaderInAnyOrder();
    void headerNamesAreCaseInsensitiveAndTrimmed_data();
    void headerNamesAreCaseInsensitiveAndTrimmed();
    void unknownColumnsGiveOneWarning();
    void mappingParses_data();
    void mappingParses();
    void mappingRoundTrips_data();
    void mappingRoundTrips();
    void mappingRejects_data();
    void mappingRejects();
    void mappingAppliesToHeader();
    void mappingWinsOverCanonicalColumn();
    void mappingOfMissingColumnWarns();
    void mode_data();
    void mode();
    void singleOrganization();
    void noEmailColumnIsUnusable();
    void fieldInTwoColumnsIsUnusable();
    void emptyHeaderIsUnusable();
    void roleSlugsWithoutOrganizationsWarn();
};

void TestSchema::canonicalHeaderInAnyOrder()
{
    const QStringList header = {u"role_slugs"_s, u"org_name"_s, u"org_external_id"_s, u"org_id"_s, u"metadata"_s,
                                u"external_id"_s, u"email_verified"_s, u"last_name"_s, u"first_name"_s,
                                u"password_hash_type"_s, u"password_hash"_s, u"password"_s, u"email"_s};
    const Schema s = Schema::fromHeader(header);
    QVERIFY2(s.isUsable(), qPrintable(s.problem()));
    for (int i = 0; i < header.size(); ++i)
        QCOMPARE(s.column(*Model::fieldFromName(header[i])), i);
    QVERIFY(s.unknownColumns().isEmpty());
    QVERIFY(s.warnings().isEmpty());
}

void TestSchema::headerNamesAreCaseInsensitiveAndTrimmed_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("field");
    QTest::addRow("upper") << u"EMAIL"_s << int(Field::Email);
    QTest::addRow("mixed") << u"First_Name"_s << int(Field::FirstName);
    QTest::addRow("spaces") << u"  last_name \t"_s << int(Field::LastName);
    QTest::addRow("hash type") << u"Password_Hash_Type"_s << int(Field::PasswordHashType);
    QTest::addRow("org") << u" ORG_EXTERNAL_ID"_s << int(Field::OrgExternalId);
}

void TestSchema::headerNamesAreCaseInsensitiveAndTrimmed()
{
    QFETCH(QString, name);
    QFETCH(int, field);
    const bool isEmail = field == int(Field::Email);
    const Schema s = Schema::fromHeader({isEmail ? u"first_name"_s : u"email"_s, name});
    QVERIFY2(s.isUsable(), qPrintable(s.problem()));
    QCOMPARE(s.column(Field(field)), 1);
    QVERIFY(s.unknownColumns().isEmpty());
}

void TestSchema::unknownColumnsGiveOneWarning()
{
    const Schema s = Schema::fromHeader({u"email"_s, u"Phone"_s, u"first_name"_s, u"Department"_s, u""_s});
    QVERIFY(s.isUsable());
    QCOMPARE(s.unknownColumns(), (QStringList{u"Phone"_s, u"Department"_s, u""_s}));
    QCOMPARE(s.warnings().size(), 1);
    const QString w = s.warnings().first();
    QVERIFY2(w.contains(u"\"Phone\""_s) && w.contains(u"\"Department\""_s) && w.contains(u"column 5"_s), qPrintable(w));
    QVERIFY(w.contains(u"3 columns"_s));
}

void TestSchema::mappingParses_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("header");
    QTest::addColumn<int>("field");
    QTest::addColumn<int>("size");
    QTest::addRow("two") << u"Email Address=email,Given Name=first_name"_s << u"Given Name"_s << int(Field::FirstName) << 2;
    QTest::addRow("spaces") << u"  Email Address = EMAIL ,  Surname=last_name"_s << u"email address"_s << int(Field::Email) << 2;
    QTest::addRow("trailing comma") << u"Mail=email,"_s << u"Mail"_s << int(Field::Email) << 1;
    QTest::addRow("quoted comma") << u"\"Name, given\"=first_name,E=email"_s << u"Name, given"_s << int(Field::FirstName) << 2;
    QTest::addRow("quoted equals") << u"\"a=b\"=external_id"_s << u"a=b"_s << int(Field::ExternalId) << 1;
}

void TestSchema::mappingParses()
{
    QFETCH(QString, spec);
    QFETCH(QString, header);
    QFETCH(int, field);
    QFETCH(int, size);
    QString error;
    const std::optional<ColumnMapping> m = ColumnMapping::parse(spec, &error);
    QVERIFY2(m, qPrintable(error));
    QCOMPARE(m->size(), size);
    QCOMPARE(m->fieldFor(header), std::optional<Field>(Field(field)));
    QCOMPARE(m->headerFor(Field(field)).toLower(), header.toLower());
}

void TestSchema::mappingRoundTrips_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addRow("plain") << u"Email Address=email,Given Name=first_name"_s;
    QTest::addRow("quoted") << u"\"Name, given\"=first_name,\"He said \"\"hi\"\"\"=metadata"_s;
    QTest::addRow("empty") << QString();
}

void TestSchema::mappingRoundTrips()
{
    QFETCH(QString, spec);
    const std::optional<ColumnMapping> m = ColumnMapping::parse(spec);
    QVERIFY(m);
    const std::optional<ColumnMapping> again = ColumnMapping::parse(m->toString());
    QVERIFY(again);
    QCOMPARE(*again, *m);
    QCOMPARE(m->toString(), spec);
}

void TestSchema::mappingRejects_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("mentions");
    QTest::addRow("no equals") << u"Email Address"_s << u"no '='"_s;
    QTest::addRow("empty header") << u"=email"_s << u"no column name"_s;
    QTest::addRow("unknown field") << u"Mail=e-mail"_s << u"unknown field \"e-mail\""_s;
    QTest::addRow("no field") << u"Mail="_s << u"no field name"_s;
    QTest::addRow("header twice") << u"Mail=email,mail=first_name"_s << u"more than once"_s;
    QTest::addRow("field twice") << u"Mail=email,Other=email"_s << u"both mapped to email"_s;
    QTest::addRow("open quote") << u"\"Mail=email"_s << u"never closed"_s;
}

void TestSchema::mappingRejects()
{
    QFETCH(QString, spec);
    QFETCH(QString, mentions);
    QString error;
    QVERIFY(!ColumnMapping::parse(spec, &error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
    if (spec.contains(u"e-mail"_s))
        QVERIFY2(error.contains(u"first_name"_s) && error.contains(u"role_slugs"_s), qPrintable(error)); // lists the valid fields
}

void TestSchema::mappingAppliesToHeader()
{
    const ColumnMapping m = *ColumnMapping::parse(u"Email Address=email,Given Name=first_name"_s);
    const Schema s = Schema::fromHeader({u"Given Name"_s, u" email address "_s, u"last_name"_s}, m);
    QVERIFY2(s.isUsable(), qPrintable(s.problem()));
    QCOMPARE(s.column(Field::Email), 1);
    QCOMPARE(s.column(Field::FirstName), 0);
    QCOMPARE(s.column(Field::LastName), 2);
    QVERIFY(s.warnings().isEmpty());

    ColumnMapping built;
    QVERIFY(built.insert(u"Mail"_s, Field::Email));
    QString error;
    QVERIFY(!built.insert(u"Other"_s, Field::Email, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(built.insert(u"mail"_s, Field::ExternalId)); // same header (any case) is replaced
    QCOMPARE(built.size(), 1);
    built.removeHeader(u"MAIL"_s);
    QVERIFY(built.isEmpty());
}

void TestSchema::mappingWinsOverCanonicalColumn()
{
    const ColumnMapping m = *ColumnMapping::parse(u"Work Email=email"_s);
    const Schema s = Schema::fromHeader({u"email"_s, u"Work Email"_s}, m);
    QVERIFY2(s.isUsable(), qPrintable(s.problem()));
    QCOMPARE(s.column(Field::Email), 1);
    QCOMPARE(s.unknownColumns(), QStringList{u"email"_s});
    QCOMPARE(s.warnings().size(), 1);
    QVERIFY2(s.warnings().first().contains(u"\"email\""_s), qPrintable(s.warnings().first()));
}

void TestSchema::mappingOfMissingColumnWarns()
{
    const ColumnMapping m = *ColumnMapping::parse(u"Given Nmae=first_name"_s);
    const Schema s = Schema::fromHeader({u"email"_s, u"first_name"_s}, m);
    QVERIFY(s.isUsable());
    QCOMPARE(s.warnings().size(), 1);
    QVERIFY(s.warnings().first().contains(u"Given Nmae"_s));
}

void TestSchema::mode_data()
{
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<int>("mode");
    QTest::addRow("users only") << QStringList{u"email"_s, u"first_name"_s, u"role_slugs"_s} << int(ImportMode::UserOnly);
    QTest::addRow("org_id") << QStringList{u"email"_s, u"org_id"_s} << int(ImportMode::MultiOrganization);
    QTest::addRow("org_external_id") << QStringList{u"email"_s, u"ORG_EXTERNAL_ID"_s} << int(ImportMode::MultiOrganization);
    QTest::addRow("org_name alone") << QStringList{u"email"_s, u"org_name"_s} << int(ImportMode::MultiOrganization);
}

void TestSchema::mode()
{
    QFETCH(QStringList, header);
    QFETCH(int, mode);
    QCOMPARE(int(Schema::fromHeader(header).mode()), mode);
}

void TestSchema::singleOrganization()
{
    Schema s = Schema::fromHeader({u"email"_s});
    QString error;
    QVERIFY(!s.setSingleOrganization({}, &error));
    QVERIFY(!s.setSingleOrganization({u"org_1"_s, u"acme"_s, {}}, &error));
    QVERIFY(error.contains(u"not both"_s));
    QCOMPARE(s.mode(), ImportMode::UserOnly);
    QVERIFY(s.setSingleOrganization({{}, u" acme "_s, u"Acme"_s}, &error));
    QCOMPARE(s.mode(), ImportMode::SingleOrganization);
    QCOMPARE(s.singleOrganization().key(), u"ext:acme"_s);

    Schema withOrgs = Schema::fromHeader({u"email"_s, u"org_id"_s});
    QVERIFY(!withOrgs.setSingleOrganization({u"org_1"_s, {}, {}}, &error));
    QVERIFY(error.contains(u"organization columns"_s));
    QCOMPARE(withOrgs.mode(), ImportMode::MultiOrganization);
}

void TestSchema::noEmailColumnIsUnusable()
{
    const Schema s = Schema::fromHeader({u"E-Mail Address"_s, u"Name"_s});
    QVERIFY(!s.isUsable());
    QCOMPARE(s.problemId(), u"schema.no_email_column"_s);
    const QString p = s.problem();
    QVERIFY2(p.contains(u"\"E-Mail Address\""_s) && p.contains(u"\"Name\""_s), qPrintable(p)); // names the headers found
    QVERIFY2(p.contains(u"--map \"E-Mail Address=email\""_s), qPrintable(p));                 // and suggests --map
}

void TestSchema::fieldInTwoColumnsIsUnusable()
{
    const Schema s = Schema::fromHeader({u"email"_s, u"first_name"_s, u"EMAIL "_s});
    QVERIFY(!s.isUsable());
    QCOMPARE(s.problemId(), u"schema.field_in_two_columns"_s);
    QVERIFY(s.problem().contains(u"email"_s));
}

void TestSchema::emptyHeaderIsUnusable()
{
    QVERIFY(!Schema().isUsable());
    const Schema s = Schema::fromHeader({});
    QVERIFY(!s.isUsable());
    QCOMPARE(s.problemId(), u"schema.no_header"_s);
}

void TestSchema::roleSlugsWithoutOrganizationsWarn()
{
    Schema s = Schema::fromHeader({u"email"_s, u"role_slugs"_s});
    QCOMPARE(s.warnings().size(), 1);
    QVERIFY(s.warnings().first().contains(u"role_slugs"_s));
    QVERIFY(s.setSingleOrganization({u"org_1"_s, {}, {}}));
    QVERIFY(s.warnings().isEmpty());
}

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"
