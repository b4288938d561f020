// workos-migration-wizard: the desktop app. Shows the main window (recent jobs + New import).
//
//   --store FILE            use another job store (default: the shared one, see JobStore::defaultPath)
//   --screenshot-tour DIR   walk a rehearsal import with --demo-csv and save a PNG of every screen
//   --self-test             show the main window, load the jobs, print what works and quit (package tests)
#include "aboutdialog.h"
#include "language.h"
#include "languagemenu.h"
#include "mainwindow.h"
#include "screenshottour.h"

#include <platform/processhardening.h>
#include <store/jobstore.h>

#include <QtCore/QCommandLineParser>
#include <QtCore/QTimer>
#include <QtGui/QIcon>
#include <QtSql/QSqlDatabase>
#include <QtWidgets/QApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

void selfTestLine(bool ok, const QString &text)
{
    std::fprintf(stdout, "self-test: %s %s\n", ok ? "ok  " : "FAIL", qUtf8Printable(text));
    std::fflush(stdout);
}

// What a package must bring for the wizard to work, checked from inside the running program
// once the main window is up and has read the job store (scripts/package-test.sh runs it).
int selfTest(const Gui::MainWindow &window, const QString &storePath, const Language::Installed &language)
{
    bool ok = true;
    const auto check = [&ok](bool good, const QString &text) {
        selfTestLine(good, text);
        ok = ok && good;
    };
    check(window.isVisible(), u"main window shown (platform plugin \"%1\")"_s.arg(QGuiApplication::platformName()));
    check(QSqlDatabase::isDriverAvailable(u"QSQLITE"_s), u"Qt SQL driver QSQLITE available"_s);
    Store::JobStore store(storePath);
    QString error;
    const bool opened = store.open(&error);
    check(opened, opened ? u"job store %1 opened, jobs listed: %2"_s.arg(storePath).arg(window.model()->rowCount())
                         : u"job store %1 cannot be opened: %2"_s.arg(storePath, error));
    // Reported, not checked: English needs no translation file.
    selfTestLine(true, u"Qt translation for locale %1: %2; \"Cancel\" reads \"%3\""_s
                           .arg(QLocale().name(), language.qtTranslation.isEmpty() ? u"none loaded"_s : language.qtTranslation,
                                QCoreApplication::translate("QPlatformTheme", "Cancel")));
    selfTestLine(true, u"wizard translation: %1"_s.arg(language.programTranslation.isEmpty()
                                                             ? u"none (English)"_s : language.programTranslation));
    check(Platform::coreDumpsDisabled(), u"core dumps off (not dumpable, core size limit 0)"_s);
    return ok ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    // Before any secret is read: no core dump may hold the API key or the password hashes.
    const Platform::HardeningResult hardening = Platform::disableCoreDumps();
    QApplication app(argc, argv);
    if (!hardening.ok())
        qWarning("Core dumps could not be turned off (%s); a crash could leave the API key in a core file.",
                 qUtf8Printable(hardening.error));
    QApplication::setOrganizationName(u"WorkOS"_s);
    QApplication::setOrganizationDomain(u"workos.com"_s);
    QApplication::setApplicationName(u"workos-migration-wizard"_s);
    QApplication::setApplicationVersion(QStringLiteral(WIZARD_VERSION));
    QApplication::setDesktopFileName(u"com.workos.migration_wizard"_s); // the .desktop and AppStream id

    // The wizard's texts, Qt's own (Back / Next / Cancel, file dialogs, from qt6-translations-l10n)
    // and the numbers and dates in one language: the one chosen under Settings → Language, else
    // the system's (when the wizard speaks it).
    const Language::Installed language = Language::install(Language::localeFor(Gui::storedLanguage()));
    QApplication::setApplicationDisplayName(QApplication::translate("main", "WorkOS Migration Wizard"));

    QIcon icon;
    for (const char *size : {"48", "128", "256"})
        icon.addFile(u":/icons/app-"_s + QLatin1StringView(size) + u".png"_s);
    QApplication::setWindowIcon(icon);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Moves users into WorkOS from a CSV file or another provider's export."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption storeOption(u"store"_s, QApplication::translate("main", "Use the job store FILE."), u"FILE"_s);
    const QCommandLineOption tourOption(u"screenshot-tour"_s,
                                        QApplication::translate("main", "Save a screenshot of every screen into DIR."), u"DIR"_s);
    const QCommandLineOption demoOption(u"demo-csv"_s, QApplication::translate("main", "The CSV file for the tour."), u"FILE"_s);
    const QCommandLineOption selfTestOption(
        u"self-test"_s, QApplication::translate("main", "Show the main window, list the jobs, print what works and quit "
                                                        "(exit code 0 when everything does)."));
    parser.addOptions({storeOption, tourOption, demoOption, selfTestOption});
    parser.process(app);

    const QString storePath = parser.isSet(storeOption) ? parser.value(storeOption) : Store::JobStore::defaultPath();
    Gui::MainWindow window(storePath);
    Gui::addLanguageMenu(&window);
    Gui::addHelpMenu(&window);
    if (parser.isSet(tourOption)) {
        window.setOfferInterruptedJobs(false);
        window.show();
        auto *tour = new Gui::ScreenshotTour(&window, parser.value(tourOption), parser.value(demoOption), &window);
        QObject::connect(tour, &Gui::ScreenshotTour::done, &app, [](bool ok) { QApplication::exit(ok ? 0 : 1); });
        tour->start();
        return QApplication::exec();
    }
    if (parser.isSet(selfTestOption)) {
        window.setOfferInterruptedJobs(false);
        QObject::connect(&window, &Gui::MainWindow::jobsLoaded, &app, [&window, storePath, language] {
            QApplication::exit(selfTest(window, storePath, language));
        }, Qt::SingleShotConnection);
    }
    window.show();
    return QApplication::exec();
}
