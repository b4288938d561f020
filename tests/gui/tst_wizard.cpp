// The desktop wizard end to end against workos-sandbox, offscreen: choose a file, map an
// unknown header, export the issues, verify a bad and a good key, settings with a dry run,
// the organizations check, the run, the summary and its error report; then an interrupted job
// found in the job list (also one whose process died while "running") and resumed from the
// main window, every user imported exactly once.
#include "connectpage.h"
#include "filepage.h"
#include "importwizard.h"
#include "joblistmodel.h"
#include "mainwindow.h"
#include "organizationspage.h"
#include "resumedialog.h"
#include "runpage.h"
#include "settingspage.h"
#include "summarypage.h"

#include "engine/jobrunner.h"
#include "store/jobstore.h"

#include "../testsupport/sandboxprocess.h"

#include <QtGui/QStandardItemModel>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QtTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QTableView>

using namespace Qt::StringLiterals;

namespace {

QJsonObject sandboxState(const QUrl &base)
{
    QNetworkAccessManager nam;
    QNetworkReply *reply = nam.get(QNetworkRequest(base.resolved(QUrl(u"/_sandbox/state"_s))));
    QSignalSpy spy(reply, &QNetworkReply::finished);
    if (!spy.wait(10000))
        return {};
    const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return o;
}

QSet<QString> sandboxEmails(const QUrl &base)
{
    QSet<QString> emails;
    const QJsonArray users = sandboxState(base).value(u"users"_s).toArray();
    for (const QJsonValue &u : users)
        emails.insert(u[u"email"_s].toString().toLower());
    return emails;
}

void resetSandbox(const QUrl &base)
{
    QNetworkAccessManager nam;
    QNetworkRequest req(base.resolved(QUrl(u"/_sandbox/reset"_s)));
    req.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    QNetworkReply *reply = nam.post(req, "{}");
    QSignalSpy spy(reply, &QNetworkReply::finished);
    spy.wait(10000);
    reply->deleteLater();
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(data);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

template<typename T>
T *findOne(const QString &name)
{
    const QWidgetList widgets = QApplication::topLevelWidgets();
    for (QWidget *w : widgets) {
        if (auto *t = qobject_cast<T *>(w); t && t->objectName() == name && t->isVisible())
            return t;
        if (auto *t = w->findChild<T *>(name); t && t->isVisible())
            return t;
    }
    return nullptr;
}

} // namespace

class TestWizard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestSupport::SandboxProcess m_sandbox;

    QString store() const { return m_dir.filePath(u"data/jobs.sqlite"_s); }
    QString key() const { return m_sandbox.keys().first(); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        qputenv("XDG_DATA_HOME", m_dir.filePath(u"xdg"_s).toUtf8());
        qputenv("WIZARD_NO_KEYCHAIN", "1");
        QSettings().clear(); // test mode: ~/.qttest, not the user's settings; remembered mappings go
        QVERIFY2(m_sandbox.startSandbox({u"--rate-limits"_s, u"off"_s}), qPrintable(m_sandbox.error()));
    }

    void init() { resetSandbox(m_sandbox.url()); }

    void cleanup()
    {
        const QWidgetList widgets = QApplication::topLevelWidgets();
        for (QWidget *w : widgets)
            if (auto *box = qobject_cast<QMessageBox *>(w))
                box->reject();
    }

