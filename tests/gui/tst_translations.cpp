// The wizard in German and in French (issue 10): both translations are complete (every message
// of translations/wizard_{de,fr}.ts finished, plural forms filled, the same placeholders as the
// English text), and no screen shows an English text once the language is switched the way the
// app's main.cpp switches it (Language::install). The main window, its dialogs and every page of
// an import against workos-sandbox are built once in English and once in the language, and the
// texts of their widgets (labels, buttons, group boxes, check boxes, tooltips, placeholders,
// window titles, page titles, table headers, combo box entries, menus) are compared position by
// position: a text that stayed English is reported with where it sits. Product names (WorkOS,
// CSV, API), e-mail addresses, file names, CSV column names and numbers may stay the same.
// English has a translation too, of its plural messages only (translations/wizard_en.ts, made with
// lupdate -pluralonly): a count of one reads "1 user", not "1 users".
#include "aboutdialog.h"
#include "connectpage.h"
#include "filepage.h"
#include "importwizard.h"
#include "language.h"
#include "languagemenu.h"
#include "mainwindow.h"
#include "organizationspage.h"
#include "columnspage.h"
#include "resumedialog.h"
#include "reviewpage.h"
#include "runpage.h"

#include "engine/import/jobrunner.h"

#include "../testsupport/importfiles.h"
#include "../testsupport/sandboxprocess.h"
#include "../testsupport/wizarddriver.h"

#include <QtCore/QProcess>
#include <QtCore/QXmlStreamReader>
#include <QtGui/QTextDocument>
#include <QtTest/QtTest>
#include <QtWidgets/QAbstractButton>
#include <QtWidgets/QApplication>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QGroupBox>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QMenu>
#include <QtWidgets/QMenuBar>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QTextBrowser>
#include <QtWidgets/QWizardPage>

using namespace Qt::StringLiterals;
using TestSupport::writeFile;

namespace {

// Position of a widget in its window: object names (or class and index) from the top down.
QString pathOf(const QWidget *widget)
{
    QStringList parts;
    for (const QObject *o = widget; o; o = o->parent()) {
        QString part = o->objectName();
        if (part.isEmpty()) {
            int index = 0;
            if (o->parent()) {
                const QObjectList siblings = o->parent()->children();
                for (const QObject *s : siblings) {
                    if (s == o)
                        break;
                    if (s->metaObject() == o->metaObject())
                        ++index;
                }
            }
            part = QString::fromLatin1(o->metaObject()->className()) + u'#' + QString::number(index);
        }
        parts.prepend(part);
    }
    return parts.join(u'/');
}

using Texts = QMap<QString, QString>; // where → text

void addText(Texts &texts, const QString &where, const QString &text)
{
    QString plain = text;
    if (Qt::mightBeRichText(plain)) {
        QTextDocument doc;
        doc.setHtml(plain);
        plain = doc.toPlainText();
    }
    plain = plain.simplified();
    if (!plain.isEmpty())
        texts.insert(where, plain);
}

void addMenu(Texts &texts, const QString &where, const QList<QAction *> &actions)
{
    for (QAction *action : actions) {
        const QString at = where + u'/' + action->text();
        addText(texts, where + u"/action:"_s + QString::number(actions.indexOf(action)), action->text());
        addText(texts, where + u"/action-tip:"_s + QString::number(actions.indexOf(action)),
                action->toolTip() == QString(action->text()).remove(u'&') ? QString() : action->toolTip());
        if (action->menu())
            addMenu(texts, at, action->menu()->actions());
    }
}

// Every text a person can see in `root` and its children, keyed by where it is.
void collect(Texts &texts, const QString &screen, QWidget *root)
{
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (w->inherits("QCompleter") || qobject_cast<QMenu *>(w))
            continue;
        const QString at = screen + u':' + pathOf(w);
        if (w->isWindow())
            addText(texts, at + u"/windowTitle"_s, w->windowTitle());
        addText(texts, at + u"/toolTip"_s, w->toolTip());
        addText(texts, at + u"/whatsThis"_s, w->whatsThis());
        if (auto *label = qobject_cast<QLabel *>(w))
            addText(texts, at + u"/text"_s, label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            addText(texts, at + u"/text"_s, button->text());
        else if (auto *edit = qobject_cast<QLineEdit *>(w))
            addText(texts, at + u"/placeholder"_s, edit->placeholderText());
        if (auto *box = qobject_cast<QGroupBox *>(w))
            addText(texts, at + u"/title"_s, box->title());
        if (auto *page = qobject_cast<QWizardPage *>(w)) {
            addText(texts, at + u"/title"_s, page->title());
            addText(texts, at + u"/subTitle"_s, page->subTitle());
        }
        if (auto *tabs = qobject_cast<QTabWidget *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                addText(texts, at + u"/tab:"_s + QString::number(i), tabs->tabText(i));
        }
        if (auto *combo = qobject_cast<QComboBox *>(w); combo && !combo->isEditable()) {
            for (int i = 0; i < combo->count(); ++i)
                addText(texts, at + u"/item:"_s + QString::number(i), combo->itemText(i));
        }
        if (auto *header = qobject_cast<QHeaderView *>(w); header && header->model()) {
            const int count = header->orientation() == Qt::Horizontal ? header->model()->columnCount()
                                                                       : 0; // row numbers are numbers
            for (int i = 0; i < count; ++i) {
                addText(texts, at + u"/header:"_s + QString::number(i),
                        header->model()->headerData(i, Qt::Horizontal).toString());
                addText(texts, at + u"/header-tip:"_s + QString::number(i),
                        header->model()->headerData(i, Qt::Horizontal, Qt::ToolTipRole).toString());
            }
        }
        if (auto *bar = qobject_cast<QMenuBar *>(w))
            addMenu(texts, at, bar->actions());
    }
}

// Letters used by more than one visible mnemonic (buttons, labels with a buddy, tabs) of `window`:
// Alt+letter would then reach only one of them.
QStringList mnemonicClashes(QWidget *window)
{
    static const QRegularExpression mnemonic(u"&([^&\\s])"_s);
    QMultiMap<QString, QString> byLetter;
    const auto add = [&](const QString &text) {
        const QRegularExpressionMatch m = mnemonic.match(QString(text).replace(u"&&"_s, QString()));
        if (m.hasMatch())
            byLetter.insert(m.captured(1).toLower(), text);
    };
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisible())
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            add(button->text());
        else if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
            add(label->text());
        else if (auto *tabs = qobject_cast<QTabWidget *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs->tabText(i));
        }
    }
    QStringList clashes;
    const QStringList letters = byLetter.uniqueKeys();
    for (const QString &letter : letters) {
        if (byLetter.count(letter) > 1)
            clashes.append(letter + u": "_s + byLetter.values(letter).join(u" | "_s));
    }
    return clashes;
}

