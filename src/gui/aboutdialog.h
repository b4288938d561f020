#pragma once
// AboutDialog: Help → About: the program's name, its version (the one version of the project,
// WIZARD_VERSION, the same as --version and the package), the Qt version it runs on, the licence
// and where to report problems. addHelpMenu() puts Help → About into a main window's menu bar.
// GUI thread.

#include <QtWidgets/QDialog>

#include <memory>

class QLabel;
class QMainWindow;

namespace Gui {

namespace Ui {
class AboutDialog;
}

class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);
    ~AboutDialog() override;

    // The text shown (for tests): name, version, Qt version, licence.
    QString text() const;

private:
    std::unique_ptr<Ui::AboutDialog> m_ui; // ui/aboutdialog.ui
    QLabel *m_text;
};

// Adds a Help menu with "About WorkOS Migration Wizard" to `window`; returns the About action.
QAction *addHelpMenu(QMainWindow *window);

} // namespace Gui
