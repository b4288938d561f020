#pragma once
// Undo's execution: the lanes (coroutines deleting in parallel) that take the plan's open
// actions of one kind, see each object in WorkOS, record the intent, send its DELETE and record
// the result; and, before anything is recorded, the sample that proves the environment holds
// the job. Runs in the undo's thread.

#include "api/workosclient.h"
#include "store/followupstore.h"

#include <QCoro/QCoroTask>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace Engine::Undo {

using Store::UndoAction;
using Store::UndoKind;

// The state one run of an undo shares between its lanes (coroutines deleting in parallel).
struct UndoRun {
    QString jobId;
    Store::FollowUpStore *followUps = nullptr;
    Api::WorkOsClient *client = nullptr;
    QList<UndoAction> *actions = nullptr;
    std::vector<qsizetype> queue; // indices into actions, this phase
    std::size_t next = 0;
    std::shared_ptr<std::atomic_bool> cancel;
    std::optional<Api::ApiError> fatal;
    QString storeError;
    qint64 done = 0;
    std::function<void()> tick;

    bool stopping() const { return fatal || cancel->load() || !storeError.isEmpty(); }
    bool save(const UndoAction &a);
    // A failed request: Cancelled leaves the action as it is (replayed on the next run); a
    // condition of the whole job stops the run without marking the object.
    void failed(UndoAction &a, const Api::ApiError &error);
};

// The first memberships (any status: active, inactive, pending) of a user and organization
// pair, of a user (organizationId empty) or of an organization (userId empty): one page of ten,
// enough to find a pair or to name a few memberships that are in the way.
QCoro::Task<Api::Result<Api::Page<Api::Membership>>> firstMemberships(Api::WorkOsClient *client, QString userId,
                                                                     QString organizationId);

// "membership", "user", "organization".
QString kindWord(UndoKind kind);
// The report's stage of an action's kind.
Store::Stage stageOf(UndoKind kind);

// Takes the run's queue until it is empty or the run stops.
QCoro::Task<void> lane(UndoRun *run);

// Whether the environment holds the job: a few of the objects still to delete, read by id
// (memberships by their pair), spread over the plan. `found` 0 of `looked` > 0: another
// environment (or everything deleted behind the program's back): undo refuses.
struct Sample {
    int looked = 0;
    int found = 0;
    std::optional<Api::ApiError> error; // a failure that is not "not found"
};
constexpr int SampleSize = 5;

QCoro::Task<Sample> sampleHoldsJob(Api::WorkOsClient *client, QList<UndoAction> actions);

} // namespace Engine::Undo
