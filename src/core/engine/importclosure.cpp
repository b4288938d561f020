#include "engine/importclosure.h"

#include "store/followupstore.h"
#include "store/jobstore.h"

#include <QtCore/QCoreApplication>

namespace Engine {

QString importClosedByUndo(const QString &storePath, const QString &jobId)
{
    Store::JobStore store(storePath);
    Store::FollowUpStore followUps(storePath);
    QString error;
    if (!store.open(&error) || !followUps.open(&error))
        return error;
    if (!followUps.followUp(jobId, Store::FollowUpKind::Undo))
        return {};
    return QCoreApplication::translate("Engine::FollowUp",
               "Job %1 is closed to import: an undo of it has started, and importing more of it now would put back "
               "what undo takes away. Import the file again as a new job if you need it.").arg(jobId);
}

} // namespace Engine
