#pragma once
// JobPlanner: the first step of a new job. Reads the whole file once (streaming; our CSV or a
// provider's export through a Source::Reader, whose records carry byte ranges alike), runs
// every validation rule, records each invalid row and each duplicate as that row's final
// outcome, cuts the file into chunks (row ranges with the byte offset and line of their first
// row, so that a worker reads its chunk with CsvReader::seek and never re-reads the file from
// the top), collects the distinct organizations for pre-warming, and creates the job in the
// store with the file's size and SHA-256 (resume refuses a changed file).
//
// Synchronous and slow for big files: run it in the engine's thread, never the GUI's.

#include "engine/jobsettings.h"
#include "model/orgref.h"
#include "model/validationsummary.h"
#include "source/sourceoptions.h"
#include "store/jobrecords.h"

#include <atomic>
#include <functional>

namespace Store {
class JobLock;
class JobStore;
}

namespace Engine {

struct Plan {
    bool ok = false;
    QString error; // plain words, when !ok
    Store::JobRecord job;
    QList<Model::OrgRef> organizations; // distinct, in order of first appearance
    Model::ValidationSummary summary;
    QStringList warnings; // about the whole file (encoding, unknown columns)
    int chunks = 0;
    Source::Kind source = Source::Kind::Auto; // the format the file was read as
};

class JobPlanner
{
public:
    using Progress = std::function<void(qint64 bytesDone, qint64 bytesTotal)>;

    // Plans `settings` into `store`. `dryRun` plans without touching the store. `lock` is the
    // caller's lock on settings.jobId, taken before the job exists (JobRunner always holds
    // one); a plan that fails deletes its half-written job under that lock.
    static Plan plan(Store::JobStore *store, const JobSettings &settings, const Progress &progress,
                     const std::atomic_bool *cancel, bool dryRun = false, const Store::JobLock *lock = nullptr);
};

} // namespace Engine
