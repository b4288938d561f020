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
        else if (outcome.user == Store::UserResult::Updated)
            ++c.existed, ++c.updated; // an updated user existed before the import
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

QString OutcomeWriter::storeProblem(const QString &why)
{
    return u"The job store could not record the import's progress (%1). The run was stopped so that nothing is "
           "imported without being recorded. Fix the cause (free disk space, a removed or read-only folder), then "
           "resume the job: rows already in WorkOS are found and counted, not created twice."_s
        .arg(why.isEmpty() ? u"no reason given"_s : why);
}

QString OutcomeWriter::failure() const
{
    QMutexLocker locker(&m_mutex);
    return m_failure;
}

bool OutcomeWriter::open()
{
    m_store = std::make_unique<Store::JobStore>(m_storePath);
    QString error;
    if (!m_store->open(&error)) {
        {
            QMutexLocker locker(&m_mutex);
            if (m_failure.isEmpty())
                m_failure = error;
        }
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
    if (!m_store)
        return; // not open (or closed): what is pending stays pending, and close() reports it
    QList<Store::RowOutcome> outcomes;
    QList<QPair<int, Store::ChunkState>> chunks;
    {
        QMutexLocker locker(&m_mutex);
        outcomes.swap(m_pending);
        chunks.swap(m_pendingChunks);
        m_flushQueued = false;
    }
    if (outcomes.isEmpty() && chunks.isEmpty())
        return;
    QString error;
    // Outcomes before the chunk states that follow them: a chunk is never marked done before
    // its rows are recorded.
    if (!outcomes.isEmpty() && !m_store->recordOutcomes(outcomes, &error)) {
        qCWarning(lcWriter) << "cannot record outcomes:" << error;
        // Keep them for the next flush; the disk may come back.
        {
            QMutexLocker locker(&m_mutex);
            m_pending = outcomes + m_pending;
            m_pendingChunks = chunks + m_pendingChunks;
            if (m_failure.isEmpty())
                m_failure = error;
        }
        Q_EMIT writeFailed(error);
        return;
    }
    for (qsizetype i = 0; i < chunks.size(); ++i) {
        const auto &[index, state] = chunks.at(i);
        if (!m_store->setChunkState(m_jobId, index, state, {}, &error)) {
            qCWarning(lcWriter) << "cannot record a chunk's state:" << error;
            {
                QMutexLocker locker(&m_mutex);
                m_pendingChunks = chunks.mid(i) + m_pendingChunks;
                if (m_failure.isEmpty())
                    m_failure = error;
            }
            Q_EMIT writeFailed(error);
            return;
        }
    }
}

bool OutcomeWriter::close()
{
    flush();
    if (m_timer)
        m_timer->stop();
    m_store.reset();
    QMutexLocker locker(&m_mutex);
    return m_failure.isEmpty() && m_pending.isEmpty() && m_pendingChunks.isEmpty();
}

} // namespace Engine
