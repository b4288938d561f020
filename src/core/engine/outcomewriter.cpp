#include "outcomewriter.h"

#include "store/jobstore.h"

#include <QtCore/QLoggingCategory>
#include <QtCore/QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcWriter, "wizard.engine.writer")

namespace Engine {

namespace {
constexpr int FlushRows = 500;
constexpr int FlushIntervalMs = 100;
}

OutcomeWriter::OutcomeWriter(QString storePath, QString jobId)
    : m_storePath(std::move(storePath)), m_jobId(std::move(jobId))
{
}

OutcomeWriter::~OutcomeWriter() = default;

void OutcomeWriter::setBaseline(const Store::JobCounters &counters)
{
    QMutexLocker locker(&m_mutex);
    m_tally.counters = counters;
}

OutcomeWriter::Tally OutcomeWriter::tally() const
{
    QMutexLocker locker(&m_mutex);
    return m_tally;
}

void OutcomeWriter::push(const Store::RowOutcome &outcome)
{
    bool queueFlush = false;
    {
        QMutexLocker locker(&m_mutex);
        m_pending.append(outcome);
        ++m_tally.rowsDone;
        Store::JobCounters &c = m_tally.counters;
        if (outcome.user == Store::UserResult::Created)
            ++c.created;
        else if (outcome.user == Store::UserResult::Existed)
            ++c.existed;
        switch (outcome.outcome) {
        case Store::Outcome::MembershipAdded: ++c.membershipsAdded; break;
        case Store::Outcome::MembershipExisted: ++c.membershipExisted; break;
        case Store::Outcome::Failed: ++c.failed; break;
        default: break;
        }
        if (m_pending.size() >= FlushRows && !m_flushQueued) {
            m_flushQueued = true;
            queueFlush = true;
        }
    }
    if (queueFlush)
        QMetaObject::invokeMethod(this, &OutcomeWriter::flush, Qt::QueuedConnection);
}

void OutcomeWriter::chunkFinished(int index, Store::ChunkState state)
{
    QMutexLocker locker(&m_mutex);
    m_pendingChunks.append({index, state});
}

bool OutcomeWriter::open()
{
    m_store = std::make_unique<Store::JobStore>(m_storePath);
    QString error;
    if (!m_store->open(&error)) {
        Q_EMIT writeFailed(error);
        return false;
    }
    m_timer = new QTimer(this);
    m_timer->setInterval(FlushIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &OutcomeWriter::flush);
    m_timer->start();
    return true;
}

void OutcomeWriter::flush()
{
    QList<Store::RowOutcome> outcomes;
    QList<QPair<int, Store::ChunkState>> chunks;
    {
        QMutexLocker locker(&m_mutex);
        outcomes.swap(m_pending);
        chunks.swap(m_pendingChunks);
        m_flushQueued = false;
    }
    if (!m_store || (outcomes.isEmpty() && chunks.isEmpty()))
        return;
    QString error;
    if (!outcomes.isEmpty() && !m_store->recordOutcomes(outcomes, &error)) {
        qCWarning(lcWriter) << "cannot record outcomes:" << error;
        // Keep them for the next flush; the disk may come back.
        QMutexLocker locker(&m_mutex);
        m_pending = outcomes + m_pending;
        m_pendingChunks = chunks + m_pendingChunks;
        Q_EMIT writeFailed(error);
        return;
    }
    for (const auto &[index, state] : std::as_const(chunks))
        m_store->setChunkState(m_jobId, index, state);
}

void OutcomeWriter::close()
{
    flush();
    if (m_timer)
        m_timer->stop();
    m_store.reset();
}

} // namespace Engine
