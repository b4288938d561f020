#pragma once
// JobListModel: the main window's table of recent import jobs, newest first: name, file,
// started, state, progress, users created and rows failed. Rows come from loadJobs(), which
// reads the job store and is meant for a QtConcurrent thread (it opens its own connection);
// the model itself only holds values and lives in the GUI thread. The run in progress in this
// window adds live progress with setLiveProgress(). For a job that is not finished, the counts
// and the progress come from its row outcomes in the store (what really happened), never from
// counters a killed process did not get to write; progress never moves back while the list is
// open. The environment column tells production jobs from rehearsals. The users column adds
// the users an import updated ("12 · 3 updated"), and a catch-up names the job it caught up
// with.
//
// A job the store says is running (or pre-warming) whose process is gone is shown, and
// offered for resuming, as interrupted: the engine holds a lock file beside the store while a
// job runs, and a lock nobody holds any more means the process ended without finishing.
//
// After a verify or an undo (Store::FollowUpStore) the state says so, as the CLI's `jobs` does:
// "verified" with the time, "verify: 3 mismatches", "undone", "undo unfinished".

#include <engine/import/jobprogress.h>
#include <store/followupstore.h>
#include <store/jobrecords.h>
#include <store/passwordproofstore.h>

#include <QtCore/QAbstractTableModel>
#include <QtCore/QHash>
#include <QtCore/QList>

namespace Gui {

struct JobRow {
    Store::JobRecord job;
    Store::JobState effectiveState = Store::JobState::Planned;
    qint64 finalRows = 0;     // rows with a final outcome, from the store
    QString environment;      // "production", "staging", "rehearsal"; empty when unknown
    std::optional<Store::FollowUpRecord> verify; // the job's latest verify, when one ran
    std::optional<Store::FollowUpRecord> undo;   // the job's undo, when one ran
    QList<Store::PasswordProof> passwordProofs;  // "known password verified locally", "sign-in verified"
    QJsonObject passwordFates;                   // the plan's kept / converted / reset needed, when recorded
    // A catch-up (docs/cutover.md): the earlier job it caught up with, by its name for people
    // (its id when it is no longer in the store); empty for a job of its own.
    QString catchUpOfName;
};

class JobListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, EnvironmentColumn, StartedColumn, StateColumn, ProgressColumn, CreatedColumn,
                  FailedColumn, ColumnCount };
    enum Role { JobIdRole = Qt::UserRole + 1, StateRole, ResumableRole, UndoneRole };

    explicit JobListModel(QObject *parent = nullptr);

    // Reads the newest `limit` jobs from the store at `storePath`; `activeJobIds` are running
    // in this process (their lock is ours, so they are never taken for interrupted). Opens
    // its own store connection: call it from any one thread, typically a QtConcurrent one.
    static QList<JobRow> loadJobs(const QString &storePath, const QStringList &activeJobIds, int limit = 100,
                                  QString *error = nullptr);
    // True when a process holds the engine's lock of `jobId` (its run is in progress).
    static bool isLockedByAnyProcess(const QString &storePath, const QString &jobId);

    void setJobs(const QList<JobRow> &rows);
    void setLiveProgress(const Engine::JobProgress &progress);
    void clearLiveProgress();

    const JobRow *jobAt(int row) const;
    int rowOf(const QString &jobId) const;

    static QString stateText(Store::JobState state);
    // The State column of `row`: the job's state, or what its verify or undo found.
    static QString stateText(const JobRow &row);
    // "users.csv" (the file's name), or the job's own name when it was given one.
    static QString displayName(const Store::JobRecord &job);
    static QString environmentOf(const Store::JobRecord &job);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString progressText(const JobRow &row) const;
    int progressPercent(const JobRow &row) const;

    QList<JobRow> m_rows;
    std::optional<Engine::JobProgress> m_live;
    mutable QHash<QString, int> m_shownPercent; // job id -> highest percent shown
};

} // namespace Gui
