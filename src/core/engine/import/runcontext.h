#pragma once
// RunContext: what the workers of one run share: the job's identity and file, the schema to
// rebuild rows with, the client configuration (with the one RateLimiter, the shared counters
// and the cancellation flag), the organization and user directories, the outcome writer and
// the stop flags. Made by JobRunner, held by shared_ptr by every worker; every member is
// thread-safe or written before the workers start.

#include "api/workosclient.h"
#include "engine/import/jobprogress.h"
#include "engine/import/networkgate.h"
#include "engine/import/orgdirectory.h"
#include "engine/import/outcomewriter.h"
#include "engine/import/userdirectory.h"
#include "model/schema.h"
#include "source/sourceoptions.h"

#include <QtCore/QMutex>
#include <QtCore/QStringList>

#include <array>
#include <atomic>
#include <optional>

namespace Engine {

struct RunContext {
    static constexpr int MaxWorkerSlots = 64;

    QString storePath;
    QString jobId;
    QString csvPath;
    Source::Options source; // how the file is read (our CSV or a provider's export)
    Model::Schema schema;
    int concurrency = 10;
    // The cutover (JobSettings): update users that exist, also their passwords, and the earlier
    // job a catch-up recognises its users from.
    bool updateExisting = false;
    bool replaceExistingPasswords = false;
    QString catchUpOf;
    Api::ClientConfig clientConfig; // its cancelFlag is `cancel`
    OrgDirectory orgs;
    UserDirectory users;
    OutcomeWriter *writer = nullptr;
    NetworkGate network; // WorkOS unreachable: lanes wait here, one probes

    std::atomic_bool multipleRolesOff {false}; // learned from the first multiple_roles_not_enabled
    std::atomic_bool stop {false};                                         // pause: take no more rows
    std::shared_ptr<std::atomic_bool> cancel = std::make_shared<std::atomic_bool>(false); // abandon rows in flight

    // What each worker slot is doing, for the progress display.
    std::array<std::atomic<int>, MaxWorkerSlots> chunkOf {};
    std::array<std::atomic<int>, MaxWorkerSlots> inFlightOf {};

    void setFatal(const Api::ApiError &error)
    {
        QMutexLocker locker(&mutex);
        if (!fatal)
            fatal = error;
        stop = true;
        cancel->store(true);
    }
    std::optional<Api::ApiError> fatalError() const
    {
        QMutexLocker locker(&mutex);
        return fatal;
    }
    // A condition of the whole job found during the run (the job store refuses a write, the
    // file changed under a chunk): every worker stops at once (rows in flight are abandoned and
    // replayed safely on resume) and the job ends interrupted with `message`. The first wins.
    void haltJob(const QString &message, Blocker why = Blocker::StoreFailed)
    {
        QMutexLocker locker(&mutex);
        if (!halt) {
            halt = message;
            haltCause = why;
        }
        stop = true;
        cancel->store(true);
    }
    std::optional<QString> haltReason() const
    {
        QMutexLocker locker(&mutex);
        return halt;
    }
    Blocker haltBlocker() const
    {
        QMutexLocker locker(&mutex);
        return haltCause;
    }
    void warn(const QString &text)
    {
        QMutexLocker locker(&mutex);
        if (!warnings.contains(text))
            warnings.append(text);
    }
    QStringList takeWarnings()
    {
        QMutexLocker locker(&mutex);
        return std::exchange(warnings, {});
    }

private:
    mutable QMutex mutex;
    std::optional<Api::ApiError> fatal;
    std::optional<QString> halt;
    Blocker haltCause = Blocker::None;
    QStringList warnings;
};

} // namespace Engine
