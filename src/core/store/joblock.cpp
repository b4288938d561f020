#include "joblock.h"

#include "privatefiles.h"

#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QLockFile>

using namespace Qt::StringLiterals;

namespace Store {

JobLock::JobLock(const QString &storePath, const QString &jobId)
    : m_storePath(storePath), m_jobId(jobId), m_lock(std::make_unique<QLockFile>(path(storePath, jobId)))
{
    // Never stale by age: a job runs for hours. Stale only when its process is gone.
    m_lock->setStaleLockTime(0);
}

JobLock::~JobLock() = default;

QString JobLock::path(const QString &storePath, const QString &jobId)
{
    return storePath + u"."_s + jobId + u".lock"_s;
}

bool JobLock::tryLock()
{
    if (m_lock->isLocked())
        return true;
    if (!ensurePrivateFolder(QFileInfo(path(m_storePath, m_jobId)).absolutePath()))
        return false;
    if (!m_lock->tryLock(0))
        return false;
    restrictToOwner(path(m_storePath, m_jobId));
    return true;
}

void JobLock::unlock()
{
    if (m_lock->isLocked())
        m_lock->unlock();
}

bool JobLock::isLocked() const
{
    return m_lock->isLocked();
}

QString JobLock::holder() const
{
    if (m_lock->isLocked() || m_lock->error() != QLockFile::LockFailedError)
        return {};
    qint64 pid = 0;
    QString host, app;
    if (!m_lock->getLockInfo(&pid, &host, &app))
        return u"another process"_s;
    QString text = u"process %1"_s.arg(pid);
    if (!app.isEmpty())
        text += u" (%1)"_s.arg(app);
    if (!host.isEmpty())
        text += u" on %1"_s.arg(host);
    return text;
}

bool JobLock::isHeld(const QString &storePath, const QString &jobId)
{
    if (!QFileInfo::exists(path(storePath, jobId)))
        return false;
    QLockFile lock(path(storePath, jobId));
    lock.setStaleLockTime(0);
    if (lock.tryLock(0)) {
        lock.unlock();
        return false;
    }
    return lock.error() == QLockFile::LockFailedError;
}

} // namespace Store
