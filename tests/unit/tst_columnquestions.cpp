// Issue 22.1, 22.3, 17.13 and issue 18's "any CSV": the everyday headers of seven languages map
// by themselves, on whole names only; what a column's values look like (ValueProfile); every
// column left out that looks like user data is a question (ColumnQuestions); the command line
// and the wizard share one mapping with the person's overrides on top (FileMapping).
#include "model/columnmapping.h"
#include "model/columnquestions.h"
#include "model/filemapping.h"
#include "model/headersynonyms.h"
#include "model/schema.h"
#include "model/valueprofile.h"

#include <QtCore/QFileInfo>
#include <QtTest/QtTest>

using namespace Qt::StringLiterals;
using Model::Field;
using Model::ValueKind;

Q_DECLARE_METATYPE(Model::Field)
Q_DECLARE_METATYPE(Model::ValueKind)

class TestColumnQuestions : public QObject
{
    Q_OBJECT

private slots:
    void headersOfSevenLanguages_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<Field>("field");
        const QList<std::pair<const char *, Field>> cases = {
            // German
            {"Vorname", Field::FirstName}, {"Nachname", Field::LastName}, {"Familienname", Field::LastName},
            {"E-Mail", Field::Email}, {"E-Mail-Adresse", Field::Email}, {"Firma", Field::OrgName},
            {"Unternehmen", Field::OrgName}, {"Rolle", Field::RoleSlugs}, {"Benutzer-ID", Field::ExternalId},
            {"Firmen-ID", Field::OrgExternalId}, {"Passwort", Field::Password},
            // French (and its Excel variants: accents, case, spaces)
            {"Prénom", Field::FirstName}, {"PRÉNOM", Field::FirstName}, {" prenom ", Field::FirstName},
            {"Nom", Field::LastName}, {"Nom de famille", Field::LastName}, {"Adresse e-mail", Field::Email},
            {"Courriel", Field::Email}, {"Société", Field::OrgName}, {"Entreprise", Field::OrgName},
            {"Rôle", Field::RoleSlugs}, {"ID société", Field::OrgExternalId}, {"Mot de passe", Field::Password},
            // Spanish
            {"Nombre", Field::FirstName}, {"Apellido", Field::LastName}, {"Apellidos", Field::LastName},
            {"Correo electrónico", Field::Email}, {"Empresa", Field::OrgName}, {"Compañía", Field::OrgName},
            {"Rol", Field::RoleSlugs}, {"Contraseña", Field::Password},
            // Italian
            {"Nome", Field::FirstName}, {"Cognome", Field::LastName}, {"Azienda", Field::OrgName},
            {"Società", Field::OrgName}, {"Ruolo", Field::RoleSlugs}, {"Indirizzo email", Field::Email},
            // Dutch
            {"Voornaam", Field::FirstName}, {"Achternaam", Field::LastName}, {"E-mailadres", Field::Email},
            {"Bedrijf", Field::OrgName}, {"Organisatie", Field::OrgName}, {"Wachtwoord", Field::Password},
            // Portuguese
            {"Sobrenome", Field::LastName}, {"Endereço de e-mail", Field::Email}, {"Organização", Field::OrgName},
            {"Senha", Field::Password},
            // English Excel variants
            {"E-Mail Address", Field::Email}, {"COMPANY NAME", Field::OrgName}, {"first  name", Field::FirstName},
        };
        for (const auto &[header, field] : cases)
            QTest::addRow("%s", header) << QString::fromUtf8(header) << field;
    }

    void headersOfSevenLanguages()
    {
        QFETCH(QString, header);
        QFETCH(Field, field);
        const auto m = Model::HeaderSynonyms::match(header);
        QVERIFY2(m.has_value(), qPrintable(header + u" -> "_s + Model::HeaderSynonyms::normalized(header)));
        QCOMPARE(m->field, field);
    }

    // Issue 17.13: a whole-name match only.
    void wholeNamesOnly_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addRow("manager.email") << u"manager.email"_s;
        QTest::addRow("verified") << u"verified"_s;
        QTest::addRow("app_metadata.role") << u"app_metadata.role"_s;
        QTest::addRow("parent/company") << u"parent/company"_s;
        QTest::addRow("billing:email") << u"billing:email"_s;
    }

    void wholeNamesOnly()
    {
        QFETCH(QString, header);
        QVERIFY2(!Model::HeaderSynonyms::match(header), qPrintable(header));
        QVERIFY(Model::ColumnMapping::suggested({u"id"_s, header}).isEmpty());
        // The user's own prefixes still work.
        QCOMPARE(Model::HeaderSynonyms::match(u"profile.email"_s)->field, Field::Email);
        QCOMPARE(Model::HeaderSynonyms::match(u"cognito:email"_s)->field, Field::Email);
    }

    void valuesLookLike_data()
    {
        QTest::addColumn<QStringList>("values");
        QTest::addColumn<QString>("header");
        QTest::addColumn<ValueKind>("kind");
        QTest::addRow("emails") << QStringList{u"ann@example.com"_s, u"bob@example.org"_s} << u"x"_s << ValueKind::Email;
        QTest::addRow("workos org ids") << QStringList{u"org_01H5JQDV7R7ATEYZDEG0W5PRYS"_s, u"org_01H5JQDV7R7ATEYZDEG0W5PRYT"_s}
                                        << u"organization_id"_s << ValueKind::WorkOsOrganizationId;
        QTest::addRow("workos user ids") << QStringList{u"user_01H5JQDV7R7ATEYZDEG0W5PRYS"_s} << u"id"_s
                                         << ValueKind::WorkOsUserId;
        QTest::addRow("flags") << QStringList{u"ja"_s, u"nein"_s, u"ja"_s} << u"Bestätigt"_s << ValueKind::Flag;
        QTest::addRow("flags fr") << QStringList{u"oui"_s, u"non"_s} << u"Vérifié"_s << ValueKind::Flag;
        QTest::addRow("roles") << QStringList{u"admin"_s, u"member"_s, u"member"_s} << u"x"_s << ValueKind::Role;
        QTest::addRow("roles de") << QStringList{u"Administrator"_s, u"Mitglied"_s} << u"Funktion"_s << ValueKind::Role;
        QTest::addRow("companies") << QStringList{u"Acme GmbH"_s, u"Contoso SA"_s, u"Globex Inc."_s} << u"x"_s
                                   << ValueKind::OrganizationName;
        QTest::addRow("repeated names") << QStringList{u"Acme"_s, u"Acme"_s, u"Globex"_s, u"Acme"_s, u"Globex"_s, u"Acme"_s}
                                        << u"x"_s << ValueKind::OrganizationName;
        QTest::addRow("people") << QStringList{u"Anne-Marie"_s, u"Jürgen"_s, u"O'Brien"_s, u"Lee"_s} << u"x"_s
                                << ValueKind::PersonName;
        QTest::addRow("ids") << QStringList{u"A-0001"_s, u"A-0002"_s, u"B-0003"_s} << u"x"_s << ValueKind::Id;
        QTest::addRow("uuids") << QStringList{u"3f1c9a2e-8d7b-4c6a-9e5f-1a2b3c4d5e6f"_s} << u"x"_s << ValueKind::Id;
        QTest::addRow("numbers under an id header") << QStringList{u"1001"_s, u"1002"_s} << u"Kundennummer"_s << ValueKind::Id;
        QTest::addRow("numbers") << QStringList{u"555"_s, u"556"_s} << u"Phone"_s << ValueKind::Other;
        QTest::addRow("dates") << QStringList{u"2024-01-31"_s, u"2023-12-01"_s} << u"Created"_s << ValueKind::Other;
        QTest::addRow("free text") << QStringList{u"Met at the fair, wants a demo in March."_s} << u"Notes"_s
                                   << ValueKind::Other;
        QTest::addRow("empty") << QStringList{u""_s, u"  "_s} << u"x"_s << ValueKind::Empty;
    }

    void valuesLookLike()
    {
        QFETCH(QStringList, values);
        QFETCH(QString, header);
        QFETCH(ValueKind, kind);
        QCOMPARE(Model::ValueProfile::classify(values, header), kind);
    }

    // Issue 22.1: a French export's names and company arrive mapped; nothing that looks like
    // user data is left out without a question.
    void frenchExportIsMappedAndAsked()
    {
        const QStringList header{u"Nom"_s, u"Prénom"_s, u"Adresse e-mail"_s, u"Société"_s, u"Fonction"_s, u"Surnom"_s,
                                 u"Téléphone"_s};
        const QList<QStringList> rows{
            {u"Dupont"_s, u"Marie"_s, u"marie@exemple.fr"_s, u"Acme SARL"_s, u"admin"_s, u"Mimi"_s, u"+33 1 23 45 67 89"_s},
            {u"Martin"_s, u"Luc"_s, u"luc@exemple.fr"_s, u"Acme SARL"_s, u"membre"_s, u"Lulu"_s, u"+33 1 23 45 67 80"_s},
        };
        const auto fm = Model::FileMapping::make(header, rows, {});
        QVERIFY(fm);
        QCOMPARE(fm->mapping.headerFor(Field::LastName), u"Nom"_s);
        QCOMPARE(fm->mapping.headerFor(Field::FirstName), u"Prénom"_s);
        QCOMPARE(fm->mapping.headerFor(Field::Email), u"Adresse e-mail"_s);
        QCOMPARE(fm->mapping.headerFor(Field::OrgName), u"Société"_s);
        QStringList asked;
        for (const Model::ColumnQuestion &q : fm->questions)
            asked.append(q.header);
        QCOMPARE(asked, (QStringList{u"Fonction"_s, u"Surnom"_s})); // a role and a name; the phone is not asked
        QCOMPARE(fm->questions[0].suggestion, std::optional<Field>(Field::RoleSlugs));
        QVERIFY(Model::Schema::fromHeader(header, fm->mapping).isUsable());
    }

    // Issue 22.3: org_… values are WorkOS organization ids whatever the header says; user_…
    // values are never taken for the person's own ids.
    void workosIdShapes()
    {
        const QStringList header{u"email"_s, u"organization_id"_s, u"user_id"_s};
        const QList<QStringList> rows{{u"a@example.com"_s, u"org_01H5JQDV7R7ATEYZDEG0W5PRYS"_s, u"user_01H5JQDV7R7ATEYZDEG0W5PRYS"_s}};
        const Model::ColumnMapping m = Model::ColumnMapping::suggested(header, rows);
        QCOMPARE(m.headerFor(Field::OrgId), u"organization_id"_s);
        QVERIFY(m.headerFor(Field::OrgExternalId).isEmpty());
        QVERIFY(m.headerFor(Field::ExternalId).isEmpty());
        const auto questions = Model::ColumnQuestions::find(header, rows, m);
        QCOMPARE(questions.size(), 1);
        QCOMPARE(questions[0].header, u"user_id"_s);
        QCOMPARE(questions[0].looksLike, ValueKind::WorkOsUserId);
        // The same header of the person's own ids stays their external id.
        const QList<QStringList> own{{u"a@example.com"_s, u"ACME-1"_s, u"u-1"_s}};
        QCOMPARE(Model::ColumnMapping::suggested(header, own).headerFor(Field::OrgExternalId), u"organization_id"_s);
    }

    // Issue 17.13: never two columns for one field without asking.
    void secondColumnForAFieldIsAsked()
    {
        const QStringList header{u"E-mail"_s, u"Mail"_s, u"manager.email"_s};
        const QList<QStringList> rows{{u"a@example.com"_s, u"a@example.org"_s, u"boss@example.com"_s}};
        const auto fm = Model::FileMapping::make(header, rows, {});
        QVERIFY(fm);
        QCOMPARE(fm->mapping.headerFor(Field::Email), u"E-mail"_s); // the stronger synonym
        QCOMPARE(fm->questions.size(), 2);
        QCOMPARE(fm->questions[0].header, u"Mail"_s);
        QCOMPARE(fm->questions[0].headerField, std::optional<Field>(Field::Email));
        QCOMPARE(fm->questions[0].otherHeader, u"E-mail"_s);
        QCOMPARE(fm->questions[1].header, u"manager.email"_s);
        QCOMPARE(fm->questions[1].looksLike, ValueKind::Email);
    }

    // Issue 18, any CSV: --map overrides the suggestion, "=ignore" answers a question.
    void overridesWin()
    {
        const QStringList header{u"Vorname"_s, u"Nachname"_s, u"E-Mail"_s, u"Firma"_s, u"Spitzname"_s};
        const QList<QStringList> rows{{u"Jürgen"_s, u"Müller"_s, u"j@example.de"_s, u"Acme GmbH"_s, u"Jogi"_s}};
        QString error;
        const auto fm = Model::FileMapping::make(header, rows, u"Spitzname=first_name,Firma=ignore"_s, &error);
        QVERIFY2(fm, qPrintable(error));
        QCOMPARE(fm->mapping.headerFor(Field::FirstName), u"Spitzname"_s); // the person's entry replaces Vorname
        QVERIFY(!fm->mapping.fieldFor(u"Vorname"_s));
        QVERIFY(fm->mapping.isIgnored(u"Firma"_s));
        QVERIFY(fm->mapping.headerFor(Field::OrgName).isEmpty());
        QStringList asked;
        for (const auto &q : fm->questions)
            asked.append(q.header);
        QCOMPARE(asked, QStringList{u"Vorname"_s}); // a name column left out by the override: still a question
        const QStringList lines = fm->describe();
        QVERIFY(lines.contains(u"  Nachname -> last_name (recognised)"_s));
        QVERIFY(lines.contains(u"  Spitzname -> first_name (--map)"_s));
        QVERIFY(lines.contains(u"  Firma -> not imported (--map)"_s));
        QCOMPARE(Model::ColumnMapping::parse(fm->mapping.toString()), fm->mapping);
        QVERIFY(!Model::FileMapping::make(header, rows, u"Firma=nonsense"_s, &error));
        QVERIFY(error.contains(u"nonsense"_s));
    }

    void fixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("expect");
        QTest::addRow("french") << u"csv/excel-fr.csv"_s
                                << QStringList{u"Nom=last_name"_s, u"Prénom=first_name"_s, u"Adresse e-mail=email"_s,
                                               u"Société=org_name"_s, u"Rôle=role_slugs"_s};
        QTest::addRow("german") << u"csv/excel-de.csv"_s
                                << QStringList{u"Vorname=first_name"_s, u"Nachname=last_name"_s, u"E-Mail=email"_s,
                                               u"Firma=org_name"_s, u"Kundennummer=org_external_id"_s};
    }

    void fixtures()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, expect);
        const QString path = QFileInfo::exists(QStringLiteral(WIZARD_TEST_DATA_DIR "/") + file) ? QStringLiteral(WIZARD_TEST_DATA_DIR "/") + file : QString();
        QVERIFY(!path.isEmpty());
        QString error;
        const auto fm = Model::FileMapping::forCsv(path, {}, &error);
        QVERIFY2(fm, qPrintable(error));
        for (const QString &e : std::as_const(expect)) {
            const QString h = e.section(u'=', 0, 0);
            const QString f = e.section(u'=', 1);
            QVERIFY2(fm->mapping.fieldFor(h) && Model::fieldName(*fm->mapping.fieldFor(h)) == f,
                     qPrintable(e + u" not in "_s + fm->mapping.toString()));
        }
    }
};

QTEST_APPLESS_MAIN(TestColumnQuestions)
#include "tst_columnquestions.moc"
