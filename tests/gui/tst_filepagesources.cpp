// The wizard's File page with providers' exports: it says which source it detected, asks for
// Firebase's hash parameters (Next waits while a Firebase export with hashes has none), offers
// Auth0's password export, and shows every password fate; the Columns page then reads the file
// the same way (the pasted parameters are remembered for the session, in memory only).
#include "columnspage.h"
#include "filepage.h"
#include "importwizard.h"

#include "../testsupport/wizarddriver.h"

#include <QtCore/QFile>
#include <QtCore/QSettings>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>

using namespace Qt::StringLiterals;

namespace {
QString data(const char *name)
{
    return QStringLiteral(WIZARD_TEST_DATA_DIR "/sources/") + QString::fromLatin1(name);
}
QString text(const char *name)
{
    QFile f(data(name));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}
}

class TestFilePageSources : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString store() const { return m_dir.filePath(u"data/jobs.sqlite"_s); }

    template <typename T> static T *child(QWidget *page, const char *name)
    {
        return page->findChild<T *>(QString::fromLatin1(name));
    }
    // Sets the path and waits for the page's check of the whole file.
    static bool inspect(Gui::FilePage *page, const std::function<void()> &change)
    {
        QSignalSpy inspected(page, &Gui::FilePage::inspectionFinished);
        change();
        return inspected.wait(15000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        TestSupport::WizardDriver::isolate(m_dir);
    }

    void firebaseAsksForItsParameters()
    {
        // Under a neutral name: detected from the content.
        const QString path = m_dir.filePath(u"users-export"_s);
        QVERIFY(QFile::copy(data("firebase-users.json"), path));
        Gui::ImportWizard wizard(store());
        wizard.show();
        auto *page = qobject_cast<Gui::FilePage *>(wizard.currentPage());
        QVERIFY(page);
        QVERIFY(inspect(page, [&] { page->setPath(path); }));
        QWidget *box = child<QWidget>(page, "firebaseBox");
        QVERIFY(box && box->isVisible());
        QVERIFY(!child<QWidget>(page, "auth0Box")->isVisible());
        QVERIFY(child<QLabel>(page, "sourceLabel")->text().contains(u"Firebase"_s));
        // Hashes without parameters: Next waits, and the page says what to paste.
        QVERIFY(!page->isComplete());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY(child<QLabel>(page, "statusLabel")->text().contains(u"hash parameters"_s));

        QVERIFY(inspect(page, [&] { child<QPlainTextEdit>(page, "firebaseConfigEdit")->setPlainText(text("firebase-hash-config.txt")); }));
        QTRY_VERIFY(page->isComplete());
        const QString fates = child<QLabel>(page, "fatesLabel")->text();
        QVERIFY2(fates.contains(u"2 converted"_s) && fates.contains(u"firebase-scrypt"_s), qPrintable(fates));
        QVERIFY2(fates.contains(u"1 without a password"_s), qPrintable(fates));
        QCOMPARE(page->inspection().summary.passwordFates.converted, 2);
        QCOMPARE(page->inspection().source.kind, Source::Kind::Firebase);
        // WIZARD_SOURCES_SCREENSHOT=<file.png> keeps a picture of the page (docs/sources.md).
        if (const QString shot = qEnvironmentVariable("WIZARD_SOURCES_SCREENSHOT"); !shot.isEmpty()) {
            wizard.resize(900, 760);
            QTest::qWait(200);
            QVERIFY(wizard.grab().save(shot));
        }
        // The preview hides the hashes.
        const QString preview = child<QTableView>(page, "previewView")->model()->index(0, 1).data().toString();
        QCOMPARE(preview, u"••••••"_s);

        // The Columns page checks the file again, with the same parameters.
        wizard.next();
        auto *columns = qobject_cast<Gui::ColumnsPage *>(wizard.currentPage());
        QVERIFY(columns);
        QTRY_VERIFY_WITH_TIMEOUT(!columns->isInspecting(), 15000);
        QTRY_VERIFY(columns->isComplete());
    }

    void auth0OffersItsPasswordExport()
    {
        Gui::ImportWizard wizard(store());
        wizard.show();
        auto *page = qobject_cast<Gui::FilePage *>(wizard.currentPage());
        QVERIFY(inspect(page, [&] { page->setPath(data("auth0-users.ndjson")); }));
        QVERIFY(child<QWidget>(page, "auth0Box")->isVisible());
        QVERIFY(!child<QWidget>(page, "firebaseBox")->isVisible());
        QVERIFY(page->isComplete()); // the password export is optional
        QCOMPARE(page->inspection().summary.passwordFates.resetNeeded, 4);
        QVERIFY(inspect(page, [&] { child<QLineEdit>(page, "auth0PasswordsEdit")->setText(data("auth0-passwords.ndjson")); }));
        QTRY_VERIFY(page->isComplete());
        QCOMPARE(page->inspection().summary.passwordFates.kept, 2);
        QVERIFY(child<QLabel>(page, "fatesLabel")->text().contains(u"not in the Auth0 password export: 2"_s));
    }

    void supabaseTenantKeyBecomesTheOrganization()
    {
        Gui::ImportWizard wizard(store());
        wizard.show();
        auto *page = qobject_cast<Gui::FilePage *>(wizard.currentPage());
        QVERIFY(inspect(page, [&] { page->setPath(data("supabase-users.json")); }));
        QVERIFY(child<QWidget>(page, "tenantKeyEdit")->isVisible());
        QVERIFY(!page->inspection().hasOrganizationColumns);
        QVERIFY(inspect(page, [&] { child<QLineEdit>(page, "tenantKeyEdit")->setText(u"tenant_id"_s); }));
        QTRY_VERIFY(page->isComplete());
        QVERIFY(page->inspection().hasOrganizationColumns);
        QCOMPARE(page->inspection().organizations.size(), 2); // org-north, org-south
        QCOMPARE(page->inspection().source.tenantKey, u"tenant_id"_s);
        // A JSON export has no delimiter: the facts say which format was read.
        const QString facts = child<QLabel>(page, "factsLabel")->text();
        QVERIFY2(facts.contains(u"Format: JSON"_s) && !facts.contains(u"Delimiter"_s), qPrintable(facts));
    }

    void ourCsvSaysNothingAboutASource()
    {
        Gui::ImportWizard wizard(store());
        wizard.show();
        auto *page = qobject_cast<Gui::FilePage *>(wizard.currentPage());
        QVERIFY(inspect(page, [&] { page->setPath(QStringLiteral(WIZARD_TEST_DATA_DIR "/validate/mixed_multi.csv")); }));
        QVERIFY(!child<QWidget>(page, "firebaseBox")->isVisible());
        QVERIFY(!child<QWidget>(page, "auth0Box")->isVisible());
        QVERIFY(child<QLabel>(page, "sourceLabel")->text().isEmpty());
        QCOMPARE(page->inspection().source.kind, Source::Kind::Csv);
        QVERIFY(child<QLabel>(page, "factsLabel")->text().contains(u"Delimiter: comma"_s));
    }
};

QTEST_MAIN(TestFilePageSources)
#include "tst_filepagesources.moc"
