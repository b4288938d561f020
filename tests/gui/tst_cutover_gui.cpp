// The wizard's side of the cutover (docs/cutover.md), against workos-sandbox:
//
//  * the Review page of a production import shows the cutover checklist (four items, ticked
//    or dismissed; it never blocks the import), and a staging import does not;
//  * "Create these roles" on the Organizations & roles page: the slugs the environment lacks
//    with an editable name; agreeing answers the unknown-role question, a name WorkOS would
//    refuse keeps Next off; the Review page names the roles; the import creates them first
//    (with the edited name), records them with the job, and no membership fails;
//  * the Finish page's "Save the ID map…" writes the map of that job.

#include "cutoverchecklistwidget.h"
#include "columnspage.h"
#include "connectpage.h"
#include "filepage.h"
#include "importwizard.h"
#include "mainwindow.h"
#include "organizationspage.h"
#include "reviewpage.h"
#include "rolecreationwidget.h"
#include "runpage.h"
#include "summarypage.h"

#include "store/jobstore.h"

#include "../testsupport/importcli.h"
#include "../testsupport/sandboxprocess.h"
#include "../testsupport/wizarddriver.h"

#include <QtTest/QtTest>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTableView>
#include <QtWidgets/QTableWidget>

using namespace Qt::StringLiterals;
using TestSupport::writeFile;

namespace {

const QString LiveKey = u"sk_live_cutovertest0001"_s;
const QString TestKey = u"sk_test_cutovertest0001"_s;

// The Review page's dry run (reads only) has ended: its numbers and button are the final ones.
bool waitForReview(Gui::ImportWizard *wizard)
{
    return TestSupport::WizardDriver::waitForReview(wizard);
}

} // namespace

