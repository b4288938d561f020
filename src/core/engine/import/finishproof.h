#pragma once
// The store's word on a run: before the workers start, the chunks taken again and the
// counters so far (prepareImport); at the end, the proof that a job is finished, from counts
// in the store that add up (proveFinished). An empty answer or a failed read proves nothing.

#include "store/jobrecords.h"

#include <QtCore/QString>

namespace Store { class JobStore; }

namespace Engine {

struct ImportStart {
    bool ok = false;
    QString error;
    Store::JobCounters baseline; // the counters before this run, without the rows it retries
    qint64 finalRows = 0;
};

// Before the workers start: chunks left in progress by a killed process, or set aside after
// failing workers, are taken again; the counters so far are read. Every step is checked.
ImportStart prepareImport(Store::JobStore &store, const QString &jobId);

struct Proof {
    bool finished = false;  // proved from the store
    bool counted = false;   // `counters` were read from the store
    bool chunksLeft = false; // some chunk is not done
    bool jobGone = false;   // the job is not in the store any more
    QString problem;        // why it is not proved, for the person
    Store::JobCounters counters;
};

// A job is finished only when the store shows it: the job is there, it has chunks that cover
// its planned rows, every chunk is done, and every planned row has exactly one outcome, the
// valid ones an import outcome and the others invalid or duplicate (the planner's counts:
// totalRows = valid + invalid + duplicates). An empty answer or a failed read proves nothing.
Proof proveFinished(Store::JobStore &store, const QString &jobId);

} // namespace Engine
