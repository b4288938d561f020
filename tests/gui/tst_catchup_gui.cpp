// The wizard's side of the cutover's updates and catch-up (docs/cutover.md), offscreen:
//
//  * Settings: "Update users that already exist" is off by default; "Also replace the
//    passwords…" stays off and disabled until it is on; both reach the job's settings;
//  * File: a newer export of a job in the job store is recognised and "Catch up with that
//    import" is offered (an unrelated file gets no offer); choosing it sets catchUpOf, and the
//    Settings page then updates existing users (fixed);
//  * Review: the dry run's four counts (new, to update, unchanged, the earlier import's users
//    no longer in the file, listed and not deleted), the password warning, the button;
//  * the job list and the Finish page's facts name the job a catch-up caught up with and the
//    users it updated;
//  * end to end against workos-sandbox: an import, then a newer export caught up with through
//    the whole wizard; the job is stored as a catch-up with updates on.

#include "columnspage.h"
#include "connectpage.h"
#include "filepage.h"
#include "importwizard.h"
#include "joblistmodel.h"
#include "reviewpage.h"
#include "runpage.h"
#include "settingspage.h"
#include "summarypage.h"

#include "engine/planning/catchupmatch.h"
#include "store/jobstore.h"

#include "../testsupport/importcli.h"
#include "../testsupport/importfiles.h"
#include "../testsupport/sandboxprocess.h"

#include <QtTest/QtTest>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QGroupBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QRadioButton>

using namespace Qt::StringLiterals;

namespace {

const QString TestKey = u"sk_test_catchuptest0001"_s;

using TestSupport::usersCsv;
using TestSupport::writeFile;

} // namespace

