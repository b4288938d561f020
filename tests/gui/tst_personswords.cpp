// Issue 22 item 13: the wizard speaks the person's words.
// - Problem texts name the person's own columns ("Mail address"), not template fields
//   (email, org_external_id, role_slugs), on the Finish page as in the reports.
// - The Settings page speaks of parallel connections and batches, not workers and chunks.
// - Texts that stayed English in German and French (the run log, "comma", "it has no @",
//   "worker 1", "multi-organization") go through the translator: with a pseudo-translator
//   installed that marks every text it is asked for, they come out marked.
#include "importwizard.h"
#include "mainwindow.h"
#include "runpage.h"
#include "settingspage.h"
#include "summarypage.h"

#include "csv/csvdialect.h"
#include "engine/import/jobrunner.h"
#include "model/columnmapping.h"
#include "model/rowrules.h"
#include "store/jobstore.h"

#include "../testsupport/importfiles.h"
#include "../testsupport/sandboxprocess.h"
#include "../testsupport/wizarddriver.h"

#include <QtCore/QTranslator>
#include <QtTest/QtTest>
#include <QtWidgets/QAbstractButton>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QTableWidget>

using namespace Qt::StringLiterals;
using TestSupport::writeFile;

namespace {

// Marks every text it translates: ⟦text⟧. A text shown without the marks never asked.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *, const char *sourceText, const char * = nullptr, int n = -1) const override
    {
        QString text = QString::fromUtf8(sourceText);
        if (n >= 0)
            text.replace(u"%n"_s, QString::number(n));
        return u"⟦"_s + text + u"⟧"_s;
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestPersonsWords : public QObject
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
        TestSupport::WizardDriver::isolate(m_dir);
        QVERIFY2(m_sandbox.startSandbox({u"--rate-limits"_s, u"off"_s}), qPrintable(m_sandbox.error()));
    }

    // The Finish page names the person's columns in what went wrong.
    void problemsNameThePersonsColumns()
    {
        const QString csv = m_dir.filePath(u"own.csv"_s);
        writeFile(csv, "Mail address,Given name,Firm id,Firm,Rolle\n"
                       "ok@own.example,Olga,acme,Acme,member\n"
                       "no-at-sign,Nina,acme,Acme,member\n"
                       "bad@own.example,Bea,acme,Acme,Not A Slug!\n"
                       "firm@own.example,Fritz,,Lonely Firm,member\n");
        Model::ColumnMapping mapping;
        QVERIFY(mapping.insert(u"Mail address"_s, Model::Field::Email));
        QVERIFY(mapping.insert(u"Given name"_s, Model::Field::FirstName));
        QVERIFY(mapping.insert(u"Firm id"_s, Model::Field::OrgExternalId));
        QVERIFY(mapping.insert(u"Firm"_s, Model::Field::OrgName));
        QVERIFY(mapping.insert(u"Rolle"_s, Model::Field::RoleSlugs));
        Engine::JobRunner runner(store(), Api::ApiKey(key()));
        Engine::RunRequest request;
        request.settings.csvPath = csv;
        request.settings.apiUrl = m_sandbox.url();
        request.settings.environment = u"staging"_s;
        request.settings.mapping = mapping;
        QSignalSpy finished(&runner, &Engine::JobRunner::finished);
        runner.start(request);
        QVERIFY(finished.wait(60000));
        const auto result = finished.first().at(0).value<Engine::JobResult>();

        Gui::ImportWizard wizard(store());
        wizard.apiKey = Api::ApiKey(key());
        wizard.apiUrl = m_sandbox.url();
        wizard.environment = u"staging"_s;
        wizard.lastResult = result;
        auto *finish = qobject_cast<Gui::SummaryPage *>(wizard.page(Gui::ImportWizard::FinishPageId));
        QSignalSpy loaded(finish, &Gui::SummaryPage::factsLoaded);
        wizard.setStartId(Gui::ImportWizard::FinishPageId);
        wizard.restart();
        QVERIFY(loaded.wait(15000));
        QStringList reasons;
        for (const Gui::FailureGroup &g : finish->facts().groups)
            reasons << g.reason + u" → "_s + g.action;
        const QString all = reasons.join(u'\n');
        QCOMPARE(finish->facts().counts.invalid, 3);
        QVERIFY2(all.contains(u"“Rolle”"_s), qPrintable(all));
        QVERIFY2(all.contains(u"“Firm”"_s) && all.contains(u"“Firm id”"_s), qPrintable(all));
        for (const QString &template_ : {u"role_slugs"_s, u"org_external_id"_s, u"org_name"_s, u"email.invalid"_s})
            QVERIFY2(!all.contains(template_), qPrintable(template_ + u" in:\n"_s + all));
        // A file problem is never sent to WorkOS to be fixed there: no Retry for it.
        QCOMPARE(finish->facts().retryableRows, 0);
        QVERIFY2(!all.contains(u"Retry"_s), qPrintable(all));
        // The spreadsheet says of each row what went wrong, in the person's columns.
        const QString xlsx = m_dir.filePath(u"own.xlsx"_s);
        QSignalSpy exported(finish, &Gui::SummaryPage::exportFinished);
        finish->exportErrorReport(xlsx);
        QVERIFY(exported.wait(20000));
        QProcess unzip;
        unzip.start(u"unzip"_s, {u"-p"_s, xlsx, u"xl/sharedStrings.xml"_s});
        QVERIFY(unzip.waitForFinished(20000));
        const QString sheet = QString::fromUtf8(unzip.readAllStandardOutput());
        QVERIFY2(sheet.contains(u"“Mail address”"_s) && sheet.contains(u"“Rolle”"_s), qPrintable(sheet));
        QVERIFY2(!sheet.contains(u"role_slugs"_s) && !sheet.contains(u"org_external_id"_s), qPrintable(sheet));
    }

