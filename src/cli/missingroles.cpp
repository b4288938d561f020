// --create-missing-roles (docs/cli.md, docs/cutover.md): before a new import, the role slugs
// the file's rows use are read from the file, the environment's roles from WorkOS (one GET),
// and the slugs it lacks become the job's JobSettings::rolesToCreate, each with a name made
// from its slug. The engine creates them before the import (Engine::RoleCreator) and records
// them in the job store. Main thread; the read waits on its own event loop (a CLI may).

#include "console.h"

#include <api/workosclient.h>
#include <engine/jobsettings.h>
#include <model/filescan.h>

#include <QCoro/QCoroTask>

#include <QtCore/QMap>

#include <memory>

using namespace Qt::StringLiterals;

namespace Cli {

namespace {

QCoro::Task<Api::Result<QList<Api::Role>>> readRoles(Api::WorkOsClient *client)
{
    co_return co_await client->listRoles();
}

} // namespace

// Fills `settings.rolesToCreate` with the slugs the file uses that the environment lacks.
// false with `*error` when the file or WorkOS cannot be read. Prints what it found.
bool planMissingRoles(Engine::JobSettings &settings, const Api::ApiKey &key, bool quiet, QString *error)
{
    Model::FileScan::Options options;
    options.mapping = settings.mapping;
    options.singleOrganization = settings.singleOrg;
    options.detail = Model::RowDetail::Full;
    Model::FileScan scan(settings.csvPath, options);
    if (!scan.open()) {
        *error = scan.errorMessage();
        return false;
    }
    QMap<QString, qint64> rowsPerRole;
    qint64 rowsWithSeveralRoles = 0;
    scan.run([&](const Model::RowResult &row) {
        if (row.disposition != Model::Disposition::Import || row.row.org.isEmpty())
            return;
        for (const QString &slug : row.row.roleSlugs)
            ++rowsPerRole[slug];
        if (row.row.roleSlugs.size() > 1)
            ++rowsWithSeveralRoles;
    });
    if (rowsPerRole.isEmpty()) {
        if (!quiet)
            err() << "--create-missing-roles: the file's rows name no roles; none will be created.\n";
        return true;
    }

    Api::ClientConfig config;
    config.baseUrl = settings.apiUrl;
    config.apiKey = key;
    auto client = std::make_unique<Api::WorkOsClient>(config);
    const Api::Result<QList<Api::Role>> listed = QCoro::waitFor(readRoles(client.get()));
    if (!listed) {
        *error = u"--create-missing-roles: the environment's roles could not be read: "_s + listed.error().userMessage();
        return false;
    }
    QStringList present;
    for (const Api::Role &r : listed.value())
        present.append(r.slug);
    QStringList missing;
    for (auto it = rowsPerRole.cbegin(); it != rowsPerRole.cend(); ++it) {
        if (present.contains(it.key()))
            continue;
        if (const QString problem = Api::roleSlugProblem(it.key()); !problem.isEmpty()) {
            *error = u"--create-missing-roles: "_s + problem;
            return false;
        }
        settings.rolesToCreate.append({it.key(), Api::suggestedRoleName(it.key())});
        missing.append(u"%1 (\"%2\", %3 rows)"_s.arg(it.key(), Api::suggestedRoleName(it.key())).arg(it.value()));
    }
    if (!quiet) {
        if (missing.isEmpty())
            err() << "--create-missing-roles: every role the file uses exists already; none will be created.\n";
        else
            err() << "Roles to create before the import: " << missing.join(u", "_s)
                  << ". They are recorded with the job; undo lists them (WorkOS's API cannot delete an environment "
                     "role: remove one in the WorkOS dashboard).\n";
        if (rowsWithSeveralRoles > 0)
            err() << rowsWithSeveralRoles
                  << " rows give two or more roles: they need Multiple Roles in this environment, which WorkOS "
                     "does not tell beforehand. If it is off, such a row gets only its first role and its note in "
                     "the ID map (workos-import map) says so.\n";
    }
    // QCoro 0.8 resumes inside QNetworkReply::finished: let the client go later.
    client.release()->deleteLater();
    return true;
}

} // namespace Cli
