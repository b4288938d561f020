#include "jobrunner.h"

#include "engine/import/jobrun.h"
#include "store/joblock.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QLoggingCategory>
#include <QtCore/QPointer>
#include <QtCore/QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcEngine, "wizard.engine")

namespace Engine {

QString phaseName(Phase phase)
{
    switch (phase) {
    case Phase::Planning: return u"planning"_s;
    case Phase::Prewarming: return u"prewarming"_s;
    case Phase::Importing: return u"importing"_s;
    case Phase::Finishing: return u"finishing"_s;
    case Phase::Done: return u"done"_s;
    }
    return {};
}

QString blockerId(Blocker blocker)
{
    switch (blocker) {
    case Blocker::None: return u"none"_s;
    case Blocker::KeyRefused: return u"key_refused"_s;
    case Blocker::ServerUnreachable: return u"server_unreachable"_s;
    case Blocker::TlsOrProxy: return u"tls_or_proxy"_s;
    case Blocker::FileChanged: return u"file_changed"_s;
    case Blocker::StoreFailed: return u"store_failed"_s;
    }
    return {};
}

JobRunner::JobRunner(QString storePath, Api::ApiKey apiKey, QObject *parent)
    : QObject(parent), m_storePath(std::move(storePath)), m_apiKey(std::move(apiKey))
{
    qRegisterMetaType<Engine::JobProgress>();
    qRegisterMetaType<Engine::JobResult>();
}

JobRunner::~JobRunner()
{
    if (m_run) {
        m_run->stop = true;
        if (m_run->ctx) {
            m_run->ctx->stop = true;
            m_run->ctx->cancel->store(true);
        }
        m_run->pool.waitForDone();
    }
}

void JobRunner::pause()
{
    if (!m_run)
        return;
    m_run->paused = true;
    m_run->stop = true;
    if (m_run->ctx)
        m_run->ctx->stop = true;
}

void JobRunner::cancel()
{
    if (!m_run)
        return;
    m_run->cancelled = true;
    m_run->stop = true;
    if (m_run->ctx) {
        const bool again = m_run->ctx->stop.exchange(true);
        const std::shared_ptr<std::atomic_bool> abandon = m_run->ctx->cancel;
        if (again)
            abandon->store(true);
        else
            QTimer::singleShot(StopGraceMs, this, [abandon] { abandon->store(true); });
    }
}

void JobRunner::start(RunRequest request)
{
    if (m_running) {
        JobResult r;
        r.message = QCoreApplication::translate("Engine::JobRunner", "A job is already running.");
        Q_EMIT finished(r);
        return;
    }
    m_running = true;
    m_run = std::make_unique<Run>();
    m_run->request = std::move(request);
    m_run->clock.start();
    QPointer<JobRunner> self(this);
    auto finish = [self](JobResult result) {
        if (!self)
            return;
        // The job's final state is written: another process may take the job now.
        if (self->m_run && self->m_run->lock)
            self->m_run->lock->unlock();
        self->m_running = false;
        Q_EMIT self->finished(result);
    };
    auto say = [self](QString text) {
        if (self)
            Q_EMIT self->message(text);
    };
    auto emitProgress = [self] {
        if (self && self->m_run)
            Q_EMIT self->progress(self->m_run->progress);
    };
    // The task runs on this thread's event loop; it owns nothing that outlives `this`.
    [](QCoro::Task<void> task) { Q_UNUSED(task); }(runJob(self, m_run.get(), m_storePath, m_apiKey, finish, say, emitProgress));
}

QString JobRunner::lockPath(const QString &storePath, const QString &jobId)
{
    return Store::JobLock::path(storePath, jobId);
}

} // namespace Engine
