#include "undoer.h"

#include "pagedwalk.h"
#include "rolecleanup.h"
#include "undodelete.h"
#include "undoplan.h"
#include "updaterestore.h"

#include "engine/import/jobrunner.h"
#include "engine/jobsettings.h"
#include "report/errorreport.h"
#include "store/followupstore.h"
#include "store/jobstore.h"

#include <QCoro/QCoroTask>

#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QLockFile>
#include <QtCore/QPointer>
#include <QtCore/QSet>

#include <vector>

using namespace Qt::StringLiterals;

namespace Engine {

using namespace Engine::Undo;

namespace {

using Store::UndoAction;
using Store::UndoKind;
using Store::UndoState;

QCoro::Task<void> runUndo(FollowUpRun given)
{
    const QPointer<FollowUpWorker> self = given.self;
    const FollowUpRequest &req = given.request;
    const QString &storePath = given.storePath;
    const Api::ApiKey &key = given.key;
    const std::shared_ptr<std::atomic_bool> &cancel = given.cancel;
    const std::function<void(FollowUpResult)> &finish = given.finish;
    const std::function<void(QString)> &say = given.say;
    const std::function<void(FollowUpProgress)> &report = given.report;
    FollowUpResult result;
    result.jobId = req.jobId;
    QElapsedTimer clock;
    clock.start();
    Store::JobStore store(storePath);
    Store::FollowUpStore followUps(storePath);
    auto stop = [&](const QString &message) {
        result.message = message;
        result.elapsedMs = clock.elapsed();
        finish(result);
    };
    QString error;
    if (!store.open(&error) || !followUps.open(&error)) {
        stop(QCoreApplication::translate("Engine::Undoer", "Cannot open the job store %1: %2").arg(storePath, error));
        co_return;
    }
    const std::optional<Store::JobRecord> found = store.job(req.jobId);
    if (!found) {
        stop(QCoreApplication::translate("Engine::Undoer", "There is no job \"%1\". `workos-import jobs` lists the jobs.").arg(req.jobId));
        co_return;
    }
    const Store::JobRecord job = *found;
    QLockFile lock(JobRunner::lockPath(storePath, job.id));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0)) {
        stop(QCoreApplication::translate("Engine::Undoer", "Job %1 is running in another window or process. Stop it there first, then run undo again.").arg(job.id));
        co_return;
    }

    // Only where the job wrote: the same address (a local sandbox may be back on another port)
    // and a key of the same kind of environment.
    if (const QString mismatch = environmentMismatch(job, key.reveal(), req.apiUrl); !mismatch.isEmpty()) {
        result.refused = true;
        stop(mismatch);
        co_return;
    }
    FollowUpClient api(job, key, req.apiUrl, cancel);
    const std::shared_ptr<Api::ClientStats> stats = api.stats;
    const QUrl address = api.config.baseUrl;
    Api::WorkOsClient &client = api.client;
    if (const auto problem = api.problem()) {
        stop(problem->userMessage());
        co_return;
    }

    // The plan: made once, then continued. Nothing is recorded (and the job stays open to
    // import) until the environment has shown that it holds the job's data.
    std::optional<Store::FollowUpRecord> existing = followUps.followUp(job.id, Store::FollowUpKind::Undo);
    QList<UndoAction> actions = existing ? followUps.undoActions(job.id) : QList<UndoAction>();
    const bool continuing = existing && !actions.isEmpty();
    if (!continuing)
        actions = planUndo(store, followUps, job.id);
    // Objects left in place, or not found, last time are looked at again.
    for (UndoAction &a : actions)
        if (a.state == UndoState::Kept || a.state == UndoState::NotFound)
            a.state = UndoState::Pending;

