#pragma once
// RowImporter: imports one valid row through a WorkOsClient: its organization from the
// OrgDirectory -> the user (created on the first row of an email, reused from the
// UserDirectory after that; an email WorkOS already has is looked up and used) -> the
// membership with the row's roles -> the row's outcome. Every step is safe to replay: an
// existing user and an existing membership are outcomes, not failures, which is what makes
// resume exactly-once. "Existing" is proved by reading it back: the user by email (asked
// again for a few seconds when the search lags) or by external id, the membership by its
// code or by the user's membership list (docs/resume.md).
//
// One per worker thread (it uses that thread's client); the directories are shared.

#include "api/workosclient.h"
#include "model/userrow.h"
#include "store/intentstore.h"
#include "store/jobrecords.h"
#include "store/userupdatestore.h"

#include <QCoro/QCoroTask>

#include <QtCore/QHash>
#include <QtCore/QSet>

#include <atomic>
#include <functional>
#include <optional>

namespace Engine {

class OrgDirectory;
class UserDirectory;

class RowImporter
{
public:
    RowImporter(QString jobId, Api::WorkOsClient *client, OrgDirectory *orgs, UserDirectory *users,
                const std::atomic_bool *stop, std::atomic_bool *multipleRolesOff);

    // The row's outcome; nullopt when the row was abandoned (cancelled): it has no outcome
    // and will be replayed on resume. `fatal` is set for errors that stop the whole job
    // (the key was refused).
    QCoro::Task<std::optional<Store::RowOutcome>> import(Model::UserRow row);

    // One try at a row, telling job-level failures apart: when WorkOS could not be reached, or
    // refused the key, TLS or the proxy, the row gets NO outcome (`outcome` empty) and
    // `jobError` says why; the caller stops the job or waits and replays the row. A row whose
    // user this importer created before such a failure still counts that user as created
    // when it is replayed.
    struct Attempt {
        std::optional<Store::RowOutcome> outcome; // empty: no outcome (job-level error or cancelled)
        std::optional<Api::ApiError> jobError;
    };
    QCoro::Task<Attempt> attempt(Model::UserRow row);
    // A failure of the whole job, never a row's: blocksAllRequests() or WorkOS unreachable.
    static bool isJobLevel(const Api::ApiError &error);

    // The user id an earlier run (or an evicted directory entry) recorded for an email key;
    // empty when none. Asked before creating a user.
    std::function<QString(const QString &emailKey)> storedUserId;
    // Records a create's intent before the create is sent (docs/resume.md, "Creates that lost
    // their answer"): answers the time of the recorded intent (an earlier run's when there was
    // one), nullopt when the store refused it (the row is then abandoned: no outcome, replayed
    // on resume; the caller halts the job). Unset: nothing is recorded (tests).
    std::function<std::optional<QDateTime>(const Store::CreateIntent &)> recordIntent;
    // What names the job in the Idempotency-Keys of its creates (Store::idempotencyScope);
    // empty: the job id alone.
    QString idempotencyScope;
    // A create was refused (the object was not made by it): its intent goes.
    std::function<void(Store::IntentKind, const QString &objectKey)> forgetIntent;
    // Updating users that already exist (JobSettings::updateExisting, docs/cutover.md): a row
    // whose user WorkOS already has gets the fields that differ (Engine::diffUser) with one PUT,
    // its intent recorded first (recordUpdate); replacePasswords also sends the row's password
    // or hash (never recorded). Off: such a user is used as it is (today's "already existed").
    bool updateExisting = false;
    bool replacePasswords = false;
    // A catch-up: the user id the earlier job recorded for an email key (empty: none). Such a
    // user is read by id (one read) instead of being created again.
    std::function<QString(const QString &emailKey)> earlierUserId;
    // Records an update's intent before its PUT: answers the recorded one (an earlier run's when
    // there was one), nullopt when the store refused (the row is abandoned; the caller halts).
    std::function<std::optional<Store::UserUpdate>(const Store::UserUpdate &)> recordUpdate;
    // This job's recorded update of a user, if any.
    std::function<std::optional<Store::UserUpdate>(const QString &userId)> findUpdate;
    // The update was answered (done) or refused outright (its intent goes).
    std::function<void(const QString &userId, bool done)> finishUpdate;
    // Called with plain-words warnings (a role fallback), from the worker's thread.
    std::function<void(const QString &)> onWarning;
    // Set when an answer means no further request can succeed (401, 403).
    std::optional<Api::ApiError> fatalError;

private:
    struct UpdateResult {
        enum class Result { Unchanged, Updated, Failed, Abandoned };
        Result result = Result::Unchanged;
        Api::ApiError error;
    };
    // Brings WorkOS's user `held` to the row's values (updateExisting).
    QCoro::Task<UpdateResult> update(Model::UserRow row, Api::User held);

    // The intent of a create, recorded; nullopt when the store refused it.
    std::optional<QDateTime> intend(const Store::CreateIntent &intent);
    QString createKey(Store::IntentKind kind, const QString &objectKey, const QByteArray &body, const QDateTime &intentAt) const;
    Store::RowOutcome failure(const Model::UserRow &row, Store::Stage stage, const Api::ApiError &error) const;

    QString m_jobId;
    Api::WorkOsClient *m_client;
    OrgDirectory *m_orgs;
    UserDirectory *m_users;
    const std::atomic_bool *m_stop;
    std::atomic_bool *m_multipleRolesOff; // shared by all workers of the job
    mutable QHash<qint64, Api::ApiError> m_jobErrors; // by row: job-level errors failure() saw
    QSet<qint64> m_createdBeforeTrouble;              // rows that created their user, then met one
};

// The error code stored for a failed row: the API's code when it gave one, else the kind.
QString outcomeCode(const Api::ApiError &error);

} // namespace Engine