    // Settings: parallel connections and batches, each with a short explanation.
    void settingsSpeakPlainly()
    {
        Gui::ImportWizard wizard(store());
        wizard.apiUrl = QUrl(u"http://127.0.0.1:9"_s);
        wizard.setStartId(Gui::ImportWizard::SettingsPageId);
        wizard.restart();
        QWidget *page = wizard.page(Gui::ImportWizard::SettingsPageId);
        QStringList texts;
        for (QLabel *l : page->findChildren<QLabel *>())
            texts << l->text() << l->accessibleName() << l->accessibleDescription();
        for (QAbstractButton *b : page->findChildren<QAbstractButton *>())
            texts << b->text() << b->accessibleName() << b->accessibleDescription() << b->toolTip();
        const QString all = texts.join(u'\n');
        for (const QString &jargon : {u"worker"_s, u"chunk"_s, u"checkpoint"_s})
            QVERIFY2(!all.contains(jargon, Qt::CaseInsensitive), qPrintable(jargon + u" in:\n"_s + all));
        QVERIFY(all.contains(u"Parallel &connections"_s));
        QVERIFY(all.contains(u"Batch &size"_s));
        QVERIFY(all.contains(u"at the same time"_s)); // the explanation
    }

    // Through the translator: the texts that stayed English in German and French.
    void englishLeftoversAreTranslatable()
    {
        MarkingTranslator marks;
        QVERIFY(QCoreApplication::installTranslator(&marks));
        auto removeMarks = qScopeGuard([&] { QCoreApplication::removeTranslator(&marks); });
        const auto marked = [](const QString &text) { return text.startsWith(u"⟦"_s) && text.contains(u"⟧"_s); };
        QVERIFY2(marked(Csv::delimiterName(',')), qPrintable(Csv::delimiterName(',')));
        QVERIFY2(marked(Csv::delimiterName(';')), qPrintable(Csv::delimiterName(';')));
        QVERIFY2(marked(Model::emailProblemText(Model::EmailProblem::NoAt, u"x")), "it has no @");
        QVERIFY2(marked(Model::emailProblemText(Model::EmailProblem::TopLevelDomain, u"x@y.zz")), "top-level domain");

        // The run: the run log's own lines and the connections' names.
        const QString csv = m_dir.filePath(u"log.csv"_s);
        writeFile(csv, "email\nlog1@example.com\nlog2@example.com\n");
        Gui::ImportWizard wizard(store());
        wizard.apiKey = Api::ApiKey(key());
        wizard.apiUrl = m_sandbox.url();
        wizard.environment = u"staging"_s;
        wizard.runRequest.kind = Engine::RunRequest::Kind::New;
        wizard.runRequest.settings.csvPath = csv;
        wizard.runRequest.settings.apiUrl = m_sandbox.url();
        wizard.runRequest.settings.environment = u"staging"_s;
        wizard.reviewed = true;
        auto *run = qobject_cast<Gui::RunPage *>(wizard.page(Gui::ImportWizard::RunPageId));
        QSignalSpy ran(run, &Gui::RunPage::runFinished);
        QSignalSpy progress(&wizard, &Gui::ImportWizard::jobProgress);
        wizard.setStartId(Gui::ImportWizard::RunPageId);
        wizard.restart();
        QVERIFY(ran.wait(60000));
        const QStringList log = wizard.findChild<QPlainTextEdit *>(u"runLog"_s)->toPlainText().split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(!log.isEmpty());
        for (const QString &line : log)
            QVERIFY2(line.contains(u"⟦"_s), qPrintable(u"an English line in the run log: "_s + line));
        auto *table = wizard.findChild<QTableWidget *>(u"workersTable"_s);
        for (int r = 0; r < table->rowCount(); ++r)
            if (QTableWidgetItem *item = table->item(r, 0))
                QVERIFY2(marked(item->text()), qPrintable(item->text()));

        // The job details: the job's mode in words, not "multi-organization".
        Gui::MainWindow window(store());
        window.setOfferInterruptedJobs(false);
        QSignalSpy loaded(&window, &Gui::MainWindow::jobsLoaded);
        window.show();
        QVERIFY(loaded.wait(15000));
        QVERIFY(window.selectJob(ran.first().at(0).value<Engine::JobResult>().jobId));
        window.showDetails();
        QDialog *box = window.findChild<QDialog *>(u"detailsBox"_s);
        QVERIFY(box);
        for (QLabel *l : box->findChildren<QLabel *>())
            QVERIFY2(!l->text().contains(u"user-only"_s) && !l->text().contains(u"organization"_s.prepend(u"multi-"_s)),
                     qPrintable(l->text()));
        box->close();
    }
};

QTEST_MAIN(TestPersonsWords)
#include "tst_personswords.moc"
