#pragma once
// FollowUpStore: what happened after an import: its verify runs (state, counts, the mismatches
// found) and its undo (the plan of deletions, one action per object, each with its intent and
// result). It is the checkpoint that makes undo exactly-once and resumable after a kill, and
// it is where the job list learns that a job was "verified" or "undone".
//
// The tables live in the job store's SQLite file next to JobStore's (docs/job-store.md,
// "Verify and undo"): followups, undo_actions, verify_mismatches, verify_reads. They refer to jobs(key) with
// ON DELETE CASCADE, so deleting a job deletes them. They are created (IF NOT EXISTS) when
// this class opens the file, after JobStore has created or migrated it; they do not depend on
// JobStore's schema version.
//
// Ownership and threads: one object is one SQLite connection, used only in the thread that
// called open(), like a JobStore. Nothing here holds a secret: ids, emails, codes and plain-
// words messages only.

#include "store/jobrecords.h"

#include <QtCore/QDateTime>
#include <QtCore/QList>
#include <QtCore/QMap>
#include <QtCore/QString>
#include <QtSql/QSqlDatabase>

#include <functional>
#include <optional>

namespace Store {

enum class FollowUpKind { Verify, Undo };
enum class FollowUpState {
    Running,     // started; a killed process leaves it here (resumable)
    Done,        // finished; `problems` says how many mismatches / objects left in place
    Failed,      // could not go on (key refused, file changed, ...); run it again
};
QString followUpKindId(FollowUpKind kind);
QString followUpStateId(FollowUpState state);
std::optional<FollowUpState> followUpStateFromId(QStringView id);

struct FollowUpRecord {
    QString jobId;
    FollowUpKind kind = FollowUpKind::Verify;
    FollowUpState state = FollowUpState::Running;
    QDateTime startedAt;
    QDateTime updatedAt;
    QDateTime finishedAt;
    qint64 checked = 0;  // verify: rows checked; undo: objects in the plan
    qint64 problems = 0; // verify: mismatches; undo: objects kept, refused or failed
    qint64 done = 0;     // undo: objects deleted (or already gone)
    QString message;     // plain words: the summary, or why it failed
};

// One object undo deletes (or decides to leave), in the order of `seq`: memberships, then
// users, then organizations.
enum class UndoKind { Membership, User, Organization };
enum class UndoState {
    Pending,  // planned, nothing sent yet
    Deleting, // the DELETE may have been sent (intent recorded first); replayed on resume
    Deleted,  // WorkOS answered 2xx, or 404 for an object we had created and were deleting
    Gone,     // already absent when undo looked (deleted behind the program's back)
    Kept,     // left in place on purpose (a user or organization with memberships the job did not make)
    Refused,  // the store lacks its id; nothing was sent
    Failed,   // WorkOS refused (see code/message); retryable ones are tried again on resume
    NotFound, // not there when undo looked, and never seen there by it: no proof of deletion
              // (another environment, or deleted behind the program's back); looked at again
              // on the next run, and the job is not undone while any is left
};
QString undoKindId(UndoKind kind);
std::optional<UndoKind> undoKindFromId(QStringView id);
QString undoStateId(UndoState state);
std::optional<UndoState> undoStateFromId(QStringView id);

// One thing a verify has read, kept so that a stopped or killed verify continues where it was
// (docs/verify-and-undo.md, "Resuming"): an object WorkOS holds, an object it does not hold,
// or where a paged read has got to. `kind` and `key` name it, `data` is JSON (or empty).
struct VerifyRead {
    QString kind;
    QString key;
    QString data;
};

struct UndoAction {
    qint64 seq = 0;
    UndoKind kind = UndoKind::Membership;
    QString objectId;       // what to delete: membership id (once resolved), user id, organization id
    QString userId;         // memberships and users
    QString organizationId; // memberships and organizations
    qint64 row = 0;         // the first CSV row behind it (0 for organizations from the job's settings)
    qint64 line = 0;
    QString email;
    QString orgKey;
    UndoState state = UndoState::Pending;
    QString code;
    QString message;
    int httpStatus = 0;
    QString requestId;
    bool retryable = false;

    bool isOpen() const
    {
        return state == UndoState::Pending || state == UndoState::Deleting
            || (state == UndoState::Failed && retryable);
    }
};

class FollowUpStore
{
public:
    explicit FollowUpStore(QString path);
    ~FollowUpStore();
    FollowUpStore(const FollowUpStore &) = delete;
    FollowUpStore &operator=(const FollowUpStore &) = delete;

    // Opens the file (which JobStore must have created) and creates the tables when missing.
    bool open(QString *error = nullptr);
    QString lastError() const { return m_lastError; }

    std::optional<FollowUpRecord> followUp(const QString &jobId, FollowUpKind kind) const;
    // What the job list shows: "undone", "undoing", "verified", "verify: 3 mismatches", or the
    // job's own state id when neither ran.
    QString stateText(const QString &jobId, JobState state) const;
    // The same for `job`, with both facts when the verify does not cover the whole job: the
    // job's state and how far the verify went ("interrupted · verified 57 of 400 rows ..."),
    // also when the job was imported further after the verify.
    QString stateText(const JobRecord &job) const;
    bool putFollowUp(const FollowUpRecord &record, QString *error = nullptr);

    // Every row outcome of the job, in row order, one at a time.
    bool forEachOutcome(const QString &jobId, const std::function<bool(const RowOutcome &)> &callback,
                        QString *error = nullptr) const;

    // ---- undo ----
    // Stores the whole plan in one transaction (replacing an older one) together with the
    // undo's follow-up record: either all of it is there or none.
    bool saveUndoPlan(const QString &jobId, const QList<UndoAction> &actions, const FollowUpRecord &record,
                      QString *error = nullptr);
    QList<UndoAction> undoActions(const QString &jobId) const; // by seq
    bool updateUndoAction(const QString &jobId, const UndoAction &action, QString *error = nullptr);
    // Objects of the plan by state.
    QMap<UndoState, qint64> undoCounts(const QString &jobId) const;

    // ---- verify ----
    // The mismatches of the latest verify run (replacing the earlier run's), in one transaction.
    // A mismatch is written as a RowOutcome: row, line, email, orgKey, stage, code, message.
    bool saveMismatches(const QString &jobId, const QList<RowOutcome> &mismatches, QString *error = nullptr);
    QList<RowOutcome> mismatches(const QString &jobId) const;

    // The checkpoint of a verify run: what it has read so far. saveVerifyReads() adds or
    // replaces (by kind and key) in one transaction, so one page's objects and the cursor past
    // that page are stored together or not at all.
    bool saveVerifyReads(const QString &jobId, const QList<VerifyRead> &reads, QString *error = nullptr);
    bool forEachVerifyRead(const QString &jobId, const std::function<void(const VerifyRead &)> &callback,
                           QString *error = nullptr) const;
    bool clearVerifyReads(const QString &jobId, QString *error = nullptr);

private:
    std::optional<qint64> jobKey(const QString &jobId) const;
    bool fail(QString *error, const QString &message) const;

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    mutable QString m_lastError;
};

} // namespace Store