    void wholeWizardAgainstTheSandbox()
    {
        // "Mail" is not a known header: the file has no email column until it is mapped.
        const QString csv = m_dir.filePath(u"users.csv"_s);
        writeFile(csv, "Mail,first_name,org_external_id,org_name,role_slugs\n"
                       "ann@example.com,Ann,acme,Acme,member\n"
                       "bob@example.com,Bob,acme,Acme,admin\n"
                       "not-an-email,Carl,acme,Acme,member\n"
                       "dora@example.com,Dora,globex,Globex,member\n"
                       "ann@example.com,Ann,globex,Globex,member\n");
        Gui::MainWindow window(store());
        window.setOfferInterruptedJobs(false);
        QAbstractItemModelTester tester(window.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.show();
        Gui::ImportWizard *wizard = window.newImport();
        QVERIFY(wizard);

        // File page.
        auto *file = qobject_cast<Gui::FilePage *>(wizard->currentPage());
        QVERIFY(file);
        QSignalSpy inspected(file, &Gui::FilePage::inspectionFinished);
        wizard->findChild<QLineEdit *>(u"pathEdit"_s)->setText(csv);
        QVERIFY(inspected.wait(10000));
        QVERIFY(!file->isComplete()); // no email column yet
        auto *combo = wizard->findChild<QComboBox *>(u"mapping:Mail"_s);
        QVERIFY(combo);
        combo->setCurrentIndex(combo->findData(u"email"_s));
        QVERIFY(inspected.wait(10000));
        QVERIFY(file->isComplete());
        QCOMPARE(QSettings().value(Gui::FilePage::mappingSettingsKey({u"Mail"_s, u"first_name"_s, u"org_external_id"_s,
                                                                      u"org_name"_s, u"role_slugs"_s})).toString(),
                 u"Mail=email"_s);
        auto *issues = qobject_cast<QStandardItemModel *>(wizard->findChild<QTableView *>(u"issuesView"_s)->model());
        QVERIFY(issues->rowCount() >= 1);
        QCOMPARE(issues->item(0, 0)->data(Qt::DisplayRole).toLongLong(), 4);
        QCOMPARE(issues->item(0, 1)->text(), u"not-an-email"_s);

        const QString issuesPath = m_dir.filePath(u"issues.csv"_s);
        QSignalSpy issuesExported(file, &Gui::FilePage::exportFinished);
        file->exportIssues(issuesPath);
        QVERIFY(issuesExported.wait(10000));
        QVERIFY(issuesExported.first().at(0).toBool());
        const QByteArray issuesCsv = readFile(issuesPath);
        QVERIFY(issuesCsv.startsWith("row,line,email,severity,rule,field,message"));
        QVERIFY(issuesCsv.contains("not-an-email"));

        // Connect page: a wrong key, then the right one.
        wizard->next();
        auto *connectPage = qobject_cast<Gui::ConnectPage *>(wizard->currentPage());
        QVERIFY(connectPage);
        QVERIFY(!connectPage->isComplete());
        wizard->findChild<QLineEdit *>(u"urlEdit"_s)->setText(m_sandbox.url().toString());
        auto *keyEdit = wizard->findChild<QLineEdit *>(u"keyEdit"_s);
        QCOMPARE(keyEdit->echoMode(), QLineEdit::Password);
        keyEdit->setText(u"sk_live_wrong"_s);
        QSignalSpy verified(connectPage, &Gui::ConnectPage::verified);
        connectPage->verify();
        QVERIFY(verified.wait(15000));
        QCOMPARE(verified.last().at(0).toBool(), false);
        QVERIFY2(verified.last().at(1).toString().contains(u"refused this key"_s), qPrintable(verified.last().at(1).toString()));
        QVERIFY(!connectPage->isComplete());
        keyEdit->setText(key());
        connectPage->verify();
        QVERIFY(verified.wait(15000));
        QVERIFY2(verified.last().at(0).toBool(), qPrintable(verified.last().at(1).toString()));
        QVERIFY(connectPage->isComplete());
        QVERIFY(!wizard->findChild<QLabel *>(u"productionBanner"_s)->isVisible());

        // Settings page: a plan and a dry run.
        wizard->next();
        auto *settings = qobject_cast<Gui::SettingsPage *>(wizard->currentPage());
        QVERIFY(settings);
        settings->setWorkers(2);
        QVERIFY(wizard->findChild<QLabel *>(u"planLabel"_s)->text().contains(u"write requests"_s));
        QSignalSpy dryRun(settings, &Gui::SettingsPage::dryRunFinished);
        settings->startDryRun();
        QVERIFY(dryRun.wait(30000));
        const auto dry = dryRun.first().at(0).value<Engine::JobResult>();
        QCOMPARE(dry.state, Store::JobState::Planned);
        QCOMPARE(dry.orgsToCreate, 2);
        QVERIFY(sandboxEmails(m_sandbox.url()).isEmpty()); // nothing written

        // Organizations page.
        wizard->next();
        auto *orgs = qobject_cast<Gui::OrganizationsPage *>(wizard->currentPage());
        QVERIFY(orgs);
        if (orgs->isChecking()) {
            QSignalSpy checked(orgs, &Gui::OrganizationsPage::checkFinished);
            QVERIFY(checked.wait(15000));
        }
        QCOMPARE(orgs->model()->rowCount(), 2);
        QCOMPARE(orgs->model()->item(0, Gui::OrganizationsPage::OutcomeColumn)->text(), u"will be created"_s);

        // Run, then summary.
        QVERIFY(orgs->isCommitPage());
        auto *run = qobject_cast<Gui::RunPage *>(wizard->page(Gui::ImportWizard::RunPageId));
        QSignalSpy finished(run, &Gui::RunPage::runFinished);
        wizard->next();
        QVERIFY(finished.wait(60000));
        const auto result = finished.first().at(0).value<Engine::JobResult>();
        QCOMPARE(result.state, Store::JobState::FinishedWithErrors);
        QCOMPARE(result.counters.created, 3);
        QCOMPARE(result.counters.membershipsAdded, 4);
        QCOMPARE(result.counters.invalid, 1);
        QTRY_COMPARE(wizard->currentId(), int(Gui::ImportWizard::SummaryPageId));
        QCOMPARE(sandboxEmails(m_sandbox.url()),
                 (QSet<QString>{u"ann@example.com"_s, u"bob@example.com"_s, u"dora@example.com"_s}));

        auto *summary = qobject_cast<Gui::SummaryPage *>(wizard->currentPage());
        const QString reportPath = m_dir.filePath(u"errors.csv"_s);
        QSignalSpy exported(summary, &Gui::SummaryPage::exportFinished);
        summary->exportErrorReport(reportPath);
        QVERIFY(exported.wait(10000));
        QVERIFY2(exported.first().at(0).toBool(), qPrintable(exported.first().at(1).toString()));
        const QList<QByteArray> lines = readFile(reportPath).split('\n');
        QVERIFY(lines.first().startsWith("row,line,email,org,stage,code,http_status,message,request_id,retryable,hint"));
        QCOMPARE(lines.size(), 3); // header, one row, the empty rest after the last CRLF
        QVERIFY(lines.at(1).startsWith("3,4,not-an-email,"));

        // The main window lists the finished job.
        QSignalSpy loaded(&window, &Gui::MainWindow::jobsLoaded);
        window.refresh();
        QVERIFY(loaded.wait(10000));
        const int row = window.model()->rowOf(result.jobId);
        QVERIFY(row >= 0);
        QCOMPARE(window.model()->index(row, Gui::JobListModel::StateColumn).data().toString(), u"finished with errors"_s);
        QCOMPARE(window.model()->index(row, Gui::JobListModel::CreatedColumn).data().toString(), u"3"_s);
        wizard->close();
    }

    void resumeAnInterruptedJobFromTheList()
    {
        // 300 users in chunks of 20; the run is cancelled after some rows.
        const QString csv = m_dir.filePath(u"resume.csv"_s);
        QByteArray data = "email,first_name\n";
        QSet<QString> expected;
        for (int i = 0; i < 300; ++i) {
            data += "user" + QByteArray::number(i) + "@example.com,U" + QByteArray::number(i) + "\n";
            expected.insert(u"user%1@example.com"_s.arg(i));
        }
        writeFile(csv, data);
        QString jobId;
        {
            Engine::JobRunner runner(store(), Api::ApiKey(key()));
            Engine::RunRequest request;
            request.settings.csvPath = csv;
            request.settings.apiUrl = m_sandbox.url();
            request.settings.chunkSize = 20;
            request.settings.concurrency = 2;
            bool cancelled = false;
            connect(&runner, &Engine::JobRunner::progress, this, [&](const Engine::JobProgress &p) {
                if (!cancelled && p.rowsDone >= 30) {
                    cancelled = true;
                    runner.cancel();
                }
            });
            QSignalSpy finished(&runner, &Engine::JobRunner::finished);
            runner.start(request);
            QVERIFY(finished.wait(60000));
            const auto r = finished.first().at(0).value<Engine::JobResult>();
            QCOMPARE(r.state, Store::JobState::Interrupted);
            jobId = r.jobId;
        }
        QVERIFY(sandboxEmails(m_sandbox.url()).size() < 300);
        // A job left "running" by a process that died counts as interrupted.
        {
            Store::JobStore s(store());
            QVERIFY(s.open());
            QVERIFY(s.updateJobState(jobId, Store::JobState::Running));
        }

        Gui::MainWindow window(store());
        QAbstractItemModelTester tester(window.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&window, &Gui::MainWindow::jobsLoaded);
        window.show();
        QVERIFY(loaded.wait(10000));
        const int row = window.model()->rowOf(jobId);
        QVERIFY(row >= 0);
        QCOMPARE(window.model()->index(row, 0).data(Gui::JobListModel::StateRole).toInt(), int(Store::JobState::Interrupted));
        QVERIFY(window.model()->index(row, 0).data(Gui::JobListModel::ResumableRole).toBool());
        // The start-up offer to resume it; answer "Later", then use the Resume action.
        QTRY_VERIFY(findOne<QMessageBox>(u"resumeOffer"_s));
        findOne<QMessageBox>(u"resumeOffer"_s)->reject();

        QVERIFY(window.selectJob(jobId));
        QSignalSpy opened(&window, &Gui::MainWindow::wizardOpened);
        window.resumeSelected();
        QTRY_VERIFY(findOne<Gui::ResumeDialog>(u"resumeDialog"_s));
        auto *dialog = findOne<Gui::ResumeDialog>(u"resumeDialog"_s);
        // No keychain here: the key must be typed, and the worker count can change.
        QVERIFY(dialog->key().isEmpty());
        dialog->findChild<QLineEdit *>(u"resumeKeyEdit"_s)->setText(key());
        dialog->findChild<QSpinBox *>(u"resumeWorkersSpin"_s)->setValue(3);
        dialog->accept();
        QVERIFY(opened.count() == 1 || opened.wait(5000));
        auto *wizard = opened.first().at(0).value<Gui::ImportWizard *>();
        QVERIFY(wizard);
        QCOMPARE(wizard->currentId(), int(Gui::ImportWizard::RunPageId));
        auto *run = qobject_cast<Gui::RunPage *>(wizard->currentPage());
        QSignalSpy finished(run, &Gui::RunPage::runFinished);
        QVERIFY(finished.wait(60000));
        const auto result = finished.first().at(0).value<Engine::JobResult>();
        QVERIFY2(result.state == Store::JobState::Finished, qPrintable(result.message));
        QCOMPARE(result.jobId, jobId);
        QCOMPARE(sandboxEmails(m_sandbox.url()), expected);
        QCOMPARE(result.counters.created + result.counters.existed, 300);
        wizard->close();
    }
};

QTEST_MAIN(TestWizard)
#include "tst_wizard.moc"
