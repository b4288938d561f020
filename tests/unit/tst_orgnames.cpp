// Issue 17.12 and 22.5: organization names that differ only by case, accents, spacing or
// punctuation are found before anything is written, within the file and against WorkOS.
#include "model/orgnames.h"

#include <QtTest/QtTest>

using namespace Qt::StringLiterals;
using Model::OrgRef;

class TestOrgNames : public QObject
{
    Q_OBJECT

    static OrgRef byName(const QString &name) { return OrgRef{QString(), name.trimmed(), name.trimmed()}; }

private slots:
    void comparable_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::addRow("case") << u"Acme"_s << u"ACME"_s << true;
        QTest::addRow("trailing space") << u"acme "_s << u"Acme"_s << true;
        QTest::addRow("double space") << u"Acme  Inc"_s << u"Acme Inc"_s << true;
        QTest::addRow("punctuation") << u"Acme, Inc."_s << u"Acme Inc"_s << true;
        QTest::addRow("hyphen") << u"Acme-Sales"_s << u"Acme Sales"_s << true;
        QTest::addRow("accents") << u"Société Générale"_s << u"SOCIETE GENERALE"_s << true;
        QTest::addRow("another word") << u"Acme"_s << u"Acme Inc"_s << false;
        QTest::addRow("another name") << u"Contoso GmbH"_s << u"Contoso AG"_s << false;
    }

    void comparable()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(Model::OrgNames::comparable(a) == Model::OrgNames::comparable(b), same);
    }

    // The five organizations of issue 17.12 are two groups.
    void similarGroupsOfTheFile()
    {
        const QList<OrgRef> orgs{byName(u"Acme"_s), byName(u"ACME"_s), byName(u"acme "_s), byName(u"Acme  Inc"_s),
                                 byName(u"Acme Inc"_s), byName(u"Globex"_s), byName(u"Acme"_s)};
        const auto groups = Model::OrgNames::similarGroups(orgs);
        QCOMPARE(groups.size(), 2);
        QCOMPARE(groups[0].size(), 3); // "Acme", "ACME" and "acme" (trimmed): three keys, one name
        QCOMPARE(groups[1].size(), 2);
        QCOMPARE(groups[1][0].name, u"Acme  Inc"_s);
        // Same name, own ids: also a group (two organizations named alike).
        const QList<OrgRef> withIds{{QString(), u"A-1"_s, u"Contoso"_s}, {QString(), u"A-2"_s, u"contoso"_s},
                                    {QString(), u"A-3"_s, u"Fabrikam"_s}};
        const auto g2 = Model::OrgNames::similarGroups(withIds);
        QCOMPARE(g2.size(), 1);
        QCOMPARE(g2[0][1].externalId, u"A-2"_s);
    }

    void newOrganizationsMatchExistingOnes()
    {
        const QList<Model::OrgNames::Existing> existing{{u"org_1"_s, u"Acme Sales"_s, u"Acme Sales"_s},
                                                        {u"org_2"_s, u"Contoso GmbH"_s, QString()}};
        const QList<OrgRef> fresh{{QString(), u"S-1"_s, u"ACME sales"_s}, {QString(), u"S-2"_s, u"Contoso  GmbH."_s},
                                  {QString(), u"S-3"_s, u"Northwind"_s}};
        const auto matches = Model::OrgNames::matchExisting(fresh, existing);
        QCOMPARE(matches.size(), 2);
        QCOMPARE(matches[0].existing.id, u"org_1"_s);
        QCOMPARE(matches[0].fileOrganization.externalId, u"S-1"_s);
        QCOMPARE(matches[1].existing.id, u"org_2"_s);
    }
};

QTEST_APPLESS_MAIN(TestOrgNames)
#include "tst_orgnames.moc"
