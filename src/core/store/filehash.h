#pragma once
// SHA-256 of the user's CSV file, recorded with a job so that resume can tell whether the
// file changed since the job started (byte offsets of chunks are only valid for the same bytes).
//
// sha256OfFile() streams the file in 1 MiB blocks (flat memory for any size) and blocks the
// calling thread: never call it on the GUI thread; use sha256OfFileAsync(), which runs it on
// QThreadPool::globalInstance().

#include <QtCore/QFuture>
#include <QtCore/QString>

#include <functional>

namespace Store {

struct FileHash {
    QString sha256; // lowercase hex; empty on error
    qint64 size = 0;
    QString error;  // plain words; empty on success
    bool ok() const { return error.isEmpty(); }
};

// `progress(bytesDone, bytesTotal)` is called after each block from the hashing thread;
// returning false cancels (the result then carries an error).
using HashProgress = std::function<bool(qint64 done, qint64 total)>;

FileHash sha256OfFile(const QString &path, const HashProgress &progress = {});
QFuture<FileHash> sha256OfFileAsync(const QString &path, HashProgress progress = {});

} // namespace Store
