#include "filehash.h"

#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QCryptographicHash>
#include <QtCore/QFile>

using namespace Qt::StringLiterals;

namespace Store {

FileHash sha256OfFile(const QString &path, const HashProgress &progress)
{
    FileHash result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = u"Cannot read %1: %2"_s.arg(path, file.errorString());
        return result;
    }
    const qint64 total = file.size();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray block(1024 * 1024, Qt::Uninitialized);
    qint64 done = 0;
    for (;;) {
        const qint64 n = file.read(block.data(), block.size());
        if (n < 0) {
            result.error = u"Cannot read %1: %2"_s.arg(path, file.errorString());
            return result;
        }
        if (n == 0)
            break;
        hash.addData(QByteArrayView(block.constData(), n));
        done += n;
        if (progress && !progress(done, total)) {
            result.error = u"Cancelled"_s;
            return result;
        }
    }
    result.size = done;
    result.sha256 = QString::fromLatin1(hash.result().toHex());
    return result;
}

QFuture<FileHash> sha256OfFileAsync(const QString &path, HashProgress progress)
{
    return QtConcurrent::run([path, progress = std::move(progress)] { return sha256OfFile(path, progress); });
}

} // namespace Store
