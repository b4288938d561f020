#include "filescan.h"

#include "validator.h"

#include <source/detect.h>

#include <QtCore/QCoreApplication>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace Model {

namespace {

constexpr int BatchRecords = 512;
constexpr size_t QueuedBatches = 4;
constexpr qint64 ReserveThresholdRows = 50'000; // users; below this, growing is cheaper than guessing

// Records and, beside each, what its source says about it (password fate, warnings).
struct Batch {
    std::vector<Csv::Record> records;
    std::vector<RowNotes> notes;
    explicit Batch(size_t n = 0) : records(n), notes(n) {}
    size_t size() const { return records.size(); }
    void resize(size_t n)
    {
        records.resize(n);
        notes.resize(n);
    }
};

// The hand-over between the reader thread and the validating thread: full batches one way,
// emptied batches back (so records and their field lists are reused).
class BatchQueue
{
public:
    void pushFull(Batch batch)
    {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [&] { return m_full.size() < QueuedBatches || m_stopped; });
        m_full.push_back(std::move(batch));
        m_notEmpty.notify_one();
    }
    // False when the reader has finished and nothing is left.
    bool popFull(Batch &batch)
    {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [&] { return !m_full.empty() || m_done; });
        if (m_full.empty())
            return false;
        batch = std::move(m_full.front());
        m_full.pop_front();
        m_notFull.notify_one();
        return true;
    }
    void recycle(Batch batch)
    {
        std::lock_guard lock(m_mutex);
        m_free.push_back(std::move(batch));
    }
    Batch takeEmpty()
    {
        std::lock_guard lock(m_mutex);
        if (m_free.empty())
            return Batch(BatchRecords);
        Batch b = std::move(m_free.back());
        m_free.pop_back();
        return b;
    }
    void finish()
    {
        std::lock_guard lock(m_mutex);
        m_done = true;
        m_notEmpty.notify_all();
    }
    void stop() // the consumer gives up: unblock the reader
    {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_notFull.notify_all();
    }
    bool stopped()
    {
        std::lock_guard lock(m_mutex);
        return m_stopped;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_notEmpty, m_notFull;
    std::deque<Batch> m_full;
    std::vector<Batch> m_free;
    bool m_done = false;
    bool m_stopped = false;
};

} // namespace

FileScan::FileScan(QString path)
    : FileScan(std::move(path), Options{})
{
}

FileScan::FileScan(QString path, Options options)
    : m_path(std::move(path)), m_options(std::move(options)), m_reader(Source::openReader(m_path, m_options.source))
{
}

FileScan::~FileScan() = default;

void FileScan::fail(QString id, QString message, qint64 line)
{
    m_errorId = std::move(id);
    m_errorMessage = std::move(message);
    m_errorLine = line;
}

bool FileScan::open()
{
    if (!m_reader->open()) {
        fail(m_reader->errorId(), m_reader->errorMessage(), m_reader->errorLine());
        return false;
    }
    m_schema = Schema::fromHeader(m_reader->header(), m_options.mapping);
    if (!m_schema.isUsable()) {
        fail(m_schema.problemId(), m_schema.problem(), 1);
        return false;
    }
    if (!m_options.singleOrganization.isEmpty() || !m_options.singleOrganization.name.isEmpty()) {
        QString error;
        if (!m_schema.setSingleOrganization(m_options.singleOrganization, &error)) {
            fail(u"options.organization"_s, error);
            return false;
        }
    }
    m_validator = std::make_unique<Validator>(m_schema, m_options.detail);
    Source::Options again = m_options.source;
    again.kind = m_reader->kind();
    m_validator->setSourceFile(m_reader->path(), again); // to confirm an older duplicate exactly
    return true;
}

