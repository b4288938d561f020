#pragma once
// ReviewPage: the commit page, the only page whose button writes. A fixed summary of what will
// happen: where (Production / Staging / local rehearsal, with the key's last four characters),
// the file, users to create, memberships, organizations that exist and that will be created,
// roles, rows that will be skipped and why, how long it takes. One button names the act
// ("Import 1,100 users into Production"). For production a deliberate confirmation: a box that
// names the environment must be ticked. Enter does nothing here (ImportWizard): only a click
// or Space on the button starts the import. GUI thread.

#include <QtWidgets/QWizardPage>

#include <memory>

class QCheckBox;
class QLabel;

namespace Gui {

namespace Ui {
class ReviewPage;
}

class ReviewPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ReviewPage(QWidget *parent = nullptr);
    ~ReviewPage() override;

    // "Import 1,100 users into Production".
    static QString actionText(qint64 users, const QString &environment);
    QString summaryText() const;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

    // "Check a known password…": one account's password against its hash in the file
    // (PasswordCheckDialog, locally, off the GUI thread).
    void checkKnownPassword();

private:
    std::unique_ptr<Ui::ReviewPage> m_ui;
    QLabel *m_summary;         // m_ui->reviewSummary
    QCheckBox *m_confirmCheck; // m_ui->confirmProductionCheck
};

} // namespace Gui
