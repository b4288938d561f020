#pragma once
// For the tests of the password proofs with the built programs (tst_passwordcheck,
// tst_passwordfates): a bcrypt hash made here, workos-import run with a password on standard
// input (never on its command line), and an environment whose HOME, XDG folders and TMPDIR are
// all inside one temporary folder, so that the test can search every file the programs wrote.
//
// Header-only, for test executables; used from the test's thread. Links libxcrypt (crypt.h).

#include "importcli.h"

#include <QtCore/QDeadlineTimer>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtCore/QThread>

#include <crypt.h>

namespace TestSupport {

// A bcrypt hash of `password` made by libxcrypt (cost 4: fast).
inline QString bcryptOf(const QByteArray &password)
{
    char salt[CRYPT_GENSALT_OUTPUT_SIZE];
    if (!crypt_gensalt_rn("$2b$", 4, nullptr, 0, salt, sizeof(salt)))
        return {};
    crypt_data data {};
    const char *hash = crypt_rn(password.constData(), salt, &data, int(sizeof(data)));
    return hash ? QString::fromLatin1(hash) : QString();
}

// The environment of ImportCli::environment(`key`), with HOME, the XDG folders and TMPDIR
// inside `home` and no WORKOS_CLIENT_ID: everything the programs write lands in `home`.
inline QProcessEnvironment environmentAtHome(const QTemporaryDir &home, const QString &key)
{
    QProcessEnvironment env = ImportCli::environment(key);
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("XDG_STATE_HOME"), home.filePath(QStringLiteral("state")));
    env.insert(QStringLiteral("TMPDIR"), home.filePath(QStringLiteral("tmp")));
    QDir(home.path()).mkpath(QStringLiteral("tmp"));
    env.remove(QStringLiteral("WORKOS_CLIENT_ID"));
    return env;
}

// Runs workos-import with `arguments` in `env` to its end (90 s at most), nothing on its
// standard input.
inline CliResult runInEnvironment(const QStringList &arguments, const QProcessEnvironment &env)
{
    QProcess process;
    process.setProgram(QStringLiteral(WORKOS_IMPORT_PATH));
    process.setArguments(arguments);
    process.setProcessEnvironment(env);
    process.start();
    CliResult r;
    r.timedOut = !process.waitForFinished(90000);
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    r.exitCode = process.exitCode();
    return r;
}

// One run of workos-import with a password on standard input, and its command line as the
// kernel showed it while the program waited for the password.
struct PasswordRun {
    CliResult result;
    QByteArray cmdline; // /proc/<pid>/cmdline: must not hold the password
};

// Runs workos-import with `password` on standard input (not a terminal), in `env`. Before the
// password is written, the process's command line is read from /proc.
inline PasswordRun runWithPassword(const QStringList &arguments, const QByteArray &password, const QProcessEnvironment &env)
{
    PasswordRun run;
    QProcess process;
    process.setProgram(QStringLiteral(WORKOS_IMPORT_PATH));
    process.setArguments(arguments);
    process.setProcessEnvironment(env);
    process.start();
    if (!process.waitForStarted(10000)) {
        run.result.err = "cannot start";
        return run;
    }
    // The program waits for the password on standard input, so it is alive here; right after
    // exec the kernel may still show an empty command line for a moment: read until it is there.
    QDeadlineTimer deadline(5000);
    while (run.cmdline.isEmpty() && !deadline.hasExpired()) {
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(process.processId()));
        if (cmdline.open(QIODevice::ReadOnly))
            run.cmdline = cmdline.readAll();
        if (run.cmdline.isEmpty())
            QThread::msleep(10);
    }
    process.write(password + '\n');
    process.closeWriteChannel();
    if (!process.waitForFinished(90000)) {
        process.kill();
        process.waitForFinished(5000);
        run.result.timedOut = true;
    }
    run.result.out = process.readAllStandardOutput();
    run.result.err = process.readAllStandardError();
    run.result.crashed = process.exitStatus() == QProcess::CrashExit;
    run.result.exitCode = run.result.crashed ? -1 : process.exitCode();
    return run;
}

} // namespace TestSupport
