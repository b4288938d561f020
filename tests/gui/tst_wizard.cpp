// The desktop wizard, offscreen, against workos-sandbox: each finding of issue 9 as a scenario.
// The flow File -> Columns -> Connect -> Settings -> Organizations & roles -> Review -> Run ->
// Finish; Enter through every page never starts an import (only the Review page's button
// does); a keyboard-only run; everyday headers mapped by themselves; a visible choice is never
// dropped; production needs a deliberate confirmation and is named everywhere; a mistyped key,
// a missing server, an unknown organization or role each end in a state the person can recover
// from with no row lost; resume (also of a rehearsal, and of a job whose file changed); the job
// list's truthful numbers; the Finish page's reasons, retry feedback and folder fallback; Help;
// issue 12: the Finish page's Verify, then Undo from the job list, and the file imported again.
#include "columnspage.h"
#include "connectpage.h"
#include "environmentbadge.h"
#include "filepage.h"
#include "helpdialog.h"
#include "importwizard.h"
#include "rehearsalsandbox.h"
#include "joblistmodel.h"
#include "mainwindow.h"
#include "organizationspage.h"
#include "resumedialog.h"
#include "reviewpage.h"
#include "runpage.h"
#include "settingspage.h"
#include "summarypage.h"
#include "verifyundodialog.h"

#include "csv/csvreader.h"
#include "engine/planning/durationmodel.h"
#include "engine/import/enginecontroller.h"
#include "engine/import/jobrunner.h"
#include "model/schema.h"
#include "store/jobstore.h"

#include "../testsupport/importfiles.h"
#include "../testsupport/enginerun.h"
#include "../testsupport/sandboxprocess.h"
#include "../testsupport/wizarddriver.h"

#include <QtGui/QStandardItemModel>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtTest/QAbstractItemModelTester>
#include <QtCore/QScopeGuard>
#include <QtTest/QtTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QRadioButton>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QTableView>
#include <QtWidgets/QTableWidget>

using namespace Qt::StringLiterals;
using TestSupport::readFile;
using TestSupport::writeFile;

namespace {

const QString LiveKey = u"sk_live_wizardtest0001"_s;

// `secret`: what /_sandbox/* needs; the test's own sandboxes take the test's, the wizard's
// rehearsal sandbox only the wizard's (RehearsalSandbox::adminSecret()).
QJsonObject sandboxState(const QUrl &base, const QByteArray &secret = TestSupport::sandboxAdminSecret())
{
    QNetworkAccessManager nam;
    QNetworkRequest request(base.resolved(QUrl(u"/_sandbox/state"_s)));
    request.setRawHeader("X-Sandbox-Secret", secret);
    QNetworkReply *reply = nam.get(request);
    QSignalSpy spy(reply, &QNetworkReply::finished);
    if (!spy.wait(10000))
        return {};
    const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return o;
}

QSet<QString> sandboxEmails(const QUrl &base, const QByteArray &secret = TestSupport::sandboxAdminSecret())
{
    QSet<QString> emails;
    const QJsonArray users = sandboxState(base, secret).value(u"users"_s).toArray();
    for (const QJsonValue &u : users)
        emails.insert(u[u"email"_s].toString().toLower());
    return emails;
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

QByteArray usersCsv(int n, const QByteArray &prefix = "user")
{
    QByteArray data = "email,first_name\n";
    for (int i = 0; i < n; ++i)
        data += prefix + QByteArray::number(i) + "@example.com,U" + QByteArray::number(i) + "\n";
    return data;
}

} // namespace

class TestWizard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestSupport::SandboxProcess m_sandbox;
    TestSupport::WizardDriver m_drive {m_sandbox};

    QString store() const { return m_dir.filePath(u"data/jobs.sqlite"_s); }
    QString key() const { return m_sandbox.keys().first(); }

    Engine::JobSettings settingsOf(const QString &jobId) const
    {
        Store::JobStore s(store());
        if (!s.open())
            return {};
        const auto job = s.job(jobId);
        return job ? Engine::JobSettings::fromJson(job->settings) : Engine::JobSettings();
    }

    // An import of `csv` against the test sandbox by the engine alone, stopped once `stopAfter`
    // rows are done: how it ended (an empty jobId when it did not end).
    Engine::JobResult startAndStop(const QString &csv, const QString &environment, int chunkSize, int concurrency,
                         qint64 stopAfter)
    {
        Engine::RunRequest request;
        request.settings.csvPath = csv;
        request.settings.apiUrl = m_sandbox.url();
        request.settings.environment = environment;
        request.settings.chunkSize = chunkSize;
        request.settings.concurrency = concurrency;
        return TestSupport::runToEnd(store(), key(), request, stopAfter, true).result;
    }

    // Connect page: "Rehearse on a local sandbox", until the wizard has verified its key.
    bool rehearse(Gui::ImportWizard *wizard)
    {
        auto *page = qobject_cast<Gui::ConnectPage *>(wizard->currentPage());
        if (!page)
            return false;
        QSignalSpy verified(page, &Gui::ConnectPage::verified);
        wizard->findChild<QPushButton *>(u"rehearseButton"_s)->click();
        return verified.wait(20000) && verified.last().at(0).toBool();
    }

    // The job list, its job `jobId`, Resume with no key question (a rehearsal): the wizard
    // it opened, or nullptr.
    Gui::ImportWizard *resumeRehearsalFromJobList(Gui::MainWindow *window, const QString &jobId)
    {
        window->setOfferInterruptedJobs(false);
        QSignalSpy loaded(window, &Gui::MainWindow::jobsLoaded);
        window->show();
        if (!loaded.wait(10000) || !window->selectJob(jobId))
            return nullptr;
        QSignalSpy opened(window, &Gui::MainWindow::wizardOpened);
        window->resumeSelected();
        if (!(opened.count() == 1 || opened.wait(15000)) || findOne<Gui::ResumeDialog>(u"resumeDialog"_s))
            return nullptr;
        return opened.first().at(0).value<Gui::ImportWizard *>();
    }

    static void pressEnter(QWidget *window)
    {
        QWidget *target = QApplication::focusWidget();
        if (!target || target->window() != window)
            target = window;
        QTest::keyClick(target, Qt::Key_Return);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        TestSupport::WizardDriver::isolate(m_dir);
        qputenv("WORKOS_SANDBOX_PATH", WORKOS_SANDBOX_PATH);
        qputenv("WIZARD_SANDBOX_ARGS", "--rate-limits off");
        QVERIFY2(m_sandbox.startSandbox({u"--rate-limits"_s, u"off"_s, u"--keys"_s, u"sk_test_sandbox,"_s + LiveKey}),
                 qPrintable(m_sandbox.error()));
    }

    void init()
    {
        QVERIFY(m_drive.resetServer());
        TestSupport::WizardDriver::forgetSession();
    }

    void cleanup() { TestSupport::WizardDriver::closeWindows(); }

