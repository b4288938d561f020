// Accessibility of every window a person sees, offscreen, against workos-sandbox: every page of
// the wizard (File, Columns, Connect, Settings, Organizations, Review, Run, Finish), the main
// window (with jobs and empty), and the Resume, Verify, About and Help dialogs. Each is checked
// under a light and under a dark palette (as a dark desktop sets it) for:
// - a name for every interactive control: a visible label whose buddy it is, its own text
//   (buttons), or an accessibleName; and no label whose accessibleName hides its words;
// - keyboard focus: every interactive control takes Tab focus, and the chart (painted by hand)
//   draws a visible focus frame;
// - unique mnemonics among the visible controls of a window;
// - contrast: every label's and check box's text colour against the background it is painted
//   on is at least 4.5:1 (WCAG AA), computed from the palette roles the widget uses, from its
//   own style sheet (color / background) and from colours written into its rich text; item
//   views' foreground brushes against their base; the chart's figures and rate-limit line;
// - the chart's figures as text (its accessible description follows the samples).
#include "aboutdialog.h"
#include "connectpage.h"
#include "environmentbadge.h"
#include "statuscolors.h"
#include "filepage.h"
#include "helpdialog.h"
#include "importwizard.h"
#include "mainwindow.h"
#include "organizationspage.h"
#include "passwordcheckdialog.h"
#include "resumedialog.h"
#include "reviewpage.h"
#include "runpage.h"
#include "throughputchartwidget.h"
#include "verifyundodialog.h"

#include "engine/import/jobrunner.h"

#include "../testsupport/importfiles.h"
#include "../testsupport/sandboxprocess.h"
#include "../testsupport/wizarddriver.h"

#include <QtCore/QRegularExpression>
#include <QtGui/QTextDocumentFragment>
#include <QtTest/QtTest>
#include <QtWidgets/QAbstractButton>
#include <QtWidgets/QAbstractItemView>
#include <QtWidgets/QAbstractSlider>
#include <QtWidgets/QAbstractSpinBox>
#include <QtWidgets/QApplication>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QRadioButton>
#include <QtWidgets/QStackedWidget>
#include <QtWidgets/QStyleFactory>
#include <QtWidgets/QTextEdit>

using namespace Qt::StringLiterals;
using TestSupport::writeFile;

namespace {

const QString LiveKey = u"sk_live_accessibility01"_s;

QPalette darkPalette()
{
    return Gui::StatusColors::darkDesktopPalette(); // the screenshots' dark look too
}

QString describe(const QWidget *w)
{
    QStringList path;
    for (const QWidget *p = w; p; p = p->parentWidget()) {
        path.prepend(p->objectName().isEmpty() ? QString::fromLatin1(p->metaObject()->className()) : p->objectName());
        if (p->isWindow())
            break;
    }
    return path.join(u'/');
}

// The widgets of `root`'s own window: never those of a window it owns (the main window is
// the parent of its wizards and dialogs).
QList<QWidget *> widgetsOf(QWidget *root)
{
    QList<QWidget *> own;
    const QList<QWidget *> all = root->findChildren<QWidget *>();
    for (QWidget *w : all)
        if (w->window() == root->window())
            own.append(w);
    return own;
}

// A widget that belongs to another control (a spin box's line edit, a table's corner button, a
// scroll bar, a combo box's popup): named and focused through its owner.
bool isInternal(const QWidget *w, const QWidget *root)
{
    for (const QWidget *p = w->parentWidget(); p && p != root->parentWidget(); p = p->parentWidget()) {
        if (qobject_cast<const QAbstractItemView *>(p) || qobject_cast<const QAbstractSpinBox *>(p)
            || qobject_cast<const QComboBox *>(p) || qobject_cast<const QTextEdit *>(p)
            || qobject_cast<const QPlainTextEdit *>(p) || qobject_cast<const QLineEdit *>(p))
            return true;
    }
    return qobject_cast<const QAbstractSlider *>(w) && !w->inherits("QSlider"); // scroll bars
}

bool isInteractive(const QWidget *w)
{
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w)
        || qobject_cast<const QAbstractSpinBox *>(w) || qobject_cast<const QComboBox *>(w)
        || qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QTextEdit *>(w)
        || qobject_cast<const QPlainTextEdit *>(w) || w->inherits("QSlider")
        || qobject_cast<const Gui::ThroughputChartWidget *>(w);
}

