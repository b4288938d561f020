#pragma once
// Catch-up (docs/cutover.md): a new job that imports a newer export of the same source on top of
// an earlier job (JobSettings::catchUpOf). The earlier job's users are recognised from the job
// store (its users: email -> WorkOS user id), so they are read, not created again; new users
// are created, changed ones updated (updateExisting is implied), unchanged ones cost no write.
// Users the earlier job imported that the newer file no longer has are listed, never deleted.
//
// Free functions; they read the job store and the files: never on the GUI thread.

#include "engine/jobsettings.h"
#include "store/userupdatestore.h"

#include <QtCore/QString>
#include <QtCore/QStringList>

namespace Store {
class JobStore;
}

namespace Engine {

// Plain words when a new job with `settings` cannot catch up with settings.catchUpOf: there is
// no such job, it read another kind of source, its file had other columns or another mapping.
// Says what differs and what to do. Empty when it can.
QString catchUpProblem(const Store::JobStore &store, const JobSettings &settings);

// The users the earlier job imported that the file of `settings` no longer has (no row with
// their email, valid or not), by email. `error` is set when the file cannot be read.
QList<Store::MissingUser> missingEarlierUsers(const Store::JobStore &store, const JobSettings &settings,
                                              QString *error = nullptr);

// The missing users of a catch-up job, found and kept with it (Store::UserUpdateStore) for
// `jobs`, the report and the wizard.
struct MissingSummary {
    qint64 count = 0;
    QStringList sample;
    QString error;
};
MissingSummary recordMissingEarlierUsers(const Store::JobStore &store, const JobSettings &settings, const QString &jobId);

// "12 users from the earlier import are not in this file (listed, not deleted): a@x, b@x, ..."
QString missingUsersSentence(qint64 count, const QStringList &sample);

// The first few emails of `users`, for summaries.
inline constexpr int MissingSampleSize = 5;
QStringList missingSample(const QList<Store::MissingUser> &users);

} // namespace Engine
