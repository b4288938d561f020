#include "followupworker.h"

namespace Engine {

FollowUpWorker::FollowUpWorker(QString storePath, Api::ApiKey apiKey, QObject *parent)
    : QObject(parent), m_storePath(std::move(storePath)), m_apiKey(std::move(apiKey))
{
    qRegisterMetaType<Engine::FollowUpProgress>();
    qRegisterMetaType<Engine::FollowUpResult>();
}

FollowUpWorker::~FollowUpWorker()
{
    m_cancel->store(true);
}

void FollowUpWorker::cancel()
{
    m_cancel->store(true);
}

void FollowUpWorker::start(FollowUpRequest request)
{
    if (m_running) {
        FollowUpResult r;
        r.jobId = request.jobId;
        r.message = alreadyRunning();
        Q_EMIT finished(r);
        return;
    }
    m_running = true;
    m_cancel->store(false);
    QPointer<FollowUpWorker> self(this);
    FollowUpRun run;
    run.self = self;
    run.request = std::move(request);
    run.storePath = m_storePath;
    run.key = m_apiKey;
    run.cancel = m_cancel;
    run.finish = [self](FollowUpResult result) {
        if (!self)
            return;
        self->m_running = false;
        Q_EMIT self->finished(result);
    };
    run.say = [self](QString text) {
        if (self)
            Q_EMIT self->message(text);
    };
    run.report = [self](FollowUpProgress p) {
        if (self)
            Q_EMIT self->progress(p);
    };
    [](QCoro::Task<void> task) { Q_UNUSED(task); }(launch(std::move(run)));
}

} // namespace Engine
