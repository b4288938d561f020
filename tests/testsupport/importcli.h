#pragma once
// ImportCli: helpers for the tests that run the built `workos-import` (WORKOS_IMPORT_PATH) as a
// separate process against workos-sandbox or the npm emulator: run it to its end, start it
// and stop it at a chosen moment (SIGKILL, SIGINT), write a multi-organization CSV with the
// users, organizations and memberships it should produce, and read a server's contents back.
//
// The API key is handed over in the environment (WORKOS_API_KEY), never on the command line.
//
// Header-only, for test executables; used from the test's thread.

#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QUrl>
#include <QtCore/QTemporaryDir>
#include <QtCore/QUrlQuery>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QNetworkRequest>

#include "importfiles.h"
#include "sandboxprocess.h"
#include "sandboxsecret.h"

#include <memory>
#include <set>
#include <utility>

namespace TestSupport {

// What one run of workos-import left behind.
struct CliResult {
    int exitCode = -1;
    bool crashed = false;  // ended by a signal (SIGKILL by the test, or a crash)
    bool timedOut = false; // still running at the deadline (then killed)
    QByteArray out;
    QByteArray err;

    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    // For QVERIFY2 messages.
    QByteArray describe() const
    {
        return "exit " + QByteArray::number(exitCode) + (crashed ? " (crashed)" : "") + (timedOut ? " (timed out)" : "")
            + "\n--- stdout ---\n" + out.right(3000) + "\n--- stderr ---\n" + err.right(3000);
    }
};

class ImportCli
{
public:
    ImportCli() = default;
    ~ImportCli() { stop(); }
    ImportCli(const ImportCli &) = delete;
    ImportCli &operator=(const ImportCli &) = delete;

    // The environment workos-import gets: the caller's, with the key (empty: none at all)
    // and without any API URL or key the developer's shell may have set.
    static QProcessEnvironment environment(const QString &key)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("WORKOS_API_KEY"));
        env.remove(QStringLiteral("WORKOS_SECRET_KEY"));
        env.remove(QStringLiteral("WORKOS_API_URL"));
        if (!key.isEmpty())
            env.insert(QStringLiteral("WORKOS_API_KEY"), key);
        return env;
    }

    // Starts workos-import with `arguments`; returns at once.
    bool start(const QStringList &arguments, const QString &key)
    {
        stop();
        m_process = std::make_unique<QProcess>();
        m_process->setProgram(QStringLiteral(WORKOS_IMPORT_PATH));
        m_process->setArguments(arguments);
        m_process->setProcessEnvironment(environment(key));
        m_process->start();
        m_clock.start();
        return m_process->waitForStarted(10000);
    }

    // Waits up to `timeoutMs` for the process to end and collects what it printed; a process
    // still running then is killed.
    CliResult finish(int timeoutMs = 90000)
    {
        CliResult r;
        if (!m_process)
            return r;
        if (!m_process->waitForFinished(timeoutMs)) {
            r.timedOut = true;
            m_process->kill();
            m_process->waitForFinished(5000);
        }
        r.out = m_process->readAllStandardOutput();
        r.err = m_process->readAllStandardError();
        r.crashed = m_process->exitStatus() == QProcess::CrashExit;
        r.exitCode = r.crashed ? -1 : m_process->exitCode();
        m_process.reset();
        return r;
    }

    // Lets it run until `ms` after start() (or until it ends by itself), then sends `signal`
    // (SIGKILL or SIGINT/SIGTERM) and collects the result.
    CliResult signalAfter(int ms, bool hardKill, int timeoutMs = 60000)
    {
        if (!m_process)
            return {};
        const qint64 left = ms - m_clock.elapsed();
        if (left > 0)
            m_process->waitForFinished(int(left));
        if (m_process->state() == QProcess::Running)
            hardKill ? m_process->kill() : m_process->terminate();
        return finish(timeoutMs);
    }

    qint64 pid() const { return m_process ? m_process->processId() : 0; }
    bool isRunning() const { return m_process && m_process->state() == QProcess::Running; }

    void stop()
    {
        if (m_process && m_process->state() != QProcess::NotRunning) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
        m_process.reset();
    }

    // Runs workos-import with `arguments` to its end.
    static CliResult run(const QStringList &arguments, const QString &key, int timeoutMs = 90000)
    {
        ImportCli cli;
        if (!cli.start(arguments, key)) {
            CliResult r;
            r.err = "cannot start " WORKOS_IMPORT_PATH;
            return r;
        }
        return cli.finish(timeoutMs);
    }

private:
    std::unique_ptr<QProcess> m_process;
    QElapsedTimer m_clock;
};

// One HTTP request to a test server; the body of the answer as JSON (empty on failure).
// `status` receives the HTTP status (0: no answer).
inline QJsonDocument httpJson(const QByteArray &verb, const QUrl &url, const QString &bearer = {},
                              const QByteArray &body = {}, int *status = nullptr)
{
    QNetworkAccessManager nam;
    QNetworkRequest request = sandboxRequest(url); // the secret /_sandbox/* needs; others ignore it
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer.toUtf8());
    if (!body.isEmpty() || verb == "POST")
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = nam.sendCustomRequest(request, verb, body);
    QElapsedTimer clock;
    clock.start();
    while (!reply->isFinished() && clock.elapsed() < 15000)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 20);
    if (status)
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonDocument doc = QJsonDocument::fromJson(reply->readAll());
    delete reply;
    return doc;
}

