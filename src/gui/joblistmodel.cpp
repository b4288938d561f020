#include "joblistmodel.h"
#include "statuscolors.h"

#include "engine/import/jobrunner.h"

#include <store/jobstore.h>

#include <climits>

#include <QtCore/QFileInfo>
#include <QtCore/QLocale>
#include <QtCore/QLockFile>
#include <QtCore/QUrl>
#include <QtGui/QBrush>
#include <QtGui/QColor>

using namespace Qt::StringLiterals;

namespace Gui {

JobListModel::JobListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

bool JobListModel::isLockedByAnyProcess(const QString &storePath, const QString &jobId)
{
    const QString path = Engine::JobRunner::lockPath(storePath, jobId);
    if (!QFileInfo::exists(path))
        return false;
    QLockFile lock(path);
    lock.setStaleLockTime(0);
    if (lock.tryLock(0)) {
        lock.unlock();
        return false;
    }
    return lock.error() == QLockFile::LockFailedError;
}

QList<JobRow> JobListModel::loadJobs(const QString &storePath, const QStringList &activeJobIds, int limit, QString *error)
{
    QList<JobRow> rows;
    if (!QFileInfo::exists(storePath))
        return rows;
    Store::JobStore store(storePath);
    if (!store.open(error))
        return rows;
    const QList<Store::JobRecord> jobs = store.jobs(limit);
    // Verify and undo records: a second connection to the same file, in this thread, opened
    // once for the whole list (opening it per job re-added the same connection name: one Qt
    // SQL warning per job, issue 22 item 15).
    Store::FollowUpStore followUps(storePath);
    const bool followUpsOpen = followUps.open();
    Store::PasswordProofStore proofs(storePath);
    const bool proofsOpen = proofs.open();
    for (const Store::JobRecord &job : jobs) {
        JobRow row;
        row.job = job;
        row.effectiveState = job.state;
        const bool active = activeJobIds.contains(job.id);
        if (!active
            && (job.state == Store::JobState::Running || job.state == Store::JobState::Prewarming
                || job.state == Store::JobState::Planned)
            && !isLockedByAnyProcess(storePath, job.id)) {
            row.effectiveState = Store::JobState::Interrupted;
        }
        row.environment = environmentOf(job);
        if (const QString earlier = job.settings.value(u"catch_up_of"_s).toString(); !earlier.isEmpty()) {
            const auto earlierJob = store.job(earlier);
            row.catchUpOfName = earlierJob ? displayName(*earlierJob) : earlier;
        }
        if (followUpsOpen) {
            row.verify = followUps.followUp(job.id, Store::FollowUpKind::Verify);
            row.undo = followUps.followUp(job.id, Store::FollowUpKind::Undo);
        }
        if (proofsOpen) {
            row.passwordProofs = proofs.proofs(job.id);
            row.passwordFates = proofs.fates(job.id);
        }
        if (!Store::isTerminal(job.state)) {
            // What really happened, from the row outcomes: a killed process never wrote its counters.
            const Store::JobCounters counted = store.countOutcomes(job.id);
            Store::JobCounters &c = row.job.counters;
            c.created = std::max(c.created, counted.created);
            c.existed = std::max(c.existed, counted.existed);
            c.updated = std::max(c.updated, counted.updated);
            c.membershipsAdded = std::max(c.membershipsAdded, counted.membershipsAdded);
            c.membershipExisted = std::max(c.membershipExisted, counted.membershipExisted);
            c.duplicatesSkipped = std::max(c.duplicatesSkipped, counted.duplicatesSkipped);
            c.invalid = std::max(c.invalid, counted.invalid);
            c.failed = counted.failed; // retryable failures become successes on resume
            row.finalRows = store.countFinalRows(job.id);
        }
        rows.append(row);
    }
    return rows;
}

void JobListModel::setJobs(const QList<JobRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

QString JobListModel::displayName(const Store::JobRecord &job)
{
    const QString file = QFileInfo(job.csvPath).fileName();
    if (!job.name.isEmpty() && job.name != file && job.name != job.id)
        return job.name;
    return file.isEmpty() ? job.id : file;
}

QString JobListModel::environmentOf(const Store::JobRecord &job)
{
    const QString stored = job.settings.value(u"environment"_s).toString();
    if (!stored.isEmpty())
        return stored;
    // Jobs from before the environment was stored: a local API is a rehearsal.
    const QString host = QUrl(job.settings.value(u"api_url"_s).toString()).host();
    if (host == u"127.0.0.1"_s || host == u"localhost"_s)
        return u"rehearsal"_s;
    return {};
}

void JobListModel::setLiveProgress(const Engine::JobProgress &progress)
{
    m_live = progress;
    const int r = rowOf(progress.jobId);
    if (r >= 0) {
        m_rows[r].effectiveState = progress.state;
        Q_EMIT dataChanged(index(r, 0), index(r, ColumnCount - 1));
    }
}

void JobListModel::clearLiveProgress()
{
    m_live.reset();
}

const JobRow *JobListModel::jobAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int JobListModel::rowOf(const QString &jobId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].job.id == jobId)
            return i;
    return -1;
}

