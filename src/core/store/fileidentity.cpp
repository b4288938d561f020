#include "fileidentity.h"

#include "jobstore.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace Store {

FileIdentity FileIdentity::of(const QString &path)
{
    FileIdentity id;
    struct stat st {};
    if (path.isEmpty() || ::stat(QFile::encodeName(path).constData(), &st) != 0)
        return id;
    id.exists = true;
    id.device = quint64(st.st_dev);
    id.inode = quint64(st.st_ino);
    id.size = qint64(st.st_size);
    return id;
}

namespace {

// The canonical path of `path`, or for a file that does not exist, its folder's canonical path
// and its name (links in the folder resolved); empty when neither can be made.
QString resolved(const QString &path)
{
    const QFileInfo info(path);
    if (const QString canonical = info.canonicalFilePath(); !canonical.isEmpty())
        return canonical;
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : folder + u'/' + info.fileName();
}

} // namespace

bool sameFile(const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty())
        return false;
    if (resolved(a) == resolved(b))
        return true;
    return FileIdentity::of(a).sameFileAs(FileIdentity::of(b));
}

QString outputPathProblem(const QString &output, const QString &storePath, const QStringList &inputs)
{
    if (output.isEmpty())
        return {};
    const QString shownOutput = QDir::toNativeSeparators(output);
    if (!storePath.isEmpty()) {
        for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s})
            if (sameFile(output, storePath + suffix))
                return QCoreApplication::translate("Store::FileIdentity",
                                                   "%1 is the job store (%2): writing a report there would destroy every "
                                                   "job's record, and with it resume, verify and undo. Choose another file name.")
                    .arg(shownOutput, QDir::toNativeSeparators(storePath + suffix));
    }
    for (const QString &input : inputs)
        if (sameFile(output, input))
            return QCoreApplication::translate("Store::FileIdentity",
                                               "%1 is the input CSV file (%2): writing a report there would overwrite the "
                                               "users' data, and the job could never be resumed or verified. Choose another file name.")
                .arg(shownOutput, QDir::toNativeSeparators(input));
    if (!storePath.isEmpty() && QFileInfo::exists(storePath)) {
        JobStore store(storePath);
        if (store.open()) {
            for (const JobRecord &job : store.jobs(0))
                if (sameFile(output, job.csvPath))
                    return QCoreApplication::translate("Store::FileIdentity",
                                                       "%1 is the CSV file of job %2 (%3): writing a report there would overwrite "
                                                       "the users' data, and the job could never be resumed or verified. Choose "
                                                       "another file name.")
                        .arg(shownOutput, job.id, QDir::toNativeSeparators(job.csvPath));
        }
    }
    return {};
}

} // namespace Store