QList<QWidget *> interactiveControls(QWidget *root)
{
    QList<QWidget *> controls;
    const QList<QWidget *> all = widgetsOf(root);
    for (QWidget *w : all)
        if (isInteractive(w) && !isInternal(w, root) && !w->inherits("QHeaderView"))
            controls.append(w);
    return controls;
}

QString plain(QString text)
{
    if (Qt::mightBeRichText(text))
        text = QTextDocumentFragment::fromHtml(text).toPlainText();
    return text.remove(QRegularExpression(u"&(?=[^&])"_s)).trimmed();
}

// Problems with names: an interactive control with no visible label, no text of its own and no
// accessibleName.
QStringList unnamedControls(QWidget *root)
{
    QHash<const QWidget *, const QLabel *> buddyOf;
    for (QWidget *w : widgetsOf(root))
        if (auto *label = qobject_cast<const QLabel *>(w); label && label->buddy() && !plain(label->text()).isEmpty())
            buddyOf.insert(label->buddy(), label);
    QStringList problems;
    for (QWidget *w : interactiveControls(root)) {
        if (!w->isVisibleTo(root)) // shown later with its text set (checked on the page that shows it)
            continue;
        if (!w->accessibleName().trimmed().isEmpty())
            continue;
        if (auto *b = qobject_cast<QAbstractButton *>(w); b && !plain(b->text()).isEmpty())
            continue;
        if (const QLabel *label = buddyOf.value(w); label && (label->isVisibleTo(root) || !w->isVisibleTo(root)))
            continue;
        problems.append(describe(w));
    }
    return problems;
}

// Labels whose accessibleName hides their words: a screen reader reads a label's accessible
// name instead of its text, so a name like "Summary" would silence the summary itself.
QStringList silencedLabels(QWidget *root)
{
    QStringList problems;
    for (QWidget *w : widgetsOf(root)) {
        auto *label = qobject_cast<QLabel *>(w);
        if (!label || label->accessibleName().isEmpty())
            continue;
        const QString text = plain(label->text()).simplified();
        if (!text.isEmpty() && !label->accessibleName().simplified().contains(text.left(40)))
            problems.append(u"%1 (\"%2\" instead of \"%3\")"_s.arg(describe(label), label->accessibleName(), text.left(40)));
    }
    return problems;
}

// Interactive controls that the keyboard never reaches.
QStringList unfocusableControls(QWidget *root)
{
    QStringList problems;
    for (QWidget *w : interactiveControls(root))
        if (!(w->focusPolicy() & Qt::TabFocus))
            problems.append(describe(w));
    return problems;
}

// Mnemonics (Alt+letter) of the controls visible together in `root`: each letter once.
QStringList duplicateMnemonics(QWidget *root)
{
    QHash<QChar, QStringList> owners;
    const QRegularExpression mnemonic(u"(?<!&)&([^&\\s])"_s);
    const QList<QWidget *> all = widgetsOf(root);
    for (QWidget *w : all) {
        if (!w->isVisibleTo(root))
            continue;
        QString text;
        if (auto *b = qobject_cast<QAbstractButton *>(w))
            text = b->text();
        else if (auto *l = qobject_cast<QLabel *>(w); l && l->buddy())
            text = l->text();
        const QRegularExpressionMatch m = mnemonic.match(text);
        if (m.hasMatch())
            owners[m.captured(1).at(0).toLower()].append(describe(w));
    }
    QStringList problems;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it)
        if (it.value().size() > 1)
            problems.append(u"Alt+%1: %2"_s.arg(it.key(), it.value().join(u", "_s)));
    return problems;
}

