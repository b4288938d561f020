#pragma once
// The state of one JobRunner run and the steps of its coroutine (private to engine/import).
// JobRunner::start runs runJob (jobstart.cpp: lock, plan or the resume checks, the context,
// the roles and the pre-warming), which hands over to finishDryRun (dryrunstep.cpp: the dry
// run's reads and its duration estimate) or importRows (importloop.cpp: the workers, the
// progress, the finish proof and the final state).

#include "engine/import/jobrunner.h"
#include "engine/import/outcomewriter.h"
#include "engine/import/runcontext.h"
#include "model/schema.h"
#include "model/validationsummary.h"
#include "store/fileidentity.h"
#include "store/joblock.h"
#include "store/jobstore.h"

#include <QCoro/QCoroTask>
#include <QtCore/QElapsedTimer>
#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QThread>
#include <QtCore/QThreadPool>
#include <QtCore/QTimer>

#include <atomic>
#include <deque>
#include <functional>
#include <memory>

namespace Engine {

// Tells the run's coroutine that every worker has ended.
class WorkersDone : public QObject
{
    Q_OBJECT
Q_SIGNALS:
    void done();
};

struct JobRunner::Run {
    RunRequest request;
    std::shared_ptr<RunContext> ctx;
    std::unique_ptr<Store::JobStore> store;
    std::unique_ptr<Store::JobLock> lock; // held from before the job exists until the run ends
    QThread writerThread;
    std::unique_ptr<OutcomeWriter> writer;
    QThreadPool pool;
    WorkersDone workersDone;
    int activeWorkers = 0;
    int replacements = 0;
    QString workerFailure;
    std::atomic_bool stop {false};     // planning and pre-warming
    bool paused = false;
    bool cancelled = false;
    JobProgress progress;
    QElapsedTimer clock;
    QTimer progressTimer;
    std::deque<std::pair<qint64, qint64>> rateSamples; // (ms, rowsDone)
    qint64 rowsDoneAtStart = 0;
    DurationInput duration;    // the ETA's model input (the rows of this run)
    qint64 importStartMs = 0;  // run->clock when the rows started

    ~Run()
    {
        if (writerThread.isRunning()) {
            writerThread.quit();
            writerThread.wait();
        }
    }
};

// Ends the run with a failure: the message, the state to store (a job this run holds) and
// the job-level condition behind it.
using RunFail = std::function<void(QString message, Store::JobState state, Blocker blocker)>;

QCoro::Task<void> runJob(QPointer<JobRunner> self, JobRunner::Run *run, QString storePath, Api::ApiKey key,
                         std::function<void(JobResult)> finish, std::function<void(QString)> say,
                         std::function<void()> emitProgress);

// The dry run after its pre-warming: what the import would do with each valid row, how long
// it would take; then finish(*result).
QCoro::Task<void> finishDryRun(QPointer<JobRunner> self, JobRunner::Run *run, Api::WorkOsClient *client,
                               RunContext *ctx, Model::Schema schema, JobSettings settings,
                               Model::ValidationSummary planned, qint64 organizationCount, JobResult *result,
                               std::function<void(QString)> say, std::function<void(JobResult)> finish);

// The import after its pre-warming: the workers take the chunks, progress a few times a
// second, then the finish: every outcome flushed, the counts proved from the store, the state.
QCoro::Task<void> importRows(QPointer<JobRunner> self, JobRunner::Run *run, std::shared_ptr<RunContext> ctx,
                             Store::JobRecord job, JobSettings settings, Model::Schema schema, bool planNow,
                             QString storePath, Store::FileIdentity storeAtStart, Store::FileIdentity csvAtStart,
                             JobResult *result, RunFail fail, std::function<void(JobResult)> finish,
                             std::function<void(QString)> say, std::function<void()> emitProgress);

} // namespace Engine
