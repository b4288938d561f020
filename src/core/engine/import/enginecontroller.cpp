#include "enginecontroller.h"

#include <QtCore/QLoggingCategory>

using namespace Qt::StringLiterals;

namespace Engine {

EngineController::EngineController(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Engine::JobProgress>();
    qRegisterMetaType<Engine::JobResult>();
    m_thread.setObjectName(u"engine"_s);
}

EngineController::~EngineController()
{
    if (m_runner) {
        m_runner->cancel();
        // The runner is deleted in its own thread; its destructor waits for its workers.
        QMetaObject::invokeMethod(m_runner.data(), &QObject::deleteLater, Qt::QueuedConnection);
    }
    m_thread.quit();
    m_thread.wait();
}

bool EngineController::start(const QString &storePath, const Api::ApiKey &key, const RunRequest &request)
{
    if (m_running)
        return false;
    if (!m_thread.isRunning())
        m_thread.start();
    m_running = true;
    m_jobId = request.kind == RunRequest::Kind::New ? request.settings.jobId : request.jobId;
    auto *runner = new JobRunner(storePath, key);
    runner->moveToThread(&m_thread);
    m_runner = runner;
    // Queued: the runner emits in the engine thread, this object lives in the caller's.
    connect(runner, &JobRunner::progress, this, [this](const JobProgress &p) {
        if (!p.jobId.isEmpty())
            m_jobId = p.jobId;
        Q_EMIT progress(p);
    }, Qt::QueuedConnection);
    connect(runner, &JobRunner::message, this, &EngineController::message, Qt::QueuedConnection);
    connect(runner, &JobRunner::finished, this, &EngineController::onFinished, Qt::QueuedConnection);
    QMetaObject::invokeMethod(runner, [runner, request] { runner->start(request); }, Qt::QueuedConnection);
    return true;
}

void EngineController::pause()
{
    if (m_runner)
        m_runner->pause();
}

void EngineController::cancel()
{
    if (m_runner)
        m_runner->cancel();
}

void EngineController::onFinished(const JobResult &result)
{
    if (!result.jobId.isEmpty())
        m_jobId = result.jobId;
    if (m_runner)
        QMetaObject::invokeMethod(m_runner.data(), &QObject::deleteLater, Qt::QueuedConnection);
    m_runner.clear();
    m_running = false;
    Q_EMIT finished(result);
}

} // namespace Engine
