// PasswordCheckDialog, the wizard's password proofs: "Check a known password…" (Review page)
// checks locally, off the GUI thread, and says the sentence the CLI says; "Sign in as…"
// (Finish page) signs in against a workos-sandbox. The password field is empty as soon as a
// check starts, and a rehearsal asks for no client id.

#include "passwordcheckdialog.h"

#include "../testsupport/sandboxprocess.h"

#include <QtCore/QTemporaryDir>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtTest/QtTest>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>

using namespace Qt::StringLiterals;

namespace {

const QString BcryptHash = u"$2a$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW"_s; // "U*U" (Openwall)

void typeAndStart(Gui::PasswordCheckDialog &dialog, const QString &email, const QString &password)
{
    dialog.findChild<QLineEdit *>(u"emailEdit"_s)->setText(email);
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"passwordEdit"_s), password);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"startButton"_s), Qt::LeftButton);
}

} // namespace

class TestPasswordCheckDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checksTheFileOffTheGuiThread();
    void signsInAgainstTheSandbox();
};

void TestPasswordCheckDialog::checksTheFileOffTheGuiThread()
{
    QTemporaryDir dir;
    QFile csv(dir.filePath(u"users.csv"_s));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write((u"email,password_hash,password_hash_type\nalice@example.com,"_s + BcryptHash + u",bcrypt\n"_s).toUtf8());
    csv.close();

    Engine::KnownPasswordRequest request;
    request.csvPath = csv.fileName();
    Gui::PasswordCheckDialog dialog(request);
    dialog.show();
    QVERIFY(!dialog.findChild<QLineEdit *>(u"clientIdEdit"_s)->isVisible()); // nothing to sign in to here
    QSignalSpy checked(&dialog, &Gui::PasswordCheckDialog::checked);

    typeAndStart(dialog, u"alice@example.com"_s, u"U*U"_s);
    QVERIFY(dialog.findChild<QLineEdit *>(u"passwordEdit"_s)->text().isEmpty()); // cleared at once
    QVERIFY(checked.wait(20000));
    QCOMPARE(checked.first().at(0).toBool(), true);
    QVERIFY2(dialog.resultText().contains(u"users with bcrypt hashes from this file (1) will sign in with their old passwords"_s),
             qPrintable(dialog.resultText()));

    typeAndStart(dialog, u"alice@example.com"_s, u"U*U*"_s);
    QVERIFY(checked.wait(20000));
    QCOMPARE(checked.last().at(0).toBool(), false);
    QVERIFY2(dialog.resultText().contains(u"does not match"_s), qPrintable(dialog.resultText()));
}

void TestPasswordCheckDialog::signsInAgainstTheSandbox()
{
    TestSupport::SandboxProcess sandbox;
    QVERIFY2(sandbox.startSandbox(), qPrintable(sandbox.error()));
    {
        QNetworkAccessManager nam;
        QUrl url = sandbox.url();
        url.setPath(u"/user_management/users"_s);
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        request.setRawHeader("Authorization", "Bearer "_ba + sandbox.keys().first().toUtf8());
        const QJsonObject user{{u"email"_s, u"alice@example.com"_s}, {u"password_hash"_s, BcryptHash}, {u"password_hash_type"_s, u"bcrypt"_s}};
        QNetworkReply *reply = nam.post(request, QJsonDocument(user).toJson());
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
        delete reply;
    }

    // A rehearsal: no client id asked.
    Gui::PasswordCheckDialog dialog(sandbox.url(), Api::ApiKey(sandbox.keys().first()), true);
    dialog.show();
    QVERIFY(!dialog.findChild<QLineEdit *>(u"clientIdEdit"_s)->isVisible());
    QSignalSpy checked(&dialog, &Gui::PasswordCheckDialog::checked);
    typeAndStart(dialog, u"alice@example.com"_s, u"U*U"_s);
    QVERIFY(dialog.findChild<QLineEdit *>(u"passwordEdit"_s)->text().isEmpty());
    QVERIFY(checked.wait(20000));
    QVERIFY2(checked.first().at(0).toBool(), qPrintable(dialog.resultText()));
    QVERIFY2(dialog.resultText().contains(u"passwords from this file work in WorkOS"_s), qPrintable(dialog.resultText()));

    typeAndStart(dialog, u"alice@example.com"_s, u"wrong"_s);
    QVERIFY(checked.wait(20000));
    QCOMPARE(checked.last().at(0).toBool(), false);
    QVERIFY2(dialog.resultText().contains(u"invalid credentials"_s), qPrintable(dialog.resultText()));

    // A WorkOS environment asks for the client id, and says where to find it.
    Gui::PasswordCheckDialog production(sandbox.url(), Api::ApiKey(sandbox.keys().first()), false);
    production.show();
    QVERIFY(production.findChild<QLineEdit *>(u"clientIdEdit"_s)->isVisible());
    QVERIFY(production.findChild<QLabel *>(u"clientIdHelp"_s)->text().contains(u"API Keys"_s));
    production.findChild<QLineEdit *>(u"clientIdEdit"_s)->clear();
    typeAndStart(production, u"alice@example.com"_s, u"U*U"_s);
    QVERIFY(production.resultText().contains(u"client id"_s));
}

QTEST_MAIN(TestPasswordCheckDialog)
#include "tst_passwordcheckdialog.moc"
