#pragma once
// The job's lock (planning, resume, retry): a new job's id locked before the job is written,
// and the existing job a resume or a retry runs, locked and read again once the lock is held.

#include "store/jobrecords.h"
#include "store/joblock.h"

#include <QtCore/QString>

#include <memory>

namespace Store { class JobStore; }

namespace Engine {

struct RunRequest;

struct Locked {
    std::unique_ptr<Store::JobLock> lock; // null: `message` says why
    QString message;
};

// A new job: its id (the caller's, or a new one) locked before the job is written.
Locked lockNewJob(const Store::JobStore &store, const QString &storePath, const QString &wantedId);

struct Picked {
    std::unique_ptr<Store::JobLock> lock; // null: `message` says why
    Store::JobRecord job;                 // as stored once the lock was held
    QString message;
};

// The job a resume or a retry runs, locked. With an id: that job, refused when another live
// process holds it. Without (plain --resume): the newest resumable job no live process holds.
Picked lockExistingJob(const Store::JobStore &store, const QString &storePath, const RunRequest &req);

} // namespace Engine