    const Sample sample = co_await sampleHoldsJob(&client, actions);
    if (!self)
        co_return;
    if (sample.error) {
        stop(QCoreApplication::translate("Engine::Undoer", "Stopped before deleting anything: %1").arg(sample.error->userMessage()));
        co_return;
    }
    if (sample.looked > 0 && sample.found == 0) {
        result.refused = true;
        stop(QCoreApplication::translate("Engine::Undoer",
                 "Refused: this key/address does not hold this job's data. %1 of the objects job %2 created were "
                 "looked up by id at %3 and none is there, so nothing was deleted. Use the key of the environment "
                 "the job wrote to (WORKOS_API_KEY) and its address.")
                 .arg(sample.looked).arg(job.id, address.toString()));
        co_return;
    }

    Store::FollowUpRecord record;
    if (continuing) {
        record = *existing;
        say(QCoreApplication::translate("Engine::Undoer", "Continuing the undo of job %1 (started %2).").arg(job.id, record.startedAt.toLocalTime().toString(Qt::ISODate)));
    } else {
        // Creates whose answer a killed or stopped import lost: found here, created after the
        // job's intent, they are the job's and go with the rest (docs/resume.md).
        const Reconciled more = co_await reconcileIntents(&client, storePath, job.id, actions);
        if (!self)
            co_return;
        if (more.error) {
            stop(QCoreApplication::translate("Engine::Undoer", "Stopped before deleting anything: %1").arg(more.error->userMessage()));
            co_return;
        }
        if (!more.storeError.isEmpty()) {
            stop(more.storeError);
            co_return;
        }
        if (!more.actions.isEmpty()) {
            say(QCoreApplication::translate("Engine::Undoer", "%n objects the import created without recording the answer (it was stopped or killed) are added to the undo.",
                                            nullptr, int(more.actions.size())));
            actions = sortedPlan(actions + more.actions);
        }
        record.jobId = job.id;
        record.kind = Store::FollowUpKind::Undo;
        record.startedAt = QDateTime::currentDateTimeUtc();
        if (!followUps.saveUndoPlan(job.id, actions, record, &error)) {
            stop(error);
            co_return;
        }
        // From now on the job is closed to import (resume and retry refuse it).
        if (Store::isResumable(job.state))
            store.updateJobState(job.id, Store::JobState::Cancelled,
                                 QCoreApplication::translate("Engine::Undoer", "An undo of this job started. Import the file again as a new job if you need it."));
    }
    record.state = Store::FollowUpState::Running;
    record.checked = actions.size();
    followUps.putFollowUp(record);
    for (const UndoAction &a : std::as_const(actions))
        if (a.state == UndoState::Pending)
            followUps.updateUndoAction(job.id, a);
    qint64 open = 0;
    for (const UndoAction &a : std::as_const(actions))
        open += a.isOpen() ? 1 : 0;
    say(QCoreApplication::translate("Engine::Undoer", "Undo of job %1 at %2: %3 objects in the plan, %4 still to do.")
            .arg(job.id, address.toString()).arg(actions.size()).arg(open));

    UndoRun run;
    run.jobId = job.id;
    run.followUps = &followUps;
    run.client = &client;
    run.actions = &actions;
    run.cancel = cancel;
    FollowUpProgress progress;
    progress.jobId = job.id;
    // The plan's steps, in order: each takes the open actions of its kind through the lanes
    // (undodelete.h). A step of another kind joins this list, its action in undoOne().
    for (const UndoKind kind : {UndoKind::Membership, UndoKind::User, UndoKind::Organization}) {
        run.queue.clear();
        run.next = 0;
        run.done = 0;
        for (qsizetype i = 0; i < actions.size(); ++i)
            if (actions[i].kind == kind && actions[i].isOpen())
                run.queue.push_back(i);
        if (run.queue.empty())
            continue;
        progress.step = kind == UndoKind::Membership ? QCoreApplication::translate("Engine::Undoer", "Deleting memberships")
                      : kind == UndoKind::User      ? QCoreApplication::translate("Engine::Undoer", "Deleting users")
                                                    : QCoreApplication::translate("Engine::Undoer", "Deleting organizations");
        progress.total = qint64(run.queue.size());
        run.tick = [&] {
            progress.done = run.done;
            progress.requests = stats->snapshot().requests;
            report(progress);
        };
        run.tick();
        say(u"%1: %2."_s.arg(progress.step).arg(progress.total));
        std::vector<QCoro::Task<void>> lanes;
        for (int i = 0; i < Undoer::Lanes; ++i)
            lanes.push_back(lane(&run));
        for (QCoro::Task<void> &t : lanes)
            co_await t;
        if (!self)
            co_return;
        if (run.stopping())
            break;
    }

