#pragma once
// Undo's plan: one action per object the job created (Store::UndoAction), memberships first,
// then users, then organizations, made once from the job store and stored with the undo; and
// the creates a stopped import recorded the intent of but not the answer, found in WorkOS and
// added to the plan. Free functions; the thread that owns the stores.

#include "api/workosclient.h"
#include "store/followupstore.h"

#include <QCoro/QCoroTask>

#include <optional>

namespace Store {
class JobStore;
}

namespace Engine::Undo {

using Store::UndoAction;

// The plan: one action per object the job created, memberships first, then users, then
// organizations; objects without an id are refused at once.
QList<UndoAction> planUndo(const Store::JobStore &store, const Store::FollowUpStore &followUps, const QString &jobId);

// The plan in its order (memberships, users, organizations), numbered again.
QList<UndoAction> sortedPlan(QList<UndoAction> plan);

// The creates an import recorded the intent of but not the answer (Store::IntentStore): each
// object looked up here; one created after its intent is the job's and joins the plan.
struct Reconciled {
    QList<UndoAction> actions;
    std::optional<Api::ApiError> error;
    QString storeError;
};

QCoro::Task<Reconciled> reconcileIntents(Api::WorkOsClient *client, QString storePath, QString jobId,
                                         QList<UndoAction> plan);

} // namespace Engine::Undo
