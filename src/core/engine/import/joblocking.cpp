#include "engine/import/joblocking.h"

#include "engine/import/jobrunner.h"
#include "store/jobstore.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QStringList>

using namespace Qt::StringLiterals;

namespace Engine {

// A new job: its id (the caller's, or a new one) locked before the job is written.
Locked lockNewJob(const Store::JobStore &store, const QString &storePath, const QString &wantedId)
{
    Locked out;
    if (!wantedId.isEmpty()) {
        if (!Store::JobStore::isValidJobId(wantedId)) {
            out.message = u"\"%1\" cannot be a job id: use 1-64 letters, digits, '.', '_' or '-'."_s.arg(wantedId);
            return out;
        }
        if (store.job(wantedId)) {
            out.message = QCoreApplication::translate("Engine::JobRunner", "A job named \"%1\" exists already. Resume it with --resume %1, or choose another --job-id.")
                              .arg(wantedId);
            return out;
        }
        auto lock = std::make_unique<Store::JobLock>(storePath, wantedId);
        if (!lock->tryLock()) {
            out.message = QCoreApplication::translate("Engine::JobRunner", "A job named \"%1\" is being started by another window or process (%2). Choose another --job-id.")
                              .arg(wantedId, lock->holder().isEmpty() ? u"its lock file cannot be taken"_s : lock->holder());
            return out;
        }
        out.lock = std::move(lock);
        return out;
    }
    for (int attempt = 0; attempt < 20; ++attempt) {
        const QString id = store.newJobId();
        auto lock = std::make_unique<Store::JobLock>(storePath, id);
        // Another process may have picked the same id in the same second: it holds the lock.
        if (lock->tryLock() && !store.job(id)) {
            out.lock = std::move(lock);
            return out;
        }
    }
    out.message = QCoreApplication::translate("Engine::JobRunner", "Cannot make a lock file next to the job store %1. Check that its folder is writable.").arg(storePath);
    return out;
}

namespace {

QString runningElsewhere(const QString &jobId, const Store::JobLock &lock)
{
    const QString who = lock.holder();
    return who.isEmpty()
        ? QCoreApplication::translate("Engine::JobRunner", "Job %1 is running in another window or process. Stop it there first, or wait for it to end.").arg(jobId)
        //: %2 names the window or process, e.g. "process 4711 on host"
        : QCoreApplication::translate("Engine::JobRunner", "Job %1 is running in another window or process (%2). Stop it there first, or wait for it to end.")
              .arg(jobId, who);
}

} // namespace

// The job a resume or a retry runs, locked. With an id: that job, refused when another live
// process holds it. Without (plain --resume): the newest resumable job no live process holds.
// The job is read again once the lock is held: its state may have changed in between.
Picked lockExistingJob(const Store::JobStore &store, const QString &storePath, const RunRequest &req)
{
    Picked out;
    if (!req.jobId.isEmpty()) {
        QString error;
        if (!store.job(req.jobId, &error)) {
            out.message = error.isEmpty() ? QCoreApplication::translate("Engine::JobRunner", "There is no job \"%1\". `workos-import jobs` lists the jobs.").arg(req.jobId)
                                          : error;
            return out;
        }
        auto lock = std::make_unique<Store::JobLock>(storePath, req.jobId);
        if (!lock->tryLock()) {
            out.job.id = req.jobId;
            if (const auto j = store.job(req.jobId))
                out.job = *j;
            out.message = runningElsewhere(req.jobId, *lock);
            return out;
        }
        const auto job = store.job(req.jobId, &error);
        if (!job) {
            out.message = error.isEmpty() ? QCoreApplication::translate("Engine::JobRunner", "Job \"%1\" was deleted just now.").arg(req.jobId) : error;
            return out;
        }
        out.job = *job;
        out.lock = std::move(lock);
        return out;
    }
    QString error;
    const QList<Store::JobRecord> all = store.jobs(0, &error);
    if (!error.isEmpty()) {
        out.message = error;
        return out;
    }
    QStringList busy;
    for (const Store::JobRecord &candidate : all) {
        if (!Store::isResumable(candidate.state))
            continue;
        auto lock = std::make_unique<Store::JobLock>(storePath, candidate.id);
        if (!lock->tryLock()) {
            busy.append(candidate.id);
            continue;
        }
        const auto job = store.job(candidate.id);
        if (!job || !Store::isResumable(job->state))
            continue; // ended or deleted in between; the lock goes with `lock`
        out.job = *job;
        out.lock = std::move(lock);
        return out;
    }
    if (busy.isEmpty())
        out.message = QCoreApplication::translate("Engine::JobRunner", "There is no interrupted job to resume.");
    else
        out.message = (busy.size() == 1
                           ? QCoreApplication::translate("Engine::JobRunner", "There is no interrupted job to resume: %1 is running in another window or "
                                                    "process. Resume a job by its id once it has stopped there.")
                           : QCoreApplication::translate("Engine::JobRunner", "There is no interrupted job to resume: %1 are running in another window or "
                                                    "process. Resume a job by its id once it has stopped there."))
                          .arg(busy.join(u", "_s));
    return out;
}

} // namespace Engine
