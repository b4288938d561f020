// The Finish page (issue 22 items 6, 7, 12, 14), offscreen, against workos-sandbox:
// - every piece of advice works when followed: "Add the role in the WorkOS dashboard, then
//   press Retry failed rows" imports the row (it used to answer "Nothing to retry now");
// - the counts are the store's, in the words of this import: a user this job created is never
//   shown as already in WorkOS, and no line reads "already in WorkOS: 0";
// - a file that is already in WorkOS gets the plain headline "Nothing new: …" (and the CLI's
//   summary line too);
// - the error report for people: an .xlsx with the person's own column names, "What went
//   wrong" and "What to do", never a password or a hash; from the Finish page, the job list
//   and `workos-import report JOB --out FILE.xlsx`.
#include "importwizard.h"
#include "mainwindow.h"
#include "resumedialog.h"
#include "runpage.h"
#include "summarypage.h"

#include "engine/import/jobrunner.h"
#include "model/columnmapping.h"
#include "report/peoplereport.h"
#include "store/jobstore.h"

#include "../testsupport/importfiles.h"
#include "../testsupport/sandboxprocess.h"
#include "../testsupport/sandboxsecret.h"
#include "../testsupport/wizarddriver.h"

#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtTest/QtTest>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>

using namespace Qt::StringLiterals;
using TestSupport::writeFile;

namespace {

bool postSandbox(const QUrl &base, const QString &route, const QByteArray &body)
{
    QNetworkAccessManager nam;
    QNetworkRequest req = TestSupport::sandboxRequest(base.resolved(QUrl(route)));
    req.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    QNetworkReply *reply = nam.post(req, body);
    QSignalSpy spy(reply, &QNetworkReply::finished);
    const bool ok = spy.wait(10000) && reply->error() == QNetworkReply::NoError;
    reply->deleteLater();
    return ok;
}

// The texts of an .xlsx (its shared strings and the sheet), read back with unzip.
QString xlsxText(const QString &path)
{
    QString text;
    for (const QString &part : {u"xl/sharedStrings.xml"_s, u"xl/worksheets/sheet1.xml"_s}) {
        QProcess unzip;
        unzip.start(u"unzip"_s, {u"-p"_s, path, part});
        if (!unzip.waitForFinished(20000))
            return {};
        text += QString::fromUtf8(unzip.readAllStandardOutput());
    }
    return text;
}

} // namespace

class TestFinishPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestSupport::SandboxProcess m_sandbox;

    QString store() const { return m_dir.filePath(u"data/jobs.sqlite"_s); }
    QString key() const { return m_sandbox.keys().first(); }

    // An import of `csv` by the engine alone; how it ended.
    Engine::JobResult importWithEngine(const QString &csv, const Model::ColumnMapping &mapping = {})
    {
        Engine::JobRunner runner(store(), Api::ApiKey(key()));
        Engine::RunRequest request;
        request.settings.csvPath = csv;
        request.settings.apiUrl = m_sandbox.url();
        request.settings.environment = u"staging"_s;
        request.settings.mapping = mapping;
        QSignalSpy finished(&runner, &Engine::JobRunner::finished);
        runner.start(request);
        if (!finished.wait(60000))
            return {};
        return finished.first().at(0).value<Engine::JobResult>();
    }

    // A wizard opened at its Finish page for `result`, with the facts read from the store.
    Gui::SummaryPage *finishFor(Gui::ImportWizard *wizard, const Engine::JobResult &result)
    {
        wizard->apiKey = Api::ApiKey(key());
        wizard->apiUrl = m_sandbox.url();
        wizard->environment = u"staging"_s;
        wizard->keyVerified = true;
        wizard->lastResult = result;
        auto *finish = qobject_cast<Gui::SummaryPage *>(wizard->page(Gui::ImportWizard::FinishPageId));
        QSignalSpy loaded(finish, &Gui::SummaryPage::factsLoaded);
        wizard->setStartId(Gui::ImportWizard::FinishPageId);
        wizard->restart();
        wizard->show();
        if (!loaded.wait(15000) || !finish->facts().ok)
            return nullptr;
        return finish;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        TestSupport::WizardDriver::isolate(m_dir);
        QVERIFY2(m_sandbox.startSandbox({u"--rate-limits"_s, u"off"_s, u"--roles"_s, u"member,admin"_s}),
                 qPrintable(m_sandbox.error()));
    }

    void cleanup() { TestSupport::WizardDriver::closeWindows(); }

    // Item 7: the advice for a missing role, followed: add the role, press Retry failed rows.
    void addTheRoleThenRetryImportsTheRow()
    {
        const QString csv = m_dir.filePath(u"roles.csv"_s);
        writeFile(csv, "email,org_external_id,org_name,role_slugs\n"
                       "ann@roles.example,acme,Acme,member\n"
                       "bob@roles.example,acme,Acme,owner\n");
        const Engine::JobResult first = importWithEngine(csv);
        QCOMPARE(first.state, Store::JobState::FinishedWithErrors);
        Gui::ImportWizard wizard(store());
        Gui::SummaryPage *finish = finishFor(&wizard, first);
        QVERIFY(finish);
        QCOMPARE(finish->facts().counts.failed, 1);
        // The page's advice for the row.
        QStringList actions;
        for (const Gui::FailureGroup &g : finish->facts().groups)
            actions << g.action;
        QVERIFY2(actions.join(u'\n').contains(u"Add the role"_s) && actions.join(u'\n').contains(u"Retry failed rows"_s),
                 qPrintable(actions.join(u'\n')));
        // Followed: the role is added in WorkOS, then Retry failed rows.
        QVERIFY(postSandbox(m_sandbox.url(), u"/_sandbox/switches"_s, R"({"add_roles":["owner"]})"));
        auto *run = qobject_cast<Gui::RunPage *>(wizard.page(Gui::ImportWizard::RunPageId));
        QSignalSpy ran(run, &Gui::RunPage::runFinished);
        wizard.findChild<QPushButton *>(u"retryButton"_s)->click();
        QVERIFY2(!finish->feedbackText().contains(u"Nothing to retry"_s), qPrintable(finish->feedbackText()));
        QVERIFY(ran.wait(60000));
        const auto result = ran.first().at(0).value<Engine::JobResult>();
        QCOMPARE(result.state, Store::JobState::Finished);
        Store::JobStore s(store());
        QVERIFY(s.open());
        const Store::JobCounters c = s.countOutcomes(first.jobId);
        QCOMPARE(c.failed, 0);
        QCOMPARE(c.membershipsAdded, 2);
        QTRY_COMPARE(wizard.currentId(), int(Gui::ImportWizard::FinishPageId));
    }

    // Item 7: the same advice followed from the job list: its Retry failed rows sends the row too.
    void jobListRetryFollowsTheSameAdvice()
    {
        const QString csv = m_dir.filePath(u"listroles.csv"_s);
        writeFile(csv, "email,org_external_id,org_name,role_slugs\n"
                       "cara@roles.example,acme,Acme,member\n"
                       "dan@roles.example,acme,Acme,auditor\n");
        const Engine::JobResult first = importWithEngine(csv);
        QCOMPARE(first.state, Store::JobState::FinishedWithErrors);
        QVERIFY(postSandbox(m_sandbox.url(), u"/_sandbox/switches"_s, R"({"add_roles":["auditor"]})"));

        Gui::MainWindow window(store());
        window.setOfferInterruptedJobs(false);
        QSignalSpy loaded(&window, &Gui::MainWindow::jobsLoaded);
        window.show();
        QVERIFY(loaded.wait(15000));
        QVERIFY(window.selectJob(first.jobId));
        QVERIFY(window.findChild<QPushButton *>(u"retryButton"_s)->isEnabled());
        QSignalSpy opened(&window, &Gui::MainWindow::wizardOpened);
        window.retrySelected();
        Gui::ResumeDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = window.findChild<Gui::ResumeDialog *>()) && dialog->isVisible(), 15000);
        dialog->findChild<QLineEdit *>(u"resumeKeyEdit"_s)->setText(key());
        dialog->accept();
        QVERIFY(opened.count() == 1 || opened.wait(15000));
        auto *wizard = opened.first().at(0).value<Gui::ImportWizard *>();
        QVERIFY(wizard->runRequest.retryAll);
        auto *run = qobject_cast<Gui::RunPage *>(wizard->page(Gui::ImportWizard::RunPageId));
        QSignalSpy ran(run, &Gui::RunPage::runFinished);
        QVERIFY(ran.wait(60000));
        QCOMPARE(ran.first().at(0).value<Engine::JobResult>().state, Store::JobState::Finished);
        Store::JobStore s(store());
        QVERIFY(s.open());
        QCOMPARE(s.countOutcomes(first.jobId).failed, 0);
        QCOMPARE(s.countOutcomes(first.jobId).membershipsAdded, 2);
        wizard->close();
    }

    // Item 7: a row only a change of the file can fix: Retry says so, and what to do instead.
    void retryThatCannotHelpSaysWhatWill()
    {
        const QString csv = m_dir.filePath(u"invalid.csv"_s);
        writeFile(csv, "email\nok@invalid.example\nnot-an-email\n");
        const Engine::JobResult result = importWithEngine(csv);
        Gui::ImportWizard wizard(store());
        Gui::SummaryPage *finish = finishFor(&wizard, result);
        QVERIFY(finish);
        finish->retryFailedRows();
        QVERIFY(finish->feedbackText().contains(u"Nothing to retry"_s));
        QVERIFY2(finish->feedbackText().contains(u"import it again"_s), qPrintable(finish->feedbackText()));
        QCOMPARE(wizard.currentId(), int(Gui::ImportWizard::FinishPageId));
    }

    // Item 6: the store's counts, in this import's words, whatever the last progress said.
    void createdByThisImportIsNeverAlreadyInWorkOS()
    {
        const QString csv = m_dir.filePath(u"three.csv"_s);
        writeFile(csv, "email\nx1@created.example\nx2@created.example\nx3@created.example\n");
        Engine::JobResult result = importWithEngine(csv);
        QCOMPARE(result.state, Store::JobState::Finished);
        // What a killed and resumed run's engine could believe: one of them "already there".
        result.counters.created = 2;
        result.counters.existed = 1;
        Gui::ImportWizard wizard(store());
        Gui::SummaryPage *finish = finishFor(&wizard, result);
        QVERIFY(finish);
        QCOMPARE(finish->facts().counts.created, 3);
        QCOMPARE(finish->facts().counts.existed, 0);
        const QString details = wizard.findChild<QLabel *>(u"detailsLabel"_s)->text();
        QVERIFY2(details.contains(u"created by this import"_s), qPrintable(details));
        QVERIFY2(!details.contains(u"in WorkOS"_s), qPrintable(details));
    }

    // Item 14: the file imported again: a plain headline, on the page and in the CLI.
    void nothingNewHeadline()
    {
        const QString csv = m_dir.filePath(u"again.csv"_s);
        writeFile(csv, "email,first_name\nr1@again.example,R\nr2@again.example,S\n");
        QCOMPARE(importWithEngine(csv).state, Store::JobState::Finished);
        const Engine::JobResult second = importWithEngine(csv);
        QCOMPARE(second.state, Store::JobState::Finished);
        Gui::ImportWizard wizard(store());
        Gui::SummaryPage *finish = finishFor(&wizard, second);
        QVERIFY(finish);
        QCOMPARE(wizard.findChild<QLabel *>(u"headlineLabel"_s)->text(),
                 u"Nothing new: everyone in this file is already in WorkOS."_s);

        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"WORKOS_API_KEY"_s, key());
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(WORKOS_IMPORT_PATH), {u"--csv"_s, csv, u"--api-url"_s, m_sandbox.url().toString(),
                                                      u"--checkpoint-dir"_s, m_dir.filePath(u"data"_s)});
        QVERIFY(cli.waitForFinished(60000));
        const QString out = QString::fromUtf8(cli.readAllStandardOutput());
        QCOMPARE(cli.exitCode(), 0);
        QVERIFY2(out.contains(u"Nothing new: everyone in this file is already in WorkOS."_s), qPrintable(out));
    }

    // Item 12: the error report for people, from the page, the job list and the CLI.
    void spreadsheetInThePersonsWords()
    {
        const QString csv = m_dir.filePath(u"people.csv"_s);
        writeFile(csv, "Mail address,Given name,Department,Secret word,Hash salt\n"
                       "good@people.example,Gina,Sales,hunter2-SECRET,SALTSALT\n"
                       "no-at-sign,Nadia,Support,hunter3-SECRET,SALTSALT\n"
                       "two@@people.example,Theo,Legal,hunter4-SECRET,SALTSALT\n");
        Model::ColumnMapping mapping;
        QVERIFY(mapping.insert(u"Mail address"_s, Model::Field::Email));
        QVERIFY(mapping.insert(u"Given name"_s, Model::Field::FirstName));
        QVERIFY(mapping.insert(u"Secret word"_s, Model::Field::Password));
        const Engine::JobResult result = importWithEngine(csv, mapping);
        QCOMPARE(result.state, Store::JobState::FinishedWithErrors);

        auto check = [](const QString &path) {
            QVERIFY2(QFileInfo::exists(path), qPrintable(path));
            const QString text = xlsxText(path);
            QVERIFY2(text.contains(u"Mail address"_s) && text.contains(u"Given name"_s) && text.contains(u"Department"_s),
                     qPrintable(text.left(2000)));
            QVERIFY(text.contains(u"What went wrong"_s));
            QVERIFY(text.contains(u"What to do"_s));
            QVERIFY(text.contains(u"Nadia"_s));
            QVERIFY(text.contains(u"no-at-sign"_s));
            QVERIFY(text.contains(u"Correct the addresses in the file"_s));
            QVERIFY(!text.contains(u"Gina"_s)); // imported: not in the report
            // Never a password or a hash, nor the column that holds them.
            QVERIFY(!text.contains(u"SECRET"_s));
            QVERIFY(!text.contains(u"Secret word"_s));
            QVERIFY(!text.contains(u"SALTSALT"_s));
            // No engineer's codes.
            QVERIFY(!text.contains(u"email.invalid"_s));
        };

        Gui::ImportWizard wizard(store());
        Gui::SummaryPage *finish = finishFor(&wizard, result);
        QVERIFY(finish);
        const QString fromPage = m_dir.filePath(u"page-report.xlsx"_s);
        QSignalSpy exported(finish, &Gui::SummaryPage::exportFinished);
        finish->exportErrorReport(fromPage);
        QVERIFY(exported.wait(20000));
        QVERIFY2(exported.first().at(0).toBool(), qPrintable(exported.first().at(1).toString()));
        check(fromPage);
        QVERIFY(Gui::SummaryPage::reportFileFilters().startsWith(u"Spreadsheet (*.xlsx)"_s));
        QVERIFY(Gui::SummaryPage::suggestedReportPath(u"people"_s).endsWith(u"people-not-imported.xlsx"_s));

        Gui::MainWindow window(store());
        window.setOfferInterruptedJobs(false);
        const QString fromList = m_dir.filePath(u"list-report.xlsx"_s);
        QSignalSpy listExported(&window, &Gui::MainWindow::exportFinished);
        window.exportErrorReport(result.jobId, fromList);
        QVERIFY(listExported.wait(20000));
        QVERIFY2(listExported.first().at(0).toBool(), qPrintable(listExported.first().at(1).toString()));
        check(fromList);

        const QString fromCli = m_dir.filePath(u"cli-report.xlsx"_s);
        QProcess cli;
        cli.start(QStringLiteral(WORKOS_IMPORT_PATH), {u"report"_s, result.jobId, u"--out"_s, fromCli,
                                                      u"--checkpoint-dir"_s, m_dir.filePath(u"data"_s)});
        QVERIFY(cli.waitForFinished(60000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        check(fromCli);
        // The engineers' CSV stays available, with its codes.
        const QString machine = m_dir.filePath(u"machine.csv"_s);
        QSignalSpy again(finish, &Gui::SummaryPage::exportFinished);
        finish->exportErrorReport(machine);
        QVERIFY(again.wait(20000));
        QFile f(machine);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray csvReport = f.readAll();
        QVERIFY(csvReport.startsWith("row,line,email"));
        QVERIFY(!csvReport.contains("SECRET"));
    }
};

QTEST_MAIN(TestFinishPage)
#include "tst_finishpage.moc"