QString JobListModel::stateText(Store::JobState state)
{
    switch (state) {
    case Store::JobState::Planned: return tr("planned");
    case Store::JobState::Prewarming: return tr("preparing organizations");
    case Store::JobState::Running: return tr("running");
    case Store::JobState::Paused: return tr("paused");
    case Store::JobState::Interrupted: return tr("interrupted");
    case Store::JobState::Finished: return tr("finished");
    case Store::JobState::FinishedWithErrors: return tr("finished with errors");
    case Store::JobState::Failed: return tr("failed");
    case Store::JobState::Cancelled: return tr("cancelled");
    }
    return {};
}

// "interrupted · verified 57 of 400 rows …": a verify of a job that is not finished, or that
// was imported further after the verify, never hides the job's own state.
static QString withVerify(const QString &state, const JobRow &row)
{
    const Store::FollowUpRecord &v = *row.verify;
    const QString when = QLocale().toString(v.finishedAt.toLocalTime(), QLocale::ShortFormat);
    const int total = int(std::min<qint64>(row.job.counters.totalRows, INT_MAX));
    const QString how = v.problems > 0
        //: the job list's state, after the job's own state: a verify of part of the job; %1 of %2 rows were checked
        ? JobListModel::tr("verify: %n mismatches in %1 of %2 rows", nullptr, int(std::min<qint64>(v.problems, INT_MAX)))
              .arg(v.checked).arg(total)
        //: the job list's state, after the job's own state: a verify of part of the job; %3 is when
        : JobListModel::tr("verified %1 of %2 rows %3").arg(v.checked).arg(total).arg(when);
    return state + u" \u00b7 "_s + how;
}

QString JobListModel::stateText(const JobRow &row)
{
    const bool verified = row.verify && row.verify->state == Store::FollowUpState::Done;
    if (!Store::isTerminal(row.effectiveState))
        return verified && !row.undo ? withVerify(stateText(row.effectiveState), row) : stateText(row.effectiveState);
    if (row.undo) {
        if (row.undo->state != Store::FollowUpState::Done)
            //: the job list's state: an undo was started and has not reached its end
            return tr("undo unfinished");
        if (row.undo->problems > 0)
            //: the job list's state: undone, except objects left in place (see the undo report)
            return tr("undone, %n kept", nullptr, int(std::min<qint64>(row.undo->problems, INT_MAX)));
        //: the job list's state: everything the import created was deleted again
        return tr("undone");
    }
    const bool jobDone = row.effectiveState == Store::JobState::Finished
        || row.effectiveState == Store::JobState::FinishedWithErrors;
    const bool importedSince = verified && row.job.updatedAt.isValid() && row.verify->finishedAt.isValid()
        && row.job.updatedAt > row.verify->finishedAt;
    if (verified && (!jobDone || importedSince))
        return withVerify(stateText(row.effectiveState), row);
    if (verified) {
        const QString when = QLocale().toString(row.verify->finishedAt.toLocalTime(), QLocale::ShortFormat);
        if (row.verify->problems > 0)
            //: the job list's state: a verify found this many rows WorkOS does not hold as the file says
            return tr("verify: %n mismatches", nullptr, int(std::min<qint64>(row.verify->problems, INT_MAX)));
        //: the job list's state: WorkOS holds every imported row; %1 is when it was checked
        return tr("verified %1").arg(when);
    }
    return stateText(row.effectiveState);
}

int JobListModel::progressPercent(const JobRow &row) const
{
    int pct = -1;
    if (m_live && m_live->jobId == row.job.id && m_live->rowsToImport > 0) {
        const qint64 total = std::max(m_live->totalRows, m_live->rowsToImport);
        const qint64 remaining = std::max<qint64>(0, m_live->rowsToImport - m_live->rowsDone);
        pct = total > 0 ? int((total - remaining) * 100 / total) : 100;
    } else if (row.job.state == Store::JobState::Finished || row.job.state == Store::JobState::FinishedWithErrors) {
        pct = 100;
    } else if (row.job.counters.totalRows > 0) {
        pct = int(std::min<qint64>(100, row.finalRows * 100 / row.job.counters.totalRows));
    }
    if (pct < 0)
        return -1;
    // Never backwards while the list is open.
    int &shown = m_shownPercent[row.job.id];
    shown = std::max(shown, pct);
    return shown;
}

