// Platform::disableCoreDumps(): after it, the kernel will not write a core file of the process
// (which would hold the API key and password hashes). Each case runs in a forked child so the
// test process itself stays dumpable; the child reports through its exit code.

#include <platform/processhardening.h>

#include <QtTest/QtTest>

#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

enum ChildResult { Ok = 0, WasNotDumpableBefore = 10, ReportedFailure, StillDumpable, CoreLimitNotZero, CheckDisagrees,
                   ChildCoreLimitNotZero };

// Runs `body` in a forked child and returns its exit code (-1 when it did not exit normally).
template<typename F>
int inChild(F body)
{
    const pid_t pid = ::fork();
    if (pid == 0)
        ::_exit(body());
    int status = 0;
    if (pid < 0 || ::waitpid(pid, &status, 0) != pid || !WIFEXITED(status))
        return -1;
    return WEXITSTATUS(status);
}

} // namespace

class TestProcessHardening : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void turnsOffDumpsAndCoreFiles()
    {
        const int code = inChild([] {
            // A process that could dump (an ordinary one with a generous limit) ...
            ::prctl(PR_SET_DUMPABLE, 1, 0, 0, 0);
            const struct rlimit generous = {RLIM_INFINITY, RLIM_INFINITY};
            ::setrlimit(RLIMIT_CORE, &generous);
            if (::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) != 1 || Platform::coreDumpsDisabled())
                return int(WasNotDumpableBefore);
            // ... cannot any more.
            if (!Platform::disableCoreDumps().ok())
                return int(ReportedFailure);
            if (::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) != 0)
                return int(StillDumpable);
            struct rlimit limit = {};
            if (::getrlimit(RLIMIT_CORE, &limit) != 0 || limit.rlim_cur != 0 || limit.rlim_max != 0)
                return int(CoreLimitNotZero);
            if (!Platform::coreDumpsDisabled())
                return int(CheckDisagrees);
            return int(Ok);
        });
        QCOMPARE(code, int(Ok));
    }

    // The programs the wizard starts (systemd-inhibit, the rehearsal sandbox) inherit the limit:
    // the dumpable flag is reset by execve, RLIMIT_CORE is not.
    void programsStartedAfterwardsWriteNoCoreFile()
    {
        const int code = inChild([] {
            Platform::disableCoreDumps();
            const pid_t grandchild = ::fork();
            if (grandchild == 0) {
                ::execl("/bin/sh", "sh", "-c", "test \"$(ulimit -c)\" = 0 && test \"$(ulimit -H -c)\" = 0",
                        static_cast<char *>(nullptr));
                ::_exit(127);
            }
            int status = 0;
            if (::waitpid(grandchild, &status, 0) != grandchild || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
                return int(ChildCoreLimitNotZero);
            return int(Ok);
        });
        QCOMPARE(code, int(Ok));
    }

    // The test process itself was never changed: only the children called the function.
    void callerIsUntouched() { QCOMPARE(::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 1); }
};

QTEST_GUILESS_MAIN(TestProcessHardening)
#include "tst_processhardening.moc"
