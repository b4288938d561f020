#pragma once
// FollowUpWorker: what the Verifier and the Undoer share as objects: the signals they report
// through, start() (refused while one runs), cancel() and the run's parts (FollowUpRun) that
// their coroutines take instead of the object, so that a run never touches a worker that is
// gone (it checks `self` after every request).
//
// Ownership and threads: the caller owns it; it lives in a thread with an event loop (the CLI's
// main thread or the GUI's engine thread, never the GUI thread). start() returns at once;
// progress(), message() and finished() come from that thread. cancel() is thread-safe. The API
// key is kept in memory only.

#include "engine/followup/followup.h"

#include <QCoro/QCoroTask>

#include <QtCore/QObject>
#include <QtCore/QPointer>

#include <atomic>
#include <functional>
#include <memory>

namespace Engine {

class FollowUpWorker;

// What one run of a follow-up is given.
struct FollowUpRun {
    QPointer<FollowUpWorker> self; // null once the worker is gone: the run then stops at once
    FollowUpRequest request;
    QString storePath;
    Api::ApiKey key;
    std::shared_ptr<std::atomic_bool> cancel;
    std::function<void(FollowUpResult)> finish; // exactly once
    std::function<void(QString)> say;
    std::function<void(FollowUpProgress)> report;
};

class FollowUpWorker : public QObject
{
    Q_OBJECT
public:
    ~FollowUpWorker() override;

    // Starts; finished() follows exactly once.
    void start(FollowUpRequest request);
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progress(const Engine::FollowUpProgress &progress);
    void message(const QString &text);
    void finished(const Engine::FollowUpResult &result);

protected:
    FollowUpWorker(QString storePath, Api::ApiKey apiKey, QObject *parent);
    // The result's message when start() is called while a run is going on.
    virtual QString alreadyRunning() const = 0;
    // The run: a coroutine that takes only `run` (never `this`).
    virtual QCoro::Task<void> launch(FollowUpRun run) = 0;

private:
    QString m_storePath;
    Api::ApiKey m_apiKey;
    bool m_running = false;
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
};

} // namespace Engine
