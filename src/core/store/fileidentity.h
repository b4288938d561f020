#pragma once
// FileIdentity: which file a path names right now (device and inode, after following links)
// and its size. Two uses:
//  * an import notes the identity of its CSV file and of its job store when it starts and
//    compares at the end: a file replaced by rename (sed -i, most editors), grown while it
//    ran, or a job store deleted under it is then said, never called "finished";
//  * every output flag (--errors-out, verify --report, report --out, validate --report) is
//    refused when it names the job's input CSV or the job store, by any path (a link, a hard
//    link, "..", another spelling): outputPathProblem().
//
// Value type and free functions; any thread (they stat a few files, never read them).

#include <QtCore/QString>
#include <QtCore/QStringList>

namespace Store {

struct FileIdentity {
    bool exists = false;
    quint64 device = 0;
    quint64 inode = 0;
    qint64 size = 0;

    // stat(2) of `path` (links followed).
    static FileIdentity of(const QString &path);
    // The same file (device and inode), both existing.
    bool sameFileAs(const FileIdentity &other) const
    {
        return exists && other.exists && device == other.device && inode == other.inode;
    }
};

// True when `a` and `b` name one file: the same canonical path (for a file that does not exist
// yet: its folder's canonical path and its name), or the same device and inode.
bool sameFile(const QString &a, const QString &b);

// Plain words when `output` names the job store at `storePath` (or its -wal, -shm or -journal
// file), the CSV file of any job in that store, or one of `inputs`; empty when it names none of
// them. Writing there would destroy what verify, resume and undo need.
QString outputPathProblem(const QString &output, const QString &storePath, const QStringList &inputs = {});

} // namespace Store
