// Issue 19, "Counted everywhere", in the wizard (offscreen, against workos-sandbox): the Finish
// page shows the plan's password fates (kept, converted, reset needed) and the proofs; a match
// of the Review page's check is recorded with the job once it exists; a sign-in from "Sign in
// as…" is recorded at once (email and time, never the password) and shown; the job list's
// tooltip carries them.
#include "importwizard.h"
#include "joblistmodel.h"
#include "passwordcheckdialog.h"
#include "summarypage.h"

#include "engine/import/jobrunner.h"
#include "store/passwordproofstore.h"

#include "../testsupport/sandboxprocess.h"
#include "../testsupport/wizarddriver.h"

#include <QtTest/QtTest>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>

using namespace Qt::StringLiterals;

namespace {

const QString BcryptHash = u"$2a$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW"_s; // "U*U" (Openwall)

} // namespace

class TestFinishPasswordFates : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestSupport::SandboxProcess m_sandbox;

    QString store() const { return m_dir.filePath(u"data/jobs.sqlite"_s); }

private slots:
    // The Review page's dialog checks a Firebase export's hash as converted with the project's
    // parameters (the request carries JobSettings::source, as reviewpage.cpp passes it).
    void dialogChecksAFirebaseExportAsConverted()
    {
        Engine::KnownPasswordRequest request;
        request.csvPath = QStringLiteral(WIZARD_TEST_DATA_DIR "/sources/firebase-users.json");
        request.source.firebaseHashConfigPath = QStringLiteral(WIZARD_TEST_DATA_DIR "/sources/firebase-hash-config.txt");
        Gui::PasswordCheckDialog dialog(request);
        dialog.show();
        QSignalSpy checked(&dialog, &Gui::PasswordCheckDialog::checked);
        dialog.findChild<QLineEdit *>(u"emailEdit"_s)->setText(u"user1@test.com"_s);
        QTest::keyClicks(dialog.findChild<QLineEdit *>(u"passwordEdit"_s), u"user1password"_s);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"startButton"_s), Qt::LeftButton);
        QVERIFY(checked.wait(20000));
        QVERIFY2(checked.last().at(0).toBool(), qPrintable(dialog.resultText()));
        QVERIFY2(dialog.resultText().contains(u"firebase-scrypt hashes from this file (2)"_s), qPrintable(dialog.resultText()));
    }

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        TestSupport::WizardDriver::isolate(m_dir);
        QVERIFY2(m_sandbox.startSandbox({u"--rate-limits"_s, u"off"_s}), qPrintable(m_sandbox.error()));
    }

    void fatesAndProofsOnTheFinishPageAndInTheJobList()
    {
        const QString csv = m_dir.filePath(u"users.csv"_s);
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write((u"email,password_hash,password_hash_type\nalice@example.com,"_s + BcryptHash
                     + u",bcrypt\ncarol@example.com,,\n"_s)
                        .toUtf8());
        }
        const QString key = m_sandbox.keys().first();
        Engine::JobResult result;
        {
            Engine::JobRunner runner(store(), Api::ApiKey(key));
            Engine::RunRequest request;
            request.settings.csvPath = csv;
            request.settings.apiUrl = m_sandbox.url();
            request.settings.environment = u"staging"_s;
            QSignalSpy finished(&runner, &Engine::JobRunner::finished);
            runner.start(request);
            QVERIFY(finished.wait(60000));
            result = finished.first().at(0).value<Engine::JobResult>();
        }
        QCOMPARE(result.state, Store::JobState::Finished);
        QVERIFY(result.passwordFates);

        Gui::ImportWizard wizard(store());
        wizard.apiKey = Api::ApiKey(key);
        wizard.apiUrl = m_sandbox.url();
        wizard.environment = u"staging"_s;
        wizard.keyVerified = true;
        wizard.lastResult = result;
        // What the Review page's dialog leaves after a match (reviewpage.cpp): the email and the file.
        // A match in another file is not this job's proof.
        wizard.setProperty("knownPasswordEmail", u"Alice@example.com"_s);
        wizard.setProperty("knownPasswordMatched", m_dir.filePath(u"other.csv"_s));
        {
            auto *page = qobject_cast<Gui::SummaryPage *>(wizard.page(Gui::ImportWizard::FinishPageId));
            QSignalSpy first(page, &Gui::SummaryPage::factsLoaded);
            wizard.setStartId(Gui::ImportWizard::FinishPageId);
            wizard.restart();
            wizard.show();
            QVERIFY(first.wait(15000));
            QVERIFY(page->facts().passwordProofs.isEmpty());
        }
        wizard.setProperty("knownPasswordMatched", csv);
        auto *finish = qobject_cast<Gui::SummaryPage *>(wizard.page(Gui::ImportWizard::FinishPageId));
        QSignalSpy loaded(finish, &Gui::SummaryPage::factsLoaded);
        wizard.setStartId(Gui::ImportWizard::FinishPageId);
        wizard.restart();
        wizard.show();
        QVERIFY(loaded.wait(15000));
        QVERIFY(finish->facts().ok);

        QString details = wizard.findChild<QLabel *>(u"detailsLabel"_s)->text();
        QVERIFY2(details.contains(u"Passwords: 1 kept as-is"_s) && details.contains(u"1 reset needed"_s), qPrintable(details));
        QVERIFY2(details.contains(u"must set one (reset needed)"_s), qPrintable(details));
        QVERIFY2(details.contains(u"known password verified locally (alice@example.com"_s), qPrintable(details));
        QVERIFY2(!details.contains(u"sign-in verified"_s), qPrintable(details));

        // Sign in as… the account checked: recorded and shown.
        wizard.findChild<QPushButton *>(u"signInButton"_s)->click();
        auto *dialog = finish->findChild<Gui::PasswordCheckDialog *>();
        QVERIFY(dialog);
        QSignalSpy checked(dialog, &Gui::PasswordCheckDialog::checked);
        dialog->findChild<QLineEdit *>(u"clientIdEdit"_s)->setText(u"client_test"_s);
        QCOMPARE(dialog->findChild<QLineEdit *>(u"emailEdit"_s)->text(), u"Alice@example.com"_s);
        // A wrong password first: refused, nothing recorded.
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"passwordEdit"_s), u"U*U*"_s);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"startButton"_s), Qt::LeftButton);
        QVERIFY(checked.wait(20000));
        QCOMPARE(checked.last().at(0).toBool(), false);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"passwordEdit"_s), u"U*U"_s);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"startButton"_s), Qt::LeftButton);
        QVERIFY(checked.wait(20000));
        QVERIFY2(checked.last().at(0).toBool(), qPrintable(dialog->resultText()));
        QVERIFY(loaded.wait(15000));
        details = wizard.findChild<QLabel *>(u"detailsLabel"_s)->text();
        QVERIFY2(details.contains(u"sign-in verified (alice@example.com"_s), qPrintable(details));

        Store::PasswordProofStore proofs(store());
        QVERIFY(proofs.open());
        QCOMPARE(proofs.proofs(result.jobId).size(), 2);

        // The job list.
        const QList<Gui::JobRow> rows = Gui::JobListModel::loadJobs(store(), {});
        Gui::JobListModel model;
        model.setJobs(rows);
        const int row = model.rowOf(result.jobId);
        QVERIFY(row >= 0);
        const QString tip = model.data(model.index(row, Gui::JobListModel::NameColumn), Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(u"sign-in verified (alice@example.com"_s)
                     && tip.contains(u"known password verified locally (alice@example.com"_s)
                     && tip.contains(u"1 kept as-is, 0 converted, 1 reset needed"_s),
                 qPrintable(tip));
        dialog->close();
        wizard.close();

        // A run without a plan of its own (a resume): the fates come from what the job store kept.
        Engine::JobResult resumed = result;
        resumed.passwordFates.reset();
        Gui::ImportWizard again(store());
        again.apiKey = Api::ApiKey(key);
        again.apiUrl = m_sandbox.url();
        again.environment = u"staging"_s;
        again.keyVerified = true;
        again.lastResult = resumed;
        auto *finish2 = qobject_cast<Gui::SummaryPage *>(again.page(Gui::ImportWizard::FinishPageId));
        QSignalSpy loaded2(finish2, &Gui::SummaryPage::factsLoaded);
        again.setStartId(Gui::ImportWizard::FinishPageId);
        again.restart();
        again.show();
        QVERIFY(loaded2.wait(15000));
        details = again.findChild<QLabel *>(u"detailsLabel"_s)->text();
        QVERIFY2(details.contains(u"Passwords: 1 kept as-is"_s) && details.contains(u"sign-in verified (alice@example.com"_s),
                 qPrintable(details));
        again.close();
    }
};

QTEST_MAIN(TestFinishPasswordFates)
#include "tst_finishpasswordfates.moc"
