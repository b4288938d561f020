// Everything the program writes holds email addresses (the job store, its lock files, error
// and validation reports, exports), so files are the owner's only (0600) and the folders the
// program creates are too (0700), whatever the umask; folders that already existed are left
// alone.
#include "report/errorreport.h"
#include "report/validationreport.h"
#include "store/joblock.h"
#include "store/jobstore.h"

#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {

// The permission bits of `path` (st_mode & 0777), -1 when it does not exist.
int modeOf(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 0777);
}

QByteArray octal(int mode)
{
    return QByteArray::number(mode, 8);
}

Store::RowOutcome failedRow(const QString &jobId, qint64 row)
{
    Store::RowOutcome o;
    o.jobId = jobId;
    o.row = row;
    o.line = row + 1;
    o.email = u"private%1@example.com"_s.arg(row);
    o.outcome = Store::Outcome::Invalid;
    o.stage = Store::Stage::Validate;
    o.code = u"email.invalid"_s;
    o.message = u"not an email"_s;
    return o;
}

} // namespace

class TestFileModes : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    mode_t m_oldMask = 0;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The usual umask of a desktop session: files would be 0644 and folders 0755.
        m_oldMask = ::umask(022);
    }
    void cleanupTestCase() { ::umask(m_oldMask); }

    void storeFolderFileAndLocks()
    {
        const QString folder = m_dir.filePath(u"made/by/the/store"_s);
        const QString path = Store::JobStore::pathInDirectory(folder); // a new --checkpoint-dir
        {
            Store::JobStore store(path);
            QString error;
            QVERIFY2(store.open(&error), qPrintable(error));
            Store::JobRecord job;
            job.id = u"modes"_s;
            QVERIFY(store.createJob(job));
            QVERIFY(store.recordOutcomes({failedRow(u"modes"_s, 1)}));
            QCOMPARE(modeOf(path), 0600);
            QCOMPARE(modeOf(path + u"-wal"_s), 0600);
            QCOMPARE(modeOf(path + u"-shm"_s), 0600);
        }
        for (QString at = folder; at != m_dir.path(); at = QFileInfo(at).path())
            QVERIFY2(modeOf(at) == 0700, qPrintable(at + u" is "_s + QString::fromLatin1(octal(modeOf(at)))));
        QCOMPARE(modeOf(m_dir.path()), 0700); // QTemporaryDir's own; left as it was

        Store::JobLock lock(path, u"modes"_s);
        QVERIFY(lock.tryLock());
        QVERIFY2(modeOf(Store::JobLock::path(path, u"modes"_s)) == 0600,
                 octal(modeOf(Store::JobLock::path(path, u"modes"_s))).constData());
    }

    // An existing folder the user picked keeps its mode; the store inside is still 0600.
    void existingFolderIsLeftAlone()
    {
        const QString folder = m_dir.filePath(u"shared"_s);
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                                                  | QFile::ExeGroup));
        Store::JobStore store(Store::JobStore::pathInDirectory(folder));
        QVERIFY(store.open());
        QCOMPARE(modeOf(folder), 0750);
        QCOMPARE(modeOf(Store::JobStore::pathInDirectory(folder)), 0600);
    }

    void errorReportsAreOwnerOnly_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addRow("csv") << u"errors.csv"_s;
        QTest::addRow("json") << u"errors.json"_s;
        QTest::addRow("jsonl") << u"errors.jsonl"_s;
    }

    void errorReportsAreOwnerOnly()
    {
        QFETCH(QString, name);
        const QString path = m_dir.filePath(name);
        // Also when it replaces a report written 0644 by an older version.
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old");
        old.close();
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
        Report::ErrorReport report(path);
        QString error;
        const Report::ErrorReport::RowSource source = [](const Report::ErrorReport::RowSink &sink, QString *) {
            return sink(failedRow(u"job"_s, 1)) && sink(failedRow(u"job"_s, 2));
        };
        QVERIFY2(report.write(source, &error), qPrintable(error));
        QCOMPARE(report.rowsWritten(), 2);
        QVERIFY2(modeOf(path) == 0600, octal(modeOf(path)).constData());

        const QString fresh = m_dir.filePath(u"fresh-"_s + name);
        Report::ErrorReport second(fresh);
        QVERIFY2(second.write(source, &error), qPrintable(error));
        QVERIFY2(modeOf(fresh) == 0600, octal(modeOf(fresh)).constData());
    }

    void validationReportsAreOwnerOnly()
    {
        for (const QString &name : {u"issues.csv"_s, u"issues.json"_s}) {
            const QString path = m_dir.filePath(name);
            Report::ValidationReport report(path, *Report::ValidationReport::formatForPath(path));
            QString error;
            QVERIFY2(report.open(&error), qPrintable(error));
            QVERIFY2(report.commit(&error), qPrintable(error));
            QVERIFY2(modeOf(path) == 0600, qPrintable(name + u" is "_s + QString::fromLatin1(octal(modeOf(path)))));
        }
    }
};

QTEST_GUILESS_MAIN(TestFileModes)
#include "tst_filemodes.moc"
