// The job list's Verify and "Undo this import…" against workos-sandbox, offscreen: a job
// imported with workos-import shows both buttons; Verify reports every row verified; Undo shows
// what it will delete (counts and environment), refuses to start with a production key until
// the person types the environment's name, and then leaves the sandbox exactly as it was before
// the import. The job list's State column says "verified <time>", then "undone".
#include "joblistmodel.h"
#include "mainwindow.h"
#include "verifyundodialog.h"

#include "store/jobstore.h"

#include "../testsupport/importcli.h"
#include "../testsupport/sandboxprocess.h"

#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QtTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTableView>

using namespace Qt::StringLiterals;

namespace {

// A production-looking key: the sandbox accepts it, the dialog treats it as production.
const QString LiveKey = u"sk_live_Zq8GuiVerifyUndo"_s;

QJsonObject stateOf(const QUrl &sandbox)
{
    QJsonObject state = TestSupport::httpJson("GET", sandbox.resolved(QUrl(u"/_sandbox/state"_s))).object();
    state.remove(u"counts"_s);
    return state;
}

} // namespace

class TestVerifyUndoGui : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestSupport::SandboxProcess m_sandbox;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_sandbox.startSandbox({u"--keys"_s, LiveKey, u"--rate-limits"_s, u"off"_s}), qPrintable(m_sandbox.error()));
    }

    void verifyAndUndoFromTheJobList()
    {
        const QString storeDir = m_dir.filePath(u"store"_s);
        const QString csv = m_dir.filePath(u"users.csv"_s);
        TestSupport::writeMultiOrgCsv(csv, 10, 3);
        int status = 0;
        TestSupport::httpJson("POST", m_sandbox.url().resolved(QUrl(u"/user_management/users"_s)), LiveKey,
                              R"({"email":"person0@example.com","first_name":"Existing"})", &status);
        QCOMPARE(status, 201);
        const QJsonObject before = stateOf(m_sandbox.url());
        const TestSupport::CliResult imported = TestSupport::ImportCli::run(
            {u"--csv"_s, csv, u"--api-url"_s, m_sandbox.url().toString(), u"--checkpoint-dir"_s, storeDir,
             u"--job-id"_s, u"gui-job"_s, u"--rate-limits"_s, u"writes=100000/10,reads=100000/10,all=100000/10"_s},
            LiveKey);
        QVERIFY2(imported.exitCode == 0, imported.describe());

        Gui::MainWindow window(Store::JobStore::pathInDirectory(storeDir));
        window.setOfferInterruptedJobs(false);
        QSignalSpy loaded(&window, &Gui::MainWindow::jobsLoaded);
        window.show();
        QVERIFY(loaded.wait(10000));
        QVERIFY(window.selectJob(u"gui-job"_s));
        auto *verifyButton = window.findChild<QPushButton *>(u"verifyButton"_s);
        auto *undoButton = window.findChild<QPushButton *>(u"undoButton"_s);
        QVERIFY(verifyButton && undoButton);
        QTRY_VERIFY(verifyButton->isEnabled());
        QVERIFY(undoButton->isEnabled());

        // Verify: reads only, every row verified.
        {
            Gui::VerifyUndoDialog *dialog = window.verifySelected();
            QVERIFY(dialog);
            QVERIFY(!dialog->runButton()->isEnabled()); // no key yet
            dialog->setApiKey(LiveKey);
            QVERIFY(dialog->runButton()->isEnabled()); // verify changes nothing: no confirmation
            QSignalSpy done(dialog, &Gui::VerifyUndoDialog::runFinished);
            dialog->runButton()->click();
            QVERIFY(done.wait(60000));
            const auto result = done.first().first().value<Engine::FollowUpResult>();
            QVERIFY2(result.completed && result.problems == 0, qPrintable(result.message));
            QVERIFY2(dialog->summaryLabel()->text().contains(u"Verified"_s), qPrintable(dialog->summaryLabel()->text()));
            dialog->close();
        }
        // The job list says so, with the time, as `workos-import jobs` does.
        const auto stateShown = [&] {
            auto *view = window.findChild<QTableView *>(u"jobsView"_s);
            QAbstractItemModel *model = view->model();
            for (int r = 0; r < model->rowCount(); ++r)
                if (model->index(r, 0).data(Gui::JobListModel::JobIdRole).toString() == u"gui-job"_s)
                    return model->index(r, Gui::JobListModel::StateColumn).data().toString();
            return QString();
        };
        QTRY_VERIFY2(stateShown().startsWith(u"verified "_s), qPrintable(stateShown()));
        QVERIFY(window.selectJob(u"gui-job"_s));

        // Undo: what it deletes, the production confirmation, then exactly the state before.
        Gui::VerifyUndoDialog *dialog = window.undoSelected();
        QVERIFY(dialog);
        QSignalSpy preview(dialog, &Gui::VerifyUndoDialog::previewLoaded);
        QVERIFY(preview.count() == 1 || preview.wait(10000));
        const QString text = dialog->previewLabel()->text();
        QVERIFY2(text.contains(u"9 users"_s) && text.contains(u"3 organizations"_s) && text.contains(u"127.0.0.1"_s),
                 qPrintable(text));
        // The job wrote to production (a live key): the dialog says so before any key is typed,
        // with the address it will use, and asks for the confirmation.
        QVERIFY2(text.contains(u"Production"_s) && text.contains(m_sandbox.url().toString()), qPrintable(text));
        QVERIFY(dialog->confirmEdit()->isVisibleTo(dialog));
        dialog->setApiKey(LiveKey);
        QVERIFY(dialog->confirmEdit()->isVisibleTo(dialog));
        // Nothing clipped: the dialog is as large as its wrapped texts need.
        QApplication::processEvents();
        for (const QString &name : {u"confirmLabel"_s, u"preview"_s, u"introLabel"_s}) {
            auto *label = dialog->findChild<QLabel *>(name);
            QVERIFY(label);
            QVERIFY2(label->height() >= label->heightForWidth(label->width()),
                     qPrintable(u"%1: %2 px high, needs %3"_s.arg(name).arg(label->height()).arg(label->heightForWidth(label->width()))));
            QVERIFY2(dialog->rect().contains(label->geometry()), qPrintable(name));
        }
        QVERIFY(dialog->height() >= dialog->minimumSizeHint().height());
        QVERIFY(!dialog->runButton()->isEnabled());
        dialog->confirmEdit()->setText(u"staging"_s);
        QVERIFY(!dialog->runButton()->isEnabled());
        dialog->runButton()->click(); // disabled: nothing happens
        QCOMPARE(dialog->isRunning(), false);
        dialog->confirmEdit()->setText(Gui::VerifyUndoDialog::productionConfirmation());
        QVERIFY(dialog->runButton()->isEnabled());
        QSignalSpy done(dialog, &Gui::VerifyUndoDialog::runFinished);
        dialog->runButton()->click();
        QVERIFY(done.wait(60000));
        const auto result = done.first().first().value<Engine::FollowUpResult>();
        QVERIFY2(result.completed && result.problems == 0, qPrintable(result.message));
        QCOMPARE(stateOf(m_sandbox.url()), before);
        dialog->close();
        QTRY_COMPARE(stateShown(), u"undone"_s);
        // Once undone (an undo started), the job is closed to import: no resume, no retry.
        QVERIFY(window.selectJob(u"gui-job"_s));
        QVERIFY(!window.findChild<QPushButton *>(u"resumeButton"_s)->isEnabled());
        QVERIFY(!window.findChild<QPushButton *>(u"retryButton"_s)->isEnabled());
        QVERIFY(window.findChild<QPushButton *>(u"resumeButton"_s)->toolTip().contains(u"new job"_s));
        {
            auto *view = window.findChild<QTableView *>(u"jobsView"_s);
            QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        }
    }
};

QTEST_MAIN(TestVerifyUndoGui)
#include "tst_verifyundo_gui.moc"
