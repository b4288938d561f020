#pragma once
// RoleCreator: before pre-warming, creates the environment roles the person agreed to create
// (JobSettings::rolesToCreate: the Organizations & roles page's "Create these roles", the CLI's
// --create-missing-roles) with POST /authorization/roles, and says per role what happened.
// It reads the environment's roles first and creates only those still missing, so a resumed
// or retried job never creates a role twice; a slug WorkOS already has (created meanwhile, or
// by an earlier run whose answer was lost) is "existed" unless this job recorded its intent to
// create it (RoleEntry::Planned) before the request: then it is this job's, and undo lists it.
// A dry run only reads.
//
// Runs as a coroutine in the engine thread with that thread's client. The caller records each
// entry in the job store (Store::JobStore::putRole): `onIntent` before the POST, the result after.

#include "api/workosclient.h"
#include "engine/jobsettings.h"
#include "store/jobrecords.h"

#include <QCoro/QCoroTask>

#include <functional>
#include <optional>

namespace Engine {

struct RoleCreationResult {
    qint64 created = 0;
    qint64 existed = 0;
    qint64 wouldCreate = 0; // dry run
    qint64 failed = 0;
    QList<Store::RoleEntry> entries; // one per wanted role, in the order asked
    // A job-level failure (key refused, WorkOS unreachable): nothing more was tried.
    std::optional<Api::ApiError> fatalError;
    // Plain words for the roles that could not be created ("auditor: ..."); empty when none.
    QString problem() const;
};

class RoleCreator
{
public:
    RoleCreator(Api::WorkOsClient *client, bool dryRun);

    // `known`: what the job store holds from an earlier run. `record` is called with each
    // entry as it changes (Planned before the POST, then Created/Existed/Failed); it returns
    // false when the store cannot record it, which stops the creation (nothing is sent then).
    QCoro::Task<RoleCreationResult> run(QList<RoleToCreate> wanted, QList<Store::RoleEntry> known,
                                        std::function<bool(const Store::RoleEntry &)> record);

private:
    Api::WorkOsClient *m_client;
    bool m_dryRun;
};

} // namespace Engine
