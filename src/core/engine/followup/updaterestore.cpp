#include "updaterestore.h"

#include "engine/import/userdiff.h"
#include "store/userupdatestore.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonDocument>

#include <vector>

using namespace Qt::StringLiterals;
using Api::ApiError;

namespace Engine {

namespace {

constexpr int Lanes = 8;

struct RestoreRun {
    QString jobId;
    Api::WorkOsClient *client = nullptr;
    Store::UserUpdateStore *store = nullptr;
    QList<Store::UserUpdate> updates;
    qsizetype next = 0;
    std::shared_ptr<std::atomic_bool> cancel;
    RestoreSummary summary;
    bool stopping() const { return summary.fatal || !summary.storeError.isEmpty() || cancel->load(); }
};

QString shown(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool() ? u"true"_s : u"false"_s;
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    return v.toString().isEmpty() ? u"(none)"_s : u'"' + v.toString() + u'"';
}

Store::RowOutcome problemRow(const QString &jobId, const Store::UserUpdate &u, const QString &code, const QString &message)
{
    Store::RowOutcome r;
    r.jobId = jobId;
    r.row = u.row;
    r.line = u.line;
    r.email = u.email;
    r.userId = u.userId;
    r.outcome = Store::Outcome::Failed;
    r.stage = Store::Stage::User;
    r.code = code;
    r.message = message;
    return r;
}

bool isJobLevel(const ApiError &error)
{
    return error.blocksAllRequests() || error.kind() == ApiError::Kind::Transient || error.kind() == ApiError::Kind::Timeout
        || error.kind() == ApiError::Kind::TlsError || error.kind() == ApiError::Kind::ProxyError;
}

QCoro::Task<void> restoreOne(RestoreRun *run, Store::UserUpdate u)
{
    RestoreSummary &s = run->summary;
    const auto record = [&](Store::RestoreState state, const QString &message) {
        QString why;
        if (!run->store->setRestore(run->jobId, u.userId, state, message, &why))
            s.storeError = why;
    };
    const auto failed = [&](const ApiError &error) {
        if (error.kind() == ApiError::Kind::Cancelled)
            return;
        if (isJobLevel(error))
            s.fatal = error;
        ++s.failed;
        const QString message = QCoreApplication::translate("Engine::UpdateRestore", "The fields of %1 were not put back: %2")
                                    .arg(u.email, error.userMessage());
        s.problems.append(problemRow(run->jobId, u, u"undo.update_failed"_s, message));
        record(Store::RestoreState::Failed, message);
    };
    if (u.passwordReplaced)
        ++s.passwordsKept;
    const Api::Result<Api::User> held = co_await run->client->getUser(u.userId);
    if (held.hasError(ApiError::Kind::NotFound)) {
        ++s.gone;
        record(Store::RestoreState::Gone, QCoreApplication::translate("Engine::UpdateRestore", "The user no longer exists."));
        co_return;
    }
    if (!held.ok()) {
        failed(held.error());
        co_return;
    }
    const QList<FieldChange> changes = changesFromJson(u.changes);
    const UpdateCheck check = checkUpdate(changes, held.value());
    QList<FieldChange> notBack; // fields the PUT's answer does not show at their old value
    if (!check.atAfter.isEmpty()) {
        const Api::Result<Api::User> put = co_await run->client->updateUser(u.userId, restoreBody(check.atAfter));
        if (!put.ok()) {
            failed(put.error());
            co_return;
        }
        // Proof from WorkOS's answer: each field put back now holds its value from before.
        notBack = checkUpdate(check.atAfter, put.value()).atAfter + checkUpdate(check.atAfter, put.value()).changedAgain;
    }
    if (!notBack.isEmpty()) {
        failed(ApiError(ApiError::Kind::InvalidResponse,
                        QCoreApplication::translate("Engine::UpdateRestore", "WorkOS's answer still shows %1").arg(fieldList(notBack))));
        co_return;
    }
    if (!check.changedAgain.isEmpty()) {
        ++s.changedAgain;
        QStringList fields;
        for (const FieldChange &c : check.changedAgain)
            fields.append(QCoreApplication::translate("Engine::UpdateRestore", "%1 (the import set %2, WorkOS now holds %3)")
                              .arg(c.field, shown(c.after), shown(fieldValue(held.value(), c.field))));
        const QString message = QCoreApplication::translate("Engine::UpdateRestore",
                                    "Changed again since the import, left as it is: %1.").arg(fields.join(u"; "_s));
        s.problems.append(problemRow(run->jobId, u, u"undo.changed_again"_s, message));
        record(Store::RestoreState::ChangedAgain, message);
        co_return;
    }
    ++s.restored;
    record(Store::RestoreState::Restored, {});
}

QCoro::Task<void> lane(RestoreRun *run)
{
    while (run->next < run->updates.size() && !run->stopping()) {
        const Store::UserUpdate u = run->updates[run->next++];
        co_await restoreOne(run, u);
    }
}

} // namespace

QString RestoreSummary::sentence() const
{
    if (total == 0)
        return {};
    QString text = QCoreApplication::translate("Engine::UpdateRestore", "%n users the import updated have their fields "
                                               "from before back (they existed before: never deleted).", nullptr, int(restored));
    if (changedAgain > 0)
        text += u' ' + QCoreApplication::translate("Engine::UpdateRestore", "%n users had fields changed again since the "
                                                   "import: those fields were left as they are, the others were put back "
                                                   "(see the report).",
                                                   nullptr, int(changedAgain));
    if (gone > 0)
        text += u' ' + QCoreApplication::translate("Engine::UpdateRestore", "%n updated users no longer exist.", nullptr, int(gone));
    if (failed > 0)
        text += u' ' + QCoreApplication::translate("Engine::UpdateRestore", "%n users could not be put back: run undo again.",
                                                   nullptr, int(failed));
    if (passwordsKept > 0)
        text += u' ' + QCoreApplication::translate("Engine::UpdateRestore", "The passwords the import replaced (%n users) "
                                                   "cannot be put back: WorkOS never returns a hash.", nullptr, int(passwordsKept));
    return text;
}

QCoro::Task<RestoreSummary> restoreUpdates(Api::WorkOsClient *client, QString storePath, QString jobId,
                                           std::shared_ptr<std::atomic_bool> cancel)
{
    Store::UserUpdateStore store(storePath);
    RestoreRun run;
    run.jobId = jobId;
    run.client = client;
    run.store = &store;
    run.cancel = std::move(cancel);
    if (!store.open(&run.summary.storeError))
        co_return run.summary;
    for (const Store::UserUpdate &u : store.all(jobId, &run.summary.storeError)) {
        ++run.summary.total;
        // Done in an earlier undo: counted, not read again.
        if (u.restore == Store::RestoreState::Restored)
            ++run.summary.restored;
        else if (u.restore == Store::RestoreState::Gone)
            ++run.summary.gone;
        else if (u.restore == Store::RestoreState::ChangedAgain) {
            ++run.summary.changedAgain;
            run.summary.problems.append(problemRow(jobId, u, u"undo.changed_again"_s, u.restoreMessage));
        } else
            run.updates.append(u);
        if (u.passwordReplaced && u.restore != Store::RestoreState::None && u.restore != Store::RestoreState::Failed)
            ++run.summary.passwordsKept;
    }
    if (!run.summary.storeError.isEmpty())
        co_return run.summary;
    std::vector<QCoro::Task<void>> lanes;
    for (int i = 0; i < Lanes; ++i)
        lanes.push_back(lane(&run));
    for (QCoro::Task<void> &t : lanes)
        co_await t;
    co_return run.summary;
}

qint64 updatesToRestore(const QString &storePath, const QString &jobId)
{
    Store::UserUpdateStore store(storePath);
    if (!store.open())
        return 0;
    return store.all(jobId).size();
}

} // namespace Engine
