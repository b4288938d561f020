#pragma once
// SummaryPage: the Finish page: how the import ended, in the same look as the other pages.
// The counts are read from the job store (a QtConcurrent thread with its own connection), not
// from the last progress signal, so an interrupted or resumed job shows the truth. Rows that
// were not imported are grouped by reason, in plain words, with their count and what to do.
// Export the error report (CSV or JSON), Retry failed rows (with a clear answer when there is
// nothing a retry can fix), Open the job folder (or show and copy its path when no file
// manager answers), and the next steps. A desktop notification tells when a long run ended.
// GUI thread.

#include <store/jobrecords.h>

#include <QtCore/QFutureWatcher>
#include <QtWidgets/QWizardPage>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Gui {

class EnvironmentBadge;

// One reason rows were not imported.
struct FailureGroup {
    QString reason;  // plain words
    QString action;  // what to do
    qint64 rows = 0;
    bool retryable = false;
};

struct FinishFacts {
    bool ok = false;
    QString error;
    Store::JobRecord job;
    Store::JobCounters counts; // from the row outcomes
    QList<FailureGroup> groups;
    qint64 retryableRows = 0;
};

class SummaryPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit SummaryPage(QWidget *parent = nullptr);

    void initializePage() override;

    // Reads what the store knows about `jobId` (any thread; opens its own connection).
    static FinishFacts loadFacts(const QString &storePath, const QString &jobId);
    // The plain-words reason and action for a failed row's code.
    static FailureGroup describe(const Store::RowOutcome &row);

    // Writes the error report of the wizard's job to `path` (.csv, .json or .jsonl);
    // exportFinished() follows.
    void exportErrorReport(const QString &path);
    void retryFailedRows();
    void openFolder();
    const FinishFacts &facts() const { return m_facts; }
    QString feedbackText() const;

    // A long run's end deserves a notification when the window is not looked at.
    static constexpr qint64 NotifyAfterMs = 60000;

Q_SIGNALS:
    void exportFinished(bool ok, const QString &message);
    void factsLoaded();

private:
    void showFacts();

    EnvironmentBadge *m_badge;
    QLabel *m_headline;
    QLabel *m_details;
    QTableWidget *m_reasons;
    QLabel *m_feedback;
    QLineEdit *m_folderEdit;
    QPushButton *m_copyButton;
    QLabel *m_nextSteps;
    QPushButton *m_exportButton;
    QPushButton *m_retryButton;
    QPushButton *m_folderButton;
    QFutureWatcher<FinishFacts> m_loader;
    FinishFacts m_facts;
};

} // namespace Gui