bool FileScan::run(const std::function<void(const RowResult &)> &onRow, const std::atomic_bool *cancel)
{
    if (!m_validator) {
        if (m_errorId.isEmpty())
            fail(u"scan.not_open"_s, QCoreApplication::translate("Model::FileScan", "The file was not opened."));
        return false;
    }
    auto cancelled = [&] { return cancel && cancel->load(std::memory_order_relaxed); };
    // Read before the reader thread starts: the reader is not to be touched while it reads.
    const qint64 dataStart = m_reader->dataStartOffset();
    const qint64 fileSize = m_reader->fileSize();
    bool reserved = false;
    auto validateBatch = [&](const Batch &batch, size_t count) {
        constexpr size_t Ahead = 4;
        for (size_t i = 0; i < count; ++i) {
            if (i + Ahead < count)
                m_validator->prefetch(batch.records[i + Ahead]);
            onRow(m_validator->validate(batch.records[i], batch.notes[i]));
        }
        if (!reserved && count > 0) {
            reserved = true;
            // Size the state once, from the bytes per row and the share of new users so far.
            const Csv::Record &last = batch.records[count - 1];
            const ValidationSummary &s = m_validator->summary();
            const qint64 used = last.endOffset - dataStart;
            if (used > 0 && s.rows > 0) {
                const double rowsLeft = double(fileSize - last.endOffset) * double(s.rows) / double(used);
                const double newUsers = std::max(0.05, double(s.distinctEmails) / double(s.rows));
                const qint64 estimate = qint64(rowsLeft * std::min(1.0, newUsers * 1.15));
                if (estimate > ReserveThresholdRows)
                    m_validator->reserve(estimate);
            }
        }
    };

    if (!m_options.readInThread) {
        Batch batch(BatchRecords);
        for (;;) {
            size_t n = 0;
            while (n < batch.size() && m_reader->next(batch.records[n], &batch.notes[n]))
                ++n;
            validateBatch(batch, n);
            if (n < batch.size() || cancelled())
                break;
        }
    } else {
        BatchQueue queue;
        std::thread reader([&] {
            for (;;) {
                Batch batch = queue.takeEmpty();
                size_t n = 0;
                while (n < batch.size() && m_reader->next(batch.records[n], &batch.notes[n]))
                    ++n;
                const bool end = n < batch.size();
                batch.resize(n); // the consumer sees exactly the records read
                if (n > 0)
                    queue.pushFull(std::move(batch));
                if (end || queue.stopped() || cancelled())
                    break;
            }
            queue.finish();
        });
        Batch batch;
        while (queue.popFull(batch)) {
            if (!cancelled())
                validateBatch(batch, batch.size());
            batch.resize(BatchRecords);
            queue.recycle(std::move(batch));
            if (cancelled())
                queue.stop();
        }
        reader.join();
    }

    if (cancelled()) {
        fail(u"scan.cancelled"_s, QCoreApplication::translate("Model::FileScan", "The check was cancelled."));
        return false;
    }
    if (m_reader->failed()) {
        fail(m_reader->errorId(), m_reader->errorMessage(), m_reader->errorLine());
        return false;
    }
    if (m_validator->summary().rows == 0) {
        fail(u"csv.no_rows"_s,
             u"The file \"%1\" has a header but no data rows. Choose the export that contains your users."_s.arg(m_path), 1);
        return false;
    }
    return true;
}

const Csv::Dialect &FileScan::dialect() const
{
    return m_reader->dialect();
}

Source::Kind FileScan::sourceKind() const
{
    return m_reader->kind();
}

QStringList FileScan::fileWarnings() const
{
    return m_reader->fileWarnings() + m_schema.warnings();
}

const ValidationSummary &FileScan::summary() const
{
    static const ValidationSummary empty;
    return m_validator ? m_validator->summary() : empty;
}

qint64 FileScan::fileSize() const
{
    return m_reader->fileSize();
}

size_t FileScan::stateBytes() const
{
    return m_validator ? m_validator->stateBytes() : 0;
}

} // namespace Model