class TestCutoverGui : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestSupport::SandboxProcess m_sandbox;
    TestSupport::WizardDriver m_drive {m_sandbox};

    QString store() const { return m_dir.filePath(u"data/jobs.sqlite"_s); }

    void resetSandbox() { QVERIFY(m_drive.resetServer()); }

    QJsonArray roles()
    {
        return TestSupport::httpJson("GET", m_sandbox.url().resolved(QUrl(u"/authorization/roles"_s)), TestKey)
            .object()
            .value(u"data"_s)
            .toArray();
    }

    // File, Columns and Connect pages; leaves the wizard on the Settings page.
    bool reachSettings(Gui::ImportWizard *wizard, const QString &csv, const QString &key)
    {
        return m_drive.reachSettings(wizard, csv, key);
    }

    static bool waitForOrganizations(Gui::ImportWizard *wizard)
    {
        return TestSupport::WizardDriver::waitForOrganizations(wizard);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        TestSupport::WizardDriver::isolate(m_dir);
        QVERIFY2(m_sandbox.startSandbox({u"--rate-limits"_s, u"off"_s, u"--keys"_s, TestKey + u',' + LiveKey}),
                 qPrintable(m_sandbox.error()));
    }

    void init()
    {
        resetSandbox();
        TestSupport::WizardDriver::forgetSession();
    }

    // The widget alone: four items in plain words, ticks counted, dismissed and shown again.
    void checklistItems()
    {
        Gui::CutoverChecklistWidget checklist;
        QCOMPARE(checklist.items().size(), 4);
        QStringList names;
        for (QCheckBox *item : checklist.items()) {
            QVERIFY(!item->text().isEmpty());
            QVERIFY(!item->toolTip().isEmpty());
            names.append(item->objectName());
        }
        QCOMPARE(names, QStringList({u"cutoverPauseWebhooks"_s, u"cutoverFreezeSignups"_s, u"cutoverCatchUp"_s,
                                     u"cutoverKeepIdMap"_s}));
        QSignalSpy changed(&checklist, &Gui::CutoverChecklistWidget::changed);
        checklist.items().at(0)->setChecked(true);
        checklist.items().at(3)->setChecked(true);
        QCOMPARE(checklist.tickedCount(), 2);
        QCOMPARE(changed.count(), 2);
        checklist.show();
        checklist.findChild<QPushButton *>(u"cutoverDismiss"_s)->click();
        QVERIFY(checklist.isDismissed());
        QVERIFY(!checklist.isVisible());
        checklist.reset();
        QCOMPARE(checklist.tickedCount(), 0);
        QVERIFY(!checklist.isDismissed());
        // Reading order: the items, then Dismiss.
        QCOMPARE(checklist.focusOrder().size(), 5);
        QCOMPARE(checklist.focusOrder().last()->objectName(), u"cutoverDismiss"_s);
    }

    // The job list offers "Save the ID map…" for the selected job (its context menu).
    void jobListOffersTheIdMap()
    {
        Gui::MainWindow window(store());
        window.setOfferInterruptedJobs(false);
        auto *action = window.findChild<QAction *>(u"saveIdMapAction"_s);
        QVERIFY(action);
        auto *view = qobject_cast<QTableView *>(action->parent());
        QVERIFY(view);
        QVERIFY(view->actions().contains(action));
        QCOMPARE(view->contextMenuPolicy(), Qt::ActionsContextMenu);
        QVERIFY(action->text().contains(u"ID map"_s));
    }

    void checklistOnlyForProduction_data()
    {
        QTest::addColumn<bool>("production");
        QTest::addRow("production") << true;
        QTest::addRow("staging") << false;
    }

    // On the Review page of a production import, and only there; it never holds the import.
    void checklistOnlyForProduction()
    {
        QFETCH(bool, production);
        const QString csv = m_dir.filePath(u"people.csv"_s);
        writeFile(csv, "email,first_name\nann@example.com,Ann\nbob@example.com,Bob\n");
        Gui::ImportWizard wizard(store());
        wizard.show();
        QVERIFY(reachSettings(&wizard, csv, production ? LiveKey : TestKey));
        wizard.next(); // no organizations: the Review page
        QCOMPARE(wizard.currentId(), int(Gui::ImportWizard::ReviewPageId));
        auto *checklist = wizard.currentPage()->findChild<Gui::CutoverChecklistWidget *>(u"cutoverChecklist"_s);
        QVERIFY(checklist);
        QCOMPARE(checklist->isVisible(), production);
        if (!production)
            return;
        auto *review = qobject_cast<Gui::ReviewPage *>(wizard.currentPage());
        QVERIFY(waitForReview(&wizard));
        wizard.findChild<QCheckBox *>(u"confirmProductionCheck"_s)->setChecked(true);
        QVERIFY(review->isComplete()); // nothing ticked: still allowed
        checklist->items().at(1)->setChecked(true);
        checklist->findChild<QPushButton *>(u"cutoverDismiss"_s)->click();
        QVERIFY(!checklist->isVisible());
        QVERIFY(review->isComplete());
        // The checklist is read after the summary and before the confirmation.
        QWidget *summary = wizard.findChild<QLabel *>(u"reviewSummary"_s);
        QCOMPARE(summary->nextInFocusChain(), static_cast<QWidget *>(checklist->items().first()));
        QCOMPARE(checklist->focusOrder().last()->nextInFocusChain(),
                 static_cast<QWidget *>(wizard.findChild<QCheckBox *>(u"confirmProductionCheck"_s)));
        // Back and forth: the list shows again, unticked.
        wizard.back();
        wizard.next();
        QVERIFY(checklist->isVisible());
        QCOMPARE(checklist->tickedCount(), 0);
    }

    // "Create these roles": consent, an edited name, the Review page, the import, the store,
    // then the Finish page's ID map.
    void createTheseRoles()
    {
        const QString csv = m_dir.filePath(u"roles.csv"_s);
        writeFile(csv, "email,external_id,org_external_id,org_name,role_slugs\n"
                       "ann@example.com,src-1,acme,Acme,member\n"
                       "bob@example.com,src-2,acme,Acme,auditor\n"
                       "cy@example.com,src-3,acme,Acme,\"auditor,member\"\n");
        Gui::ImportWizard wizard(store());
        wizard.show();
        QVERIFY(reachSettings(&wizard, csv, TestKey));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(Gui::ImportWizard::OrganizationsPageId));
        QVERIFY(waitForOrganizations(&wizard));
        auto *orgs = qobject_cast<Gui::OrganizationsPage *>(wizard.currentPage());
        QCOMPARE(wizard.orgCheck.unknownRoles, QStringList{u"auditor"_s});
        auto *creation = wizard.findChild<Gui::RoleCreationWidget *>(u"roleCreation"_s);
        QVERIFY(creation && creation->isVisible());
        // Multiple Roles is said plainly: one row gives two roles.
        auto *multiple = creation->findChild<QLabel *>(u"multipleRolesLabel"_s);
        QVERIFY(multiple->isVisible());
        QVERIFY2(multiple->text().contains(u"Multiple Roles"_s), qPrintable(multiple->text()));
        QTableWidget *table = creation->table();
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), u"auditor"_s);
        QCOMPARE(table->item(0, 1)->text(), u"Auditor"_s);
        QVERIFY(!(table->item(0, 0)->flags() & Qt::ItemIsEditable));
        QVERIFY(table->item(0, 1)->flags() & Qt::ItemIsEditable);
        QVERIFY(!orgs->isComplete());

        creation->createCheck()->setChecked(true);
        QVERIFY(orgs->isComplete());
        // A name WorkOS refuses keeps Next off and says why.
        table->item(0, 1)->setText(QString(49, u'x'));
        QVERIFY(!orgs->isComplete());
        QVERIFY(creation->findChild<QLabel *>(u"roleProblemLabel"_s)->isVisible());
        table->item(0, 1)->setText(u"Auditors"_s);
        QVERIFY(orgs->isComplete());
        QVERIFY(roles().size() == 2); // nothing created yet: only reads so far

        wizard.next();
        QCOMPARE(wizard.currentId(), int(Gui::ImportWizard::ReviewPageId));
        auto *review = qobject_cast<Gui::ReviewPage *>(wizard.currentPage());
        QVERIFY(waitForReview(&wizard));
        QVERIFY2(review->summaryText().contains(u"auditor (Auditors)"_s), qPrintable(review->summaryText()));
        QVERIFY(!review->summaryText().contains(u"Unknown roles"_s));
        QCOMPARE(wizard.settings().rolesToCreate.size(), 1);

        auto *run = qobject_cast<Gui::RunPage *>(wizard.page(Gui::ImportWizard::RunPageId));
        QSignalSpy finished(run, &Gui::RunPage::runFinished);
        wizard.button(QWizard::CommitButton)->click();
        QVERIFY(finished.wait(60000));
        const auto result = finished.first().at(0).value<Engine::JobResult>();
        QVERIFY2(result.state == Store::JobState::Finished, qPrintable(result.message));
        QCOMPARE(result.counters.failed, 0);
        QCOMPARE(result.counters.membershipsAdded, 3);

        QString name;
        for (const QJsonValue &r : roles())
            if (r[u"slug"_s].toString() == u"auditor"_s)
                name = r[u"name"_s].toString();
        QCOMPARE(name, u"Auditors"_s);
        {
            Store::JobStore s(store());
            QVERIFY(s.open());
            const QList<Store::RoleEntry> recorded = s.roles(result.jobId);
            QCOMPARE(recorded.size(), 1);
            QCOMPARE(recorded.first().resolution, Store::RoleResolution::Created);
            QCOMPARE(recorded.first().name, u"Auditors"_s);
        }

        // The Finish page saves the ID map of this job.
        QTRY_COMPARE(wizard.currentId(), int(Gui::ImportWizard::FinishPageId));
        auto *finish = qobject_cast<Gui::SummaryPage *>(wizard.currentPage());
        QVERIFY(wizard.findChild<QPushButton *>(u"saveIdMapButton"_s)->isVisible());
        QSignalSpy saved(finish, &Gui::SummaryPage::exportFinished);
        const QString map = m_dir.filePath(u"gui-map.json"_s);
        finish->saveIdMap(map);
        QVERIFY(saved.wait(15000));
        QVERIFY2(saved.first().at(0).toBool(), qPrintable(saved.first().at(1).toString()));
        QFile f(map);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(root.value(u"users"_s).toArray().size(), 3);
        QCOMPARE(root.value(u"users"_s).toArray().at(0)[u"source_id"_s].toString(), u"src-1"_s);
        // The job's own file is refused, in plain words.
        saved.clear();
        finish->saveIdMap(csv);
        QVERIFY(saved.wait(15000));
        QVERIFY(!saved.first().at(0).toBool());
        QVERIFY(saved.first().at(1).toString().contains(u"input file"_s));
        wizard.close();
    }
};

QTEST_MAIN(TestCutoverGui)
#include "tst_cutover_gui.moc"
