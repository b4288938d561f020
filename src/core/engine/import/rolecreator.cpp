#include "rolecreator.h"

#include "engine/import/rowimporter.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QHash>

using namespace Qt::StringLiterals;

namespace Engine {

QString RoleCreationResult::problem() const
{
    QStringList failures;
    for (const Store::RoleEntry &e : entries)
        if (e.resolution == Store::RoleResolution::Failed)
            failures.append(u"%1: %2"_s.arg(e.slug, e.error));
    if (failures.isEmpty())
        return {};
    return QCoreApplication::translate("Engine::RoleCreator",
                                       "These roles could not be created, so nothing was imported: %1. Fix this (or "
                                       "create the roles in the WorkOS dashboard) and resume the job.")
        .arg(failures.join(u"; "_s));
}

RoleCreator::RoleCreator(Api::WorkOsClient *client, bool dryRun)
    : m_client(client),
      m_dryRun(dryRun)
{
}

QCoro::Task<RoleCreationResult> RoleCreator::run(QList<RoleToCreate> wanted, QList<Store::RoleEntry> known,
                                                 std::function<bool(const Store::RoleEntry &)> record)
{
    RoleCreationResult result;
    QHash<QString, Store::RoleEntry> stored;
    for (const Store::RoleEntry &e : known)
        stored.insert(e.slug, e);

    const Api::Result<QList<Api::Role>> listed = co_await m_client->listRoles();
    if (!listed) {
        result.fatalError = listed.error();
        co_return result;
    }
    QHash<QString, Api::Role> present;
    for (const Api::Role &r : listed.value())
        present.insert(r.slug, r);

    for (const RoleToCreate &want : wanted) {
        Store::RoleEntry entry = stored.value(want.slug);
        entry.slug = want.slug;
        entry.name = want.name;
        const auto there = present.constFind(want.slug);
        if (there != present.cend()) {
            // Ours when an earlier run recorded the intent (or the creation) before the answer.
            const bool ours = entry.resolution == Store::RoleResolution::Planned
                || entry.resolution == Store::RoleResolution::Created;
            const bool recordedBefore = stored.contains(want.slug);
            entry.resolution = ours && recordedBefore ? Store::RoleResolution::Created : Store::RoleResolution::Existed;
            entry.roleId = there->id;
            entry.error.clear();
            if (entry.resolution == Store::RoleResolution::Created)
                ++result.created;
            else
                ++result.existed;
            if (!m_dryRun && record && !record(entry))
                co_return result;
            result.entries.append(entry);
            continue;
        }
        QString problem = Api::roleSlugProblem(want.slug);
        if (problem.isEmpty())
            problem = Api::roleNameProblem(want.name);
        if (!problem.isEmpty()) {
            entry.resolution = Store::RoleResolution::Failed;
            entry.error = problem;
            ++result.failed;
            if (!m_dryRun && record && !record(entry))
                co_return result;
            result.entries.append(entry);
            continue;
        }
        if (m_dryRun) {
            ++result.wouldCreate;
            entry.resolution = Store::RoleResolution::Planned;
            result.entries.append(entry);
            continue;
        }
        // The intent first: a kill between the POST and its answer leaves "planned", and the
        // next run counts the role as this job's.
        entry.resolution = Store::RoleResolution::Planned;
        if (record && !record(entry))
            co_return result;
        const Api::Result<Api::Role> created = co_await m_client->createRole(want.slug, want.name);
        if (created) {
            entry.resolution = Store::RoleResolution::Created;
            entry.roleId = created->id;
            ++result.created;
        } else if (RowImporter::isJobLevel(created.error()) || created.hasError(Api::ApiError::Kind::Cancelled)) {
            result.fatalError = created.error();
            co_return result;
        } else {
            // A conflict (409 role_slug_conflict, or an emulator's 422 "duplicate"): made by
            // someone else meanwhile, or by this very request before its answer was lost.
            const Api::Result<QList<Api::Role>> again = co_await m_client->listRoles();
            const auto found = again ? std::ranges::find(again.value(), want.slug, &Api::Role::slug)
                                     : QList<Api::Role>::const_iterator();
            if (again && found != again.value().cend()) {
                entry.resolution = Store::RoleResolution::Created; // our intent was recorded
                entry.roleId = found->id;
                ++result.created;
            } else {
                entry.resolution = Store::RoleResolution::Failed;
                entry.error = created.error().userMessage();
                ++result.failed;
            }
        }
        if (record && !record(entry))
            co_return result;
        result.entries.append(entry);
    }
    co_return result;
}

} // namespace Engine