    // Finding 7: everyday headers are mapped with friendly names; a column that looks like
    // user data waits for a decision; the person's choice is remembered for the same header.
    void everydayHeadersAreMapped()
    {
        const QString csv = m_dir.filePath(u"export.csv"_s);
        writeFile(csv, "First Name,Last Name,E-mail,Organization,Organization ID,Role,Nickname,Phone\n"
                       "Ann,Lee,ann@example.com,Acme,acme,member,annie,555\n");
        Gui::ImportWizard wizard(store());
        wizard.show();
        QVERIFY(m_drive.chooseFile(&wizard, csv));
        auto *columns = qobject_cast<Gui::ColumnsPage *>(wizard.currentPage());
        const QList<std::pair<QString, QString>> expected = {
            {u"First Name"_s, u"first_name"_s}, {u"Last Name"_s, u"last_name"_s},    {u"E-mail"_s, u"email"_s},
            {u"Organization"_s, u"org_name"_s}, {u"Organization ID"_s, u"org_external_id"_s}, {u"Role"_s, u"role_slugs"_s},
            {u"Phone"_s, QString()},
        };
        for (const auto &[header, field] : expected) {
            QComboBox *combo = columns->comboFor(header);
            QVERIFY2(combo, qPrintable(header));
            QCOMPARE(combo->currentData().toString(), field);
        }
        QCOMPARE(columns->comboFor(u"First Name"_s)->currentText(), u"First name"_s); // a friendly name
        // "Nickname" looks like user data: Next waits until the person decides.
        QCOMPARE(columns->undecidedColumns(), QStringList{u"Nickname"_s});
        QVERIFY(!columns->isComplete());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QComboBox *nick = columns->comboFor(u"Nickname"_s);
        QSignalSpy inspected(columns, &Gui::ColumnsPage::inspectionFinished);
        nick->setCurrentIndex(nick->findData(QString()));
        QTRY_VERIFY(columns->isComplete());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(Gui::ImportWizard::ConnectPageId));
        QCOMPARE(wizard.mapping.headerFor(Model::Field::OrgExternalId), u"Organization ID"_s);
        // The decision is remembered for the next file with this header: nothing to decide again.
        Gui::ImportWizard again(store());
        again.show();
        QVERIFY(m_drive.chooseFile(&again, csv));
        auto *columnsAgain = qobject_cast<Gui::ColumnsPage *>(again.currentPage());
        QVERIFY(columnsAgain->undecidedColumns().isEmpty());
        QTRY_VERIFY(columnsAgain->isComplete());
    }

    // Finding 7: a file with organization names only is importable with the name as its id.
    void organizationNameOnly()
    {
        const QString csv = m_dir.filePath(u"names.csv"_s);
        writeFile(csv, "Email,Company\nann@example.com,Acme Inc.\nbob@example.com,Globex\n");
        Gui::ImportWizard wizard(store());
        wizard.show();
        QVERIFY(m_drive.chooseFile(&wizard, csv));
        auto *columns = qobject_cast<Gui::ColumnsPage *>(wizard.currentPage());
        auto *nameAsId = wizard.findChild<QCheckBox *>(u"nameAsIdCheck"_s);
        QVERIFY(nameAsId->isVisible());
        QVERIFY(nameAsId->isChecked()); // the recommended choice is the default (issue 22.2)
        QTRY_VERIFY(columns->isComplete());
        QVERIFY(columns->mapping().orgNameIsExternalId());
        QCOMPARE(columns->inspection().summary.distinctOrganizations, 2);
        wizard.next();
        QVERIFY(m_drive.connectWith(&wizard, key()));
        wizard.next();
        QVERIFY(m_drive.waitForOrganizations(&wizard));
        wizard.next();
        const Engine::JobResult result = m_drive.commitAndWait(&wizard);
        QCOMPARE(result.state, Store::JobState::Finished);
        const QJsonArray orgs = sandboxState(m_sandbox.url()).value(u"organizations"_s).toArray();
        QStringList ids;
        for (const QJsonValue &o : orgs)
            ids.append(o[u"external_id"_s].toString());
        ids.sort();
        QCOMPARE(ids, (QStringList{u"Acme Inc."_s, u"Globex"_s}));
    }

    // Finding 1: "every user joins one organization" with no id never goes on silently.
    void singleOrganizationNeedsItsId()
    {
        const QString csv = m_dir.filePath(u"plain.csv"_s);
        writeFile(csv, usersCsv(3));
        Gui::ImportWizard wizard(store());
        wizard.show();
        QVERIFY(m_drive.chooseFile(&wizard, csv));
        auto *columns = qobject_cast<Gui::ColumnsPage *>(wizard.currentPage());
        QVERIFY(columns->isComplete()); // users only is a complete answer
        wizard.findChild<QRadioButton *>(u"singleOrgRadio"_s)->setChecked(true);
        QVERIFY(!columns->isComplete());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        wizard.findChild<QLineEdit *>(u"orgEdit"_s)->setText(u"org_does_not_matter"_s);
        QVERIFY(columns->isComplete());
        wizard.findChild<QLineEdit *>(u"orgEdit"_s)->clear();
        QVERIFY(!columns->isComplete());
    }

    // Findings 1, 2, 11 and the keyboard: Enter through every page stops at the Review page and
    // starts nothing; then, with the keyboard only, the import runs to the Finish page.
    void enterNeverStartsAnImportAndTheKeyboardRunsIt()
    {
        const QString csv = m_dir.filePath(u"keyboard.csv"_s);
        writeFile(csv, "email,first_name,org_external_id,org_name,role_slugs\n"
                       "ann@example.com,Ann,acme,Acme,member\nbob@example.com,Bob,acme,Acme,admin\n");
        Gui::ImportWizard wizard(store());
        wizard.show();
        QApplication::setActiveWindow(&wizard);
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        auto *path = wizard.findChild<QLineEdit *>(u"pathEdit"_s);
        path->setFocus();
        auto *file = qobject_cast<Gui::FilePage *>(wizard.currentPage());
        QSignalSpy inspected(file, &Gui::FilePage::inspectionFinished);
        QTest::keyClicks(path, csv);
        QVERIFY(inspected.wait(15000));
        QTRY_VERIFY(file->isComplete());
        // Enter, as often as an impatient person would: the wizard moves only through complete
        // pages and never beyond the Review page.
        for (int i = 0; i < 12; ++i) {
            if (wizard.currentId() == Gui::ImportWizard::ConnectPageId) {
                auto *keyEdit = wizard.findChild<QLineEdit *>(u"keyEdit"_s);
                if (keyEdit->text().isEmpty()) {
                    wizard.findChild<QLineEdit *>(u"urlEdit"_s)->setText(m_sandbox.url().toString());
                    keyEdit->setFocus();
                    QTest::keyClicks(keyEdit, key());
                    auto *connectPage = qobject_cast<Gui::ConnectPage *>(wizard.currentPage());
                    QSignalSpy verified(connectPage, &Gui::ConnectPage::verified);
                    QTest::keyClick(keyEdit, Qt::Key_Return); // Enter in the key field verifies it
                    QVERIFY(verified.wait(15000));
                    QVERIFY(verified.last().at(0).toBool());
                }
            }
            if (qobject_cast<Gui::OrganizationsPage *>(wizard.currentPage()))
                QVERIFY(m_drive.waitForOrganizations(&wizard));
            QTRY_VERIFY(wizard.currentPage()->isComplete() || wizard.currentId() == Gui::ImportWizard::ReviewPageId);
            pressEnter(&wizard);
            QTest::qWait(50);
            QVERIFY(wizard.currentId() <= Gui::ImportWizard::ReviewPageId);
        }
        QCOMPARE(wizard.currentId(), int(Gui::ImportWizard::ReviewPageId));
        QVERIFY(!wizard.isRunning());
        QVERIFY(sandboxEmails(m_sandbox.url()).isEmpty());
        QVERIFY(!wizard.reviewed);
        // Every page after Connect says where the import writes.
        QCOMPARE(wizard.currentPage()->findChild<Gui::EnvironmentBadge *>()->environment(), u"rehearsal"_s);
        QVERIFY(m_drive.waitForReview(&wizard));
        QVERIFY(wizard.button(QWizard::CommitButton)->text().contains(u"2 users"_s));
        // Keyboard only: Tab to the button and press Space.
        QAbstractButton *commit = wizard.button(QWizard::CommitButton);
        commit->setFocus(Qt::TabFocusReason);
        auto *run = qobject_cast<Gui::RunPage *>(wizard.page(Gui::ImportWizard::RunPageId));
        QSignalSpy finished(run, &Gui::RunPage::runFinished);
        QTest::keyClick(commit, Qt::Key_Space);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(0).value<Engine::JobResult>().state, Store::JobState::Finished);
        QTRY_COMPARE(wizard.currentId(), int(Gui::ImportWizard::FinishPageId));
        QCOMPARE(sandboxEmails(m_sandbox.url()), (QSet<QString>{u"ann@example.com"_s, u"bob@example.com"_s}));
    }

    // The run page never starts a new import that did not come through the Review page.
    void runPageStartsNothingUnreviewed()
    {
        Gui::ImportWizard wizard(store());
        wizard.runRequest.kind = Engine::RunRequest::Kind::New;
        wizard.runRequest.settings.csvPath = m_dir.filePath(u"plain.csv"_s);
        wizard.setStartId(Gui::ImportWizard::RunPageId);
        wizard.restart();
        wizard.show();
        QVERIFY(!wizard.isRunning());
        QVERIFY(qobject_cast<Gui::RunPage *>(wizard.currentPage())->phaseText().contains(u"Review"_s));
    }

    // Findings 4, 5, 11: a condition of the whole job is a banner that says the progress is
    // saved and what happens next, not failures counting up; a refused key is asked again and
    // Resume never reuses it. (The engine reports it in JobProgress/JobResult::blocker.)
    void blockersAreABannerNotFailures()
    {
        Gui::ImportWizard wizard(store());
        wizard.environment = u"staging"_s;
        wizard.setStartId(Gui::ImportWizard::RunPageId);
        wizard.restart();
        wizard.show();
        auto *run = qobject_cast<Gui::RunPage *>(wizard.currentPage());
        QVERIFY(run->bannerText().isEmpty());
        Engine::JobProgress p;
        p.jobId = u"job-banner"_s;
        p.phase = Engine::Phase::Importing;
        p.state = Store::JobState::Running;
        p.totalRows = 100;
        p.rowsToImport = 100;
        p.rowsDone = 40;
        p.blocker = Engine::Blocker::ServerUnreachable;
        p.retryInSeconds = 20;
        Q_EMIT wizard.engine()->progress(p);
        QVERIFY2(run->bannerText().contains(u"cannot be reached"_s), qPrintable(run->bannerText()));
        QVERIFY(run->bannerText().contains(u"no row was lost"_s));
        QVERIFY(run->bannerText().contains(u"20 seconds"_s));
        QVERIFY(run->phaseText().startsWith(u"Waiting"_s));
        QCOMPARE(run->shownPermille(), 400);
        QCOMPARE(run->activeMs(), 0); // waiting is not importing time
        // Fewer rows to import after a re-plan never moves the bar back.
        p.blocker = Engine::Blocker::None;
        p.rowsToImport = 80;
        p.rowsDone = 0;
        Q_EMIT wizard.engine()->progress(p);
        QCOMPARE(run->shownPermille(), 400);
        QVERIFY(run->bannerText().isEmpty());
        Engine::JobResult r;
        r.jobId = p.jobId;
        r.state = Store::JobState::Paused;
        r.blocker = Engine::Blocker::KeyRefused;
        Q_EMIT wizard.engine()->finished(r);
        QVERIFY(run->bannerText().contains(u"refused the API key"_s));
        QVERIFY(wizard.findChild<QPushButton *>(u"enterKeyButton"_s)->isVisible());
        QCOMPARE(wizard.currentId(), int(Gui::ImportWizard::RunPageId)); // stays, to be fixed here
    }

    // Finding 2: production is named on every page after Connect, the Review page's button
    // names the act, and it stays off until the box naming Production is ticked. The job list
    // shows the environment; the key never reaches the store.
    void productionNeedsADeliberateConfirmation()
    {
        const QString csv = m_dir.filePath(u"prod.csv"_s);
        writeFile(csv, usersCsv(4, "prod"));
        Gui::MainWindow window(store());
        window.setOfferInterruptedJobs(false);
        window.show();
        Gui::ImportWizard *wizard = window.newImport();
        QVERIFY(m_drive.chooseFile(wizard, csv));
        wizard->next();
        QVERIFY(m_drive.connectWith(wizard, LiveKey));
        QCOMPARE(wizard->environment, u"production"_s);
        QTRY_VERIFY(wizard->currentPage()->findChild<Gui::EnvironmentBadge *>()->isVisible());
        QVERIFY(wizard->currentPage()->findChild<Gui::EnvironmentBadge *>()->text().contains(u"Production"_s));
        wizard->next(); // no organizations: straight to the Review page
        QCOMPARE(wizard->currentId(), int(Gui::ImportWizard::ReviewPageId));
        auto *review = qobject_cast<Gui::ReviewPage *>(wizard->currentPage());
        QVERIFY(m_drive.waitForReview(wizard));
        QAbstractButton *commit = wizard->button(QWizard::CommitButton);
        QCOMPARE(commit->text().remove(u'&'), u"Import 4 users into Production"_s);
        QVERIFY(review->summaryText().contains(u"…"_s + LiveKey.right(4)));
        QVERIFY(!review->isComplete());
        QVERIFY(!commit->isEnabled());
        commit->click();
        QCOMPARE(wizard->currentId(), int(Gui::ImportWizard::ReviewPageId));
        auto *confirm = wizard->findChild<QCheckBox *>(u"confirmProductionCheck"_s);
        QVERIFY(confirm->isVisible());
        QVERIFY(confirm->text().contains(u"Production"_s));
        confirm->setChecked(true);
        QVERIFY(commit->isEnabled());
        const Engine::JobResult result = m_drive.commitAndWait(wizard);
        QCOMPARE(result.state, Store::JobState::Finished);
        QSignalSpy loaded(&window, &Gui::MainWindow::jobsLoaded);
        window.refresh();
        QVERIFY(loaded.wait(10000));
        const int row = window.model()->rowOf(result.jobId);
        QVERIFY(row >= 0);
        QCOMPARE(window.model()->index(row, Gui::JobListModel::EnvironmentColumn).data().toString(), u"Production"_s);
        QCOMPARE(window.model()->index(row, Gui::JobListModel::NameColumn).data().toString(), u"prod.csv"_s);
        {
            Store::JobStore s(store());
            QVERIFY(s.open());
            QCOMPARE(s.job(result.jobId)->settings.value(u"environment"_s).toString(), u"production"_s);
        }
        // No part of the key in the store (the WAL included).
        const QString secret = LiveKey.mid(8);
        for (const QString &f : QDir(QFileInfo(store()).absolutePath()).entryList(QDir::Files))
            QVERIFY2(!readFile(QFileInfo(store()).absoluteDir().filePath(f)).contains(secret.toUtf8()), qPrintable(f));
        wizard->close();
    }

    // Findings 3 and 9: an unknown organization and an unknown role are shown before anything
    // is written; the person decides; skipped rows go to the error report, none is lost.
    void unknownOrganizationAndRoleAreDecidedBeforeWriting()
    {
        const QString csv = m_dir.filePath(u"orgs.csv"_s);
        writeFile(csv, "email,org_id,org_external_id,org_name,role_slugs\n"
                       "ann@example.com,,acme,Acme,member\n"
                       "bob@example.com,,acme,Acme,owner\n"
                       "carl@example.com,org_01NOSUCHORG,,,member\n"
                       "dora@example.com,,globex,Globex,member\n"
                       "not-an-email,,globex,Globex,member\n");
        Gui::ImportWizard wizard(store());
        wizard.show();
        QVERIFY(m_drive.chooseFile(&wizard, csv));
        wizard.next();
        QVERIFY(m_drive.connectWith(&wizard, key()));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(Gui::ImportWizard::OrganizationsPageId));
        QVERIFY(m_drive.waitForOrganizations(&wizard));
        auto *orgs = qobject_cast<Gui::OrganizationsPage *>(wizard.currentPage());
        QCOMPARE(wizard.orgCheck.missing, 1);
        QCOMPARE(wizard.orgCheck.rowsOfMissing, 1);
        QCOMPARE(wizard.orgCheck.toCreate, 2);
        QCOMPARE(wizard.orgCheck.unknownRoles, QStringList{u"owner"_s});
        QVERIFY(!orgs->isComplete());
        wizard.findChild<QRadioButton *>(u"fixFileRadio"_s)->setChecked(true);
        QVERIFY(!orgs->isComplete());
        wizard.findChild<QRadioButton *>(u"skipMissingRadio"_s)->setChecked(true);
        QVERIFY(!orgs->isComplete()); // the role still needs an answer
        wizard.findChild<QCheckBox *>(u"rolesAnywayCheck"_s)->setChecked(true);
        QVERIFY(orgs->isComplete());
        QVERIFY(sandboxEmails(m_sandbox.url()).isEmpty()); // only reads so far
        wizard.next();
        auto *review = qobject_cast<Gui::ReviewPage *>(wizard.currentPage());
        QVERIFY(review->summaryText().contains(u"Organizations not found"_s));
        QVERIFY(review->summaryText().contains(u"owner"_s));
        const Engine::JobResult result = m_drive.commitAndWait(&wizard);
        QVERIFY2(Store::isTerminal(result.state), qPrintable(result.message));
        QVERIFY(sandboxEmails(m_sandbox.url()).contains(u"ann@example.com"_s));
        QVERIFY(sandboxEmails(m_sandbox.url()).contains(u"dora@example.com"_s));
        // Every row is accounted for: imported, or in the error report with a reason.
        Store::JobStore s(store());
        QVERIFY(s.open());
        QCOMPARE(s.countFinalRows(result.jobId), 5);
        QTRY_COMPARE(wizard.currentId(), int(Gui::ImportWizard::FinishPageId));
        auto *finish = qobject_cast<Gui::SummaryPage *>(wizard.currentPage());
        QTRY_VERIFY(finish->facts().ok);
        QVERIFY(!finish->facts().groups.isEmpty());
        qint64 grouped = 0;
        for (const Gui::FailureGroup &g : finish->facts().groups) {
            grouped += g.rows;
            QVERIFY(!g.action.isEmpty());
        }
        QCOMPARE(grouped, finish->facts().counts.failed + finish->facts().counts.invalid);
        // Finding 15: retry says why there is nothing to retry; the folder path is shown when no
        // file manager answers.
        qputenv("WIZARD_NO_FILE_MANAGER", "1");
        finish->openFolder();
        qunsetenv("WIZARD_NO_FILE_MANAGER");
        QCOMPARE(wizard.findChild<QLineEdit *>(u"folderEdit"_s)->text(),
                 QDir::toNativeSeparators(QFileInfo(store()).absolutePath()));
        if (finish->facts().retryableRows == 0) {
            finish->retryFailedRows();
            QVERIFY(finish->feedbackText().contains(u"Nothing to retry"_s));
        }
    }

    // A missing server and a mistyped key on the Connect page: plain words, Next stays off,
    // nothing is written, and fixing it goes on.
    void missingServerAndWrongKeyOnConnect()
    {
        const QString csv = m_dir.filePath(u"plain.csv"_s);
        writeFile(csv, usersCsv(3));
        Gui::ImportWizard wizard(store());
        wizard.show();
        QVERIFY(m_drive.chooseFile(&wizard, csv));
        wizard.next();
        auto *page = qobject_cast<Gui::ConnectPage *>(wizard.currentPage());
        QSignalSpy verified(page, &Gui::ConnectPage::verified);
        wizard.findChild<QLineEdit *>(u"urlEdit"_s)->setText(u"http://127.0.0.1:1"_s);
        wizard.findChild<QLineEdit *>(u"keyEdit"_s)->setText(key());
        page->verify();
        QVERIFY(verified.wait(30000));
        QCOMPARE(verified.last().at(0).toBool(), false);
        QVERIFY2(verified.last().at(1).toString().contains(u"could not be reached"_s), qPrintable(verified.last().at(1).toString()));
        QVERIFY(!page->isComplete());
        wizard.findChild<QLineEdit *>(u"urlEdit"_s)->setText(m_sandbox.url().toString());
        wizard.findChild<QLineEdit *>(u"keyEdit"_s)->setText(u"sk_test_mistyped"_s);
        page->verify();
        QVERIFY(verified.wait(15000));
        QCOMPARE(verified.last().at(0).toBool(), false);
        QVERIFY(verified.last().at(1).toString().contains(u"refused this key"_s));
        QVERIFY(!page->isComplete());
        wizard.findChild<QLineEdit *>(u"keyEdit"_s)->setText(key());
        page->verify();
        QVERIFY(verified.wait(15000));
        QVERIFY(page->isComplete());
        QVERIFY(sandboxEmails(m_sandbox.url()).isEmpty());
    }

    // Finding 10: after a rehearsal, a pasted real key goes to WorkOS again.
    void rehearsalIsNotSticky()
    {
        const QString csv = m_dir.filePath(u"plain.csv"_s);
        writeFile(csv, usersCsv(3));
        Gui::ImportWizard wizard(store());
        wizard.show();
        QVERIFY(m_drive.chooseFile(&wizard, csv));
        wizard.next();
        auto *page = qobject_cast<Gui::ConnectPage *>(wizard.currentPage());
        QVERIFY(rehearse(&wizard));
        QCOMPARE(wizard.environment, u"rehearsal"_s);
        auto *keyEdit = wizard.findChild<QLineEdit *>(u"keyEdit"_s);
        keyEdit->selectAll();
        QTest::keyClicks(keyEdit, u"sk_test_real"_s);
        QCOMPARE(wizard.findChild<QLineEdit *>(u"urlEdit"_s)->text(), u"https://api.workos.com"_s);
        QVERIFY(!wizard.findChild<QLabel *>(u"environmentLabel"_s)->text().contains(u"sandbox"_s));
        QVERIFY(!page->isComplete());
    }

    // Finding 8: WorkOS's limits are shown, not editable unless the plan has higher ones, and
    // the plan never promises more than the limit allows.
    void settingsKeepTheLimits()
    {
        const QString csv = m_dir.filePath(u"plain.csv"_s);
        writeFile(csv, usersCsv(3));
        Gui::ImportWizard wizard(store());
        wizard.show();
        QVERIFY(m_drive.chooseFile(&wizard, csv));
        wizard.next();
        QVERIFY(m_drive.connectWith(&wizard, key()));
        auto *settings = qobject_cast<Gui::SettingsPage *>(wizard.currentPage());
        auto *writes = wizard.findChild<QSpinBox *>(u"writesSpin"_s);
        QVERIFY(!writes->isEnabled());
        writes->setValue(5000); // even when forced, ignored until the person says so
        QCOMPARE(settings->rateLimits().userManagementWrites.requests, Api::RateLimits().userManagementWrites.requests);
        QCOMPARE(wizard.findChild<QSpinBox *>(u"workersSpin"_s)->value(), Gui::SettingsPage::recommendedWorkers());
        QVERIFY(!wizard.findChild<QSpinBox *>(u"concurrencySpin"_s)->isVisible()); // under a closed Advanced
        // 100,000 users with one organization each: 200,000 writes, never less than 200,000 / 50
        // writes per second at WorkOS's limit (67 minutes).
        const QString text = Gui::SettingsPage::durationText(
            Engine::DurationModel::estimate(Engine::DurationModel::inputFor(100000, 100000, 100000, {})), Api::RateLimits());
        const QRegularExpressionMatch minutes = QRegularExpression(u"about (\\d+) min"_s).match(text);
        QVERIFY2(minutes.hasMatch(), qPrintable(text));
        QVERIFY2(minutes.captured(1).toInt() >= 67, qPrintable(text));
        wizard.findChild<QCheckBox *>(u"higherLimitsCheck"_s)->setChecked(true);
        QVERIFY(writes->isEnabled());
        writes->setValue(1000);
        QCOMPARE(settings->rateLimits().userManagementWrites.requests, 1000);
    }

    // Issue 13: the Settings and Review pages show Engine::DurationModel's estimate (the one
    // --dry-run and the ETA use) for what the wizard knows: rows, users, memberships, the
    // organizations to look up and create, workers × rows in flight, the limits.
    void planShowsTheDurationModelsEstimate()
    {
        const QString csv = m_dir.filePath(u"twentyorgs.csv"_s);
        QByteArray data = "email,org_external_id,org_name\n";
        for (int i = 0; i < 2000; ++i)
            data += "u" + QByteArray::number(i) + "@example.com,org" + QByteArray::number(i % 20) + ",Org "
                + QByteArray::number(i % 20) + "\n";
        writeFile(csv, data);
        Gui::ImportWizard wizard(store());
        wizard.show();
        QVERIFY(m_drive.chooseFile(&wizard, csv));
        wizard.next();
        QVERIFY(m_drive.connectWith(&wizard, key()));
        auto *plan = wizard.findChild<QLabel *>(u"planLabel"_s);
        // What the model says for this file: 2,000 rows, users and memberships, 20 organizations
        // (all to create until the Organizations page has looked), over http (6 connections),
        // with 4 workers (24 requests on the wire: the limit decides).
        Engine::JobSettings settings;
        settings.apiUrl = m_sandbox.url();
        settings.workers = 4;
        wizard.findChild<QSpinBox *>(u"workersSpin"_s)->setValue(4);
        auto expected = [&](qint64 toCreate) {
            Engine::DurationInput in = Engine::DurationModel::inputFor(2000, 2000, 2000, settings);
            in.organizationsToRead = 20;
            in.organizationsToCreate = toCreate;
            return Engine::DurationModel::estimate(in);
        };
        const Engine::DurationEstimate rateBound = expected(20);
        QVERIFY(!rateBound.latencyBound);
        // More than the writes alone at the limit: start-up and the organizations come first.
        QVERIFY(rateBound.seconds > 4000.0 / 49.0);
        QVERIFY2(plan->text().contains(Gui::SettingsPage::durationText(rateBound, settings.rateLimits)), qPrintable(plan->text()));
        // One worker with two users at once: the answer time, not the limit, decides; the
        // wizard says so, with the model's (wide) range for an assumed answer time.
        wizard.findChild<QSpinBox *>(u"workersSpin"_s)->setValue(1);
        wizard.findChild<QSpinBox *>(u"concurrencySpin"_s)->setValue(2);
        settings.workers = 1;
        settings.concurrency = 2;
        const Engine::DurationEstimate slow = expected(20);
        QVERIFY(slow.latencyBound);
        const QString slowText = Gui::SettingsPage::durationText(slow, settings.rateLimits);
        QVERIFY2(slowText.contains(QChar(0x2013)), qPrintable(slowText)); // a range, "about 3–25 min"
        QVERIFY2(plan->text().contains(slowText), qPrintable(plan->text()));
        wizard.findChild<QSpinBox *>(u"workersSpin"_s)->setValue(4);
        wizard.findChild<QSpinBox *>(u"concurrencySpin"_s)->setValue(10);
        settings.workers = 4;
        settings.concurrency = 10;
        wizard.next();
        QCOMPARE(wizard.currentId(), int(Gui::ImportWizard::OrganizationsPageId));
        QVERIFY(m_drive.waitForOrganizations(&wizard));
        QCOMPARE(wizard.orgCheck.toCreate, 20);
        QVERIFY(wizard.currentPage()->isComplete());
        wizard.next();
        auto *review = qobject_cast<Gui::ReviewPage *>(wizard.currentPage());
        QVERIFY(review);
        const QString reviewText = Gui::SettingsPage::durationText(expected(20), settings.rateLimits).toHtmlEscaped();
        QVERIFY2(review->summaryText().contains(reviewText), qPrintable(review->summaryText()));
    }

    // Help on every page opens the user guide at the page's section; the File page saves a
    // template CSV that the wizard itself accepts.
    void helpAndTemplate()
    {
        Gui::ImportWizard wizard(store());
        wizard.show();
        for (int id : wizard.pageIds()) {
            const QString section = wizard.page(id)->property("helpSection").toString();
            QVERIFY2(!section.isEmpty(), qPrintable(QString::number(id)));
            Gui::HelpDialog dialog;
            QVERIFY2(dialog.goToSection(section), qPrintable(section));
        }
        wizard.button(QWizard::HelpButton)->click();
        QTRY_VERIFY(findOne<Gui::HelpDialog>(u"helpDialog"_s));
        findOne<Gui::HelpDialog>(u"helpDialog"_s)->close();

        const QString path = m_dir.filePath(u"template.csv"_s);
        QVERIFY(Gui::FilePage::saveTemplate(path));
        Csv::CsvReader reader(path);
        QVERIFY(reader.open());
        const Model::Schema schema = Model::Schema::fromHeader(reader.header());
        QVERIFY(schema.isUsable());
        QVERIFY(schema.unknownColumns().isEmpty());
    }

    // Findings 4, 5, 6, 14: an interrupted job shows its true numbers in the list; a mistyped
    // key on resume is asked again and costs nothing; the right key finishes the job exactly once.
    void resumeWithAMistypedKeyThenTheRightOne()
    {
        const QString csv = m_dir.filePath(u"resume.csv"_s);
        writeFile(csv, usersCsv(300));
        const Engine::JobResult r = startAndStop(csv, u"staging"_s, 20, 2, 30);
        QCOMPARE(r.state, Store::JobState::Interrupted);
        const QString jobId = r.jobId;
        const qint64 imported = sandboxEmails(m_sandbox.url()).size();
        QVERIFY(imported > 0 && imported < 300);
        qint64 finalBefore = 0;
        {
            // A job left "running" by a process that died, with stale counters.
            Store::JobStore s(store());
            QVERIFY(s.open());
            QVERIFY(s.updateJobState(jobId, Store::JobState::Running));
            Store::JobCounters stale = s.job(jobId)->counters;
            stale.created = 0;
            QVERIFY(s.updateCounters(jobId, stale));
            finalBefore = s.countFinalRows(jobId);
        }

        Gui::MainWindow window(store());
        QAbstractItemModelTester tester(window.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&window, &Gui::MainWindow::jobsLoaded);
        window.show();
        QVERIFY(loaded.wait(10000));
        const int row = window.model()->rowOf(jobId);
        QVERIFY(row >= 0);
        QCOMPARE(window.model()->index(row, 0).data(Gui::JobListModel::StateRole).toInt(), int(Store::JobState::Interrupted));
        // The list tells the truth from the store: users created and progress above zero.
        QCOMPARE(window.model()->index(row, Gui::JobListModel::CreatedColumn).data().toString(), QLocale().toString(imported));
        QVERIFY(window.model()->index(row, Gui::JobListModel::ProgressColumn).data().toString() != u"0%"_s);
        QCOMPARE(window.model()->index(row, Gui::JobListModel::EnvironmentColumn).data().toString(), u"Staging"_s);
        QTRY_VERIFY(findOne<QMessageBox>(u"resumeOffer"_s));
        QVERIFY(!findOne<QMessageBox>(u"resumeOffer"_s)->text().contains(u"(resume.csv)"_s)); // the name once
        findOne<QMessageBox>(u"resumeOffer"_s)->reject();

        QVERIFY(window.selectJob(jobId));
        QSignalSpy opened(&window, &Gui::MainWindow::wizardOpened);
        window.resumeSelected();
        QTRY_VERIFY(findOne<Gui::ResumeDialog>(u"resumeDialog"_s));
        auto *dialog = findOne<Gui::ResumeDialog>(u"resumeDialog"_s);
        QVERIFY(dialog->key().isEmpty());
        dialog->findChild<QLineEdit *>(u"resumeKeyEdit"_s)->setText(u"sk_test_mistyped"_s);
        QSignalSpy checked(dialog, &Gui::ResumeDialog::keyChecked);
        dialog->accept();
        QVERIFY(checked.wait(15000));
        QCOMPARE(checked.last().at(0).toBool(), false);
        QVERIFY(dialog->isVisible()); // asked again
        QVERIFY(dialog->problemText().contains(u"refused"_s));
        QCOMPARE(opened.count(), 0);
        {
            Store::JobStore s(store());
            QVERIFY(s.open());
            QCOMPARE(s.countFinalRows(jobId), finalBefore); // it cost no row
            QCOMPARE(s.job(jobId)->counters.failed, 0);
        }
        dialog->findChild<QLineEdit *>(u"resumeKeyEdit"_s)->setText(key());
        dialog->findChild<QSpinBox *>(u"resumeWorkersSpin"_s)->setValue(3);
        dialog->accept();
        QVERIFY(opened.count() == 1 || opened.wait(15000));
        auto *wizard = opened.first().at(0).value<Gui::ImportWizard *>();
        QCOMPARE(wizard->currentId(), int(Gui::ImportWizard::RunPageId));
        auto *run = qobject_cast<Gui::RunPage *>(wizard->currentPage());
        QSignalSpy finished(run, &Gui::RunPage::runFinished);
        QVERIFY(finished.wait(60000));
        const auto result = finished.first().at(0).value<Engine::JobResult>();
        QVERIFY2(result.state == Store::JobState::Finished, qPrintable(result.message));
        QCOMPARE(result.jobId, jobId);
        QCOMPARE(sandboxEmails(m_sandbox.url()).size(), 300);
        QCOMPARE(run->shownPermille(), 1000);
        wizard->close();
    }

    // Finding 4: a job whose file changed says so before any key is asked.
    void changedFileIsToldBeforeTheKey()
    {
        const QString csv = m_dir.filePath(u"changing.csv"_s);
        writeFile(csv, usersCsv(60, "chg"));
        QString jobId;
        {
            Engine::JobRunner runner(store(), Api::ApiKey(key()));
            Engine::RunRequest request;
            request.settings.csvPath = csv;
            request.settings.apiUrl = m_sandbox.url();
            request.settings.chunkSize = 10;
            request.settings.concurrency = 1;
            bool cancelled = false;
            connect(&runner, &Engine::JobRunner::progress, this, [&](const Engine::JobProgress &p) {
                if (!cancelled && p.rowsDone >= 5) {
                    cancelled = true;
                    runner.cancel();
                }
            });
            QSignalSpy finished(&runner, &Engine::JobRunner::finished);
            runner.start(request);
            QVERIFY(finished.wait(60000));
            jobId = finished.first().at(0).value<Engine::JobResult>().jobId;
        }
        writeFile(csv, usersCsv(61, "chg"));
        Gui::MainWindow window(store());
        window.setOfferInterruptedJobs(false);
        QSignalSpy loaded(&window, &Gui::MainWindow::jobsLoaded);
        window.show();
        QVERIFY(loaded.wait(10000));
        QVERIFY(window.selectJob(jobId));
        window.resumeSelected();
        QTRY_VERIFY(findOne<QMessageBox>(u"fileChangedBox"_s));
        QVERIFY(findOne<QMessageBox>(u"fileChangedBox"_s)->text().contains(u"changed"_s));
        QVERIFY(!findOne<Gui::ResumeDialog>(u"resumeDialog"_s));
    }

    // Finding 4: a rehearsal resumes with no key question; one without a journal (made by an
    // earlier version) resumes in a fresh local sandbox, its organizations resolved again.
    void rehearsalResumesWithoutAKey()
    {
        const QString csv = m_dir.filePath(u"rehearsal.csv"_s);
        QByteArray data = "email,org_external_id,org_name\n";
        for (int i = 0; i < 80; ++i)
            data += "reh" + QByteArray::number(i) + "@example.com,acme,Acme\n";
        writeFile(csv, data);
        const QString jobId = startAndStop(csv, u"rehearsal"_s, 10, 1, 10).jobId;
        QVERIFY(!jobId.isEmpty());
        Gui::MainWindow window(store());
        Gui::ImportWizard *wizard = resumeRehearsalFromJobList(&window, jobId);
        QVERIFY(wizard);
        auto *run = qobject_cast<Gui::RunPage *>(wizard->page(Gui::ImportWizard::RunPageId));
        QSignalSpy finished(run, &Gui::RunPage::runFinished);
        QVERIFY(finished.wait(60000));
        const auto result = finished.first().at(0).value<Engine::JobResult>();
        QVERIFY2(result.state == Store::JobState::Finished, qPrintable(result.message));
        QCOMPARE(result.jobId, jobId);
        QCOMPARE(wizard->environment, u"rehearsal"_s);
        Store::JobStore s(store());
        QVERIFY(s.open());
        QCOMPARE(s.countFinalRows(jobId), 80);
        wizard->close();
    }

    // A rehearsal stopped halfway (the program closed, or killed) resumes in its own sandbox,
    // started again on the rehearsal's journal: the users and the organization created before
    // the stop are still there with their ids, so nothing fails with "not found", nobody is
    // created twice, and the organization still counts as created by the job (undo needs that).
    void rehearsalResumesWithEverythingItCreated()
    {
        const QString csv = m_dir.filePath(u"rehearsal-journal.csv"_s);
        QByteArray data = "email,org_external_id,org_name\n";
        for (int i = 0; i < 240; ++i)
            data += "journal" + QByteArray::number(i) + "@example.com,acme-journal,Acme Journal\n";
        writeFile(csv, data);
        qputenv("WIZARD_SANDBOX_ARGS", "--rate-limits writes=30/1");
        const auto restoreArgs = qScopeGuard([] { qputenv("WIZARD_SANDBOX_ARGS", "--rate-limits off"); });
        QString jobId;
        QJsonArray usersBefore;
        QJsonArray organizationsBefore;
        {
            Gui::ImportWizard wizard(store());
            wizard.show();
            QVERIFY(m_drive.chooseFile(&wizard, csv));
            wizard.next();
            QVERIFY(rehearse(&wizard));
            wizard.next();
            QCOMPARE(wizard.currentId(), int(Gui::ImportWizard::SettingsPageId));
            wizard.findChild<QSpinBox *>(u"workersSpin"_s)->setValue(1);
            wizard.findChild<QSpinBox *>(u"chunkSpin"_s)->setValue(10);
            wizard.next();
            QVERIFY(m_drive.waitForOrganizations(&wizard));
            wizard.next();
            QCOMPARE(wizard.currentId(), int(Gui::ImportWizard::ReviewPageId));
            const QUrl url = wizard.sandbox()->url();
            const QByteArray secret = wizard.sandbox()->adminSecret();
            auto *run = qobject_cast<Gui::RunPage *>(wizard.page(Gui::ImportWizard::RunPageId));
            QSignalSpy finished(run, &Gui::RunPage::runFinished);
            QVERIFY(m_drive.waitForReview(&wizard));
            wizard.button(QWizard::CommitButton)->click();
            QTRY_VERIFY_WITH_TIMEOUT(sandboxEmails(url, secret).size() >= 20, 30000);
            run->stopNow(); // Stop, and "Stop" in its question (stopAsksFirst tests the question)
            QVERIFY(finished.wait(60000));
            const auto stopped = finished.first().at(0).value<Engine::JobResult>();
            QVERIFY2(stopped.state != Store::JobState::Finished, "the rehearsal ended before the stop");
            jobId = stopped.jobId;
            const QJsonObject state = sandboxState(url, secret);
            usersBefore = state.value(u"users"_s).toArray();
            organizationsBefore = state.value(u"organizations"_s).toArray();
            QVERIFY(usersBefore.size() >= 20 && usersBefore.size() < 240);
            QCOMPARE(organizationsBefore.size(), 1);
            wizard.close();
        } // the wizard and its sandbox are gone

        Gui::MainWindow window(store());
        Gui::ImportWizard *wizard = resumeRehearsalFromJobList(&window, jobId);
        QVERIFY(wizard);
        auto *run = qobject_cast<Gui::RunPage *>(wizard->page(Gui::ImportWizard::RunPageId));
        QSignalSpy finished(run, &Gui::RunPage::runFinished);
        QVERIFY(finished.wait(90000));
        const auto result = finished.first().at(0).value<Engine::JobResult>();
        QVERIFY2(result.state == Store::JobState::Finished, qPrintable(result.message));
        QCOMPARE(result.counters.failed, 0);
        QCOMPARE(result.counters.created + result.counters.existed, 240);
        const QJsonObject state = sandboxState(wizard->sandbox()->url(), wizard->sandbox()->adminSecret());
        const QJsonArray users = state.value(u"users"_s).toArray();
        QCOMPARE(users.size(), 240);
        QCOMPARE(sandboxEmails(wizard->sandbox()->url(), wizard->sandbox()->adminSecret()).size(), 240);
        for (const QJsonValue before : std::as_const(usersBefore))
            QVERIFY2(users.contains(before), "a user created before the stop changed or went missing");
        QCOMPARE(state.value(u"organizations"_s).toArray(), organizationsBefore);
        QCOMPARE(state.value(u"organization_memberships"_s).toArray().size(), 240);
        Store::JobStore s(store());
        QVERIFY(s.open());
        QCOMPARE(s.countFinalRows(jobId), 240);
        const auto orgs = s.orgs(jobId);
        QCOMPARE(orgs.size(), 1);
        QCOMPARE(orgs.first().resolution, Store::OrgResolution::Created);
        QPointer<Gui::ImportWizard> closing(wizard);
        wizard->close();
        QTRY_VERIFY(!closing); // its sandbox stopped with it

        // Verify and Undo from the job list work in the rehearsal's sandbox, started again on
        // its journal, with no key to type: all 240 rows verify, and undo takes everything back.
        QVERIFY(window.selectJob(jobId));
        Gui::VerifyUndoDialog *verify = window.verifySelected();
        QVERIFY(verify);
        QVERIFY(!verify->keyEdit()->isVisibleTo(verify));
        QTRY_VERIFY_WITH_TIMEOUT(verify->runButton()->isEnabled(), 20000);
        QSignalSpy verified(verify, &Gui::VerifyUndoDialog::runFinished);
        verify->runButton()->click();
        QVERIFY(verified.wait(60000));
        const auto check = verified.first().at(0).value<Engine::FollowUpResult>();
        QVERIFY2(check.completed, qPrintable(check.message));
        QCOMPARE(check.problems, 0);
        QCOMPARE(check.checked, 240);
        QPointer<Gui::VerifyUndoDialog> verifyGone(verify);
        verify->close();
        QTRY_VERIFY(!verifyGone);

        QVERIFY(window.selectJob(jobId));
        Gui::VerifyUndoDialog *undo = window.undoSelected();
        QVERIFY(undo);
        QSignalSpy preview(undo, &Gui::VerifyUndoDialog::previewLoaded);
        QVERIFY(preview.count() == 1 || preview.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(undo->runButton()->isEnabled(), 20000);
        QSignalSpy undone(undo, &Gui::VerifyUndoDialog::runFinished);
        undo->runButton()->click();
        QVERIFY(undone.wait(90000));
        const auto taken = undone.first().at(0).value<Engine::FollowUpResult>();
        QVERIFY2(taken.completed && taken.problems == 0, qPrintable(taken.message));
        // Stop let the rows in flight finish, so no user the rehearsal created was met as
        // "already in WorkOS" on resume (it was up to 10, the rows in flight, when Stop
        // abandoned them): undo takes every one of them back.
        QCOMPARE(result.counters.existed, 0);
        QCOMPARE(taken.deleted, 240 + 240 + 1);
        QPointer<Gui::VerifyUndoDialog> undoGone(undo);
        undo->close();
        QTRY_VERIFY(!undoGone);
        // What the journal holds now: nothing the rehearsal created.
        TestSupport::SandboxProcess again;
        QVERIFY(again.startSandbox({u"--journal"_s, settingsOf(jobId).rehearsalJournal}));
        const QJsonObject after = sandboxState(again.url());
        QCOMPARE(after.value(u"users"_s).toArray().size(), 0);
        QCOMPARE(after.value(u"organization_memberships"_s).toArray().size(), 0);
        QCOMPARE(after.value(u"organizations"_s).toArray().size(), 0);
    }

    // Finding 11: Stop asks first; saying no keeps the import running.
    void stopAsksFirst()
    {
        const QString csv = m_dir.filePath(u"stop.csv"_s);
        writeFile(csv, usersCsv(3000, "stop"));
        Gui::ImportWizard wizard(store());
        wizard.show();
        QVERIFY(m_drive.chooseFile(&wizard, csv));
        wizard.next();
        QVERIFY(m_drive.connectWith(&wizard, key()));
        wizard.findChild<QSpinBox *>(u"workersSpin"_s)->setValue(1);
        wizard.next();
        auto *run = qobject_cast<Gui::RunPage *>(wizard.page(Gui::ImportWizard::RunPageId));
        QSignalSpy finished(run, &Gui::RunPage::runFinished);
        QVERIFY(m_drive.waitForReview(&wizard));
        wizard.button(QWizard::CommitButton)->click();
        QVERIFY(wizard.isRunning());
        run->stop();
        QTRY_VERIFY(findOne<QMessageBox>(u"stopRunQuestion"_s));
        findOne<QMessageBox>(u"stopRunQuestion"_s)->reject(); // "Keep importing"
        QVERIFY(wizard.isRunning() || finished.count() == 1);
        if (wizard.isRunning()) {
            run->stopNow();
            QVERIFY(finished.wait(60000));
            QVERIFY(run->phaseText().startsWith(u"Stopped"_s));
        }
    }

    // Issue 12: an import finished in the wizard verifies clean from the Finish page (reads
    // only); the job list says "verified"; Undo from the job list leaves the sandbox exactly as
    // before the import and the list says "undone"; the same file can then be imported again.
    void finishVerifiesAndTheJobListUndoes()
    {
        const QString csv = m_dir.filePath(u"verifyundo.csv"_s);
        writeFile(csv, "email,first_name,last_name,org_external_id,org_name,role_slugs\n"
                       "ann@example.com,Ann,Archer,acme,Acme,member\n"
                       "bob@example.com,Bob,Baker,acme,Acme,member\n"
                       "carl@example.com,Carl,Cook,globex,Globex,member\n"
                       "ann@example.com,Ann,Archer,globex,Globex,member\n");
        // Something that was there before and must stay: a user of the file and an organization.
        {
            QNetworkAccessManager nam;
            for (const auto &[path, body] : {std::pair {u"/user_management/users"_s, QByteArray(R"({"email":"bob@example.com","first_name":"Before"})")},
                                             std::pair {u"/organizations"_s, QByteArray(R"({"name":"Acme","external_id":"acme"})")}}) {
                QNetworkRequest req(m_sandbox.url().resolved(QUrl(path)));
                req.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
                req.setRawHeader("Authorization", "Bearer " + key().toUtf8());
                QNetworkReply *reply = nam.post(req, body);
                QSignalSpy done(reply, &QNetworkReply::finished);
                QVERIFY(done.wait(10000));
                QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
                reply->deleteLater();
            }
        }
        const auto withoutCounts = [](QJsonObject state) {
            state.remove(u"counts"_s);
            return state;
        };
        const QJsonObject before = withoutCounts(sandboxState(m_sandbox.url()));

        QString jobId;
        {
            Gui::ImportWizard wizard(store());
            wizard.show();
            QVERIFY(m_drive.chooseFile(&wizard, csv));
            wizard.next();
            QVERIFY(m_drive.connectWith(&wizard, key()));
            wizard.next();
            QVERIFY(m_drive.waitForOrganizations(&wizard));
            QVERIFY(wizard.currentPage()->isComplete());
            wizard.next();
            const Engine::JobResult result = m_drive.commitAndWait(&wizard);
            QCOMPARE(result.state, Store::JobState::Finished);
            jobId = result.jobId;
            QTRY_COMPARE(wizard.currentId(), int(Gui::ImportWizard::FinishPageId));
            auto *finish = qobject_cast<Gui::SummaryPage *>(wizard.currentPage());
            QTRY_VERIFY(finish->facts().ok);
            const QJsonObject imported = withoutCounts(sandboxState(m_sandbox.url()));
            QCOMPARE(imported.value(u"users"_s).toArray().size(), 3);

            auto *verifyButton = wizard.findChild<QPushButton *>(u"finishVerifyButton"_s);
            QVERIFY(verifyButton);
            QTRY_VERIFY(verifyButton->isEnabled());
            QSignalSpy verified(finish, &Gui::SummaryPage::verifyFinished);
            verifyButton->click();
            QVERIFY2(finish->isVerifying(), qPrintable(finish->verifySummaryText()));
            QVERIFY(!verifyButton->isEnabled()); // one verify at a time
            QVERIFY(verified.wait(60000));
            const auto outcome = verified.first().first().value<Engine::FollowUpResult>();
            QVERIFY2(outcome.completed && outcome.problems == 0, qPrintable(outcome.message));
            QCOMPARE(outcome.checked, 4);
            QVERIFY2(finish->verifySummaryText().startsWith(u"Verified"_s), qPrintable(finish->verifySummaryText()));
            QVERIFY(verifyButton->isEnabled());
            // Verify only reads.
            QCOMPARE(withoutCounts(sandboxState(m_sandbox.url())), imported);
        }

        // The job list: "verified", then Undo.
        Gui::MainWindow window(store());
        window.setOfferInterruptedJobs(false);
        QSignalSpy loaded(&window, &Gui::MainWindow::jobsLoaded);
        window.show();
        QVERIFY(loaded.wait(10000));
        auto *view = window.findChild<QTableView *>(u"jobsView"_s);
        const auto stateShown = [&] {
            QAbstractItemModel *model = view->model();
            for (int row = 0; row < model->rowCount(); ++row)
                if (model->index(row, 0).data(Gui::JobListModel::JobIdRole).toString() == jobId)
                    return model->index(row, Gui::JobListModel::StateColumn).data().toString();
            return QString();
        };
        QVERIFY2(stateShown().startsWith(u"verified "_s), qPrintable(stateShown()));
        QVERIFY(window.selectJob(jobId));
        Gui::VerifyUndoDialog *dialog = window.undoSelected();
        QVERIFY(dialog);
        QSignalSpy preview(dialog, &Gui::VerifyUndoDialog::previewLoaded);
        QVERIFY(preview.count() == 1 || preview.wait(10000));
        // Created: ann, carl; Globex; memberships ann/acme, bob/acme, carl/globex, ann/globex.
        const QString counts = dialog->previewLabel()->text();
        QVERIFY2(counts.contains(u"4 memberships"_s) && counts.contains(u"2 users"_s)
                     && counts.contains(u"1 organizations"_s),
                 qPrintable(counts));
        dialog->setApiKey(key());
        QVERIFY(!dialog->confirmEdit()->isVisibleTo(dialog)); // a test key: no typed confirmation
        QVERIFY(dialog->runButton()->isEnabled());
        QSignalSpy undone(dialog, &Gui::VerifyUndoDialog::runFinished);
        dialog->runButton()->click();
        QVERIFY(undone.wait(60000));
        const auto undoResult = undone.first().first().value<Engine::FollowUpResult>();
        QVERIFY2(undoResult.completed && undoResult.problems == 0, qPrintable(undoResult.message));
        QCOMPARE(withoutCounts(sandboxState(m_sandbox.url())), before);
        dialog->close();
        QTRY_COMPARE(stateShown(), u"undone"_s);

        // An undone job's file can be imported again: the users are created anew.
        Gui::ImportWizard again(store());
        again.show();
        QVERIFY(m_drive.chooseFile(&again, csv));
        again.next();
        QVERIFY(m_drive.connectWith(&again, key()));
        again.next();
        QVERIFY(m_drive.waitForOrganizations(&again));
        again.next();
        const Engine::JobResult second = m_drive.commitAndWait(&again);
        QCOMPARE(second.state, Store::JobState::Finished);
        QVERIFY(second.jobId != jobId);
        QCOMPARE(second.counters.created, 2);
        QCOMPARE(sandboxEmails(m_sandbox.url()),
                 (QSet<QString> {u"ann@example.com"_s, u"bob@example.com"_s, u"carl@example.com"_s}));
    }
};

QTEST_MAIN(TestWizard)
#include "tst_wizard.moc"