// Every item of a WorkOS list endpoint (follows list_metadata.after); `ok` false on an error.
inline QJsonArray listAll(const QUrl &base, const QString &path, const QString &bearer, bool *ok,
                          const QString &extraQuery = {})
{
    QJsonArray all;
    QString after;
    *ok = true;
    for (int page = 0; page < 200; ++page) {
        QUrl url = base.resolved(QUrl(path));
        QUrlQuery q(extraQuery);
        q.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
        q.addQueryItem(QStringLiteral("order"), QStringLiteral("asc"));
        if (!after.isEmpty())
            q.addQueryItem(QStringLiteral("after"), after);
        url.setQuery(q);
        int status = 0;
        const QJsonObject o = httpJson("GET", url, bearer, {}, &status).object();
        if (status != 200) {
            *ok = false;
            return all;
        }
        for (const QJsonValue &v : o.value(QStringLiteral("data")).toArray())
            all.append(v);
        after = o.value(QStringLiteral("list_metadata")).toObject().value(QStringLiteral("after")).toString();
        if (after.isEmpty())
            return all;
    }
    *ok = false;
    return all;
}

// The users, organizations and memberships a server holds, in the test's terms.
struct ServerContents {
    std::set<QString> emails;
    std::set<std::pair<QString, QString>> members;
    std::set<QString> orgs;
    QStringList duplicates; // what exists more than once (must stay empty)
};

// From the arrays of users, organizations and memberships (sandbox state or API lists).
inline ServerContents contentsOf(const QJsonArray &users, const QJsonArray &organizations, const QJsonArray &memberships)
{
    ServerContents c;
    QHash<QString, QString> emailOfUser;
    for (const QJsonValue &u : users) {
        const QString email = u[QStringLiteral("email")].toString().toLower();
        if (!c.emails.insert(email).second)
            c.duplicates.append(QStringLiteral("user ") + email);
        emailOfUser.insert(u[QStringLiteral("id")].toString(), email);
    }
    QHash<QString, QString> extOfOrg;
    for (const QJsonValue &o : organizations) {
        const QString ext = o[QStringLiteral("external_id")].toString();
        if (!c.orgs.insert(ext).second)
            c.duplicates.append(QStringLiteral("organization ") + ext);
        extOfOrg.insert(o[QStringLiteral("id")].toString(), ext);
    }
    for (const QJsonValue &m : memberships) {
        const auto pair = std::make_pair(emailOfUser.value(m[QStringLiteral("user_id")].toString()),
                                         extOfOrg.value(m[QStringLiteral("organization_id")].toString()));
        if (!c.members.insert(pair).second)
            c.duplicates.append(QStringLiteral("membership %1 in %2").arg(pair.first, pair.second));
    }
    return c;
}

// POST /_sandbox/reset on workos-sandbox: no users, organizations or memberships, every switch
// off. True when it answered 200.
inline bool resetSandbox(const QUrl &sandbox)
{
    int status = 0;
    httpJson("POST", sandbox.resolved(QUrl(QStringLiteral("/_sandbox/reset"))), {}, "{}", &status);
    return status == 200;
}

// The CLI tests' two sandboxes, both taking `key` without rate limits: `fast`, and `slow`, which
// answers 20 ms late (so that a run can be interrupted while it imports). Empty when both
// started, else why not.
inline QString startFastAndSlow(SandboxProcess &fast, SandboxProcess &slow, const QString &key)
{
    const QStringList common {QStringLiteral("--keys"), key, QStringLiteral("--rate-limits"), QStringLiteral("off")};
    if (!fast.startSandbox(common))
        return fast.error();
    if (!slow.startSandbox(common + QStringList {QStringLiteral("--latency-ms"), QStringLiteral("20")}))
        return slow.error();
    return {};
}

// Before every case of such a test: a new job store folder in `store`, both sandboxes emptied.
inline bool freshCase(std::unique_ptr<QTemporaryDir> &store, const SandboxProcess &fast, const SandboxProcess &slow)
{
    store = std::make_unique<QTemporaryDir>();
    return store->isValid() && resetSandbox(fast.url()) && resetSandbox(slow.url());
}

// workos-sandbox's contents (GET /_sandbox/state).
inline ServerContents sandboxContents(const QUrl &sandbox)
{
    const QJsonObject state = httpJson("GET", sandbox.resolved(QUrl(QStringLiteral("/_sandbox/state")))).object();
    return contentsOf(state.value(QStringLiteral("users")).toArray(),
                      state.value(QStringLiteral("organizations")).toArray(),
                      state.value(QStringLiteral("organization_memberships")).toArray());
}

// workos-sandbox's statistics (GET /_sandbox/stats).
inline QJsonObject sandboxStats(const QUrl &sandbox)
{
    return httpJson("GET", sandbox.resolved(QUrl(QStringLiteral("/_sandbox/stats")))).object();
}

// Empty when `actual` holds exactly what `expected` says, else what differs.
inline QString compareContents(const ServerContents &actual, const ExpectedImport &expected)
{
    QStringList problems;
    if (!actual.duplicates.isEmpty())
        problems.append(QStringLiteral("duplicated: ") + actual.duplicates.mid(0, 5).join(QStringLiteral(", ")));
    auto diff = [&problems](const auto &have, const auto &want, const QString &what) {
        int missing = 0, extra = 0;
        for (const auto &w : want)
            missing += have.count(w) ? 0 : 1;
        for (const auto &h : have)
            extra += want.count(h) ? 0 : 1;
        if (missing || extra)
            problems.append(QStringLiteral("%1: %2 missing, %3 unexpected (have %4, want %5)")
                                .arg(what).arg(missing).arg(extra).arg(have.size()).arg(want.size()));
    };
    diff(actual.emails, expected.emails, QStringLiteral("users"));
    diff(actual.orgs, expected.orgs, QStringLiteral("organizations"));
    diff(actual.members, expected.members, QStringLiteral("memberships"));
    return problems.join(QStringLiteral("; "));
}

} // namespace TestSupport
