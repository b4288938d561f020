// The import wizard with the keyboard only (issue 10, accessibility), offscreen, against
// workos-sandbox. On every page (File, Columns in its three shapes, Connect with Advanced open,
// Settings with Advanced open, Organizations & roles, Review, Run, Finish):
//  - Tab reaches every enabled control a person can use, and comes round again (no trap);
//  - the page's controls come in one run, in reading order (top to bottom, left to right);
//  - a label that shows a mnemonic has a buddy, and no Alt+letter means two things at once
//    (the wizard's own buttons included);
//  - every control Tab reaches has a name for a screen reader.
// And a person goes from File to Review typing, with Tab, Enter and Alt+letters only.
// WIZARD_KEYBOARD_SCREENSHOTS=<folder> saves a picture of every page checked.
#include "columnspage.h"
#include "connectpage.h"
#include "filepage.h"
#include "importwizard.h"
#include "organizationspage.h"
#include "reviewpage.h"
#include "runpage.h"
#include "summarypage.h"

#include "../testsupport/importfiles.h"
#include "../testsupport/sandboxprocess.h"
#include "../testsupport/wizarddriver.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QRegularExpression>
#include <QtGui/QAccessible>
#include <QtGui/QTextDocument>
#include <QtTest/QtTest>
#include <QtWidgets/QAbstractButton>
#include <QtWidgets/QApplication>
#include <QtWidgets/QGroupBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QRadioButton>
#include <QtWidgets/QTabBar>
#include <QtWidgets/QTabWidget>

using namespace Qt::StringLiterals;
using TestSupport::writeFile;

namespace {

QString describe(const QWidget *w)
{
    if (!w)
        return u"(nothing)"_s;
    QString text;
    if (auto *b = qobject_cast<const QAbstractButton *>(w))
        text = b->text();
    return u"%1 \"%2\" %3"_s.arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(), text);
}

// A control a person uses: Tab can reach it, it is shown and enabled.
bool isTabStop(const QWidget *w)
{
    return (w->focusPolicy() & Qt::TabFocus) == Qt::TabFocus && !w->focusProxy() && w->isVisible() && w->isEnabled();
}

QRect windowRect(const QWidget *w)
{
    return QRect(w->mapTo(w->window(), QPoint(0, 0)), w->size());
}

// `b` comes after `a` in reading order: not above it, and when on the same line, not to its left.
// A control inside another (a drop-down in a table) comes after it.
bool readsAfter(const QWidget *a, const QWidget *b)
{
    const QRect ra = windowRect(a);
    const QRect rb = windowRect(b);
    if (ra.contains(rb))
        return true;
    const int tolerance = 4;
    const bool sameLine = rb.top() < ra.bottom() && ra.top() < rb.bottom();
    if (sameLine)
        return rb.left() >= ra.left() - tolerance || rb.top() >= ra.bottom() - tolerance;
    return rb.top() >= ra.top() - tolerance;
}

// The Alt+letter of a text with a mnemonic ("&Next" -> Alt+N), or an empty sequence.
QKeySequence mnemonicOf(const QString &text)
{
    if (Qt::mightBeRichText(text))
        return {};
    const QKeySequence seq = QKeySequence::mnemonic(text);
    if (seq.isEmpty() || seq[0].key() == Qt::Key_Space)
        return {};
    return seq;
}

} // namespace

// checkPage's failures end the test function that called it.
#define CHECK_PAGE(wizard, ...)                                                                    \
    do {                                                                                           \
        checkPage(wizard, __VA_ARGS__);                                                            \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)