// A text that is the same in every language: made only of product names, file and column
// names, addresses and numbers.
bool sameInEveryLanguage(QString text, const QStringList &alsoAllowed)
{
    text.remove(u'&'); // mnemonics
    static const QRegularExpression patterns[] = {
        QRegularExpression(u"[\\w.+-]+@[\\w.-]+"_s),                 // e-mail addresses
        QRegularExpression(u"(https?://|file:/)\\S+"_s),              // addresses
        QRegularExpression(u"(/[\\w.+-]+)+/?"_s),                     // paths
        QRegularExpression(u"[\\w-]+\\.(csv|json|jsonl|ndjson|sqlite)"_s, QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(u"\\b\\w*_\\w*\\b"_s),                      // CSV field names (first_name), keys (sk_test_…)
        QRegularExpression(u"\\b(WorkOS|CSV|API|JSON|HTTPS?|TLS|URL|ID|OK|Qt|GPL|LGPL|UTF-8|Windows-1252|Excel|"
                           "English|Deutsch|Français|AuthKit|Ctrl|Alt|Shift|Esc|F1)\\b"_s),
        QRegularExpression(u"[\\d\\s.,:;%()\\[\\]/+×·–—…→←↑↓•✓✗✔✘!?\"'«»„“”&*#<>=|-]+"_s),
    };
    for (const QString &word : alsoAllowed)
        text.replace(QRegularExpression(u"\\b"_s + QRegularExpression::escape(word) + u"\\b"_s), QString());
    for (const QRegularExpression &re : patterns)
        text.replace(re, u" "_s);
    return !text.contains(QRegularExpression(u"\\p{L}"_s));
}

struct TsCheck
{
    int messages = 0;
    QStringList problems;
};

QSet<QString> placeholders(const QString &text)
{
    QSet<QString> found;
    static const QRegularExpression re(u"%(\\d+|n)"_s);
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

// Every message of a .ts file finished, with the source's placeholders; plural messages with
// `forms` filled forms.
TsCheck checkTs(const QString &path, int forms)
{
    TsCheck check;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        check.problems.append(u"cannot open %1"_s.arg(path));
        return check;
    }
    QXmlStreamReader xml(&file);
    QString context, source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name")
            context = xml.readElementText();
        else if (xml.name() == u"source")
            source = xml.readElementText();
        else if (xml.name() == u"translation") {
            const QString type = xml.attributes().value(u"type"_s).toString();
            if (type == u"vanished" || type == u"obsolete") // no longer in the sources
                continue;
            ++check.messages;
            const QString where = context + u": \""_s + source.left(60) + u'"';
            if (type == u"unfinished")
                check.problems.append(u"unfinished: "_s + where);
            QStringList texts;
            QString plain;
            bool numerus = false;
            while (!xml.atEnd() && !(xml.readNext() == QXmlStreamReader::EndElement && xml.name() == u"translation")) {
                if (xml.isStartElement() && xml.name() == u"numerusform") {
                    numerus = true;
                    texts.append(xml.readElementText());
                } else if (xml.isCharacters()) {
                    plain += xml.text();
                }
            }
            if (!numerus)
                texts = QStringList{plain};
            if (numerus && texts.size() != forms)
                check.problems.append(u"%1 plural forms instead of %2: %3"_s.arg(texts.size()).arg(forms).arg(where));
            for (const QString &t : std::as_const(texts)) {
                if (t.trimmed().isEmpty())
                    check.problems.append(u"empty: "_s + where);
                else if (placeholders(t) != placeholders(source) && !(numerus && placeholders(t) + QSet{u"%n"_s} == placeholders(source)))
                    check.problems.append(u"placeholders differ: %1 → \"%2\""_s.arg(where, t.left(60)));
            }
        }
    }
    if (xml.hasError())
        check.problems.append(u"%1: %2"_s.arg(path, xml.errorString()));
    return check;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestSupport::SandboxProcess m_sandbox;
    TestSupport::WizardDriver m_drive {m_sandbox};
    // CSV column names and values of the test file, shown as they are in every language.
    const QStringList m_fileWords{u"email"_s, u"Ann"_s, u"Lee"_s, u"Bob"_s, u"Acme"_s, u"Globex"_s, u"member"_s,
                                  u"admin"_s, u"Example"_s};

    QString store() const { return m_dir.filePath(u"data/jobs.sqlite"_s); }
    QMap<QString, QStringList> m_clashes; // screen → mnemonic clashes, filled by walk()

    // Every screen of the program in the current language: the main window with its menus and
    // dialogs, and an import through every wizard page to its end.
    Texts walk()
    {
        Texts texts;
        m_clashes.clear();
        TestSupport::WizardDriver::forgetSession();
        {
            Gui::MainWindow window(store());
            window.setOfferInterruptedJobs(false);
            Gui::addLanguageMenu(&window);
            Gui::addHelpMenu(&window);
            window.show();
            collect(texts, u"main"_s, &window);
            m_clashes.insert(u"main"_s, mnemonicClashes(&window));
            Gui::AboutDialog about(&window);
            collect(texts, u"about"_s, &about);
            Gui::ResumeDialog resume(u"users.csv"_s, m_sandbox.url(), QString(), 4, &window);
            collect(texts, u"resume"_s, &resume);
        }

        const QString csv = m_dir.filePath(u"users.csv"_s);
        writeFile(csv, "email,first_name,last_name,org_external_id,org_name,role_slugs\n"
                       "ann@example.com,Ann,Lee,acme,Acme,member\n"
                       "bob@example.com,Bob,Lee,globex,Globex,admin\n"
                       "not-an-address,Bob,Lee,globex,Globex,admin\n");
        Gui::ImportWizard wizard(store());
        wizard.show();
        const auto screen = [&] {
            const QString name = u"wizard%1"_s.arg(wizard.currentId());
            m_clashes.insert(name, mnemonicClashes(&wizard));
            return name;
        };
        collect(texts, u"wizard-start"_s, &wizard);

        auto *file = qobject_cast<Gui::FilePage *>(wizard.currentPage());
        if (!file)
            return {};
        QSignalSpy inspected(file, &Gui::FilePage::inspectionFinished);
        file->setPath(csv);
        if (!inspected.wait(15000) || !file->isComplete())
            return {};
        collect(texts, screen(), &wizard);
        wizard.next();
        if (auto *columns = qobject_cast<Gui::ColumnsPage *>(wizard.currentPage()); columns && columns->isInspecting()) {
            QSignalSpy again(columns, &Gui::ColumnsPage::inspectionFinished);
            again.wait(15000);
        }
        collect(texts, screen(), &wizard);
        wizard.next();
        if (!m_drive.verifyKey(&wizard, m_sandbox.keys().first()))
            return {};
        collect(texts, screen(), &wizard);
        wizard.next(); // Settings
        collect(texts, screen(), &wizard);
        wizard.next(); // Organizations & roles
        if (!m_drive.waitForOrganizations(&wizard))
            return {};
        collect(texts, screen(), &wizard);
        wizard.next(); // Review
        if (!m_drive.waitForReview(&wizard, 30000)) // the dry run (reads only)
            return {};
        collect(texts, screen(), &wizard);
        auto *run = qobject_cast<Gui::RunPage *>(wizard.page(Gui::ImportWizard::RunPageId));
        QSignalSpy finished(run, &Gui::RunPage::runFinished);
        wizard.button(QWizard::CommitButton)->click();
        collect(texts, u"run-started"_s, &wizard);
        if (!finished.wait(60000))
            return {};
        collect(texts, screen(), &wizard);
        QTest::qWait(0);
        if (wizard.currentId() == Gui::ImportWizard::RunPageId)
            wizard.next();
        collect(texts, screen(), &wizard);
        const QWidgetList windows = QApplication::topLevelWidgets();
        for (QWidget *w : windows) {
            if (auto *box = qobject_cast<QMessageBox *>(w))
                box->reject();
        }
        return texts;
    }

    // `sameWords`: words that are spelled the same in that language as in English and are the
    // natural word there (German "Details", French "Messages").
    void compareWith(const QLocale &locale, const QStringList &sameWords)
    {
        Language::install(QLocale(QLocale::English, QLocale::UnitedStates));
        const Texts english = walk();
        const QMap<QString, QStringList> englishClashes = m_clashes;
        QVERIFY2(english.size() > 150, qPrintable(u"only %1 texts found in English"_s.arg(english.size())));
        const Language::Installed installed = Language::install(locale);
        QVERIFY2(!installed.programTranslation.isEmpty(), "the wizard's translation did not load");
        const Texts translated = walk();
        const QMap<QString, QStringList> translatedClashes = m_clashes;
        Language::install(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(!translated.isEmpty());
        QMap<QString, QString> untranslated; // text → first place it was seen
        int compared = 0;
        for (auto it = translated.cbegin(); it != translated.cend(); ++it) {
            const auto en = english.constFind(it.key());
            if (en == english.cend())
                continue;
            ++compared;
            if (*en == *it && !sameInEveryLanguage(*it, m_fileWords + sameWords) && !untranslated.contains(*it))
                untranslated.insert(*it, it.key());
        }
        // Mnemonics unique per window, at least as unique as in English.
        QStringList clashes;
        for (auto it = translatedClashes.cbegin(); it != translatedClashes.cend(); ++it) {
            if (it->size() > englishClashes.value(it.key()).size())
                clashes.append(it.key() + u": "_s + it->join(u"; "_s));
        }
        QVERIFY2(clashes.isEmpty(), qPrintable(u"\nmnemonic clashes in %1:\n"_s.arg(locale.name()) + clashes.join(u'\n')));
        QStringList report;
        for (auto it = untranslated.cbegin(); it != untranslated.cend(); ++it)
            report.append(u"\"%1\" at %2"_s.arg(it.key().left(100), it.value()));
        QVERIFY2(compared > 150, qPrintable(u"only %1 texts compared"_s.arg(compared)));
        QVERIFY2(untranslated.isEmpty(), qPrintable(u"\n%1 English text(s) in %2:\n"_s.arg(untranslated.size()).arg(locale.name())
                                                   + report.join(u'\n')));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        TestSupport::WizardDriver::isolate(m_dir);
        qputenv("WORKOS_SANDBOX_PATH", WORKOS_SANDBOX_PATH);
        QVERIFY2(m_sandbox.startSandbox({u"--rate-limits"_s, u"off"_s}), qPrintable(m_sandbox.error()));
    }

    void tsFilesComplete_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addRow("de") << WIZARD_SOURCE_DIR "/translations/wizard_de.ts";
        QTest::addRow("fr") << WIZARD_SOURCE_DIR "/translations/wizard_fr.ts";
    }

    // Every message finished, two plural forms in German and French, placeholders kept.
    void tsFilesComplete()
    {
        QFETCH(QString, path);
        const TsCheck check = checkTs(path, 2);
        QVERIFY2(check.messages > 400, qPrintable(u"only %1 messages in %2"_s.arg(check.messages).arg(path)));
        QVERIFY2(check.problems.isEmpty(), qPrintable(u"\n"_s + check.problems.join(u'\n')));
    }

    // The language follows the system unless chosen; a language the wizard does not speak gives
    // English, numbers included.
    void localeFollowsTheChoice()
    {
        QCOMPARE(Language::localeFor(QString(), QLocale(u"de_AT"_s)).name(), u"de_AT"_s);
        QCOMPARE(Language::localeFor(QString(), QLocale(u"fr_CA"_s)).name(), u"fr_CA"_s);
        QCOMPARE(Language::localeFor(QString(), QLocale(u"it_IT"_s)).language(), QLocale::English);
        QCOMPARE(Language::localeFor(u"en"_s, QLocale(u"de_DE"_s)).language(), QLocale::English);
        QCOMPARE(Language::localeFor(u"fr"_s, QLocale(u"de_DE"_s)).language(), QLocale::French);
        QCOMPARE(Language::localeFor(u"de"_s, QLocale(u"de_CH"_s)).name(), u"de_CH"_s);
        Language::install(QLocale(u"de_DE"_s));
        QCOMPARE(QLocale().toString(1050), u"1.050"_s);
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Abbrechen"_s);
        Language::install(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(QLocale().toString(1050), u"1,050"_s);
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Cancel"_s);
    }

    // Settings → Language stores the choice that main.cpp reads at the next start.
    void languageMenuStoresTheChoice()
    {
        QSettings().clear();
        Gui::MainWindow window(store());
        window.setOfferInterruptedJobs(false);
        QMenu *menu = Gui::addLanguageMenu(&window);
        QCOMPARE(Gui::storedLanguage(), QString());
        auto *french = menu->findChild<QAction *>(u"language-fr"_s);
        QVERIFY(french);
        QVERIFY(menu->findChild<QAction *>(u"language-system"_s)->isChecked());
        QTimer::singleShot(0, &window, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->accept();
        });
        french->trigger();
        QCOMPARE(Gui::storedLanguage(), u"fr"_s);
        QCOMPARE(Language::localeFor(Gui::storedLanguage(), QLocale(u"de_DE"_s)).language(), QLocale::French);
        QSettings().clear();
    }

    // The CLI never installs a translator: under a German desktop its messages, which come
    // from the same translatable core, stay English (scripts and logs read the same everywhere).
    void cliStaysEnglish()
    {
        const QString csv = m_dir.filePath(u"cli.csv"_s);
        writeFile(csv, "email,first_name\nnot-an-address,Ann\nbob@example.com,Bob\n");
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"LANG"_s, u"de_DE.UTF-8"_s);
        env.insert(u"LC_ALL"_s, u"de_DE.UTF-8"_s);
        env.insert(u"LANGUAGE"_s, u"de"_s);
        cli.setProcessEnvironment(env);
        cli.setProcessChannelMode(QProcess::MergedChannels);
        cli.start(QStringLiteral(WORKOS_IMPORT_PATH), {u"validate"_s, u"--csv"_s, csv});
        QVERIFY(cli.waitForFinished(30000));
        const QString out = QString::fromUtf8(cli.readAll());
        QVERIFY2(out.contains(u"is not a valid email address"_s), qPrintable(out));
        QVERIFY2(!out.contains(u"keine gültige"_s), qPrintable(out));
    }

    // wizard_en.ts: every plural message of the sources (those of wizard_de.ts) with both English
    // forms, and nothing else (it is kept by lupdate -pluralonly).
    void englishPluralsComplete()
    {
        const QString en = QStringLiteral(WIZARD_SOURCE_DIR "/translations/wizard_en.ts");
        const TsCheck check = checkTs(en, 2);
        QVERIFY2(check.problems.isEmpty(), qPrintable(u"\n"_s + check.problems.join(u'\n')));
        const auto messages = [](const QString &path) {
            QMap<QString, bool> found; // context + source → numerus, for the messages still in the sources
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return found;
            QXmlStreamReader xml(&file);
            QString context, source;
            bool numerus = false;
            while (!xml.atEnd()) {
                xml.readNext();
                if (!xml.isStartElement())
                    continue;
                if (xml.name() == u"name") {
                    context = xml.readElementText();
                } else if (xml.name() == u"message") {
                    numerus = xml.attributes().value(u"numerus"_s) == u"yes";
                } else if (xml.name() == u"source") {
                    source = xml.readElementText();
                } else if (xml.name() == u"translation") {
                    const auto type = xml.attributes().value(u"type"_s);
                    if (type != u"vanished" && type != u"obsolete")
                        found.insert(context + u": "_s + source, numerus);
                }
            }
            return found;
        };
        const QMap<QString, bool> all = messages(QStringLiteral(WIZARD_SOURCE_DIR "/translations/wizard_de.ts"));
        const QMap<QString, bool> english = messages(en);
        QStringList missing, extra;
        for (auto it = all.cbegin(); it != all.cend(); ++it) {
            if (*it && !english.contains(it.key()))
                missing.append(it.key());
        }
        for (auto it = english.cbegin(); it != english.cend(); ++it) {
            if (!*it || !all.contains(it.key()))
                extra.append(it.key());
        }
        QVERIFY2(all.size() > 400 && english.size() > 20, qPrintable(u"%1 messages, %2 English plurals"_s.arg(all.size()).arg(english.size())));
        QVERIFY2(missing.isEmpty(), qPrintable(u"\nplural messages missing in wizard_en.ts:\n"_s + missing.join(u'\n')));
        QVERIFY2(extra.isEmpty(), qPrintable(u"\nwizard_en.ts has messages that are not plural messages of the sources:\n"_s
                                             + extra.join(u'\n')));
    }

    // In English a count of one reads singular on the real screens: an import of one user into
    // one organization, from the file to the Review page.
    void englishCountOfOneIsSingular()
    {
        const Language::Installed installed = Language::install(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY2(installed.programTranslation.endsWith(u"wizard_en.qm"_s), qPrintable(installed.programTranslation));
        TestSupport::WizardDriver::forgetSession();
        const QString csv = m_dir.filePath(u"one.csv"_s);
        writeFile(csv, "email,first_name,last_name,org_external_id,org_name,role_slugs\n"
                       "ann@example.com,Ann,Lee,acme,Acme,member\n");
        Gui::ImportWizard wizard(store());
        wizard.show();
        Texts texts;
        auto *file = qobject_cast<Gui::FilePage *>(wizard.currentPage());
        QVERIFY(file);
        QSignalSpy inspected(file, &Gui::FilePage::inspectionFinished);
        file->setPath(csv);
        QVERIFY(inspected.wait(15000) && file->isComplete());
        collect(texts, u"file"_s, &wizard);
        wizard.next();
        auto *columns = qobject_cast<Gui::ColumnsPage *>(wizard.currentPage());
        QVERIFY(columns);
        if (columns->isInspecting()) {
            QSignalSpy again(columns, &Gui::ColumnsPage::inspectionFinished);
            QVERIFY(again.wait(15000));
        }
        QCOMPARE(columns->findChild<QLabel *>(u"statusLabel"_s)->text(),
                 u"1 user to import (1 membership in 1 organization)."_s);
        collect(texts, u"columns"_s, &wizard);
        wizard.next();
        QVERIFY(m_drive.connectWith(&wizard, m_sandbox.keys().first())); // on Settings
        collect(texts, u"settings"_s, &wizard);
        wizard.next(); // Organizations & roles
        QVERIFY(m_drive.waitForOrganizations(&wizard));
        collect(texts, u"organizations"_s, &wizard);
        wizard.next(); // Review
        QVERIFY(m_drive.waitForReview(&wizard, 30000)); // the dry run (reads only)
        const QString commit = wizard.button(QWizard::CommitButton)->text().remove(u'&');
        QVERIFY2(commit == u"Import 1 user into Staging"_s || commit == u"Import 1 user into Production"_s
                     || commit == u"Rehearse with 1 user"_s,
                 qPrintable(commit));
        collect(texts, u"review"_s, &wizard);
        // No "1 users", "1 rows", … anywhere on these screens.
        static const QRegularExpression plural(
            u"(^|[^\\d.,])1 (users|rows|organizations|memberships|seconds|columns|mismatches|objects|workers|fields)\\b"_s);
        QStringList wrong;
        for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
            if (plural.match(*it).hasMatch())
                wrong.append(it.key() + u": "_s + *it);
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(u"\n"_s + wrong.join(u'\n')));
    }

    void germanScreens() { compareWith(QLocale(u"de_DE"_s), {u"Details"_s, u"Problem"_s, u"Pause"_s}); }
    void frenchScreens()
    {
        compareWith(QLocale(u"fr_FR"_s), {u"Messages"_s, u"Production"_s, u"Version"_s, u"Mode"_s, u"Organisation"_s,
                                          u"Organisations"_s, u"Source"_s, u"Total"_s, u"Options"_s});
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
