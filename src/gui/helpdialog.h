#pragma once
// HelpDialog: the user guide (docs/user-guide.md, built into the program as a resource) in a
// window of its own, opened at the section a wizard page names (its "helpSection" property).
// Works without a browser or a network. GUI thread.

#include <QtWidgets/QDialog>

#include <memory>

class QTextBrowser;

namespace Gui {

namespace Ui {
class HelpDialog;
}

class HelpDialog : public QDialog
{
    Q_OBJECT
public:
    explicit HelpDialog(QWidget *parent = nullptr);
    ~HelpDialog() override;

    // Shows the guide at the heading `section` (its text, for example "2. Columns"); the
    // start of the guide when empty or not found. Reuses one dialog per parent window.
    static HelpDialog *showSection(QWidget *parent, const QString &section);
    bool goToSection(const QString &section);
    QString guideText() const;

private:
    std::unique_ptr<Ui::HelpDialog> m_ui; // ui/helpdialog.ui
    QTextBrowser *m_browser;
};

} // namespace Gui
