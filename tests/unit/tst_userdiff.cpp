// Engine::diffUser and friends (docs/cutover.md, "Update users that already exist"): which
// fields an update sends, what an empty cell does (nothing), how metadata merges, the PUT
// bodies, and how undo tells a field still at the import's value from one changed again.
#include "engine/import/userdiff.h"

#include <QtCore/QJsonArray>
#include <QtTest/QtTest>

using namespace Qt::StringLiterals;
using namespace Engine;

namespace {

Api::User held()
{
    Api::User u;
    u.id = u"user_1"_s;
    u.email = u"ann@example.com"_s;
    u.firstName = u"Ann"_s;
    u.lastName = u"Old"_s;
    u.emailVerified = false;
    u.externalId = QString();
    u.metadata = QJsonObject {{u"tier"_s, u"silver"_s}, {u"keep"_s, u"yes"_s}};
    return u;
}

Model::UserRow row()
{
    Model::UserRow r;
    r.email = u"ann@example.com"_s;
    r.emailKey = r.email;
    return r;
}

} // namespace

class TestUserDiff : public QObject
{
    Q_OBJECT

private slots:
    void emptyCellsChangeNothing()
    {
        QVERIFY(diffUser(row(), held()).isEmpty());
        Model::UserRow r = row();
        r.firstName = u"Ann"_s; // the same value
        r.metadata = QJsonObject {{u"tier"_s, u""_s}}; // an empty value is no value
        QVERIFY(diffUser(r, held()).isEmpty());
    }

    void onlyDifferingFields_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("before");
        QTest::addColumn<QJsonValue>("after");
        QTest::addRow("first_name") << u"first_name"_s << QJsonValue(u"Ann"_s) << QJsonValue(u"Anna"_s);
        QTest::addRow("last_name") << u"last_name"_s << QJsonValue(u"Old"_s) << QJsonValue(u"New"_s);
        QTest::addRow("email_verified") << u"email_verified"_s << QJsonValue(false) << QJsonValue(true);
        QTest::addRow("external_id") << u"external_id"_s << QJsonValue(u""_s) << QJsonValue(u"src-1"_s);
        QTest::addRow("metadata merged") << u"metadata"_s << QJsonValue(held().metadata)
                                         << QJsonValue(QJsonObject {{u"tier"_s, u"gold"_s}, {u"keep"_s, u"yes"_s}});
    }

    void onlyDifferingFields()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, before);
        QFETCH(QJsonValue, after);
        Model::UserRow r = row();
        if (field == u"first_name"_s)
            r.firstName = after.toString();
        else if (field == u"last_name"_s)
            r.lastName = after.toString();
        else if (field == u"email_verified"_s)
            r.emailVerified = after.toBool();
        else if (field == u"external_id"_s)
            r.externalId = after.toString();
        else
            r.metadata = QJsonObject {{u"tier"_s, u"gold"_s}};
        const QList<FieldChange> changes = diffUser(r, held());
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().field, field);
        QCOMPARE(changes.first().before, before);
        QCOMPARE(changes.first().after, after);
        QCOMPARE(fieldList(changes), field);
        // The PUT sends only that field; putting back an empty value sends null (cleared).
        QCOMPARE(updateBody(changes).keys(), QStringList {field});
        const QJsonValue restored = restoreBody(changes).value(field);
        if (before.isString() && before.toString().isEmpty())
            QVERIFY(restored.isNull());
        else
            QCOMPARE(restored, before);
        // Stored and read back unchanged.
        QCOMPARE(changesFromJson(changesToJson(changes)), changes);
    }

    void undoTellsChangedAgain()
    {
        Model::UserRow r = row();
        r.lastName = u"New"_s;
        r.emailVerified = true;
        const QList<FieldChange> changes = diffUser(r, held());
        QCOMPARE(changes.size(), 2);
        Api::User now = held();
        now.lastName = u"Changed"_s; // changed again since the import
        now.emailVerified = true;    // still the import's
        const UpdateCheck check = checkUpdate(changes, now);
        QCOMPARE(check.atAfter.size(), 1);
        QCOMPARE(check.atAfter.first().field, u"email_verified"_s);
        QCOMPARE(check.changedAgain.size(), 1);
        QCOMPARE(check.changedAgain.first().field, u"last_name"_s);
        QVERIFY(check.atBefore.isEmpty());
        // Back at the old values: nothing left to do.
        QCOMPARE(checkUpdate(changes, held()).atBefore.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestUserDiff)
#include "tst_userdiff.moc"
