#include "jobsettings.h"

#include <QtCore/QJsonArray>

#include <QtCore/QFileInfo>

using namespace Qt::StringLiterals;

namespace Engine {

QString JobSettings::problem() const
{
    if (csvPath.isEmpty())
        return u"No CSV file was given. Choose the file with your users (--csv FILE)."_s;
    if (workers < 1 || workers > MaxWorkers)
        return u"Workers must be between 1 and %1 (got %2)."_s.arg(MaxWorkers).arg(workers);
    if (chunkSize < 1 || chunkSize > 100000)
        return u"Chunk size must be between 1 and 100,000 rows (got %1)."_s.arg(chunkSize);
    if (concurrency < 1 || concurrency > MaxConcurrency)
        return u"Concurrency must be between 1 and %1 rows in flight per worker (got %2)."_s.arg(MaxConcurrency).arg(concurrency);
    if (!singleOrg.id.isEmpty() && !singleOrg.externalId.isEmpty())
        return u"Give either an organization id or an organization external id, not both."_s;
    if (createOrgIfMissing && (singleOrg.externalId.isEmpty() || singleOrg.name.isEmpty()))
        return u"Creating a missing organization needs its external id and its name (--org-external-id and --org-name)."_s;
    if (replaceExistingPasswords && !updateExisting && catchUpOf.isEmpty())
        return u"Replacing the passwords of existing users is part of updating them: choose --update-existing (or "
               "--catch-up JOB) too."_s;
    return {};
}

QJsonObject JobSettings::toJson() const
{
    QJsonObject org;
    if (!singleOrg.id.isEmpty())
        org.insert(u"id"_s, singleOrg.id);
    if (!singleOrg.externalId.isEmpty())
        org.insert(u"external_id"_s, singleOrg.externalId);
    if (!singleOrg.name.isEmpty())
        org.insert(u"name"_s, singleOrg.name);
    QJsonObject json{
        {u"csv_path"_s, csvPath},
        {u"name"_s, name},
        {u"workers"_s, workers},
        {u"chunk_size"_s, chunkSize},
        {u"concurrency"_s, concurrency},
        {u"mapping"_s, mapping.toString()},
        {u"single_org"_s, org},
        {u"create_org_if_missing"_s, createOrgIfMissing},
        {u"api_url"_s, apiUrl.toString()},
        {u"rate_limits"_s, rateLimits.toString()},
        {u"skip_unresolved_orgs"_s, skipUnresolvedOrgs},
        {u"environment"_s, environment},
        {u"rehearsal_journal"_s, rehearsalJournal},
        {u"source"_s, source.toJson()},
    };
    if (updateExisting)
        json.insert(u"update_existing"_s, true);
    if (replaceExistingPasswords)
        json.insert(u"replace_existing_passwords"_s, true);
    if (!catchUpOf.isEmpty())
        json.insert(u"catch_up_of"_s, catchUpOf);
    if (!rolesToCreate.isEmpty()) {
        QJsonArray roles;
        for (const RoleToCreate &r : rolesToCreate)
            roles.append(QJsonObject {{u"slug"_s, r.slug}, {u"name"_s, r.name}});
        json.insert(u"roles_to_create"_s, roles);
    }
    return json;
}

JobSettings JobSettings::fromJson(const QJsonObject &json)
{
    JobSettings s;
    s.csvPath = json.value(u"csv_path"_s).toString();
    s.name = json.value(u"name"_s).toString();
    s.workers = json.value(u"workers"_s).toInt(1);
    s.chunkSize = json.value(u"chunk_size"_s).toInt(1000);
    s.concurrency = json.value(u"concurrency"_s).toInt(10);
    if (auto m = Model::ColumnMapping::parse(json.value(u"mapping"_s).toString()))
        s.mapping = *m;
    const QJsonObject org = json.value(u"single_org"_s).toObject();
    s.singleOrg.id = org.value(u"id"_s).toString();
    s.singleOrg.externalId = org.value(u"external_id"_s).toString();
    s.singleOrg.name = org.value(u"name"_s).toString();
    s.createOrgIfMissing = json.value(u"create_org_if_missing"_s).toBool();
    const QString url = json.value(u"api_url"_s).toString();
    if (!url.isEmpty())
        s.apiUrl = QUrl(url);
    QString error;
    if (auto limits = Api::RateLimits::parse(json.value(u"rate_limits"_s).toString(), &error))
        s.rateLimits = *limits;
    s.skipUnresolvedOrgs = json.value(u"skip_unresolved_orgs"_s).toBool(false);
    s.environment = json.value(u"environment"_s).toString();
    s.rehearsalJournal = json.value(u"rehearsal_journal"_s).toString();
    for (const QJsonValue &r : json.value(u"roles_to_create"_s).toArray())
        s.rolesToCreate.append({r[u"slug"_s].toString(), r[u"name"_s].toString()});
    s.source = Source::Options::fromJson(json.value(u"source"_s).toObject());
    s.updateExisting = json.value(u"update_existing"_s).toBool(false);
    s.replaceExistingPasswords = json.value(u"replace_existing_passwords"_s).toBool(false);
    s.catchUpOf = json.value(u"catch_up_of"_s).toString();
    return s;
}

} // namespace Engine
