#pragma once
// OutcomeWriter: the job store's one writer during a run. Workers push each row's outcome and
// each finished chunk from their threads; the writer, in its own thread with its own store
// connection, writes them in batched transactions (every 100 ms, or at 500 rows), outcomes
// before the chunk states that follow them, so that a chunk is never marked done before its
// rows are recorded. A killed process loses at most the last unflushed batch: those rows have
// no outcome and are replayed, safely, on resume.
//
// Ownership and threads: made by JobRunner and moved to a QThread of its own; push(),
// chunkFinished() and tally() are thread-safe; open()/flush()/close() run in its thread.

#include "store/jobrecords.h"

#include <QtCore/QList>
#include <QtCore/QMutex>
#include <QtCore/QObject>

#include <memory>

class QTimer;

namespace Store {
class JobStore;
}

namespace Engine {

class OutcomeWriter : public QObject
{
    Q_OBJECT
public:
    OutcomeWriter(QString storePath, QString jobId);
    ~OutcomeWriter() override;

    // Running totals since the run started, on top of the baseline.
    struct Tally {
        Store::JobCounters counters;
        qint64 rowsDone = 0;
    };
    void setBaseline(const Store::JobCounters &counters);
    Tally tally() const;

    void push(const Store::RowOutcome &outcome);
    void chunkFinished(int index, Store::ChunkState state);

    // A failed store write or read, for the person: what happened and what to do.
    static QString storeProblem(const QString &why);

    // The first write the store refused, in plain words; empty while every write succeeded.
    QString failure() const;

public Q_SLOTS:
    bool open();  // in the writer thread
    void flush(); // in the writer thread
    // Flushes, then closes the connection; in the writer thread. False when something pushed
    // could not be stored (then failure() says why).
    bool close();

Q_SIGNALS:
    // The store refused a write (disk full, file removed, the job deleted): the job cannot
    // record progress. The outcomes stay queued and are tried again at the next flush, but
    // the run must stop (JobRunner halts it).
    void writeFailed(const QString &message);

private:
    QString m_storePath;
    QString m_jobId;
    std::unique_ptr<Store::JobStore> m_store;
    QTimer *m_timer = nullptr;

    mutable QMutex m_mutex;
    QList<Store::RowOutcome> m_pending;
    QList<QPair<int, Store::ChunkState>> m_pendingChunks;
    bool m_flushQueued = false;
    Tally m_tally;
    QString m_failure;
};

} // namespace Engine
