#pragma once
// UpdateRestore: undo's part for users an import updated (docs/verify-and-undo.md, "Users the
// import updated"). Such users existed before the import: undo never deletes them. For each
// update the job recorded (Store::UserUpdateStore, also an intent whose answer a killed run
// lost), the user is read; the fields that still hold the import's value are put back to the
// value from before with one PUT, and WorkOS's answer (the user as it now holds it) proves it.
// A field that holds a third value was changed again since the import: it is left alone and
// reported. A field already back at its old value needs nothing (a restore whose answer a
// killed undo lost). A replaced password cannot be put back (WorkOS never returns a hash): said
// in the message.
//
// Idempotent: run again, it finds restored fields at their old value. Each user's result is
// recorded with its update. Requests pass the client's limiter (reads, then writes).
// A coroutine on the undo's thread.

#include "api/workosclient.h"
#include "store/jobrecords.h"

#include <QCoro/QCoroTask>

#include <atomic>
#include <memory>
#include <optional>

namespace Engine {

struct RestoreSummary {
    qint64 total = 0;        // updates the job recorded
    qint64 restored = 0;     // users whose fields are as before (all, or all but those changed again)
    qint64 changedAgain = 0; // users with a field changed again since the import (left alone)
    qint64 gone = 0;         // users that no longer exist
    qint64 failed = 0;       // could not be put back: undo again
    qint64 passwordsKept = 0; // users whose replaced password cannot be put back
    std::optional<Api::ApiError> fatal; // a job-level error stopped it
    QString storeError;
    QList<Store::RowOutcome> problems; // for the undo report: changed again, failed
    QString sentence() const; // plain words for the undo's message; empty when there were none
};

QCoro::Task<RestoreSummary> restoreUpdates(Api::WorkOsClient *client, QString storePath, QString jobId,
                                           std::shared_ptr<std::atomic_bool> cancel);

// Updates the job recorded, for the undo's confirmation (store only).
qint64 updatesToRestore(const QString &storePath, const QString &jobId);

} // namespace Engine