// A colour written in a style sheet or in rich text ("#b3261e", "white", "rgb(1,2,3)").
QColor parseColor(const QString &text)
{
    static const QRegularExpression rgb(u"rgba?\\(\\s*(\\d+)\\s*,\\s*(\\d+)\\s*,\\s*(\\d+)"_s);
    if (const QRegularExpressionMatch m = rgb.match(text); m.hasMatch())
        return QColor(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    return QColor::fromString(text.trimmed());
}

QColor styleSheetColor(const QWidget *w, const QString &property)
{
    const QRegularExpression re(u"(?<![-\\w])%1\\s*:\\s*([^;}]+)"_s.arg(property));
    const QRegularExpressionMatch m = re.match(w->styleSheet());
    return m.hasMatch() ? parseColor(m.captured(1)) : QColor();
}

// The colour a widget's text is painted on: its own style sheet background, else the first
// widget up the tree that paints a background (style sheet, autoFillBackground, a window),
// in the role that widget paints with.
QColor backgroundOf(const QWidget *w)
{
    for (const QWidget *p = w; p; p = p->parentWidget()) {
        if (QColor c = styleSheetColor(p, u"background(?:-color)?"_s); c.isValid())
            return c;
        if (p->autoFillBackground() || p->isWindow()) {
            const QPalette::ColorRole role = p->backgroundRole() == QPalette::NoRole ? QPalette::Window : p->backgroundRole();
            return p->palette().color(QPalette::Active, role);
        }
    }
    return QApplication::palette().color(QPalette::Window);
}

QColor foregroundOf(const QWidget *w)
{
    if (QColor c = styleSheetColor(w, u"color"_s); c.isValid())
        return c;
    return w->palette().color(QPalette::Active, w->foregroundRole());
}

// Text colours (against their backgrounds) below 4.5:1 in `root`.
QStringList lowContrast(QWidget *root)
{
    root->ensurePolished();
    QStringList problems;
    auto check = [&](const QWidget *w, const QColor &fg, const QColor &bg, const QString &what) {
        const double ratio = Gui::StatusColors::contrastRatio(fg, bg);
        if (ratio < 4.5)
            problems.append(u"%1 %2: %3 on %4 is %5:1"_s.arg(describe(w), what, fg.name(), bg.name())
                                .arg(ratio, 0, 'f', 2));
    };
    QList<QWidget *> texts;
    for (QWidget *w : widgetsOf(root))
        if (qobject_cast<QLabel *>(w) || qobject_cast<QCheckBox *>(w) || qobject_cast<QRadioButton *>(w))
            texts.append(w);
    if (qobject_cast<QLabel *>(root))
        texts.prepend(root);
    static const QRegularExpression inlineColor(
        u"(?:(?<![-\\w])color\\s*:\\s*|<font[^>]*\\scolor\\s*=\\s*)['\"]?(#[0-9a-fA-F]{3,8}|rgba?\\([^)]*\\)|[a-zA-Z]+)"_s);
    for (QWidget *w : std::as_const(texts)) {
        w->ensurePolished();
        const QColor bg = backgroundOf(w);
        check(w, foregroundOf(w), bg, u"text"_s);
        if (auto *label = qobject_cast<QLabel *>(w)) {
            auto it = inlineColor.globalMatch(label->text());
            while (it.hasNext()) {
                const QString spec = it.next().captured(1);
                const QColor c = parseColor(spec);
                if (c.isValid())
                    check(w, c, bg, u"rich text colour "_s + spec);
            }
        }
    }
    for (QWidget *w : widgetsOf(root)) {
        auto *view = qobject_cast<QAbstractItemView *>(w);
        QAbstractItemModel *model = view ? view->model() : nullptr;
        if (!model || view->inherits("QHeaderView") || qobject_cast<QComboBox *>(view->parentWidget()))
            continue;
        for (int row = 0; row < std::min(model->rowCount(), 200); ++row) {
            for (int col = 0; col < model->columnCount(); ++col) {
                const QModelIndex index = model->index(row, col);
                const QVariant fg = index.data(Qt::ForegroundRole);
                if (!fg.isValid())
                    continue;
                const QVariant bgData = index.data(Qt::BackgroundRole);
                const QColor base = view->palette().color(QPalette::Active, QPalette::Base);
                const QColor alternate = view->palette().color(QPalette::Active, QPalette::AlternateBase);
                const QColor bg = bgData.isValid() ? bgData.value<QBrush>().color() : base;
                const QColor color = fg.value<QBrush>().color();
                check(view, color, bg, u"cell (%1, %2)"_s.arg(row).arg(col));
                if (!bgData.isValid() && view->alternatingRowColors() && row % 2 == 1)
                    check(view, color, alternate, u"cell (%1, %2) on the alternate row"_s.arg(row).arg(col));
            }
        }
    }
    for (auto *chart : root->findChildren<Gui::ThroughputChartWidget *>()) {
        const QColor base = chart->palette().color(QPalette::Active, QPalette::Base);
        check(chart, chart->palette().color(QPalette::Active, QPalette::Text), base, u"axis text"_s);
        check(chart, Gui::ThroughputChartWidget::ceilingColor(chart->palette()), base, u"rate limit line"_s);
    }
    return problems;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestSupport::SandboxProcess m_sandbox;
    TestSupport::WizardDriver m_drive {m_sandbox};
    QPalette m_lightPalette;

    QString store(const QString &name) const { return m_dir.filePath(name + u"/jobs.sqlite"_s); }

    // With WIZARD_A11Y_SHOTS=<folder>, a picture of every window checked, to look at.
    static void keepPicture(QWidget *window, const QString &where)
    {
        const QString dir = qEnvironmentVariable("WIZARD_A11Y_SHOTS");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QString name = QString::fromLatin1(QTest::currentDataTag()) + u"-"_s + where;
        name.replace(QRegularExpression(u"[^A-Za-z0-9]+"_s), u"-"_s);
        window->grab().save(QDir(dir).filePath(name + u".png"_s));
    }

    // All the checks on one window or page; `where` names it in failure messages.
    static QStringList problemsOf(QWidget *root, const QString &where)
    {
        keepPicture(root->isVisible() ? root->window() : root, where);
        QStringList all;
        for (const QString &p : unnamedControls(root))
            all.append(where + u": no label or accessible name: "_s + p);
        for (const QString &p : silencedLabels(root))
            all.append(where + u": accessible name hides the label's text: "_s + p);
        for (const QString &p : unfocusableControls(root))
            all.append(where + u": not reachable with Tab: "_s + p);
        for (const QString &p : duplicateMnemonics(root))
            all.append(where + u": mnemonic used twice: "_s + p);
        for (const QString &p : lowContrast(root))
            all.append(where + u": contrast below 4.5:1: "_s + p);
        return all;
    }

    // The wizard's current page with the wizard's own buttons (mnemonics are per window).
    static QStringList wizardProblems(Gui::ImportWizard *wizard, const QString &where)
    {
        QCoreApplication::processEvents(); // laid out as shown
        QStringList all = problemsOf(wizard->currentPage(), where);
        for (const QString &p : duplicateMnemonics(wizard))
            all.append(where + u": mnemonic used twice in the wizard: "_s + p);
        return all;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        TestSupport::WizardDriver::isolate(m_dir);
        qputenv("WORKOS_SANDBOX_PATH", WORKOS_SANDBOX_PATH);
        qputenv("WIZARD_SANDBOX_ARGS", "--rate-limits off");
        // Fusion paints with the palette it is given, as the desktop styles do.
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        m_lightPalette = QApplication::style()->standardPalette();
        QVERIFY2(m_sandbox.startSandbox({u"--rate-limits"_s, u"off"_s, u"--keys"_s, u"sk_test_sandbox,"_s + LiveKey}),
                 qPrintable(m_sandbox.error()));
    }

    void cleanup()
    {
        QApplication::setPalette(m_lightPalette);
        TestSupport::WizardDriver::closeWindows();
    }

    void everyPageAndDialog_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::addRow("light palette") << false;
        QTest::addRow("dark palette") << true;
    }

    // The whole flow, production (the most colour on screen), then every dialog and the main
    // window with and without jobs.
    void everyPageAndDialog()
    {
        QFETCH(bool, dark);
        QApplication::setPalette(dark ? darkPalette() : m_lightPalette);
        const QString tag = QString::fromLatin1(QTest::currentDataTag()).section(u' ', 0, 0);
        const QString storePath = store(tag);
        const QString csv = m_dir.filePath(tag + u".csv"_s);
        writeFile(csv, "email,first_name,org_external_id,org_name,role_slugs\n"
                       "ann@example.com,Ann,acme,Acme,member\nbob@example.com,Bob,globex,Globex,member\n");
        QStringList problems;

        Gui::MainWindow window(storePath);
        window.setOfferInterruptedJobs(false);
        window.show();
        QSignalSpy loaded(&window, &Gui::MainWindow::jobsLoaded);
        QVERIFY(loaded.wait(10000));
        problems += problemsOf(&window, u"Main window (no jobs)"_s);
        // The empty state says what to do first, with New import as its prominent button.
        auto *emptyButton = window.findChild<QPushButton *>(u"emptyNewImportButton"_s);
        QVERIFY(emptyButton && emptyButton->isVisible() && emptyButton->isDefault());
        QVERIFY(!window.findChild<QLabel *>(u"emptyLabel"_s)->text().isEmpty());
        QVERIFY(!window.findChild<QWidget *>(u"jobsView"_s)->isVisible());

        Gui::ImportWizard *wizard = window.newImport();
        QApplication::setActiveWindow(wizard);
        problems += wizardProblems(wizard, u"File page"_s);
        auto *file = qobject_cast<Gui::FilePage *>(wizard->currentPage());
        QVERIFY(file);
        QSignalSpy inspected(file, &Gui::FilePage::inspectionFinished);
        file->setPath(csv);
        QVERIFY(inspected.wait(15000));
        QTRY_VERIFY(file->isComplete());
        wizard->next();
        QCOMPARE(wizard->currentId(), int(Gui::ImportWizard::ColumnsPageId));
        QTRY_VERIFY(wizard->currentPage()->isComplete());
        problems += wizardProblems(wizard, u"Columns page"_s);
        wizard->next();
        QCOMPARE(wizard->currentId(), int(Gui::ImportWizard::ConnectPageId));
        problems += wizardProblems(wizard, u"Connect page (empty)"_s);
        QVERIFY(m_drive.verifyKey(wizard, LiveKey));
        problems += wizardProblems(wizard, u"Connect page (verified)"_s);
        wizard->next();
        QCOMPARE(wizard->currentId(), int(Gui::ImportWizard::SettingsPageId));
        problems += wizardProblems(wizard, u"Settings page"_s);
        wizard->next();
        if (auto *orgs = qobject_cast<Gui::OrganizationsPage *>(wizard->currentPage())) {
            QVERIFY(m_drive.waitForOrganizations(wizard));
            problems += wizardProblems(wizard, u"Organizations page"_s);
            QTRY_VERIFY(orgs->isComplete());
            wizard->next();
        }
        QCOMPARE(wizard->currentId(), int(Gui::ImportWizard::ReviewPageId));
        QVERIFY(m_drive.waitForReview(wizard, 30000)); // the dry run (reads only)
        problems += wizardProblems(wizard, u"Review page"_s);
        auto *confirm = wizard->findChild<QCheckBox *>(u"confirmProductionCheck"_s);
        QVERIFY(confirm && confirm->isVisible());
        confirm->setChecked(true);

        auto *run = qobject_cast<Gui::RunPage *>(wizard->page(Gui::ImportWizard::RunPageId));
        QSignalSpy finished(run, &Gui::RunPage::runFinished);
        // The run page as it stands at the end, while it is still shown (the wizard moves on
        // to Finish right after this signal).
        QObject::connect(run, &Gui::RunPage::runFinished, run, [&problems, run] {
            problems += problemsOf(run, u"Run page"_s);
        });
        wizard->button(QWizard::CommitButton)->click();
        QVERIFY(finished.wait(60000));
        const auto result = finished.first().at(0).value<Engine::JobResult>();
        QCOMPARE(result.state, Store::JobState::Finished);
        QTRY_COMPARE(wizard->currentId(), int(Gui::ImportWizard::FinishPageId));
        problems += wizardProblems(wizard, u"Finish page"_s);

        // The chart's figures as text, and a focus frame a keyboard user can see.
        Gui::ThroughputChartWidget *chart = run->chart();
        chart->clear();
        chart->setCeiling(12.5);
        chart->addSample(4.0);
        chart->addSample(8.0);
        const QLocale locale;
        QVERIFY2(chart->accessibleDescription().contains(locale.toString(8.0, 'f', 1))
                     && chart->accessibleDescription().contains(locale.toString(6.0, 'f', 1))
                     && chart->accessibleDescription().contains(locale.toString(12.5, 'f', 1)),
                 qPrintable(chart->accessibleDescription()));
        {
            Gui::ThroughputChartWidget alone;
            alone.setCeiling(12.5);
            alone.addSample(4.0);
            alone.resize(400, 200);
            alone.show();
            QApplication::setActiveWindow(&alone);
            QVERIFY(QTest::qWaitForWindowActive(&alone));
            alone.clearFocus();
            const QImage unfocused = alone.grab().toImage();
            alone.setFocus(Qt::TabFocusReason);
            QTRY_VERIFY(alone.hasFocus());
            if (alone.grab().toImage() == unfocused)
                problems.append(u"Run page: the chart shows no sign of keyboard focus"_s);
        }

        // The main window with a job.
        window.refresh();
        QVERIFY(loaded.wait(10000));
        QVERIFY(window.selectJob(result.jobId));
        QVERIFY(window.findChild<QWidget *>(u"jobsView"_s)->isVisible());
        QVERIFY(!window.findChild<QPushButton *>(u"emptyNewImportButton"_s)->isVisible());
        problems += problemsOf(&window, u"Main window (a job)"_s);

        Gui::ResumeDialog resume(u"export.csv"_s, m_sandbox.url(), QString(), 4, &window);
        resume.show();
        problems += problemsOf(&resume, u"Resume dialog"_s);
        Gui::VerifyUndoDialog verify(storePath, result.jobId, Gui::VerifyUndoDialog::Mode::Verify, &window);
        verify.show();
        problems += problemsOf(&verify, u"Verify dialog"_s);
        verify.close();
        Gui::AboutDialog about(&window);
        about.show();
        problems += problemsOf(&about, u"About dialog"_s);
        Gui::HelpDialog help(&window);
        help.show();
        problems += problemsOf(&help, u"Help dialog"_s);
        Gui::PasswordCheckDialog passwordCheck(Engine::KnownPasswordRequest{}, &window);
        passwordCheck.show();
        problems += problemsOf(&passwordCheck, u"Check a known password dialog"_s);
        Gui::PasswordCheckDialog signIn(m_sandbox.url(), Api::ApiKey(u"sk_test_accessibility"_s), false, &window);
        signIn.show();
        problems += problemsOf(&signIn, u"Sign in dialog"_s);
        wizard->close();

        for (const QString &p : std::as_const(problems))
            qWarning().noquote() << p;
        QVERIFY2(problems.isEmpty(), qPrintable(u"%1 problems, listed above"_s.arg(problems.size())));
    }

    // The badge and the alert red are chosen for the palette: 4.5:1 on light and dark alike.
    void alertColourFollowsThePalette()
    {
        for (const QPalette &palette : {m_lightPalette, darkPalette()}) {
            const QColor red = Gui::StatusColors::forPalette(Gui::StatusColors::Tone::Error, palette);
            QVERIFY(Gui::StatusColors::contrastRatio(red, palette.color(QPalette::Window)) >= 4.5);
            QVERIFY(Gui::StatusColors::contrastRatio(Gui::ThroughputChartWidget::ceilingColor(palette),
                                                         palette.color(QPalette::Base)) >= 4.5);
        }
        // The formula itself: black on white is 21:1, a colour against itself 1:1.
        QCOMPARE(qRound(Gui::StatusColors::contrastRatio(Qt::black, Qt::white)), 21);
        QCOMPARE(Gui::StatusColors::contrastRatio(QColor(0x80, 0x80, 0x80), QColor(0x80, 0x80, 0x80)), 1.0);
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
