#pragma once
// UndoScenario: what the undo tests share (tst_verifyundo's short runs, tst_undosoak's long
// ones): a snapshot of everything a server holds, read through the WorkOS API with the key (so
// that the same check works on workos-sandbox and on the npm emulator), the differences between
// two snapshots in plain words, and the kill scenario: an import killed with SIGKILL at random
// moments and resumed, then its undo killed and continued, after which the server must hold
// exactly what it held before the import.
//
// Header-only, for test executables; used from the test's thread.

#include "importcli.h"

#include <QtCore/QRandomGenerator>
#include <QtCore/QStringList>

#include <algorithm>

namespace TestSupport {

// Every user, organization and membership (of every status) a server holds, each list sorted
// by id. Empty with *ok false when a read failed.
inline QJsonObject apiSnapshot(const QUrl &server, const QString &key, bool *ok)
{
    *ok = true;
    bool good = true;
    const auto sorted = [](QJsonArray items) {
        QList<QJsonValue> list(items.begin(), items.end());
        std::sort(list.begin(), list.end(), [](const QJsonValue &a, const QJsonValue &b) {
            return a[QStringLiteral("id")].toString() < b[QStringLiteral("id")].toString();
        });
        QJsonArray out;
        for (const QJsonValue &v : list)
            out.append(v);
        return out;
    };
    QJsonObject s;
    s.insert(QStringLiteral("users"), sorted(listAll(server, QStringLiteral("/user_management/users"), key, &good)));
    *ok = *ok && good;
    const QJsonArray organizations = sorted(listAll(server, QStringLiteral("/organizations"), key, &good));
    *ok = *ok && good;
    s.insert(QStringLiteral("organizations"), organizations);
    QJsonArray memberships;
    for (const QJsonValue &o : organizations) {
        for (const QJsonValue &m : listAll(server, QStringLiteral("/user_management/organization_memberships"), key, &good,
                                           QStringLiteral("organization_id=") + o[QStringLiteral("id")].toString()
                                               + QStringLiteral("&statuses=active,inactive,pending")))
            memberships.append(m);
        *ok = *ok && good;
    }
    s.insert(QStringLiteral("organization_memberships"), sorted(memberships));
    return *ok ? s : QJsonObject();
}

// Plain words about how two snapshots differ (empty when they are the same).
inline QString snapshotDifference(const QJsonObject &before, const QJsonObject &after)
{
    QStringList problems;
    for (const QString &kind : {QStringLiteral("users"), QStringLiteral("organizations"), QStringLiteral("organization_memberships")}) {
        const QJsonArray a = before.value(kind).toArray();
        const QJsonArray b = after.value(kind).toArray();
        if (a == b)
            continue;
        QHash<QString, QJsonObject> byId;
        for (const QJsonValue &v : a)
            byId.insert(v[QStringLiteral("id")].toString(), v.toObject());
        QStringList extra;
        QStringList changed;
        for (const QJsonValue &v : b) {
            const QString id = v[QStringLiteral("id")].toString();
            if (!byId.contains(id))
                extra.append(id + QLatin1Char(' ') + v[QStringLiteral("email")].toString() + v[QStringLiteral("external_id")].toString());
            else if (byId.take(id) != v.toObject())
                changed.append(id);
        }
        problems.append(QStringLiteral("%1: %2 before, %3 after; missing %4; extra %5; changed %6")
                            .arg(kind).arg(a.size()).arg(b.size())
                            .arg(QStringList(byId.keys()).mid(0, 5).join(QLatin1Char(' ')),
                                 extra.mid(0, 5).join(QStringLiteral(", ")), changed.mid(0, 5).join(QLatin1Char(' '))));
    }
    return problems.join(QLatin1Char('\n'));
}

// An import of `csv` into `server` as job `jobId`, stopped `importKills` times at random moments
// (between minMs and maxMs after each start; SIGKILL, every third time SIGTERM) and resumed,
// then run to its end; then its undo,
// killed `undoKills` times and run again to its end. `extraImportArgs` shape the import (worker
// count, concurrency, rate limits).
struct KillPlan {
    QUrl server;
    QString key;
    QString csv;
    QString storeDir;
    QString jobId;
    int importKills = 3;
    int undoKills = 2;
    int minMs = 150;
    int maxMs = 1500;
    quint32 seed = 1;
    QStringList extraImportArgs;
};

struct KillOutcome {
    QString problem;      // empty: the server holds exactly what it held before
    int importKilled = 0; // runs that really were killed (not ended by themselves)
    int undoKilled = 0;
};

inline KillOutcome killImportResumeAndUndo(const KillPlan &plan)
{
    KillOutcome out;
    QRandomGenerator random(plan.seed);
    bool ok = false;
    const QJsonObject before = apiSnapshot(plan.server, plan.key, &ok);
    if (!ok) {
        out.problem = QStringLiteral("cannot read the server before the import");
        return out;
    }
    const QStringList common {QStringLiteral("--checkpoint-dir"), plan.storeDir, QStringLiteral("--quiet")};
    const QStringList first = QStringList {QStringLiteral("--csv"), plan.csv, QStringLiteral("--job-id"), plan.jobId,
                                           QStringLiteral("--api-url"), plan.server.toString()}
        + plan.extraImportArgs + common;
    // A job that does not exist yet (killed while it was being planned) is started afresh.
    const auto jobExists = [&plan] {
        const CliResult jobs = ImportCli::run({QStringLiteral("jobs"), QStringLiteral("--checkpoint-dir"), plan.storeDir}, {});
        return jobs.out.contains(plan.jobId.toUtf8());
    };
    bool finished = false;
    for (int round = 0; round < plan.importKills && !finished; ++round) {
        ImportCli cli;
        const QStringList args = jobExists() ? QStringList {QStringLiteral("--resume"), plan.jobId} + plan.extraImportArgs + common
                                             : first;
        if (!cli.start(args, plan.key)) {
            out.problem = QStringLiteral("cannot start workos-import");
            return out;
        }
        // Every third stop is a SIGTERM (Ctrl+C's way: the rows in flight are abandoned, their
        // creates may have reached the server), the others SIGKILL.
        const bool soft = round % 3 == 2;
        const CliResult r = cli.signalAfter(plan.minMs + int(random.bounded(plan.maxMs - plan.minMs)), !soft);
        if (r.crashed || (soft && r.exitCode == 130)) {
            ++out.importKilled;
            continue;
        }
        if (r.exitCode != 0) {
            out.problem = QStringLiteral("an import run ended with ") + QString::fromUtf8(r.describe());
            return out;
        }
        finished = true;
    }
    if (!finished) {
        const CliResult last = ImportCli::run(jobExists() ? QStringList {QStringLiteral("--resume"), plan.jobId} + plan.extraImportArgs + common
                                                          : first,
                                              plan.key, 600000);
        if (last.exitCode != 0) {
            out.problem = QStringLiteral("the last resume ended with ") + QString::fromUtf8(last.describe());
            return out;
        }
    }
    const QStringList undo {QStringLiteral("undo"), plan.jobId, QStringLiteral("--yes"), QStringLiteral("--checkpoint-dir"),
                            plan.storeDir, QStringLiteral("--quiet")};
    for (int round = 0; round < plan.undoKills; ++round) {
        ImportCli cli;
        if (!cli.start(undo, plan.key)) {
            out.problem = QStringLiteral("cannot start workos-import undo");
            return out;
        }
        const CliResult r = cli.signalAfter(plan.minMs / 2 + int(random.bounded(plan.maxMs / 2)), true);
        if (!r.crashed)
            break;
        ++out.undoKilled;
    }
    const CliResult last = ImportCli::run(undo, plan.key, 600000);
    if (last.exitCode != 0) {
        out.problem = QStringLiteral("the last undo ended with ") + QString::fromUtf8(last.describe());
        return out;
    }
    const QJsonObject after = apiSnapshot(plan.server, plan.key, &ok);
    if (!ok) {
        out.problem = QStringLiteral("cannot read the server after the undo");
        return out;
    }
    out.problem = snapshotDifference(before, after);
    return out;
}

} // namespace TestSupport