class TestKeyboard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestSupport::SandboxProcess m_sandbox;

    QString store() const { return m_dir.filePath(u"data/jobs.sqlite"_s); }
    QString key() const { return m_sandbox.keys().first(); }

    // Presses Tab from the focused widget until the focus comes round; the widgets on the way.
    static QWidgetList tabCycle(QWidget *window)
    {
        QWidgetList cycle;
        QWidget *start = QApplication::focusWidget();
        if (!start || start->window() != window) {
            QTest::keyClick(window, Qt::Key_Tab);
            start = QApplication::focusWidget();
        }
        if (!start)
            return cycle;
        cycle.append(start);
        for (int i = 0; i < 200; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget *now = QApplication::focusWidget();
            if (!now || now == start)
                break;
            if (now == cycle.last())
                break; // stuck: the caller sees the control that keeps Tab
            cycle.append(now);
        }
        return cycle;
    }

    // Every check of one page; `where` names it in the messages.
    enum Names { CheckNames, NamesCheckedElsewhere };

    void checkPage(QWizard *wizard, const QString &where, Names names = CheckNames)
    {
        QWizardPage *page = wizard->currentPage();
        QVERIFY2(page, qPrintable(where));
        QApplication::processEvents();
        // To look at the layouts: WIZARD_KEYBOARD_SCREENSHOTS=<folder> keeps a picture of each page.
        if (const QString shots = qEnvironmentVariable("WIZARD_KEYBOARD_SCREENSHOTS"); !shots.isEmpty()) {
            QString name = where;
            name.replace(QRegularExpression(u"[^A-Za-z0-9]+"_s), u"-"_s);
            wizard->grab().save(QDir(shots).filePath(name.toLower() + u".png"_s));
        }
        const QWidgetList cycle = tabCycle(wizard);
        QVERIFY2(!cycle.isEmpty(), qPrintable(where + u": nothing takes the focus"_s));
        // Round again: Tab from the last control went back to the first.
        QVERIFY2(QApplication::focusWidget() == cycle.first(),
                 qPrintable(where + u": Tab is kept by "_s + describe(cycle.last())));

        // Every control a person can use on the page is reached (of radio buttons that exclude
        // each other, one: the arrow keys move between them).
        const QList<QWidget *> all = page->findChildren<QWidget *>();
        for (QWidget *w : all) {
            if (!isTabStop(w) || cycle.contains(w))
                continue;
            if (auto *radio = qobject_cast<QRadioButton *>(w); radio && radio->autoExclusive()) {
                bool groupReached = false;
                for (QWidget *c : cycle)
                    if (auto *other = qobject_cast<QRadioButton *>(c); other && other->parentWidget() == radio->parentWidget())
                        groupReached = true;
                if (groupReached)
                    continue;
            }
            QFAIL(qPrintable(where + u": Tab never reaches "_s + describe(w)));
        }
        // The wizard's enabled buttons are reached too.
        for (QAbstractButton *b : wizard->findChildren<QAbstractButton *>(Qt::FindDirectChildrenOnly))
            if (isTabStop(b))
                QVERIFY2(cycle.contains(b), qPrintable(where + u": Tab never reaches the button "_s + describe(b)));

        // The page's controls come in one run, in reading order.
        QWidgetList onPage;
        int runs = 0;
        bool inRun = false;
        // Rotate the cycle so that it starts at a control outside the page, if there is one.
        qsizetype first = 0;
        for (qsizetype i = 0; i < cycle.size(); ++i)
            if (!page->isAncestorOf(cycle[i])) {
                first = i;
                break;
            }
        for (qsizetype k = 0; k < cycle.size(); ++k) {
            QWidget *w = cycle[(first + k) % cycle.size()];
            const bool in = page->isAncestorOf(w);
            if (in && !inRun)
                ++runs;
            inRun = in;
            if (in)
                onPage.append(w);
        }
        QVERIFY2(runs <= 1, qPrintable(where + u": Tab leaves the page and comes back"_s));
        for (qsizetype i = 1; i < onPage.size(); ++i)
            QVERIFY2(readsAfter(onPage[i - 1], onPage[i]),
                     qPrintable(where + u": Tab goes from "_s + describe(onPage[i - 1]) + u" back up to "_s
                                + describe(onPage[i])));

        // Mnemonics: a label that shows one has a buddy; no Alt+letter is used twice.
        QHash<QKeySequence, QString> used;
        auto use = [&](const QKeySequence &seq, const QString &who) {
            if (seq.isEmpty())
                return;
            QVERIFY2(!used.contains(seq), qPrintable(where + u": "_s + seq.toString() + u" is both "_s + used.value(seq)
                                                     + u" and "_s + who));
            used.insert(seq, who);
        };
        for (QLabel *label : page->findChildren<QLabel *>()) {
            if (!label->isVisible())
                continue;
            const QKeySequence seq = mnemonicOf(label->text());
            if (seq.isEmpty())
                continue;
            QVERIFY2(label->buddy(), qPrintable(where + u": the label \""_s + label->text() + u"\" has no buddy"_s));
            use(seq, u"the label "_s + label->text());
        }
        // Disabled controls count too: they are enabled later, and Alt+letter must not change meaning.
        for (QAbstractButton *b : wizard->findChildren<QAbstractButton *>())
            if (b->isVisible() && (page->isAncestorOf(b) || b->parentWidget() == wizard))
                use(mnemonicOf(b->text()), describe(b));
        for (QTabWidget *tabs : page->findChildren<QTabWidget *>())
            if (tabs->isVisible())
                for (int i = 0; i < tabs->count(); ++i)
                    use(mnemonicOf(tabs->tabText(i)), u"the tab "_s + tabs->tabText(i));

        // A name for a screen reader on every control Tab reaches. (On the Review, Run and Finish
        // pages tst_accessibility checks them.)
        if (names != CheckNames)
            return;
        for (QWidget *w : cycle) {
            if (!page->isAncestorOf(w))
                continue;
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
            QVERIFY2(iface, qPrintable(where + u": no accessible interface for "_s + describe(w)));
            QString name = iface->text(QAccessible::Name);
            if (auto *bar = qobject_cast<QTabBar *>(w); bar && name.isEmpty())
                name = bar->tabText(bar->currentIndex()); // the tab bar is read out by its tabs
            QVERIFY2(!name.trimmed().isEmpty(), qPrintable(where + u": no accessible name for "_s + describe(w)));
        }
    }

    // Waits until the page's own work (reading the file, checking organizations) is over.
    static bool settle(QWizard *wizard)
    {
        QWizardPage *page = wizard->currentPage();
        if (auto *file = qobject_cast<Gui::FilePage *>(page); file && file->isInspecting()) {
            QSignalSpy done(file, &Gui::FilePage::inspectionFinished);
            return done.wait(15000);
        }
        if (auto *columns = qobject_cast<Gui::ColumnsPage *>(page)) {
            QElapsedTimer timer;
            timer.start();
            while (columns->isInspecting() && timer.elapsed() < 15000)
                QTest::qWait(20);
            return !columns->isInspecting();
        }
        if (auto *orgs = qobject_cast<Gui::OrganizationsPage *>(page); orgs && orgs->isChecking()) {
            QSignalSpy done(orgs, &Gui::OrganizationsPage::checkFinished);
            return done.wait(15000);
        }
        return true;
    }

    static void showActive(QWidget *window)
    {
        window->show();
        QApplication::setActiveWindow(window);
        QVERIFY(QTest::qWaitForWindowActive(window));
    }

    static void alt(QWidget *window, char letter)
    {
        QWidget *target = QApplication::focusWidget();
        QTest::keyClick(target ? target : window, Qt::Key(Qt::Key_A + (letter - 'a')), Qt::AltModifier);
    }

    static void enter(QWidget *window)
    {
        QWidget *target = QApplication::focusWidget();
        QTest::keyClick(target ? target : window, Qt::Key_Return);
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
        TestSupport::WizardDriver::forgetSession();
    }

    // From File to Review with the keyboard only, every page checked on the way; then the
    // import starts from the keyboard (Tab to the button, Space), and the Finish page is checked.
    void fileToFinishWithTheKeyboard()
    {
        const QString csv = m_dir.filePath(u"keyboard.csv"_s);
        writeFile(csv, "email,first_name,org_external_id,org_name,role_slugs\n"
                       "ann@example.com,Ann,acme,Acme,member\nbob@example.com,Bob,acme,Acme,member\n");
        Gui::ImportWizard wizard(store());
        showActive(&wizard);
        QCOMPARE(wizard.currentId(), int(Gui::ImportWizard::FilePageId));

        // File: Alt+F to the path, type it, Enter.
        alt(&wizard, 'f');
        auto *path = wizard.findChild<QLineEdit *>(u"pathEdit"_s);
        QCOMPARE(QApplication::focusWidget(), path);
        auto *file = qobject_cast<Gui::FilePage *>(wizard.currentPage());
        QSignalSpy inspected(file, &Gui::FilePage::inspectionFinished);
        QTest::keyClicks(path, csv);
        QVERIFY(inspected.wait(15000));
        QTRY_VERIFY(file->isComplete());
        CHECK_PAGE(&wizard, u"File"_s);
        alt(&wizard, 'f');
        enter(&wizard);
        QTRY_COMPARE(wizard.currentId(), int(Gui::ImportWizard::ColumnsPageId));

        // Columns: nothing to decide for this file.
        QVERIFY(settle(&wizard));
        QTRY_VERIFY(wizard.currentPage()->isComplete());
        CHECK_PAGE(&wizard, u"Columns"_s);
        alt(&wizard, 'n'); // Next
        QTRY_COMPARE(wizard.currentId(), int(Gui::ImportWizard::ConnectPageId));

        // Connect: Alt+A opens Advanced, Alt+U goes to the address, Alt+K to the key; Enter in
        // the key verifies it, Enter again goes on.
        auto *connect = qobject_cast<Gui::ConnectPage *>(wizard.currentPage());
        alt(&wizard, 'a');
        auto *url = wizard.findChild<QLineEdit *>(u"urlEdit"_s);
        QTRY_VERIFY(url->isVisible());
        alt(&wizard, 'u');
        QCOMPARE(QApplication::focusWidget(), url);
        QTest::keyClick(url, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(url, m_sandbox.url().toString());
        alt(&wizard, 'k');
        auto *keyEdit = wizard.findChild<QLineEdit *>(u"keyEdit"_s);
        QCOMPARE(QApplication::focusWidget(), keyEdit);
        QTest::keyClicks(keyEdit, key());
        CHECK_PAGE(&wizard, u"Connect (Advanced open)"_s);
        alt(&wizard, 'k');
        QSignalSpy verified(connect, &Gui::ConnectPage::verified);
        enter(&wizard);
        QVERIFY(verified.wait(15000));
        QVERIFY2(verified.last().at(0).toBool(), qPrintable(verified.last().at(1).toString()));
        CHECK_PAGE(&wizard, u"Connect (verified)"_s);
        alt(&wizard, 'k');
        enter(&wizard);
        QTRY_COMPARE(wizard.currentId(), int(Gui::ImportWizard::SettingsPageId));

        // Settings: Alt+A opens Advanced; Alt+C to the parallel connections, type a number.
        alt(&wizard, 'a');
        QTRY_VERIFY(wizard.findChild<QWidget *>(u"concurrencySpin"_s)->isVisible());
        alt(&wizard, 'c');
        QCOMPARE(QApplication::focusWidget()->objectName(), u"workersSpin"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(QApplication::focusWidget(), u"2"_s);
        CHECK_PAGE(&wizard, u"Settings (Advanced open)"_s);
        alt(&wizard, 'n');
        QTRY_COMPARE(wizard.currentId(), int(Gui::ImportWizard::OrganizationsPageId));
        QCOMPARE(wizard.settings().workers, 2);

        // Organizations & roles: every organization exists or is created; nothing to decide.
        QVERIFY(settle(&wizard));
        QTRY_VERIFY(wizard.currentPage()->isComplete());
        CHECK_PAGE(&wizard, u"Organizations & roles"_s);
        alt(&wizard, 'n');
        QTRY_COMPARE(wizard.currentId(), int(Gui::ImportWizard::ReviewPageId));

        // Review: the step list says where the person is and what is done.
        auto *steps = wizard.findChild<Gui::StepList *>(u"stepList"_s);
        QVERIFY(steps && steps->isVisible());
        for (int step = Gui::ImportWizard::FilePageId; step < Gui::ImportWizard::ReviewPageId; ++step)
            QCOMPARE(steps->state(step), Gui::StepList::State::Done);
        QCOMPARE(steps->state(Gui::ImportWizard::ReviewPageId), Gui::StepList::State::Current);
        QCOMPARE(steps->state(Gui::ImportWizard::RunPageId), Gui::StepList::State::Todo);
        CHECK_PAGE(&wizard, u"Review"_s, NamesCheckedElsewhere);

        // Tab to the button that starts the import (once the dry run has named it), and Space.
        if (auto *review = qobject_cast<Gui::ReviewPage *>(wizard.currentPage()); review && review->isChecking()) {
            QSignalSpy checked(review, &Gui::ReviewPage::checkFinished);
            QVERIFY(checked.wait(30000));
        }
        QAbstractButton *commit = wizard.button(QWizard::CommitButton);
        for (int i = 0; i < 60 && QApplication::focusWidget() != commit; ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), commit);
        auto *run = qobject_cast<Gui::RunPage *>(wizard.page(Gui::ImportWizard::RunPageId));
        QSignalSpy finished(run, &Gui::RunPage::runFinished);
        QTest::keyClick(commit, Qt::Key_Space);
        QVERIFY(finished.wait(60000));
        QTRY_COMPARE(wizard.currentId(), int(Gui::ImportWizard::FinishPageId));
        QTRY_VERIFY(qobject_cast<Gui::SummaryPage *>(wizard.currentPage())->facts().ok);
        CHECK_PAGE(&wizard, u"Finish"_s, NamesCheckedElsewhere);
        QCOMPARE(steps->state(Gui::ImportWizard::RunPageId), Gui::StepList::State::Done);
        QCOMPARE(steps->state(Gui::ImportWizard::FinishPageId), Gui::StepList::State::Current);
        wizard.close();
    }

    // The Columns page in its other shapes: a file without organizations (one organization for
    // everyone, chosen with the keyboard), a file with organization names only, and a column
    // that waits for a decision (its drop-down inside the table).
    void columnsPageShapes_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<bool>("singleOrg");
        QTest::addRow("users only") << QByteArray("email,first_name\nann@example.com,Ann\n") << true;
        QTest::addRow("organization names") << QByteArray("Email,Company\nann@example.com,Acme\n") << false;
        QTest::addRow("a column to decide") << QByteArray("E-mail,Nickname,Phone\nann@example.com,annie,555\n") << false;
    }

    void columnsPageShapes()
    {
        QFETCH(QByteArray, contents);
        QFETCH(bool, singleOrg);
        const QString csv = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-') + u".csv"_s);
        writeFile(csv, contents);
        Gui::ImportWizard wizard(store());
        showActive(&wizard);
        alt(&wizard, 'f');
        auto *file = qobject_cast<Gui::FilePage *>(wizard.currentPage());
        QSignalSpy inspected(file, &Gui::FilePage::inspectionFinished);
        QTest::keyClicks(QApplication::focusWidget(), csv);
        QVERIFY(inspected.wait(15000));
        QTRY_VERIFY(file->isComplete());
        enter(&wizard);
        QTRY_COMPARE(wizard.currentId(), int(Gui::ImportWizard::ColumnsPageId));
        QVERIFY(settle(&wizard));
        if (singleOrg) {
            alt(&wizard, 'j'); // Every user joins one organization
            QTRY_VERIFY(wizard.findChild<QWidget *>(u"orgEdit"_s)->isEnabled());
            // The id is typed in the field after the radio button and the kind of id.
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down); // "Its id in your system"
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QCOMPARE(QApplication::focusWidget()->objectName(), u"orgEdit"_s);
            QTest::keyClicks(QApplication::focusWidget(), u"acme"_s);
            alt(&wizard, 'e'); // Create it when it does not exist
            QTRY_VERIFY(wizard.findChild<QWidget *>(u"orgNameEdit"_s)->isEnabled());
        }
        CHECK_PAGE(&wizard, QString::fromLatin1(QTest::currentDataTag()));
        auto *columns = qobject_cast<Gui::ColumnsPage *>(wizard.currentPage());
        // The other tab, opened with its mnemonic.
        alt(&wizard, 'p');
        QTRY_VERIFY(wizard.findChild<QWidget *>(u"issuesView"_s)->isVisible());
        CHECK_PAGE(&wizard, QString::fromLatin1(QTest::currentDataTag()) + u" (rows with problems)"_s);
        Q_UNUSED(columns);
        wizard.close();
    }

    // The Run page, opened as the job list opens it; nothing to start, only to read and leave.
    void runPage()
    {
        Gui::ImportWizard wizard(store());
        wizard.setStartId(Gui::ImportWizard::RunPageId);
        wizard.restart();
        showActive(&wizard);
        QCOMPARE(wizard.currentId(), int(Gui::ImportWizard::RunPageId));
        CHECK_PAGE(&wizard, u"Run"_s, NamesCheckedElsewhere);
        auto *steps = wizard.findChild<Gui::StepList *>(u"stepList"_s);
        QCOMPARE(steps->state(Gui::ImportWizard::ReviewPageId), Gui::StepList::State::Done);
        QCOMPARE(steps->state(Gui::ImportWizard::RunPageId), Gui::StepList::State::Current);
        wizard.close();
    }
};

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
