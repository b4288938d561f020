// Issue 22 item 10, offscreen, against workos-sandbox:
// - Esc (and Cancel) past the File page asks before the setup is discarded, on Review too;
// - a production key verified in this session is never filled into the next import;
// - the resume prompt of a production job says "Production".
#include "columnspage.h"
#include "connectpage.h"
#include "environmentbadge.h"
#include "filepage.h"
#include "importwizard.h"
#include "mainwindow.h"
#include "organizationspage.h"
#include "resumedialog.h"
#include "reviewpage.h"

#include "engine/jobsettings.h"
#include "store/filehash.h"
#include "store/jobstore.h"

#include "../testsupport/importfiles.h"
#include "../testsupport/sandboxprocess.h"
#include "../testsupport/wizarddriver.h"

#include <QtTest/QtTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>

using namespace Qt::StringLiterals;
using TestSupport::writeFile;

namespace {

const QString LiveKey = u"sk_live_setupsafety0001"_s;

QMessageBox *openQuestion(const QString &name)
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *box = qobject_cast<QMessageBox *>(w); box && box->objectName() == name && box->isVisible())
            return box;
    return nullptr;
}

QPushButton *buttonNamed(QMessageBox *box, const QString &text)
{
    for (QAbstractButton *b : box->buttons())
        if (b->text().remove(u'&') == text)
            return qobject_cast<QPushButton *>(b);
    return nullptr;
}

} // namespace

