#pragma once
// Worker: one thread of the job's pool. Claims chunks from the job store, reads each chunk's
// rows from its byte offset (CsvReader::seek), skips rows that already have a final outcome,
// and imports the others with up to `concurrency` rows in flight, through a WorkOsClient
// that owns this thread's QNetworkAccessManager and event loop. Outcomes go to the shared
// OutcomeWriter.
//
// A QRunnable run by JobRunner's QThreadPool; everything it makes lives and dies in run().
// When it ends it calls `onExit(slot, failed, chunk)` from its thread: `failed` means it
// could not work (store or file unreadable) and its chunk must go back to the queue.

#include "engine/import/runcontext.h"

#include <QtCore/QRunnable>

#include <functional>
#include <memory>

namespace Engine {

class Worker : public QRunnable
{
public:
    using ExitFn = std::function<void(int slot, bool failed, QString error)>;

    Worker(std::shared_ptr<RunContext> context, int slot, ExitFn onExit);
    void run() override;

    QString workerId() const { return idFor(m_slot); }
    // The id a worker in `slot` of this process claims chunks under (ChunkRecord::workerId).
    static QString idFor(int slot);

private:
    std::shared_ptr<RunContext> m_ctx;
    int m_slot;
    ExitFn m_onExit;
};

} // namespace Engine
