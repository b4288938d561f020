#pragma once
// JobLock: the lock a process holds on one job of a job store while it plans, imports, retries
// or deletes it. A file next to the store (`<store>.<job id>.lock`, QLockFile: it names the
// holder's pid, host and program, and a lock whose process is gone is taken over as stale).
// Whoever holds it is the only one allowed to write the job's plan, run it or delete it; the
// runner takes it *before* the job exists in the store, so that no other process ever sees a
// job that is half planned and unlocked.
//
// Ownership and threads: a plain object owned by the one who locks; not thread-safe. tryLock()
// never waits (it reads and writes one small file), so it may be called from the GUI thread.
// A second JobLock on the same job in the same process counts as another holder.

#include <QtCore/QString>

#include <memory>

class QLockFile;

namespace Store {

class JobLock
{
public:
    JobLock(const QString &storePath, const QString &jobId);
    ~JobLock();
    JobLock(const JobLock &) = delete;
    JobLock &operator=(const JobLock &) = delete;

    // `<storePath>.<jobId>.lock`
    static QString path(const QString &storePath, const QString &jobId);

    // Takes the lock now or not at all (a stale lock of a dead process is taken over). The
    // lock file is readable by its owner only.
    bool tryLock();
    void unlock();
    bool isLocked() const;
    const QString &jobId() const { return m_jobId; }
    const QString &storePath() const { return m_storePath; }

    // Who holds the lock, in plain words ("process 1234 (workos-import) on host"), when
    // tryLock() failed because someone does; empty otherwise.
    QString holder() const;

    // True when a live process (this one included, through another JobLock) holds the job's
    // lock. Never waits.
    static bool isHeld(const QString &storePath, const QString &jobId);

private:
    QString m_storePath;
    QString m_jobId;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace Store