    // Users the import updated (updaterestore.h): their fields put back, never deleted.
    RestoreSummary restoredUpdates;
    if (!run.stopping()) {
        restoredUpdates = co_await restoreUpdates(&client, storePath, job.id, cancel);
        if (!self)
            co_return;
        if (restoredUpdates.fatal)
            run.fatal = restoredUpdates.fatal;
        if (!restoredUpdates.storeError.isEmpty())
            run.storeError = restoredUpdates.storeError;
    }

    // The result, from the actions as recorded.
    qint64 deleted = 0;
    qint64 problems = 0;
    qint64 notFoundCount = 0;
    open = 0;
    QList<Store::RowOutcome> problemRows;
    for (const UndoAction &a : std::as_const(actions)) {
        if (a.state == UndoState::Deleted || a.state == UndoState::Gone)
            ++deleted;
        if (a.isOpen())
            ++open;
        if (a.state == UndoState::NotFound)
            ++notFoundCount;
        if (a.state == UndoState::Kept || a.state == UndoState::Refused || a.state == UndoState::Failed
            || a.state == UndoState::NotFound) {
            ++problems;
            Store::RowOutcome r;
            r.jobId = job.id;
            r.row = a.row;
            r.line = a.line;
            r.email = a.email;
            r.orgKey = a.orgKey;
            r.outcome = Store::Outcome::Failed;
            r.stage = stageOf(a.kind);
            r.code = a.code;
            r.httpStatus = a.httpStatus;
            r.message = a.message.isEmpty() ? u"The %1 %2 was not deleted."_s.arg(kindWord(a.kind), a.objectId) : a.message;
            r.requestId = a.requestId;
            r.retryable = a.retryable;
            problemRows.append(r);
        }
    }
    problems += restoredUpdates.changedAgain + restoredUpdates.failed;
    open += restoredUpdates.failed;
    problemRows += restoredUpdates.problems;
    result.restored = restoredUpdates.restored;
    result.checked = actions.size();
    result.deleted = deleted;
    result.problems = problems;
    result.requests = stats->snapshot().requests;
    result.elapsedMs = clock.elapsed();
    record.checked = actions.size();
    record.done = deleted;
    record.problems = problems;
    record.updatedAt = QDateTime::currentDateTimeUtc();
    if (!run.storeError.isEmpty()) {
        record.message = QCoreApplication::translate("Engine::Undoer", "Stopped: cannot record progress in the job store (%1). Run undo again to continue.").arg(run.storeError);
    } else if (run.fatal) {
        record.message = QCoreApplication::translate("Engine::Undoer", "Stopped: %1 Run undo again to continue; nothing is deleted twice.").arg(run.fatal->userMessage());
    } else if (cancel->load()) {
        record.message = QCoreApplication::translate("Engine::Undoer", "Stopped. Run undo again to continue; nothing is deleted twice.");
        result.cancelled = true;
    } else if (notFoundCount > 0) {
        // No proof: the job is not undone.
        record.state = Store::FollowUpState::Failed;
        record.message = QCoreApplication::translate("Engine::Undoer", "Not undone: %n objects this job created were not found at %1, so undo cannot prove them "
                                                     "deleted (see the report); deleted: %2. Check that this is the environment the job wrote to, "
                                                     "then run undo again.", nullptr, int(notFoundCount)).arg(address.toString()).arg(deleted);
        result.completed = true;
    } else if (open > 0) {
        record.state = Store::FollowUpState::Failed;
        record.message = QCoreApplication::translate("Engine::Undoer", "%n deletions failed (see the report). Run undo again to try them again.",
                                                     nullptr, int(open));
        result.completed = true;
    } else {
        record.state = Store::FollowUpState::Done;
        record.finishedAt = record.updatedAt;
        // "Nothing that existed before was touched" is not true of users whose fields the
        // import updated and undo put back: then the sentence about them says what was done.
        record.message = problems == 0 && restoredUpdates.restored == 0
            ? QCoreApplication::translate("Engine::Undoer", "Undone: %n objects this job created were deleted; nothing that existed before was touched.",
                                         nullptr, int(deleted))
            : problems == 0
            ? QCoreApplication::translate("Engine::Undoer", "Undone: %n objects this job created were deleted.", nullptr, int(deleted))
            : QCoreApplication::translate("Engine::Undoer", "Undone, except %n objects left in place (see the report); deleted: %1.",
                                         nullptr, int(problems)).arg(deleted);
        result.completed = true;
    }
    if (const QString updates = restoredUpdates.sentence(); !updates.isEmpty())
        record.message += u' ' + updates;
    followUps.putFollowUp(record);
    result.message = record.message;
    // Roles the job created (rolecleanup.h): WorkOS cannot delete them; say which they are.
    if (record.state == Store::FollowUpState::Done)
        result.message += rolesLeftInPlaceSentence(store, job.id);