class TestCatchUpGui : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestSupport::SandboxProcess m_sandbox;
    int m_jobs = 0;

    QString store() const { return m_dir.filePath(u"data/jobs.sqlite"_s); }

    // A finished job of `csv` in the store that imported user<first>..; returns its id.
    QString addJob(const QString &csv, int first, int count, const QJsonObject &extraSettings = {})
    {
        Store::JobStore s(store());
        if (!s.open())
            return {};
        const auto described = Engine::CatchUpMatcher::describe(csv, {}, {});
        if (!described)
            return {};
        Engine::JobSettings settings;
        settings.csvPath = csv;
        settings.source.kind = Source::Kind::Csv;
        settings.environment = u"staging"_s;
        Store::JobRecord job;
        job.id = u"job-earlier-%1"_s.arg(++m_jobs);
        job.csvPath = csv;
        QJsonObject json = settings.toJson();
        for (auto it = extraSettings.begin(); it != extraSettings.end(); ++it)
            json.insert(it.key(), it.value());
        job.settings = json;
        job.mode = u"users-only"_s;
        job.state = Store::JobState::Finished;
        job.headerHash = described->headerHash;
        job.planVersion = 2;
        job.createdAt = QDateTime(QDate(2026, 12, 3), QTime(10, 0), Qt::UTC);
        if (!s.createJob(job))
            return {};
        for (int i = first; i < first + count; ++i)
            if (!s.putUser(job.id, u"user%1@example.com"_s.arg(i), u"user_%1"_s.arg(i)))
                return {};
        return job.id;
    }

    // Opens `csv` on the File page and waits for the file and the catch-up check.
    static bool openFile(Gui::ImportWizard *wizard, const QString &csv)
    {
        auto *file = qobject_cast<Gui::FilePage *>(wizard->page(Gui::ImportWizard::FilePageId));
        if (!file)
            return false;
        QSignalSpy inspected(file, &Gui::FilePage::inspectionFinished);
        QSignalSpy checked(file, &Gui::FilePage::catchUpChecked);
        file->setPath(csv);
        if (!inspected.wait(15000) || !file->isComplete())
            return false;
        // The check starts when the file was read (a usable file), before inspectionFinished.
        return !file->isCheckingCatchUp() || !checked.isEmpty() || checked.wait(15000);
    }

    static Gui::SettingsPage *settingsPage(Gui::ImportWizard *wizard)
    {
        return qobject_cast<Gui::SettingsPage *>(wizard->page(Gui::ImportWizard::SettingsPageId));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        qputenv("XDG_DATA_HOME", m_dir.filePath(u"xdg"_s).toUtf8());
        qputenv("WIZARD_NO_KEYCHAIN", "1");
        QSettings().clear();
    }

    void init()
    {
        QSettings().clear();
        Gui::ImportWizard::rememberForSession({}, {});
    }

    // Off by default; the password box only with the first; both in the job's settings.
    void settingsReachJobSettings()
    {
        Gui::ImportWizard wizard(store());
        Gui::SettingsPage *page = settingsPage(&wizard);
        QVERIFY(page);
        auto *update = wizard.findChild<QCheckBox *>(u"updateExistingCheck"_s);
        auto *passwords = wizard.findChild<QCheckBox *>(u"replacePasswordsCheck"_s);
        QVERIFY(update && passwords);
        page->initializePage();
        QVERIFY(!update->isChecked());
        QVERIFY(update->isEnabled());
        QVERIFY(!passwords->isEnabled());
        QVERIFY(!passwords->isChecked());
        QVERIFY(!wizard.settings().updateExisting);
        QVERIFY(!wizard.settings().replaceExistingPasswords);
        // The warning says it cannot be undone, before anything is ticked.
        auto *warning = wizard.findChild<QLabel *>(u"replacePasswordsWarning"_s);
        QVERIFY(warning->text().contains(u"cannot be undone"_s));

        update->click();
        QVERIFY(passwords->isEnabled());
        QVERIFY(wizard.settings().updateExisting);
        QVERIFY(!wizard.settings().replaceExistingPasswords);
        passwords->click();
        QVERIFY(wizard.settings().replaceExistingPasswords);
        QVERIFY(wizard.settings().toJson().value(u"replace_existing_passwords"_s).toBool());
        QVERIFY(wizard.settings().toJson().value(u"update_existing"_s).toBool());
        // Off again: the passwords go off with it.
        update->click();
        QVERIFY(!passwords->isEnabled());
        QVERIFY(!passwords->isChecked());
        QVERIFY(!wizard.settings().updateExisting);
        QVERIFY(!wizard.settings().replaceExistingPasswords);
        QVERIFY(!wizard.settings().toJson().contains(u"update_existing"_s));
    }

    // A newer export of a job in the store: the offer, in plain words; choosing it.
    void catchUpOfferedForANewerExport()
    {
        const QString earlier = m_dir.filePath(u"acme-users.csv"_s);
        writeFile(earlier, usersCsv(1, 100));
        const QString jobId = addJob(earlier, 1, 100);
        QVERIFY(!jobId.isEmpty());
        const QString newer = m_dir.filePath(u"acme-users-december.csv"_s);
        writeFile(newer, usersCsv(11, 110));

        Gui::ImportWizard wizard(store());
        wizard.show();
        QVERIFY(openFile(&wizard, newer));
        auto *file = qobject_cast<Gui::FilePage *>(wizard.currentPage());
        QVERIFY(file->catchUpMatch());
        QCOMPARE(file->catchUpMatch()->job.id, jobId);
        QCOMPARE(file->catchUpMatch()->overlap, 90);
        auto *box = wizard.findChild<QGroupBox *>(u"catchUpBox"_s);
        QVERIFY(box->isVisible());
        const QString text = wizard.findChild<QLabel *>(u"catchUpText"_s)->text();
        QVERIFY2(text.contains(u"newer export of “acme-users.csv”"_s), qPrintable(text));
        QVERIFY2(text.contains(u"90 of its users are in this file"_s), qPrintable(text));
        QVERIFY2(text.contains(QLocale().toString(QDate(2026, 12, 3), QLocale::LongFormat)), qPrintable(text));
        auto *catchUp = wizard.findChild<QRadioButton *>(u"catchUpRadio"_s);
        auto *newJob = wizard.findChild<QRadioButton *>(u"newJobRadio"_s);
        QVERIFY(newJob->isChecked()); // nothing changes unless the person chooses it

        // "Import as a new job": no catch-up.
        wizard.next();
        QCOMPARE(wizard.currentId(), int(Gui::ImportWizard::ColumnsPageId));
        QVERIFY(wizard.catchUpOf.isEmpty());
        QVERIFY(wizard.settings().catchUpOf.isEmpty());
        QVERIFY(!wizard.settings().updateExisting);

        // Back, "Catch up with that import".
        wizard.back();
        catchUp->click();
        wizard.next();
        QCOMPARE(wizard.catchUpOf, jobId);
        QCOMPARE(wizard.catchUpName, u"acme-users.csv"_s);
        QCOMPARE(wizard.catchUpEnvironment, u"staging"_s);
        const Engine::JobSettings s = wizard.settings();
        QCOMPARE(s.catchUpOf, jobId);
        QVERIFY(s.updateExisting);
        QCOMPARE(s.toJson().value(u"catch_up_of"_s).toString(), jobId);
        // The Settings page: updating is part of a catch-up, ticked and fixed; the passwords
        // remain the person's separate choice.
        settingsPage(&wizard)->initializePage();
        auto *update = wizard.findChild<QCheckBox *>(u"updateExistingCheck"_s);
        QVERIFY(update->isChecked());
        QVERIFY(!update->isEnabled());
        QVERIFY(wizard.findChild<QCheckBox *>(u"replacePasswordsCheck"_s)->isEnabled());
        QVERIFY(!wizard.settings().replaceExistingPasswords);
        QVERIFY(wizard.findChild<QLabel *>(u"updateExistingText"_s)->text().contains(u"acme-users.csv"_s));
        wizard.close();
    }

    void noOfferForAnUnrelatedFile_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addRow("other users") << usersCsv(500, 30);
        QTest::addRow("other columns") << usersCsv(1, 30, "email,first_name,department");
    }

    void noOfferForAnUnrelatedFile()
    {
        QFETCH(QByteArray, content);
        const QString earlier = m_dir.filePath(u"people.csv"_s);
        writeFile(earlier, usersCsv(1, 30));
        QVERIFY(!addJob(earlier, 1, 30).isEmpty());
        const QString other = m_dir.filePath(u"other.csv"_s);
        writeFile(other, content);
        Gui::ImportWizard wizard(store());
        wizard.show();
        QVERIFY(openFile(&wizard, other));
        auto *file = qobject_cast<Gui::FilePage *>(wizard.currentPage());
        QVERIFY(!file->catchUpMatch());
        QVERIFY(!wizard.findChild<QGroupBox *>(u"catchUpBox"_s)->isVisible());
        wizard.next();
        QVERIFY(wizard.catchUpOf.isEmpty());
        wizard.close();
    }

    // The Review page shows the dry run's four counts, and says what is not deleted.
    void reviewShowsTheFourCounts()
    {
        const QString earlier = m_dir.filePath(u"crm.csv"_s);
        writeFile(earlier, usersCsv(1, 100));
        const QString jobId = addJob(earlier, 1, 100);
        const QString newer = m_dir.filePath(u"crm-new.csv"_s);
        writeFile(newer, usersCsv(11, 110));
        Gui::ImportWizard wizard(store());
        wizard.show();
        QVERIFY(openFile(&wizard, newer));
        wizard.findChild<QRadioButton *>(u"catchUpRadio"_s)->click();
        wizard.next();
        QCOMPARE(wizard.catchUpOf, jobId);
        wizard.environment = u"staging"_s;

        auto *review = qobject_cast<Gui::ReviewPage *>(wizard.page(Gui::ImportWizard::ReviewPageId));
        review->initializePage(); // no key verified: no dry run of its own
        Engine::JobResult dry;
        dry.dryRun = true;
        dry.state = Store::JobState::Planned;
        dry.counters.totalRows = 110;
        dry.counters.valid = 110;
        dry.counters.created = 20;
        dry.counters.existed = 90;
        dry.usersToUpdate = 7;
        dry.usersUnchanged = 83;
        dry.earlierUsersMissing = 10;
        dry.earlierUsersMissingSample = {u"user1@example.com"_s, u"user2@example.com"_s, u"user3@example.com"_s};
        review->showDryRun(dry);
        const QString text = review->summaryText();
        QVERIFY2(text.contains(u"Users to create</td><td><b>20"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Users to update</td><td><b>7 "_s), qPrintable(text));
        QVERIFY2(text.contains(u"Users unchanged</td><td><b>83 "_s), qPrintable(text));
        QVERIFY2(text.contains(u"10 users from the earlier import are not in this file"_s), qPrintable(text));
        QVERIFY2(text.contains(u"not deleted"_s), qPrintable(text));
        QVERIFY2(text.contains(u"user1@example.com, user2@example.com, user3@example.com"_s), qPrintable(text));
        QVERIFY2(text.contains(u"and 7 more"_s), qPrintable(text));
        QVERIFY2(text.contains(u"“crm.csv”"_s), qPrintable(text)); // the job caught up with
        QVERIFY2(!text.contains(u"Users already in WorkOS"_s), qPrintable(text)); // split in two instead
        QVERIFY(!text.contains(u"cannot be undone"_s));
        QVERIFY(!text.contains(u"That import went to"_s)); // both staging
        // The earlier job wrote elsewhere: said plainly.
        wizard.environment = u"production"_s;
        review->showDryRun(dry);
        QVERIFY2(review->summaryText().contains(u"That import went to Staging; this one goes to Production."_s),
                 qPrintable(review->summaryText()));
        wizard.environment = u"staging"_s;

        // Only updates to write: the button says so.
        dry.counters.created = 0;
        QCOMPARE(Gui::ReviewPage::dryRunActionText(dry, u"staging"_s), u"Update 7 users in Staging"_s);
        QCOMPARE(Gui::ReviewPage::dryRunActionText(dry, u"production"_s), u"Update 7 users in Production"_s);

        // Replacing passwords is said, in plain words.
        settingsPage(&wizard)->initializePage();
        wizard.findChild<QCheckBox *>(u"replacePasswordsCheck"_s)->click();
        QVERIFY(wizard.settings().replaceExistingPasswords);
        review->showDryRun(dry);
        QVERIFY2(review->summaryText().contains(u"cannot be undone"_s), qPrintable(review->summaryText()));
        wizard.close();
    }

    // Without updates, the Review page is as before: no update counts.
    void reviewWithoutUpdates()
    {
        const QString csv = m_dir.filePath(u"plain.csv"_s);
        writeFile(csv, usersCsv(1000, 5));
        Gui::ImportWizard wizard(store());
        wizard.show();
        QVERIFY(openFile(&wizard, csv));
        wizard.next();
        wizard.environment = u"staging"_s;
        auto *review = qobject_cast<Gui::ReviewPage *>(wizard.page(Gui::ImportWizard::ReviewPageId));
        review->initializePage();
        Engine::JobResult dry;
        dry.dryRun = true;
        dry.counters.created = 3;
        dry.counters.existed = 2;
        review->showDryRun(dry);
        const QString text = review->summaryText();
        QVERIFY2(text.contains(u"Users already in WorkOS"_s), qPrintable(text));
        QVERIFY(!text.contains(u"Users to update"_s));
        QVERIFY(!text.contains(u"not in this file"_s));
        wizard.close();
    }

    // The job list and the Finish page's facts: "updated", and the job caught up with.
    void jobListAndFinishNameTheCatchUp()
    {
        const QString earlier = m_dir.filePath(u"hr-export.csv"_s);
        writeFile(earlier, usersCsv(1, 10));
        const QString first = addJob(earlier, 1, 10);
        const QString newer = m_dir.filePath(u"hr-export-2.csv"_s);
        writeFile(newer, usersCsv(1, 12));
        const QString second = addJob(newer, 1, 12, {{u"catch_up_of"_s, first}, {u"update_existing"_s, true}});
        QVERIFY(!first.isEmpty() && !second.isEmpty());
        QString error;
        QList<Gui::JobRow> rows = Gui::JobListModel::loadJobs(store(), {}, 100, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // The counters as the engine records them (the store keeps `updated` once the engine
        // writes it; here they are given to the model directly).
        for (Gui::JobRow &r : rows)
            if (r.job.id == second) {
                r.job.counters.created = 2;
                r.job.counters.existed = 10;
                r.job.counters.updated = 3;
            }
        Gui::JobListModel model;
        model.setJobs(rows);
        const int row = model.rowOf(second);
        QVERIFY(row >= 0);
        QCOMPARE(model.data(model.index(row, Gui::JobListModel::NameColumn)).toString(),
                 u"hr-export-2.csv (catch-up of “hr-export.csv”)"_s);
        QCOMPARE(model.data(model.index(row, Gui::JobListModel::CreatedColumn)).toString(), u"2 · 3 updated"_s);
        QVERIFY(model.data(model.index(row, Gui::JobListModel::CreatedColumn), Qt::ToolTipRole)
                    .toString()
                    .contains(u"of which 3 updated"_s));
        QVERIFY(model.data(model.index(row, Gui::JobListModel::NameColumn), Qt::ToolTipRole)
                    .toString()
                    .contains(u"Catch-up of “hr-export.csv”"_s));
        const int firstRow = model.rowOf(first);
        QCOMPARE(model.data(model.index(firstRow, Gui::JobListModel::NameColumn)).toString(), u"hr-export.csv"_s);
        QCOMPARE(model.data(model.index(firstRow, Gui::JobListModel::CreatedColumn)).toString(), u"0"_s);

        const Gui::FinishFacts facts = Gui::SummaryPage::loadFacts(store(), second);
        QVERIFY2(facts.ok || facts.error.isEmpty(), qPrintable(facts.error));
        QCOMPARE(facts.catchUpOfName, u"hr-export.csv"_s);
        QVERIFY(Gui::SummaryPage::loadFacts(store(), first).catchUpOfName.isEmpty());
    }

    // End to end against workos-sandbox: an import, then its newer export caught up with
    // through the whole wizard. The job is stored as a catch-up that updates existing users;
    // the new users are created and the earlier ones recognised.
    void catchUpEndToEnd()
    {
        QVERIFY2(m_sandbox.startSandbox({u"--rate-limits"_s, u"off"_s, u"--keys"_s, TestKey}), qPrintable(m_sandbox.error()));
        const QString storeDir = m_dir.filePath(u"e2e"_s);
        const QString storePath = Store::JobStore::pathInDirectory(storeDir);
        const QString earlier = m_dir.filePath(u"e2e-users.csv"_s);
        writeFile(earlier, usersCsv(1, 8));
        const TestSupport::CliResult first = TestSupport::ImportCli::run(
            {u"--csv"_s, earlier, u"--checkpoint-dir"_s, storeDir, u"--api-url"_s, m_sandbox.url().toString(),
             u"--job-id"_s, u"earlier-import"_s, u"--json"_s},
            TestKey);
        QVERIFY2(first.exitCode == 0, first.describe());
        QString earlierId;
        {
            Store::JobStore s(storePath);
            QVERIFY(s.open());
            const auto job = s.newestJob();
            QVERIFY(job);
            earlierId = job->id;
            QCOMPARE(s.users(earlierId).size(), 8);
        }
        const QString newer = m_dir.filePath(u"e2e-users-2.csv"_s);
        writeFile(newer, usersCsv(3, 10)); // users 3-12: 6 known, 4 new, users 1-2 gone

        Gui::ImportWizard wizard(storePath);
        wizard.show();
        QVERIFY(openFile(&wizard, newer));
        auto *file = qobject_cast<Gui::FilePage *>(wizard.currentPage());
        QVERIFY(file->catchUpMatch());
        QCOMPARE(file->catchUpMatch()->job.id, earlierId);
        QCOMPARE(file->catchUpMatch()->overlap, 6);
        wizard.findChild<QRadioButton *>(u"catchUpRadio"_s)->click();
        wizard.next();
        auto *columns = qobject_cast<Gui::ColumnsPage *>(wizard.currentPage());
        QVERIFY(columns);
        if (columns->isInspecting()) {
            QSignalSpy again(columns, &Gui::ColumnsPage::inspectionFinished);
            QVERIFY(again.wait(15000));
        }
        wizard.next();
        auto *connect = qobject_cast<Gui::ConnectPage *>(wizard.currentPage());
        QVERIFY(connect);
        wizard.findChild<QLineEdit *>(u"urlEdit"_s)->setText(m_sandbox.url().toString());
        wizard.findChild<QLineEdit *>(u"keyEdit"_s)->setText(TestKey);
        QSignalSpy verified(connect, &Gui::ConnectPage::verified);
        connect->verify();
        QVERIFY(verified.wait(15000));
        QVERIFY(verified.last().at(0).toBool());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(Gui::ImportWizard::SettingsPageId));
        auto *update = wizard.findChild<QCheckBox *>(u"updateExistingCheck"_s);
        QVERIFY(update->isChecked() && !update->isEnabled());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(Gui::ImportWizard::ReviewPageId));
        auto *review = qobject_cast<Gui::ReviewPage *>(wizard.currentPage());
        if (review->isChecking()) {
            QSignalSpy checked(review, &Gui::ReviewPage::checkFinished);
            QVERIFY(checked.wait(60000));
        }
        QVERIFY2(review->dryRun().dryRun, qPrintable(review->dryRun().message));
        QCOMPARE(review->dryRun().counters.created, 4);
        QCOMPARE(review->dryRun().counters.existed, 6);
        QVERIFY2(review->summaryText().contains(u"Users to update"_s), qPrintable(review->summaryText()));
        QVERIFY(review->summaryText().contains(u"not in this file"_s));

        auto *run = qobject_cast<Gui::RunPage *>(wizard.page(Gui::ImportWizard::RunPageId));
        QSignalSpy finished(run, &Gui::RunPage::runFinished);
        wizard.button(QWizard::CommitButton)->click();
        QVERIFY(finished.wait(60000));
        const auto result = finished.first().at(0).value<Engine::JobResult>();
        QVERIFY2(result.state == Store::JobState::Finished, qPrintable(result.message));
        QCOMPARE(result.counters.created, 4);
        QCOMPARE(result.counters.existed, 6);
        {
            Store::JobStore s(storePath);
            QVERIFY(s.open());
            const auto job = s.job(result.jobId);
            QVERIFY(job);
            QCOMPARE(job->settings.value(u"catch_up_of"_s).toString(), earlierId);
            QVERIFY(job->settings.value(u"update_existing"_s).toBool());
            QVERIFY(!job->settings.value(u"replace_existing_passwords"_s).toBool());
        }
        // The job list names the job it caught up with.
        const QList<Gui::JobRow> rows = Gui::JobListModel::loadJobs(storePath, {});
        bool named = false;
        for (const Gui::JobRow &r : rows)
            if (r.job.id == result.jobId)
                named = r.catchUpOfName == u"e2e-users.csv"_s;
        QVERIFY(named);
        QTRY_COMPARE(wizard.currentId(), int(Gui::ImportWizard::FinishPageId));
        auto *finish = qobject_cast<Gui::SummaryPage *>(wizard.currentPage());
        QTRY_COMPARE(finish->facts().catchUpOfName, u"e2e-users.csv"_s);
        wizard.close();
    }
};

QTEST_MAIN(TestCatchUpGui)
#include "tst_catchup_gui.moc"
