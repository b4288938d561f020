#include "rolecleanup.h"

#include "store/jobstore.h"

#include <QtCore/QCoreApplication>

using namespace Qt::StringLiterals;

namespace Engine {

QStringList rolesCreatedBy(const Store::JobStore &store, const QString &jobId)
{
    QStringList slugs;
    for (const Store::RoleEntry &r : store.roles(jobId))
        if (r.resolution == Store::RoleResolution::Created)
            slugs.append(r.slug);
    return slugs;
}

QString rolesLeftInPlaceSentence(const Store::JobStore &store, const QString &jobId)
{
    const QStringList slugs = rolesCreatedBy(store, jobId);
    if (slugs.isEmpty())
        return {};
    return u" "_s
        + QCoreApplication::translate("Engine::Undoer",
                                      "This job also created the roles %1. WorkOS's API cannot delete an environment "
                                      "role: delete them in the WorkOS dashboard (Roles) once no membership uses them.")
              .arg(slugs.join(u", "_s));
}

} // namespace Engine
