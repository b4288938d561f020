#pragma once
// ScreenshotTour: walks the app through a whole rehearsal import with a demo file and grabs
// every screen into PNG files (QWidget::grab), for the user guide (scripts/screenshots.sh
// starts the app with --screenshot-tour DIR --demo-csv FILE). Uses the local sandbox as the
// server; quits the application when done. GUI thread; never waits, it reacts to signals.

#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QString>

namespace Gui {

class ImportWizard;
class MainWindow;

class ScreenshotTour : public QObject
{
    Q_OBJECT
public:
    ScreenshotTour(MainWindow *window, QString outputDir, QString demoCsv, QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    void done(bool ok);

private:
    void grab(QWidget *widget, const QString &name);
    void fail(const QString &why);
    void step(const char *what);
    void connectStep();
    void reviewStep();
    void commitStep(); // after the Review page's dry run

    QPointer<MainWindow> m_window;
    QPointer<ImportWizard> m_wizard;
    QString m_dir;
    QString m_csv;
    int m_count = 0;
};

} // namespace Gui