    if (!req.reportPath.isEmpty() && run.storeError.isEmpty()) {
        Report::ErrorReport file(req.reportPath);
        const bool written = file.write([&](const Report::ErrorReport::RowSink &sink, QString *) {
            for (const Store::RowOutcome &r : std::as_const(problemRows))
                if (!sink(r))
                    return false;
            return true;
        }, &error);
        if (written) {
            result.reportPath = req.reportPath;
            result.reportRows = file.rowsWritten();
        } else {
            result.message += QCoreApplication::translate("Engine::Undoer", " The report could not be written: %1").arg(error);
        }
    }
    finish(result);
}

} // namespace

UndoPreview Undoer::preview(const QString &storePath, const QString &jobId)
{
    UndoPreview p;
    Store::JobStore store(storePath);
    Store::FollowUpStore followUps(storePath);
    if (!store.open(&p.error) || !followUps.open(&p.error))
        return p;
    const std::optional<Store::JobRecord> job = store.job(jobId);
    if (!job) {
        p.error = u"There is no job \"%1\"."_s.arg(jobId);
        return p;
    }
    p.apiHost = job->apiHost;
    const JobSettings settings = JobSettings::fromJson(job->settings);
    p.apiUrl = settings.apiUrl;
    p.environment = settings.environment;
    const std::optional<Store::FollowUpRecord> undo = followUps.followUp(jobId, Store::FollowUpKind::Undo);
    p.alreadyUndone = undo && undo->state == Store::FollowUpState::Done;
    p.started = undo.has_value();
    for (const UndoAction &a : planUndo(store, followUps, jobId)) {
        if (a.state == UndoState::Refused)
            ++p.refused;
        else if (a.kind == UndoKind::Membership)
            ++p.memberships;
        else if (a.kind == UndoKind::User)
            ++p.users;
        else
            ++p.organizations;
    }
    p.updates = updatesToRestore(storePath, jobId);
    p.ok = true;
    return p;
}

Undoer::Undoer(QString storePath, Api::ApiKey apiKey, QObject *parent)
    : FollowUpWorker(std::move(storePath), std::move(apiKey), parent)
{
}

Undoer::~Undoer() = default;

QString Undoer::alreadyRunning() const
{
    return QCoreApplication::translate("Engine::Undoer", "An undo is already running.");
}

QCoro::Task<void> Undoer::launch(FollowUpRun run)
{
    return runUndo(std::move(run));
}

} // namespace Engine
