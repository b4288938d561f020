#pragma once
// Runs the import engine (Engine::JobRunner) in the test's thread to its end, for the tests that
// drive it directly: tst_engine, and the GUI tests that prepare a job or a server's contents
// without the wizard (tst_wizard, tst_columnsquestions). The runner shares the test's event
// loop; the calls below spin it until the runner has finished or the time is up.
//
// Header-only, for test executables.

#include "engine/import/jobrunner.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QStringList>

#include <functional>

namespace TestSupport {

// How a run ended, and every message the runner said on the way.
struct RunOutcome {
    Engine::JobResult result; // an empty jobId and the message "timed out" when it did not end
    QStringList messages;
};

// Runs `request` to its end, calling `onProgress` with every progress report (it may pause
// or cancel the runner).
inline RunOutcome runWatched(const QString &storePath, const QString &key, Engine::RunRequest request,
                             const std::function<void(Engine::JobRunner &, const Engine::JobProgress &)> &onProgress,
                             int timeoutMs = 180000)
{
    Engine::JobRunner runner(storePath, Api::ApiKey(key));
    RunOutcome out;
    bool done = false;
    QObject::connect(&runner, &Engine::JobRunner::finished, [&](const Engine::JobResult &r) {
        out.result = r;
        done = true;
    });
    QObject::connect(&runner, &Engine::JobRunner::message, [&](const QString &m) { out.messages.append(m); });
    QObject::connect(&runner, &Engine::JobRunner::progress,
                     [&](const Engine::JobProgress &p) { onProgress(runner, p); });
    runner.start(std::move(request));
    QElapsedTimer clock;
    clock.start();
    while (!done && clock.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    if (!done)
        out.result.message = QStringLiteral("timed out");
    return out;
}

// The same, for callbacks that only read the progress.
inline RunOutcome runWatching(const QString &storePath, const QString &key, Engine::RunRequest request,
                              const std::function<void(const Engine::JobProgress &)> &onProgress)
{
    return runWatched(storePath, key, std::move(request),
                      [&](Engine::JobRunner &, const Engine::JobProgress &p) { onProgress(p); });
}

// Runs `request` to its end (two minutes at most); `stopAfterRows` pauses (or, with `cancel`,
// cancels) it once that many rows are done.
inline RunOutcome runToEnd(const QString &storePath, const QString &key, Engine::RunRequest request,
                           qint64 stopAfterRows = -1, bool cancel = false)
{
    return runWatched(
        storePath, key, std::move(request),
        [&stopAfterRows, cancel](Engine::JobRunner &runner, const Engine::JobProgress &p) {
            if (stopAfterRows >= 0 && p.rowsDone >= stopAfterRows) {
                stopAfterRows = -1;
                cancel ? runner.cancel() : runner.pause();
            }
        },
        120000);
}

} // namespace TestSupport
