// workos-migration-wizard: the desktop app. Shows the main window (recent jobs + New import).
//
//   --store FILE            use another job store (default: the shared one, see JobStore::defaultPath)
//   --screenshot-tour DIR   walk a rehearsal import with --demo-csv and save a PNG of every screen
#include "mainwindow.h"
#include "screenshottour.h"

#include <store/jobstore.h>

#include <QtCore/QCommandLineParser>
#include <QtGui/QIcon>
#include <QtWidgets/QApplication>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"WorkOS"_s);
    QApplication::setOrganizationDomain(u"workos.com"_s);
    QApplication::setApplicationName(u"workos-migration-wizard"_s);
    QApplication::setApplicationDisplayName(QApplication::translate("main", "WorkOS Migration Wizard"));
    QApplication::setApplicationVersion(QStringLiteral(WIZARD_VERSION));
    QApplication::setDesktopFileName(u"com.workos.MigrationWizard"_s);
    QIcon icon;
    for (const char *size : {"48", "128", "256"})
        icon.addFile(u":/icons/app-"_s + QLatin1StringView(size) + u".png"_s);
    QApplication::setWindowIcon(icon);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Moves users from a CSV file into WorkOS."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption storeOption(u"store"_s, QApplication::translate("main", "Use the job store FILE."), u"FILE"_s);
    const QCommandLineOption tourOption(u"screenshot-tour"_s,
                                        QApplication::translate("main", "Save a screenshot of every screen into DIR."), u"DIR"_s);
    const QCommandLineOption demoOption(u"demo-csv"_s, QApplication::translate("main", "The CSV file for the tour."), u"FILE"_s);
    parser.addOptions({storeOption, tourOption, demoOption});
    parser.process(app);

    const QString storePath = parser.isSet(storeOption) ? parser.value(storeOption) : Store::JobStore::defaultPath();
    Gui::MainWindow window(storePath);
    if (parser.isSet(tourOption)) {
        window.setOfferInterruptedJobs(false);
        window.show();
        auto *tour = new Gui::ScreenshotTour(&window, parser.value(tourOption), parser.value(demoOption), &window);
        QObject::connect(tour, &Gui::ScreenshotTour::done, &app, [](bool ok) { QApplication::exit(ok ? 0 : 1); });
        tour->start();
        return QApplication::exec();
    }
    window.show();
    return QApplication::exec();
}