QString JobListModel::progressText(const JobRow &row) const
{
    const int pct = progressPercent(row);
    return pct < 0 ? u"–"_s : tr("%1%").arg(pct);
}

int JobListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JobListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JobRow &row = m_rows[index.row()];
    const Store::JobRecord &job = row.job;
    const bool live = m_live && m_live->jobId == job.id;
    const Store::JobCounters &c = live ? m_live->counters : job.counters;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            if (!row.catchUpOfName.isEmpty())
                //: The job list's file column for a catch-up: "new.csv (catch-up of “old.csv”)"
                return tr("%1 (catch-up of “%2”)").arg(displayName(job), row.catchUpOfName);
            return displayName(job);
        case EnvironmentColumn:
            if (row.environment == u"production"_s)
                return tr("Production");
            if (row.environment == u"staging"_s)
                return tr("Staging");
            if (row.environment == u"rehearsal"_s)
                return tr("Rehearsal");
            return tr("—");
        case StartedColumn: {
            const QDateTime when = job.startedAt.isValid() ? job.startedAt : job.createdAt;
            return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
        }
        case StateColumn: return live ? stateText(row.effectiveState) : stateText(row);
        case ProgressColumn: return progressText(row);
        case CreatedColumn:
            if (c.updated > 0)
                //: The job list's users column: users created, then users the import updated
                return tr("%1 · %2 updated").arg(QLocale().toString(c.created), QLocale().toString(c.updated));
            return QLocale().toString(c.created);
        case FailedColumn: return QLocale().toString(c.failed + c.invalid);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == NameColumn) {
            QStringList passwords{Store::passwordFatesText(row.passwordFates), Store::passwordProofsText(row.passwordProofs)};
            passwords.removeAll(QString());
            const QString proved = passwords.join(u"; "_s);
            QString tip = proved.isEmpty() ? tr("%1\nJob %2").arg(job.csvPath, job.id)
                                           : tr("%1\nJob %2\nPasswords: %3").arg(job.csvPath, job.id, proved);
            if (!row.catchUpOfName.isEmpty())
                tip += u'\n' + tr("Catch-up of “%1”").arg(row.catchUpOfName);
            return tip;
        }
        if (index.column() == StateColumn && !live && Store::isTerminal(row.effectiveState) && (row.undo || row.verify))
            return (row.undo ? row.undo : row.verify)->message;
        if (index.column() == StateColumn && !job.lastError.isEmpty())
            return job.lastError;
        if (index.column() == CreatedColumn)
            return tr("%1 users created, %2 already in WorkOS, of which %3 updated")
                .arg(QLocale().toString(c.created), QLocale().toString(c.existed), QLocale().toString(c.updated));
        if (index.column() == FailedColumn)
            return tr("%1 rows refused by WorkOS or not sent, %2 rows with a problem in the file").arg(c.failed).arg(c.invalid);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() >= ProgressColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        break;
    case Qt::ForegroundRole:
        if (index.column() == EnvironmentColumn && row.environment == u"production"_s)
            return QBrush(StatusColors::forViews(StatusColors::Tone::Error));
        if (index.column() == StateColumn) {
            if (row.effectiveState == Store::JobState::Failed || row.effectiveState == Store::JobState::Interrupted)
                return QBrush(StatusColors::forViews(StatusColors::Tone::Error));
            if (row.effectiveState == Store::JobState::Finished)
                return QBrush(StatusColors::forViews(StatusColors::Tone::Success));
        }
        break;
    case JobIdRole:
        return job.id;
    case StateRole:
        return int(row.effectiveState);
    case ResumableRole:
        return Store::isResumable(row.effectiveState);
    case UndoneRole:
        return row.undo && row.undo->state == Store::FollowUpState::Done;
    }
    return {};
}

QVariant JobListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return {};
    switch (section) {
    case NameColumn: return tr("File");
    case EnvironmentColumn: return tr("Where");
    case StartedColumn: return tr("Started");
    case StateColumn: return tr("State");
    case ProgressColumn: return tr("Progress");
    case CreatedColumn: return tr("Users created");
    case FailedColumn: return tr("Rows not imported");
    }
    return {};
}

} // namespace Gui
