// Issue 22 items 1-5 and 8 (Organizations page), issue 17 items 12-13, offscreen against
// workos-sandbox: nothing is dropped without a question. A French and a German Excel export
// arrive mapped, the columns left out that look like user data are questions that keep Next off,
// and Review lists every column not imported; the recommended choice is ticked; most rows
// skipped is said in the button's words and asked; org_… values are WorkOS organization ids and
// a wrong choice is named when nothing is found; Review's numbers and button are the dry run's;
// names written differently and names that exist in WorkOS are said before anything is
// written; the Organizations page's long choices wrap.
#include "columnspage.h"
#include "connectpage.h"
#include "filepage.h"
#include "importwizard.h"
#include "organizationspage.h"
#include "reviewpage.h"
#include "runpage.h"

#include "engine/import/jobrunner.h"

#include "../testsupport/importfiles.h"
#include "../testsupport/enginerun.h"
#include "../testsupport/sandboxprocess.h"
#include "../testsupport/sandboxsecret.h"
#include "../testsupport/wizarddriver.h"

#include <QtGui/QStandardItemModel>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtTest/QtTest>
#include <QtWidgets/QAbstractButton>
#include <QtWidgets/QApplication>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QGroupBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QRadioButton>

using namespace Qt::StringLiterals;
using TestSupport::writeFile;

