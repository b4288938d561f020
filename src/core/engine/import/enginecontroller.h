#pragma once
// EngineController: runs one Engine::JobRunner at a time in a thread of its own, so that a
// caller with a busy event loop of its own (the desktop wizard's GUI thread) never waits for
// planning, pre-warming or the store. The caller talks to it from its own thread; the runner's
// progress(), message() and finished() arrive as queued signals in the controller's thread.
//
// Ownership and threads: the caller owns the controller; it lives in the caller's thread. The
// engine thread and the JobRunner inside it belong to the controller. start() returns at once;
// pause() and cancel() are thread-safe calls into the runner. The destructor cancels a run in
// progress and waits for the engine thread to end (the run is left Interrupted, resumable).
//
// The API key is handed to the runner and kept in memory only.

#include "engine/import/jobrunner.h"

#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QThread>

namespace Engine {

class EngineController : public QObject
{
    Q_OBJECT
public:
    explicit EngineController(QObject *parent = nullptr);
    ~EngineController() override;

    // Starts `request` with a new runner in the engine thread. False (and nothing happens)
    // while another run is in progress.
    bool start(const QString &storePath, const Api::ApiKey &key, const RunRequest &request);
    void pause();
    void cancel();

    bool isRunning() const { return m_running; }
    // The job of the run in progress or of the last run; empty before the planner named it.
    QString jobId() const { return m_jobId; }

Q_SIGNALS:
    void progress(const Engine::JobProgress &progress);
    void message(const QString &text);
    void finished(const Engine::JobResult &result);

private:
    void onFinished(const Engine::JobResult &result);

    QThread m_thread;
    QPointer<JobRunner> m_runner; // lives in m_thread
    bool m_running = false;
    QString m_jobId;
};

} // namespace Engine