class TestSetupSafety : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestSupport::SandboxProcess m_sandbox;
    TestSupport::WizardDriver m_drive {m_sandbox};

    QString store() const { return m_dir.filePath(u"data/jobs.sqlite"_s); }
    QString key() const { return m_sandbox.keys().first(); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        TestSupport::WizardDriver::isolate(m_dir);
        QVERIFY2(m_sandbox.startSandbox({u"--rate-limits"_s, u"off"_s, u"--keys"_s, u"sk_test_sandbox,"_s + LiveKey}),
                 qPrintable(m_sandbox.error()));
    }

    void init() { Gui::ImportWizard::rememberForSession({}, {}); }

    void cleanup() { TestSupport::WizardDriver::closeWindows(); }

    // Esc on Review (and on the pages before it) asks; "Keep editing" keeps everything.
    void escapeAsksBeforeDiscarding()
    {
        const QString csv = m_dir.filePath(u"esc.csv"_s);
        writeFile(csv, "email,first_name\nesc1@example.com,E\nesc2@example.com,F\n");
        Gui::ImportWizard wizard(store());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QVERIFY(m_drive.chooseFile(&wizard, csv));
        // On Columns: Esc asks, and keeping goes on where it was.
        QTest::keyClick(&wizard, Qt::Key_Escape);
        QMessageBox *box = openQuestion(u"discardQuestion"_s);
        QVERIFY2(box, "Esc on the Columns page closed the wizard without asking");
        QVERIFY(wizard.isVisible());
        buttonNamed(box, u"Keep editing"_s)->click();
        QTRY_VERIFY(!openQuestion(u"discardQuestion"_s));
        QVERIFY(wizard.isVisible());
        QCOMPARE(wizard.currentId(), int(Gui::ImportWizard::ColumnsPageId));
        wizard.next();
        QVERIFY(m_drive.connectWith(&wizard, key())); // on Settings
        wizard.next(); // Review (no organizations in the file)
        QTRY_COMPARE(wizard.currentId(), int(Gui::ImportWizard::ReviewPageId));
        // On Review: Esc asks; Cancel asks too; Esc in the question keeps the setup.
        QTest::keyClick(&wizard, Qt::Key_Escape);
        box = openQuestion(u"discardQuestion"_s);
        QVERIFY2(box, "Esc on the Review page closed the wizard without asking");
        QTest::keyClick(box, Qt::Key_Escape);
        QTRY_VERIFY(!openQuestion(u"discardQuestion"_s));
        QVERIFY(wizard.isVisible());
        QCOMPARE(wizard.currentId(), int(Gui::ImportWizard::ReviewPageId));
        wizard.button(QWizard::CancelButton)->click();
        box = openQuestion(u"discardQuestion"_s);
        QVERIFY2(box, "Cancel on the Review page closed the wizard without asking");
        buttonNamed(box, u"Discard"_s)->click();
        QTRY_VERIFY(!wizard.isVisible());
    }

    // Esc on the File page with nothing chosen closes at once: there is nothing to lose.
    void escapeOnAnEmptyWizardCloses()
    {
        Gui::ImportWizard wizard(store());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QTest::keyClick(&wizard, Qt::Key_Escape);
        QVERIFY(!openQuestion(u"discardQuestion"_s));
        QTRY_VERIFY(!wizard.isVisible());
    }

    // A production key verified in one import is not filled into the next one.
    void productionKeyIsNeverPrefilled()
    {
        // An address that is never asked (no page verifies on its own; .invalid never resolves).
        const QUrl remote(u"https://api.workos.invalid"_s);
        Gui::ImportWizard::rememberForSession(Api::ApiKey(LiveKey), remote);
        const QString csv = m_dir.filePath(u"next.csv"_s);
        writeFile(csv, "email\nnext@example.com\n");
        Gui::ImportWizard wizard(store());
        wizard.show();
        QVERIFY(m_drive.chooseFile(&wizard, csv));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(Gui::ImportWizard::ConnectPageId));
        QCOMPARE(wizard.findChild<QLineEdit *>(u"keyEdit"_s)->text(), QString());
        // A test key still is (a convenience that cannot write to live users).
        wizard.close();
        Gui::ImportWizard::rememberForSession(Api::ApiKey(u"sk_test_setupsafety"_s), remote);
        Gui::ImportWizard second(store());
        second.show();
        QVERIFY(m_drive.chooseFile(&second, csv));
        second.next();
        QCOMPARE(second.findChild<QLineEdit *>(u"keyEdit"_s)->text(), u"sk_test_setupsafety"_s);
    }

    // The resume prompt of a production job says Production.
    void resumePromptNamesProduction()
    {
        const QString csv = m_dir.filePath(u"prod.csv"_s);
        writeFile(csv, "email\nprod@example.com\n");
        const Store::FileHash hash = Store::sha256OfFile(csv);
        QVERIFY(hash.ok());
        Store::JobStore s(store());
        QVERIFY(s.open());
        Store::JobRecord job;
        job.id = u"job-production-resume"_s;
        job.csvPath = csv;
        job.csvSize = hash.size;
        job.csvSha256 = hash.sha256;
        job.state = Store::JobState::Paused;
        Engine::JobSettings settings;
        settings.csvPath = csv;
        settings.apiUrl = m_sandbox.url();
        settings.environment = u"production"_s;
        job.settings = settings.toJson();
        QVERIFY2(s.createJob(job), qPrintable(s.lastError()));

        Gui::MainWindow window(store());
        window.setOfferInterruptedJobs(false);
        QSignalSpy loaded(&window, &Gui::MainWindow::jobsLoaded);
        window.show();
        QVERIFY(loaded.wait(15000));
        QVERIFY(window.selectJob(job.id));
        window.resumeSelected();
        Gui::ResumeDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = window.findChild<Gui::ResumeDialog *>()) && dialog->isVisible(), 15000);
        QVERIFY2(dialog->windowTitle().contains(u"Production"_s), qPrintable(dialog->windowTitle()));
        auto *badge = dialog->findChild<Gui::EnvironmentBadge *>();
        QVERIFY(badge && badge->isVisible());
        QCOMPARE(badge->environment(), u"production"_s);
        QVERIFY(badge->text().contains(u"Production"_s));
        dialog->reject();
    }
};

QTEST_MAIN(TestSetupSafety)
#include "tst_setupsafety.moc"
