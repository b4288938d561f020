#pragma once
// SandboxProcess: starts a local WorkOS-compatible server for a test and stops it again —
// workos-sandbox (WORKOS_SANDBOX_PATH) or the npm emulator (tests/emulator/start-emulator.mjs).
// Both print a first stdout line {"url":"http://127.0.0.1:PORT","keys":[...]}; start() waits
// for it and exposes url() and keys(). Both bind 127.0.0.1 only and are asked for port 0.
//
// Every server started here gets the test process's sandbox secret (sandboxsecret.h) in
// WORKOS_SANDBOX_ADMIN_SECRET, so the test's /_sandbox/* requests are accepted.
//
// Header-only, for test executables. Owned by the test (a member or a local), used from the
// test's thread; the destructor stops the server (SIGTERM, then SIGKILL after 3 s).

#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QStandardPaths>
#include <QtCore/QStringList>
#include <QtCore/QUrl>
#include <QtTest/QTest>

#include <memory>

#include "sandboxsecret.h"

namespace TestSupport {

class SandboxProcess
{
public:
    SandboxProcess() = default;
    ~SandboxProcess() { stop(); }
    SandboxProcess(const SandboxProcess &) = delete;
    SandboxProcess &operator=(const SandboxProcess &) = delete;

    // Starts `program` with `arguments` and waits up to `timeoutMs` for the handshake line.
    // On failure returns false and error() says why.
    bool start(const QString &program, const QStringList &arguments, int timeoutMs = 15000)
    {
        stop();
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("WORKOS_SANDBOX_ADMIN_SECRET"), QString::fromLatin1(sandboxAdminSecret()));
        m_process->setProcessEnvironment(env);
        m_process->start(program, arguments);
        if (!m_process->waitForStarted(timeoutMs)) {
            m_error = QStringLiteral("cannot start %1: %2").arg(program, m_process->errorString());
            return false;
        }
        QByteArray line;
        QElapsedTimer clock;
        clock.start();
        while (!m_process->canReadLine()) {
            const int left = timeoutMs - int(clock.elapsed());
            if (left <= 0 || m_process->state() != QProcess::Running || !m_process->waitForReadyRead(left)) {
                if (m_process->canReadLine())
                    break;
                m_error = QStringLiteral("%1 printed no handshake line within %2 ms (exit code %3)")
                              .arg(program)
                              .arg(timeoutMs)
                              .arg(m_process->exitCode());
                stop();
                return false;
            }
        }
        line = m_process->readLine();
        const QJsonObject handshake = QJsonDocument::fromJson(line).object();
        m_url = QUrl(handshake.value(QLatin1StringView("url")).toString());
        m_keys.clear();
        const QJsonArray keys = handshake.value(QLatin1StringView("keys")).toArray();
        for (const QJsonValue &key : keys)
            m_keys.append(key.toString());
        if (!m_url.isValid() || m_keys.isEmpty()) {
            m_error = QStringLiteral("%1 printed an unexpected handshake: %2")
                          .arg(program, QString::fromUtf8(line.trimmed()));
            stop();
            return false;
        }
        // Whatever the server prints later is not needed; read it so the pipe never fills up.
        QObject::connect(m_process.get(), &QProcess::readyReadStandardOutput, m_process.get(),
                         [p = m_process.get()] { p->readAllStandardOutput(); });
        return true;
    }

    // workos-sandbox with `arguments` (plus --port 0).
    bool startSandbox(const QStringList &arguments = {})
    {
        return start(QStringLiteral(WORKOS_SANDBOX_PATH), QStringList {QStringLiteral("--port"), QStringLiteral("0")} + arguments);
    }

    // The path of node, or empty when it is not installed.
    static QString nodeProgram() { return QStandardPaths::findExecutable(QStringLiteral("node")); }

    // The emulator's start script, or empty when its npm packages are not installed
    // (run `npm ci` in tests/emulator).
    static QString emulatorScript()
    {
        const QDir dir(QStringLiteral(WORKOS_EMULATOR_DIR));
        if (!QFileInfo::exists(dir.filePath(QStringLiteral("node_modules/workos/dist/emulate/core/index.js"))))
            return {};
        return dir.filePath(QStringLiteral("start-emulator.mjs"));
    }

    // The npm emulator with `arguments` (plus --port 0); it quits by itself when the test dies.
    bool startEmulator(const QStringList &arguments = {})
    {
        return start(nodeProgram(),
                     QStringList {emulatorScript(), QStringLiteral("--port"), QStringLiteral("0"),
                                  QStringLiteral("--exit-on-stdin-close")}
                         + arguments);
    }

    void stop()
    {
        if (!m_process)
            return;
        if (m_process->state() != QProcess::NotRunning) {
            m_process->terminate();
            if (!m_process->waitForFinished(3000)) {
                m_process->kill();
                m_process->waitForFinished(3000);
            }
        }
        m_process.reset();
    }

    bool isRunning() const { return m_process && m_process->state() == QProcess::Running; }
    QUrl url() const { return m_url; }
    QStringList keys() const { return m_keys; }
    QString error() const { return m_error; }

private:
    std::unique_ptr<QProcess> m_process;
    QUrl m_url;
    QStringList m_keys;
    QString m_error;
};

// The same scenario against both servers: a QtTest _data function's rows, column "server".
inline void addServerRows()
{
    QTest::addColumn<QString>("server");
    QTest::addRow("workos-sandbox") << QStringLiteral("sandbox");
    QTest::addRow("npm emulator") << QStringLiteral("emulator");
}

// The server of such a row: `sandbox` (already running; `reset` empties it first) or a fresh
// npm emulator started in `emulator` with `key`. False when the emulator cannot start.
template <typename Reset>
bool serverFor(const QString &which, const SandboxProcess &sandbox, Reset reset, SandboxProcess *emulator,
               const QString &key, QUrl *url)
{
    if (which == QStringLiteral("sandbox")) {
        reset();
        *url = sandbox.url();
        return true;
    }
    if (SandboxProcess::nodeProgram().isEmpty() || SandboxProcess::emulatorScript().isEmpty())
        return false;
    if (!emulator->startEmulator({QStringLiteral("--keys"), key}))
        return false;
    *url = emulator->url();
    return true;
}

} // namespace TestSupport