class TestColumnsQuestions : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestSupport::SandboxProcess m_sandbox;
    TestSupport::WizardDriver m_drive {m_sandbox};

    QString store() const { return m_dir.filePath(u"data/jobs.sqlite"_s); }
    QString key() const { return m_sandbox.keys().first(); }

    // From the Columns page (complete) to the Organizations page, its check done.
    bool toOrganizations(Gui::ImportWizard *wizard)
    {
        wizard->next();
        if (!m_drive.connectWith(wizard, key()))
            return false;
        wizard->next(); // Organizations & roles
        return m_drive.waitForOrganizations(wizard);
    }

    // The Review page with its dry run finished.
    Gui::ReviewPage *toReview(Gui::ImportWizard *wizard)
    {
        wizard->next();
        if (wizard->currentId() != Gui::ImportWizard::ReviewPageId)
            return nullptr;
        return m_drive.waitForReview(wizard, 20000);
    }

    // Imports `csv` (canonical columns) with the engine alone.
    bool importDirectly(const QString &csv, const Model::ColumnMapping &mapping = {})
    {
        Engine::RunRequest request;
        request.settings.csvPath = csv;
        request.settings.apiUrl = m_sandbox.url();
        request.settings.environment = u"staging"_s;
        request.settings.mapping = mapping;
        return TestSupport::runToEnd(store(), key(), request).result.state == Store::JobState::Finished;
    }

    void chooseField(Gui::ColumnsPage *columns, const QString &header, const QString &field)
    {
        QComboBox *combo = columns->comboFor(header);
        QVERIFY2(combo, qPrintable(header));
        combo->setCurrentIndex(combo->findData(field));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        TestSupport::WizardDriver::isolate(m_dir);
        qputenv("WORKOS_SANDBOX_PATH", WORKOS_SANDBOX_PATH);
        QVERIFY2(m_sandbox.startSandbox({u"--rate-limits"_s, u"off"_s}), qPrintable(m_sandbox.error()));
    }

    void init()
    {
        QVERIFY(m_drive.resetServer());
        TestSupport::WizardDriver::forgetSession();
    }

    void cleanup() { TestSupport::WizardDriver::closeWindows(); }

    // Issue 22.1: a French and a German Excel export (semicolons, BOM, accents): names,
    // email, company and role arrive mapped; the columns left out that look like names are
    // questions that keep Next off; Review lists every column that is not imported.
    void excelExportsInThePersonsLanguage_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QStringList>("mapped");  // "Header=field"
        QTest::addColumn<QStringList>("asked");
        QTest::addColumn<QStringList>("notImported"); // on Review
        QTest::addRow("french") << u"excel-fr.csv"_s
                                << QStringList{u"Nom=last_name"_s, u"Prénom=first_name"_s, u"Adresse e-mail=email"_s,
                                               u"Société=org_name"_s, u"Rôle=role_slugs"_s, u"Téléphone="_s}
                                << QStringList{u"Surnom"_s} << QStringList{u"Surnom"_s, u"Téléphone"_s};
        QTest::addRow("german") << u"excel-de.csv"_s
                                << QStringList{u"Vorname=first_name"_s, u"Nachname=last_name"_s, u"E-Mail=email"_s,
                                               u"Firma=org_name"_s, u"Kundennummer=org_external_id"_s, u"Rolle=role_slugs"_s}
                                << QStringList{u"Abteilung"_s, u"Spitzname"_s} << QStringList{u"Abteilung"_s, u"Spitzname"_s};
    }

    void excelExportsInThePersonsLanguage()
    {
        QFETCH(QString, fixture);
        QFETCH(QStringList, mapped);
        QFETCH(QStringList, asked);
        QFETCH(QStringList, notImported);
        const QString csv = m_dir.filePath(fixture);
        QFile::remove(csv);
        QVERIFY(QFile::copy(QStringLiteral(WIZARD_TEST_DATA_DIR "/csv/") + fixture, csv));
        Gui::ImportWizard wizard(store());
        wizard.show();
        QVERIFY(m_drive.chooseFile(&wizard, csv));
        auto *columns = qobject_cast<Gui::ColumnsPage *>(wizard.currentPage());
        for (const QString &m : std::as_const(mapped)) {
            QComboBox *combo = columns->comboFor(m.section(u'=', 0, 0));
            QVERIFY2(combo, qPrintable(m));
            QCOMPARE(combo->currentData().toString(), m.section(u'=', 1));
        }
        QCOMPARE(columns->undecidedColumns(), asked);
        QVERIFY(!columns->isComplete());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        auto *decide = wizard.findChild<QLabel *>(u"decideLabel"_s);
        for (const QString &h : std::as_const(asked))
            QVERIFY2(decide->text().contains(h) && decide->text().contains(u"names"_s), qPrintable(decide->text()));
        for (const QString &h : std::as_const(asked))
            chooseField(columns, h, QString()); // "Not imported", explicitly
        QTRY_VERIFY(columns->isComplete());
        QCOMPARE(columns->inspection().summary.invalid, 0);
        QCOMPARE(columns->inspection().summary.distinctEmails, 4);
        QVERIFY(toOrganizations(&wizard));
        QTRY_VERIFY(wizard.currentPage()->isComplete());
        Gui::ReviewPage *review = toReview(&wizard);
        QVERIFY(review);
        QVERIFY2(review->summaryText().contains(u"Columns not imported"_s), qPrintable(review->summaryText()));
        for (const QString &h : std::as_const(notImported))
            QVERIFY2(review->summaryText().contains(h.toHtmlEscaped()), qPrintable(h));
        QVERIFY2(wizard.button(QWizard::CommitButton)->text().contains(u"4 users"_s), qPrintable(wizard.button(QWizard::CommitButton)->text()));
    }

    // Issue 17.13: a whole-name match only; a second column for a field is asked about.
    void wholeNamesAndOneColumnPerField()
    {
        const QString csv = m_dir.filePath(u"two-emails.csv"_s);
        writeFile(csv, "E-mail,Mail,manager.email,verified\nann@example.com,ann@example.org,boss@example.com,yes\n");
        Gui::ImportWizard wizard(store());
        wizard.show();
        QVERIFY(m_drive.chooseFile(&wizard, csv));
        auto *columns = qobject_cast<Gui::ColumnsPage *>(wizard.currentPage());
        QCOMPARE(columns->comboFor(u"E-mail"_s)->currentData().toString(), u"email"_s);
        QCOMPARE(columns->comboFor(u"verified"_s)->currentData().toString() == u"email_verified"_s, false);
        QCOMPARE(columns->undecidedColumns(), (QStringList{u"Mail"_s, u"manager.email"_s, u"verified"_s}));
        QVERIFY(!columns->isComplete());
    }

    // Issue 22.2: the recommended choice is ticked; the File page says what "1 user" beside
    // "Rows: 1,000" means; most rows skipped is said in the button's words and asked.
    void recommendedIsTheDefaultAndSkippingIsAsked()
    {
        const QString names = m_dir.filePath(u"names-only.csv"_s);
        QByteArray data = "Email,Company\n";
        for (int i = 0; i < 1000; ++i)
            data += "user" + QByteArray::number(i) + "@example.com,Company " + QByteArray::number(i % 7) + "\n";
        writeFile(names, data);
        {
            Gui::ImportWizard wizard(store());
            wizard.show();
            auto *file = qobject_cast<Gui::FilePage *>(wizard.currentPage());
            QVERIFY(m_drive.chooseFile(&wizard, names));
            QCOMPARE(file->inspection().summary.distinctEmails, 1000); // not "1 user"
            auto *columns = qobject_cast<Gui::ColumnsPage *>(wizard.currentPage());
            auto *nameAsId = wizard.findChild<QCheckBox *>(u"nameAsIdCheck"_s);
            QVERIFY(nameAsId->isVisible());
            QVERIFY(nameAsId->isChecked()); // "(recommended)" is the default
            QVERIFY2(nameAsId->sizeHint().width() < nameAsId->fontMetrics().averageCharWidth() * 70, qPrintable(QString::number(nameAsId->sizeHint().width()))); // its explanation wraps below it
            QTRY_VERIFY(columns->isComplete());
            QCOMPARE(columns->inspection().summary.invalid, 0);
            QCOMPARE(columns->inspection().summary.distinctOrganizations, 7);
            // Unticked: 1,000 rows cannot be imported, Next stays off.
            QSignalSpy again(columns, &Gui::ColumnsPage::inspectionFinished);
            nameAsId->setChecked(false);
            QVERIFY(again.wait(15000));
            QVERIFY(!columns->isComplete());
        }
        // Most rows with problems: the button says "Skip 8 rows and go on" and waits for a tick.
        const QString bad = m_dir.filePath(u"mostly-bad.csv"_s);
        writeFile(bad, "email,first_name\nann@example.com,Ann\nbob@example.com,Bob\nnot-an-email,X\nno,Y\nnope,Z\n"
                       "x,X\ny,Y\nz,Z\nw,W\nv,V\n");
        Gui::ImportWizard wizard(store());
        wizard.show();
        auto *file = qobject_cast<Gui::FilePage *>(wizard.currentPage());
        QVERIFY(m_drive.chooseFile(&wizard, bad));
        const QString status = file->findChild<QLabel *>(u"statusLabel"_s)->text();
        QVERIFY2(status.contains(u"8 rows"_s) && status.contains(u"cannot"_s), qPrintable(status));
        auto *columns = qobject_cast<Gui::ColumnsPage *>(wizard.currentPage());
        auto *skip = wizard.findChild<QCheckBox *>(u"skipRowsCheck"_s);
        QVERIFY(skip && skip->isVisible());
        QVERIFY(!columns->isComplete());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QCOMPARE(wizard.button(QWizard::NextButton)->text(), u"Skip 8 rows and go on"_s);
        skip->setChecked(true);
        QVERIFY(columns->isComplete());
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    }

    // Issue 22.3: org_… values are WorkOS organization ids; when the person takes them for
    // their own ids and nothing is found, the page says which choice would find them.
    void workosOrganizationIds()
    {
        const QString seed = m_dir.filePath(u"seed.csv"_s);
        writeFile(seed, "email,org_external_id,org_name\nseed@example.com,acme,Acme\n");
        QVERIFY(importDirectly(seed));
        // The sandbox's id of Acme.
        QString orgId;
        {
            QNetworkAccessManager nam;
            QNetworkReply *reply = nam.get(TestSupport::sandboxRequest(m_sandbox.url().resolved(QUrl(u"/_sandbox/state"_s))));
            QSignalSpy spy(reply, &QNetworkReply::finished);
            QVERIFY(spy.wait(10000));
            const QJsonArray orgs = QJsonDocument::fromJson(reply->readAll()).object().value(u"organizations"_s).toArray();
            reply->deleteLater();
            QVERIFY(!orgs.isEmpty());
            orgId = orgs.first()[u"id"_s].toString();
        }
        QVERIFY(orgId.startsWith(u"org_"_s));
        const QString csv = m_dir.filePath(u"workos-ids.csv"_s);
        writeFile(csv, "email,organization_id\nann@example.com," + orgId.toUtf8() + "\nbob@example.com," + orgId.toUtf8() + "\n");
        Gui::ImportWizard wizard(store());
        wizard.show();
        QVERIFY(m_drive.chooseFile(&wizard, csv));
        auto *columns = qobject_cast<Gui::ColumnsPage *>(wizard.currentPage());
        QCOMPARE(columns->comboFor(u"organization_id"_s)->currentData().toString(), u"org_id"_s);
        // Taken for the person's own ids: nothing is found, and the page says what would find it.
        chooseField(columns, u"organization_id"_s, u"org_external_id"_s);
        QTRY_VERIFY(columns->isComplete());
        QVERIFY(toOrganizations(&wizard));
        auto *missing = wizard.findChild<QLabel *>(u"missingLabel"_s);
        QVERIFY(missing->isVisible());
        QVERIFY2(missing->text().contains(u"look like WorkOS organization ids"_s), qPrintable(missing->text()));
        QVERIFY(missing->text().contains(Gui::ColumnsPage::fieldTitle(Model::Field::OrgId)));
    }

    // Issue 22.4: Review's numbers and button are the dry run's: every row of an unknown
    // organization is skipped, so nothing is offered; users already in WorkOS are not "imported".
    void reviewIsTheDryRun()
    {
        const QString csv = m_dir.filePath(u"unknown-orgs.csv"_s);
        writeFile(csv, "email,org_id\nann@example.com,org_01HZZZZZZZZZZZZZZZZZZZZZZZ\nbob@example.com,org_01HZZZZZZZZZZZZZZZZZZZZZZY\n");
        {
            Gui::ImportWizard wizard(store());
            wizard.show();
            QVERIFY(m_drive.chooseFile(&wizard, csv));
            QTRY_VERIFY(wizard.currentPage()->isComplete());
            QVERIFY(toOrganizations(&wizard));
            auto *skip = wizard.findChild<QRadioButton *>(u"skipMissingRadio"_s);
            QVERIFY(skip->isVisible());
            skip->setChecked(true);
            // Every row skipped: the button says so.
            QCOMPARE(wizard.button(QWizard::NextButton)->text(), u"Skip 2 rows and go on"_s);
            Gui::ReviewPage *review = toReview(&wizard);
            QVERIFY(review);
            QVERIFY(review->dryRun().dryRun);
            QCOMPARE(review->dryRun().counters.failed, 2);
            QCOMPARE(wizard.button(QWizard::CommitButton)->text().remove(u'&'), u"Nothing to import"_s);
            QVERIFY(!review->isComplete());
            QVERIFY(review->summaryText().contains(u"Rows that would fail"_s));
        }
        // Three of five users exist: the button names the two new ones.
        const QString seed = m_dir.filePath(u"three.csv"_s);
        writeFile(seed, "email\nu0@example.com\nu1@example.com\nu2@example.com\n");
        QVERIFY(importDirectly(seed));
        const QString five = m_dir.filePath(u"five.csv"_s);
        writeFile(five, "email\nu0@example.com\nu1@example.com\nu2@example.com\nu3@example.com\nu4@example.com\n");
        Gui::ImportWizard wizard(store());
        wizard.show();
        QVERIFY(m_drive.chooseFile(&wizard, five));
        QTRY_VERIFY(wizard.currentPage()->isComplete());
        wizard.next();
        QVERIFY(m_drive.connectWith(&wizard, key()));
        wizard.next(); // Organizations (left out: no organizations) or Review
        if (wizard.currentId() == Gui::ImportWizard::OrganizationsPageId)
            wizard.next();
        QCOMPARE(wizard.currentId(), int(Gui::ImportWizard::ReviewPageId));
        Gui::ReviewPage *review = m_drive.waitForReview(&wizard, 20000);
        QVERIFY(review);
        QCOMPARE(review->dryRun().counters.created, 2);
        QCOMPARE(review->dryRun().counters.existed, 3);
        QCOMPARE(wizard.button(QWizard::CommitButton)->text().remove(u'&'), u"Rehearse with 2 new users"_s);
        QVERIFY(review->isComplete());
    }

    // Issue 17.12 and 22.5: names written differently, and new organizations named like ones
    // WorkOS has, are named before anything is written and need an answer.
    void lookAlikeOrganizations()
    {
        const QString seed = m_dir.filePath(u"seed-names.csv"_s);
        writeFile(seed, "email,Company\nseed@example.com,Acme Sales\n");
        QVERIFY(importDirectly(seed, *Model::ColumnMapping::parse(u"Company=org_name+org_external_id"_s)));
        const QString csv = m_dir.filePath(u"alike.csv"_s);
        writeFile(csv, "email,org_external_id,org_name\n"
                       "a@example.com,A-1,Acme\nb@example.com,A-2,ACME\nc@example.com,A-3,acme \n"
                       "d@example.com,S-1,ACME sales\n");
        Gui::ImportWizard wizard(store());
        wizard.show();
        QVERIFY(m_drive.chooseFile(&wizard, csv));
        QTRY_VERIFY(wizard.currentPage()->isComplete());
        QVERIFY(toOrganizations(&wizard));
        auto *orgs = qobject_cast<Gui::OrganizationsPage *>(wizard.currentPage());
        auto *similar = wizard.findChild<QLabel *>(u"similarLabel"_s);
        QVERIFY(similar->isVisible());
        QVERIFY2(similar->text().contains(u"“Acme”, “ACME”, “acme”"_s), qPrintable(similar->text()));
        auto *existing = wizard.findChild<QLabel *>(u"existingLabel"_s);
        QVERIFY(existing->isVisible());
        QVERIFY2(existing->text().contains(u"“ACME sales” (S-1)"_s) && existing->text().contains(u"“Acme Sales”"_s),
                 qPrintable(existing->text()));
        QVERIFY(!orgs->isComplete());
        wizard.findChild<QCheckBox *>(u"similarCheck"_s)->setChecked(true);
        QVERIFY(!orgs->isComplete());
        wizard.findChild<QCheckBox *>(u"existingCheck"_s)->setChecked(true);
        QVERIFY(orgs->isComplete());
    }

    // Issue 22.8: the unknown-role choice and its explanation wrap inside a window of 800 pixels.
    void longChoicesWrap()
    {
        const QString csv = m_dir.filePath(u"roles.csv"_s);
        writeFile(csv, "email,org_external_id,org_name,role_slugs\nann@example.com,acme,Acme,auditor\n");
        Gui::ImportWizard wizard(store());
        wizard.resize(800, 700);
        wizard.show();
        QVERIFY(m_drive.chooseFile(&wizard, csv));
        QTRY_VERIFY(wizard.currentPage()->isComplete());
        QVERIFY(toOrganizations(&wizard));
        auto *anyway = wizard.findChild<QCheckBox *>(u"rolesAnywayCheck"_s);
        QVERIFY(anyway->isVisible());
        QTRY_VERIFY(anyway->width() >= anyway->sizeHint().width()); // nothing cut off
        QVERIFY(anyway->sizeHint().width() < 400);
        auto *hint = wizard.findChild<QLabel *>(u"rolesAnywayHint"_s);
        QVERIFY(hint->isVisible() && hint->wordWrap());
        QVERIFY(hint->text().contains(u"error report"_s));
        QVERIFY(anyway->geometry().right() <= anyway->parentWidget()->width());
    }
};

QTEST_MAIN(TestColumnsQuestions)
#include "tst_columnsquestions.moc"
