#pragma once
// ResumeDialog: asks what resuming a job needs: the API key when the system keychain has
// none for the job's API host (masked, pasteable), and the worker count, which may change on
// resume. Modal to the main window but opened with open(), never exec(). GUI thread.

#include <QtWidgets/QDialog>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace Gui {

class ResumeDialog : public QDialog
{
    Q_OBJECT
public:
    ResumeDialog(const QString &jobName, const QString &apiHost, const QString &keyFromKeychain, int workers,
                 QWidget *parent = nullptr);

    QString key() const;
    int workers() const;

private:
    QLineEdit *m_keyEdit;
    QSpinBox *m_workersSpin;
};

} // namespace Gui
