#pragma once
// SummaryPage: the Finish page: how the import ended, in the same look as the other pages.
// The counts are read from the job store (a QtConcurrent thread with its own connection), not
// from the last progress signal, so an interrupted or resumed job shows the truth. Rows that
// were not imported are grouped by reason, in plain words, with their count and what to do.
// Export the error report (a spreadsheet for people; CSV or JSON for engineers), Retry failed rows (with a clear answer when there is
// nothing a retry can fix), Open the job folder (or show and copy its path when no file
// manager answers), and the next steps. A desktop notification tells when a long run ended.
// Verify checks, with reads only, that WorkOS holds what the import sent (Engine::Verifier, the
// same engine as `workos-import verify` and the job list's Verify), in a thread of its own: the
// GUI thread never waits on the network; progress and the summary come by queued signals.
// The layout is ui/summarypage.ui; this class holds the behaviour. GUI thread.

#include <engine/followup/followup.h>
#include <store/jobrecords.h>
#include <store/passwordproofstore.h>

#include <QtCore/QFutureWatcher>
#include <QtCore/QPointer>
#include <QtCore/QThread>
#include <QtWidgets/QWizardPage>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Engine {
class Verifier;
}

namespace Gui {

namespace Ui {
class SummaryPage;
}

class EnvironmentBadge;

// One reason rows were not imported.
struct FailureGroup {
    QString reason;  // plain words
    QString action;  // what to do
    qint64 rows = 0;
    bool retryable = false;           // Retry failed rows sends these rows again
    bool fixedOutsideTheFile = false; // the fix is made in WorkOS (a role), not in the file
};

struct FinishFacts {
    bool ok = false;
    QString error;
    Store::JobRecord job;
    Store::JobCounters counts; // from the row outcomes
    QList<FailureGroup> groups;
    qint64 retryableRows = 0; // rows Retry failed rows sends again
    bool retryAll = false;    // some of them failed for good until fixed in WorkOS (a role)
    // "known password verified locally", "sign-in verified" (Store::PasswordProofStore).
    QList<Store::PasswordProof> passwordProofs;
    QJsonObject passwordFates; // the plan's fates kept with the job (a resumed run has no plan of its own)
    // A catch-up (JobSettings::catchUpOf): the earlier job's name for people ("acme-users.csv"),
    // or its id when it is no longer in the store; empty for a job of its own.
    QString catchUpOfName;
};

class SummaryPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit SummaryPage(QWidget *parent = nullptr);
    ~SummaryPage() override;

    void initializePage() override;

    // Reads what the store knows about `jobId` (any thread; opens its own connection).
    // `knownPasswordEmail`: an account whose password the Review page proved against its hash in
    // `knownPasswordFile` before the job existed; recorded with the job here when the job is of
    // that file (its email and the time, never the password).
    // `fates`: the plan's password fates of a new job (JobResult::passwordFates), kept with the job.
    static FinishFacts loadFacts(const QString &storePath, const QString &jobId, const QString &knownPasswordEmail = {},
                                 const QJsonObject &fates = {}, const QString &knownPasswordFile = {});
    // The Finish page's password block: the fates of the plan and what was proved, in HTML.
    // `fates`: Model::PasswordFateCounts::toJson() (this run's plan, or what the job store kept).
    static QString passwordFatesHtml(const QJsonObject &fates, const QList<Store::PasswordProof> &proofs);
    // The plain-words reason and action for a failed row's code.
    static FailureGroup describe(const Store::RowOutcome &row);

    // Writes the error report of the wizard's job to `path`: .xlsx for people (the person's
    // own columns, what went wrong, what to do), .csv, .json or .jsonl for engineers;
    // exportFinished() follows.
    void exportErrorReport(const QString &path);
    // The save dialog's file types (a spreadsheet first) and suggested name; shared with the job list.
    static QString reportFileFilters();
    static QString suggestedReportPath(const QString &baseName);
    // Writes the report of `jobId` to `path` by its extension (any thread; its own connection).
    // Returns an empty string, or why it failed.
    static QString writeReport(const QString &storePath, const QString &jobId, const QString &path);
    void retryFailedRows();
    void openFolder();
    // Verifies the wizard's job against WorkOS (reads only); verifyFinished() follows.
    void verify();
    // Saves the job's ID map (idmapsaver.h): asks for the file when `path` is empty;
    // exportFinished() follows.
    void saveIdMap(const QString &path = {});
    bool isVerifying() const { return m_verifying; }
    QString verifySummaryText() const;
    const FinishFacts &facts() const { return m_facts; }
    QString feedbackText() const;
    // "Sign in as…": one imported user signs in with WorkOS (or the rehearsal's sandbox).
    void signInAsKnownUser();

    // A long run's end deserves a notification when the window is not looked at.
    static constexpr qint64 NotifyAfterMs = 60000;

Q_SIGNALS:
    void exportFinished(bool ok, const QString &message);
    void factsLoaded();
    void verifyFinished(const Engine::FollowUpResult &result);

private:
    void showFacts();
    void updateVerifyButton();
    void onVerifyFinished(const Engine::FollowUpResult &result);

    std::unique_ptr<Ui::SummaryPage> m_ui; // ui/summarypage.ui; the pointers below are its widgets
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
    QThread m_verifyThread;               // started with the first verify
    Engine::Verifier *m_verifier = nullptr; // lives in m_verifyThread
    bool m_verifying = false;
};

} // namespace Gui
