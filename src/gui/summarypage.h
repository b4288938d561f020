#pragma once
// SummaryPage: how the import ended: the counts, how long it took, the rate reached against
// the rate limit; Export the error report (CSV or JSON, Report::ErrorReport, written off the
// GUI thread from a store connection of its own), Retry failed rows (runs the job's retryable
// failures again on the run page), Open the job folder. A desktop notification tells when a
// long run ended. GUI thread.

#include <QtWidgets/QWizardPage>

class QLabel;
class QPushButton;

namespace Gui {

class SummaryPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit SummaryPage(QWidget *parent = nullptr);

    void initializePage() override;

    // Writes the error report of the wizard's job to `path` (.csv, .json or .jsonl);
    // exportFinished() follows.
    void exportErrorReport(const QString &path);
    void retryFailedRows();

    // A long run's end deserves a notification when the window is not looked at.
    static constexpr qint64 NotifyAfterMs = 60000;

Q_SIGNALS:
    void exportFinished(bool ok, const QString &message);

private:
    QLabel *m_headline;
    QLabel *m_details;
    QLabel *m_exportLabel;
    QPushButton *m_exportButton;
    QPushButton *m_retryButton;
    QPushButton *m_folderButton;
};

} // namespace Gui
