#pragma once
// WizardDriver: walks Gui::ImportWizard from page to page the way a person does, for the GUI
// tests that run the wizard offscreen against workos-sandbox (tst_wizard, tst_columnsquestions,
// tst_setupsafety, tst_cutover_gui): choose the file and wait for the Columns page, verify a key
// on the Connect page, wait for the organizations' check and the Review page's dry run, start
// the import and wait for its end. It also holds the set-up these tests share: the isolated
// environment of initTestCase, the fresh session of init and the closed windows of cleanup.
//
// Each step returns false (or nullptr, or an empty JobResult) when the wizard is not where the
// step expects it or a wait runs out, so that the test's QVERIFY names the step that failed.
//
// Header-only, for GUI test executables; used from the test's (GUI) thread. Holds a reference
// to the test's SandboxProcess, whose URL the Connect page gets: declare it after the sandbox.

#include "columnspage.h"
#include "connectpage.h"
#include "filepage.h"
#include "importwizard.h"
#include "organizationspage.h"
#include "reviewpage.h"
#include "runpage.h"

#include "engine/import/jobrunner.h"

#include "importcli.h"
#include "sandboxprocess.h"

#include <QtCore/QSettings>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtTest/QSignalSpy>
#include <QtWidgets/QAbstractButton>
#include <QtWidgets/QApplication>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QMessageBox>

namespace TestSupport {

class WizardDriver
{
public:
    explicit WizardDriver(const SandboxProcess &server)
        : m_server(server)
    {
    }

    // initTestCase: settings and data in test mode (XDG_DATA_HOME inside `dir`), no keychain,
    // no settings left from an earlier run.
    static void isolate(const QTemporaryDir &dir)
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("XDG_DATA_HOME", dir.filePath(QStringLiteral("xdg")).toUtf8());
        qputenv("WIZARD_NO_KEYCHAIN", "1");
        QSettings().clear(); // test mode: ~/.qttest, not the user's settings
    }

    // init: no remembered mapping, no key or address remembered for the session.
    static void forgetSession()
    {
        QSettings().clear();
        Gui::ImportWizard::rememberForSession({}, {});
    }

    // cleanup: every open question answered "no", every wizard closed.
    static void closeWindows()
    {
        const QWidgetList widgets = QApplication::topLevelWidgets();
        for (QWidget *w : widgets) {
            if (auto *box = qobject_cast<QMessageBox *>(w))
                box->reject();
            if (auto *wizard = qobject_cast<Gui::ImportWizard *>(w))
                wizard->close();
        }
    }

    // POST /_sandbox/reset on the test's sandbox: true when it answered 200.
    bool resetServer() const { return resetSandbox(m_server.url()); }

    // File page: `csv` chosen and read; then Next, and the Columns page's own reading done.
    // Leaves the wizard on the Columns page.
    static bool chooseFile(Gui::ImportWizard *wizard, const QString &csv)
    {
        auto *file = qobject_cast<Gui::FilePage *>(wizard->currentPage());
        if (!file)
            return false;
        QSignalSpy inspected(file, &Gui::FilePage::inspectionFinished);
        file->setPath(csv);
        if (!inspected.wait(15000) || !file->isComplete())
            return false;
        wizard->next();
        auto *columns = qobject_cast<Gui::ColumnsPage *>(wizard->currentPage());
        if (!columns)
            return false;
        if (columns->isInspecting()) {
            QSignalSpy again(columns, &Gui::ColumnsPage::inspectionFinished);
            if (!again.wait(15000))
                return false;
        }
        return true;
    }

    // Connect page: the test sandbox's address and `apiKey` typed in, Verify, and the key
    // accepted. Leaves the wizard on the Connect page.
    bool verifyKey(Gui::ImportWizard *wizard, const QString &apiKey) const
    {
        auto *page = qobject_cast<Gui::ConnectPage *>(wizard->currentPage());
        if (!page)
            return false;
        wizard->findChild<QLineEdit *>(QStringLiteral("urlEdit"))->setText(m_server.url().toString());
        wizard->findChild<QLineEdit *>(QStringLiteral("keyEdit"))->setText(apiKey);
        QSignalSpy verified(page, &Gui::ConnectPage::verified);
        page->verify();
        return verified.wait(15000) && verified.last().at(0).toBool();
    }

    // verifyKey(), then Next: leaves the wizard on the Settings page.
    bool connectWith(Gui::ImportWizard *wizard, const QString &apiKey) const
    {
        if (!verifyKey(wizard, apiKey))
            return false;
        wizard->next();
        return wizard->currentId() == Gui::ImportWizard::SettingsPageId;
    }

    // File, Columns and Connect pages: leaves the wizard on the Settings page.
    bool reachSettings(Gui::ImportWizard *wizard, const QString &csv, const QString &apiKey) const
    {
        if (!chooseFile(wizard, csv))
            return false;
        wizard->next();
        return connectWith(wizard, apiKey);
    }

    // The Organizations & roles page (the current one) has checked the file's organizations
    // and roles against WorkOS.
    static bool waitForOrganizations(Gui::ImportWizard *wizard)
    {
        auto *orgs = qobject_cast<Gui::OrganizationsPage *>(wizard->currentPage());
        if (!orgs)
            return false;
        if (orgs->isChecking()) {
            QSignalSpy checked(orgs, &Gui::OrganizationsPage::checkFinished);
            return checked.wait(15000);
        }
        return true;
    }

    // The Review page's dry run (reads only) has ended: its numbers and button are the final
    // ones. The default wait allows for one read per user at WorkOS's read limit (3,000 users
    // take 30 s).
    static Gui::ReviewPage *waitForReview(Gui::ImportWizard *wizard, int timeoutMs = 90000)
    {
        auto *review = qobject_cast<Gui::ReviewPage *>(wizard->page(Gui::ImportWizard::ReviewPageId));
        if (!review)
            return nullptr;
        if (review->isChecking()) {
            QSignalSpy checked(review, &Gui::ReviewPage::checkFinished);
            if (!checked.wait(timeoutMs))
                return nullptr;
        }
        return review;
    }

    // The Review page's button (once its dry run has ended), and the Run page's end: how the
    // import ended (an empty jobId when it did not end within a minute).
    static Engine::JobResult commitAndWait(Gui::ImportWizard *wizard)
    {
        if (!waitForReview(wizard))
            return {};
        auto *run = qobject_cast<Gui::RunPage *>(wizard->page(Gui::ImportWizard::RunPageId));
        QSignalSpy finished(run, &Gui::RunPage::runFinished);
        wizard->button(QWizard::CommitButton)->click();
        if (!finished.wait(60000))
            return {};
        return finished.first().at(0).value<Engine::JobResult>();
    }

private:
    const SandboxProcess &m_server;
};

} // namespace TestSupport
