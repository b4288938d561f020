// The running workos-import, holding the API key, cannot be dumped: its core file size limit
// is 0 and the kernel marks it not dumpable (which gives the files of /proc/<pid> to root). The
// import is held at its first request by a server that accepts and never answers, so the
// process is checked at the moment it holds the key.
//
// "Not dumpable" is visible from outside only as /proc/<pid>/* owned by root, so the import
// must run as another user: when the test runs as root (CI) it runs the import as nobody.

#include <QtCore/QFileInfo>
#include <QtNetwork/QTcpServer>
#include <QtTest/QtTest>

#include <grp.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

constexpr uid_t Nobody = 65534;

// "Max core file size        0                    0                    bytes"
QStringList coreLimits(qint64 pid)
{
    QFile f(u"/proc/%1/limits"_s.arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("Max core file size"))
            return QString::fromLatin1(line.mid(26)).split(u' ', Qt::SkipEmptyParts).mid(0, 2);
    return {};
}

uid_t processUid(qint64 pid)
{
    QFile f(u"/proc/%1/status"_s.arg(pid));
    if (f.open(QIODevice::ReadOnly))
        for (const QByteArray &line : f.readAll().split('\n'))
            if (line.startsWith("Uid:"))
                return uid_t(line.mid(4).trimmed().split('\t').value(0).toUInt());
    return uid_t(-1);
}

} // namespace

class TestSecretProcesses : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void importHoldingTheKeyCannotBeDumped()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // Readable and writable by the user the import runs as (nobody, when we are root).
        QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::Permissions(0x7777)));
        const QString csv = dir.filePath(u"users.csv"_s);
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("email,first_name\nada@example.com,Ada\n");
        }
        QVERIFY(QFile::setPermissions(csv, QFileDevice::Permissions(0x6666)));

        QTcpServer silent; // accepts the connection and never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QSignalSpy connected(&silent, &QTcpServer::newConnection);

        QProcess import;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"WORKOS_API_KEY"_s, u"sk_test_never_in_a_core_file"_s);
        env.insert(u"HOME"_s, dir.path());
        env.insert(u"XDG_DATA_HOME"_s, dir.path());
        env.insert(u"XDG_CONFIG_HOME"_s, dir.path());
        env.insert(u"XDG_CACHE_HOME"_s, dir.path());
        import.setProcessEnvironment(env);
        import.setWorkingDirectory(dir.path());
        if (::geteuid() == 0) {
            import.setChildProcessModifier([] {
                if (::setgroups(0, nullptr) != 0 || ::setgid(Nobody) != 0 || ::setuid(Nobody) != 0)
                    ::_exit(99);
            });
        }
        import.start(QStringLiteral(WORKOS_IMPORT_PATH),
                     {u"--csv"_s, csv, u"--api-url"_s, u"http://127.0.0.1:%1"_s.arg(silent.serverPort()),
                      u"--checkpoint-dir"_s, dir.filePath(u"store"_s), u"--quiet"_s});
        QVERIFY(import.waitForStarted());
        auto stop = qScopeGuard([&import] {
            import.kill();
            import.waitForFinished();
        });

        // The import has read the key and sent its first request.
        QVERIFY2(connected.count() > 0 || connected.wait(60'000),
                 qPrintable(u"workos-import never connected; it said: "_s
                            + QString::fromUtf8(import.readAllStandardError())));
        const qint64 pid = import.processId();

        QCOMPARE(coreLimits(pid), (QStringList {u"0"_s, u"0"_s}));

        const uid_t uid = processUid(pid);
        QVERIFY2(uid != 0 && uid != uid_t(-1), "the import must run as an ordinary user for this check");
        // The kernel gives the files of /proc/<pid> to root when the process is not dumpable; environ
        // (which holds WORKOS_API_KEY) is then unreadable for the user's other processes.
        struct stat st = {};
        QCOMPARE(::stat(qPrintable(u"/proc/%1/environ"_s.arg(pid)), &st), 0);
        QVERIFY2(st.st_uid == 0, "/proc/<pid>/environ of the import belongs to its user: the process is dumpable");
    }
};

QTEST_GUILESS_MAIN(TestSecretProcesses)
#include "tst_secretprocesses.moc"
