#pragma once
// What undo does about the environment roles a job created with the person's consent
// (Engine::RoleCreator, Store::RoleEntry). WorkOS's API has no way to delete an environment role:
// its reference (and its OpenAPI description) lists create, list, get, update and permissions
// for /authorization/roles, and DELETE only for organization roles. So undo cannot take such a
// role back; it deletes the memberships that used it (with the users and organizations the job
// created) and then names the roles, so that the person removes them in the WorkOS dashboard.
// A plain function over the job store; the thread that owns the store.

#include <QtCore/QString>
#include <QtCore/QStringList>

namespace Store {
class JobStore;
}

namespace Engine {

// The slugs of the roles the job created ("created" in the store), by slug.
QStringList rolesCreatedBy(const Store::JobStore &store, const QString &jobId);
// A sentence for undo's summary (with a leading space), empty when the job created no role.
QString rolesLeftInPlaceSentence(const Store::JobStore &store, const QString &jobId);

} // namespace Engine
