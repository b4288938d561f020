// Help → About shows the version the package and --version show (WIZARD_VERSION, from
// project(VERSION) in CMakeLists.txt), and the Qt version the program runs on.

#include "aboutdialog.h"

#include <QtTest/QtTest>
#include <QtWidgets/QMainWindow>
#include <QtWidgets/QMenuBar>

using namespace Qt::StringLiterals;

class TestAboutDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void helpMenuOpensAboutWithTheVersion()
    {
        QMainWindow window;
        QAction *about = Gui::addHelpMenu(&window);
        QVERIFY(about);
        QVERIFY(window.menuBar()->actions().size() == 1);
        window.show();
        about->trigger();
        auto *dialog = window.findChild<Gui::AboutDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        const QString text = dialog->text();
        QVERIFY2(text.contains(u"Version "_s + QStringLiteral(WIZARD_VERSION)), qPrintable(text));
        QVERIFY2(text.contains(QString::fromLatin1(qVersion())), qPrintable(text));
        QVERIFY(text.contains(u"MIT"_s));
        dialog->reject();
        QTRY_VERIFY(!window.findChild<Gui::AboutDialog *>()); // deleted on close
    }
};

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
