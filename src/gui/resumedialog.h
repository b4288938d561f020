#pragma once
// ResumeDialog: asks what resuming a job needs: the API key when the system keychain has
// none for the job's API host (masked, pasteable), and the worker count, which may change on
// resume. The key is checked with WorkOS (one read) before the dialog accepts: a mistyped key
// is asked again and costs no row. Modal to the main window but opened with open(), never
// exec(). GUI thread.

#include <QtCore/QUrl>
#include <QtWidgets/QDialog>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Gui {

namespace Ui {
class ResumeDialog;
}

class ResumeDialog : public QDialog
{
    Q_OBJECT
public:
    ResumeDialog(const QString &jobName, const QUrl &apiUrl, const QString &keyFromKeychain, int workers,
                 QWidget *parent = nullptr);
    ~ResumeDialog() override;

    // Names the environment the job writes to: a red "Production" bar above the question and
    // "Production" in the title (issue 22 item 10). "production", "staging" or "rehearsal".
    void setEnvironment(const QString &environment);
    QString environment() const;

    QString key() const;
    int workers() const;
    QString problemText() const;
    bool isChecking() const { return m_checking; }

public Q_SLOTS:
    // Checks the key first; accepts only when WorkOS takes it.
    void accept() override;

Q_SIGNALS:
    void keyChecked(bool ok, const QString &message);

protected:
    // Tall enough for every wrapped line at the width it opens with (issue 22 item 8).
    void showEvent(QShowEvent *event) override;

private:
    void fitToContent();
    void onChecked(bool ok, const QString &message);

    void showProblem(const QString &text, bool alert);

    std::unique_ptr<Ui::ResumeDialog> m_ui; // ui/resumedialog.ui; the pointers below are its widgets
    QUrl m_apiUrl;
    QLineEdit *m_keyEdit;
    QSpinBox *m_workersSpin;
    QLabel *m_problem;
    class EnvironmentBadge *m_badge = nullptr;
    QString m_jobName;
    QPushButton *m_okButton;
    bool m_checking = false;
};

} // namespace Gui
