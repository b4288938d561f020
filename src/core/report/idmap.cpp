#include "idmap.h"

#include "errorreport.h"
#include "store/jobstore.h"
#include "store/privatefiles.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QHash>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QSaveFile>
#include <QtCore/QSet>

#include <memory>

using namespace Qt::StringLiterals;

namespace Report {

namespace {

// The same file, however it is spelled (a relative path, a symlink, "..").
QString canonical(const QString &path)
{
    const QFileInfo info(path);
    if (const QString real = info.canonicalFilePath(); !real.isEmpty())
        return real;
    // Not there yet: its folder's real path and its name.
    const QString folder = info.absoluteDir().canonicalPath();
    return folder.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : folder + u'/' + info.fileName();
}

QString csvLine(const QStringList &cells)
{
    QStringList out;
    out.reserve(cells.size());
    for (const QString &cell : cells)
        out.append(ErrorReport::csvField(cell));
    return out.join(u',') + u"\r\n"_s;
}

const QStringList &lineColumns()
{
    static const QStringList columns {u"source_id"_s, u"email"_s, u"workos_user_id"_s, u"user"_s,
                                      u"org_external_id"_s, u"workos_organization_id"_s, u"membership_id"_s,
                                      u"note"_s, u"row"_s};
    return columns;
}

const QStringList &orgColumns()
{
    static const QStringList columns {u"org_key"_s, u"external_id"_s, u"name"_s, u"workos_organization_id"_s,
                                      u"resolution"_s};
    return columns;
}

QJsonObject membershipJson(const IdMapLine &line)
{
    return QJsonObject {{u"org_external_id"_s, line.orgExternalId},
                        {u"workos_organization_id"_s, line.organizationId},
                        {u"membership_id"_s, line.membershipId},
                        {u"note"_s, line.note},
                        {u"row"_s, line.row}};
}

} // namespace

std::optional<IdMapFormat> IdMap::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"csv"_s)
        return IdMapFormat::Csv;
    if (suffix == u"json"_s)
        return IdMapFormat::Json;
    return std::nullopt;
}

QString IdMap::organizationsPath(const QString &csvPath)
{
    const QFileInfo info(csvPath);
    return info.dir().filePath(info.completeBaseName() + u".organizations.csv"_s);
}

QString IdMap::pathProblem(const Store::JobRecord &job, const QString &storePath, const QString &outPath)
{
    if (outPath.trimmed().isEmpty())
        return QCoreApplication::translate("Report::IdMap", "Name the file for the ID map (ending in .csv or .json).");
    // The job's own files first: whatever the name, they are never overwritten.
    const auto format = formatForPath(outPath);
    QStringList targets {canonical(outPath)};
    if (format == IdMapFormat::Csv)
        targets.append(canonical(organizationsPath(outPath)));
    const QString input = job.csvPath.isEmpty() ? QString() : canonical(job.csvPath);
    const QString store = canonical(storePath);
    for (const QString &target : std::as_const(targets)) {
        if (!input.isEmpty() && target == input)
            return QCoreApplication::translate("Report::IdMap", "%1 is the job's own input file: the ID map would overwrite it. Choose another file name.")
                .arg(QDir::toNativeSeparators(target));
        if (target == store || target == store + u"-wal"_s || target == store + u"-shm"_s
            || target == store + u"-journal"_s)
            return QCoreApplication::translate("Report::IdMap", "%1 is the job store: the ID map would overwrite every job's record. Choose another file name.")
                .arg(QDir::toNativeSeparators(target));
    }
    if (!format)
        return QCoreApplication::translate("Report::IdMap", "Cannot tell the ID map's format from the file name \"%1\": name it .csv or .json.")
            .arg(QFileInfo(outPath).fileName());
    return {};
}

bool IdMap::collect(const Store::JobStore &store, const QString &jobId,
                    const std::function<void(const IdMapLine &)> &sink, QList<IdMapOrg> *orgs,
                    bool *idsRecorded, QString *error)
{
    QString why;
    const std::optional<bool> recorded = store.idsRecorded(jobId, &why);
    if (!recorded) {
        if (error)
            *error = why;
        return false;
    }
    if (idsRecorded)
        *idsRecorded = *recorded;
    const QList<Store::OrgEntry> entries = store.orgs(jobId, &why);
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    QHash<QString, Store::OrgEntry> orgByKey;
    for (const Store::OrgEntry &e : entries) {
        orgByKey.insert(e.key, e);
        if (orgs && e.resolution != Store::OrgResolution::Failed) {
            IdMapOrg o;
            o.key = e.key;
            o.externalId = e.key.startsWith(u"ext:"_s) ? e.key.mid(4) : QString();
            o.name = e.name;
            o.organizationId = e.organizationId;
            o.resolution = Store::orgResolutionId(e.resolution);
            orgs->append(o);
        }
    }

    // Which users this job created: any of the user's rows may be the one that created it (rows
    // run in parallel), and the others only reused it ("none"): a first pass over the outcomes.
    QSet<QString> created;
    QSet<QString> updated; // existed, and the job updated its fields (docs/cutover.md)
    if (!store.forEachOutcome(jobId, [&created, &updated](const Store::RowOutcome &o) {
            if (o.user == Store::UserResult::Created && !o.userId.isEmpty())
                created.insert(o.userId);
            if (o.user == Store::UserResult::Updated && !o.userId.isEmpty())
                updated.insert(o.userId);
            return true;
        }, &why)) {
        if (error)
            *error = why;
        return false;
    }

    const bool ok = store.forEachOutcome(jobId, [&](const Store::RowOutcome &o) {
        // Imported: the row has its WorkOS user. A row that failed after its user was made (its
        // membership was refused) still maps its user, without the membership.
        if (o.userId.isEmpty() || o.outcome == Store::Outcome::Invalid || o.outcome == Store::Outcome::DuplicateSkipped)
            return true;
        IdMapLine line;
        line.row = o.row;
        line.sourceId = o.externalId;
        line.email = o.email;
        line.userId = o.userId;
        line.user = created.contains(o.userId) ? u"created"_s : updated.contains(o.userId) ? u"updated"_s : u"existed"_s;
        const bool member = o.outcome == Store::Outcome::MembershipAdded || o.outcome == Store::Outcome::MembershipExisted;
        QStringList notes;
        if (!*recorded)
            notes.append(QCoreApplication::translate("Report::IdMap", "source id and membership id not recorded: the job ran before this version"));
        if (member) {
            line.orgKey = o.orgKey;
            line.orgExternalId = o.orgKey.startsWith(u"ext:"_s) ? o.orgKey.mid(4) : QString();
            const auto org = orgByKey.constFind(o.orgKey);
            if (org != orgByKey.cend())
                line.organizationId = org->organizationId;
            else if (o.orgKey.startsWith(u"id:"_s))
                line.organizationId = o.orgKey.mid(3);
            line.membershipId = o.membershipId;
            // A fallback to fewer roles (Multiple Roles off) is said on the row: say it here too.
            if (!o.message.isEmpty())
                notes.append(o.message);
            if (line.membershipId.isEmpty() && *recorded)
                notes.append(o.outcome == Store::Outcome::MembershipExisted
                                 ? QCoreApplication::translate("Report::IdMap", "membership id unknown: the user was already a member before this job")
                                 : QCoreApplication::translate("Report::IdMap", "membership id unknown"));
        } else if (!o.orgKey.isEmpty()) {
            notes.append(QCoreApplication::translate("Report::IdMap", "no membership: the row failed at its membership (see the error report)"));
        }
        line.note = notes.join(u"; "_s);
        sink(line);
        return true;
    }, &why);
    if (!ok) {
        if (error)
            *error = why;
        return false;
    }
    if (error)
        error->clear();
    return true;
}

std::optional<IdMapSummary> IdMap::write(const Store::JobStore &store, const QString &jobId, const QString &outPath,
                                         QString *error)
{
    auto failWith = [error](const QString &message) -> std::optional<IdMapSummary> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QString why;
    const std::optional<Store::JobRecord> job = store.job(jobId, &why);
    if (!job)
        return failWith(why.isEmpty() ? QCoreApplication::translate("Report::IdMap", "There is no job %1 in the job store.").arg(jobId) : why);
    if (const QString problem = pathProblem(*job, store.path(), outPath); !problem.isEmpty())
        return failWith(problem);
    const IdMapFormat format = *formatForPath(outPath);

    IdMapSummary summary;
    QList<IdMapOrg> orgs;
    QSet<QString> users;

    // The map holds emails like the job store: the owner's only.
    QSaveFile file(outPath);
    if (!file.open(QIODevice::WriteOnly) || !Store::restrictToOwner(file))
        return failWith(QCoreApplication::translate("Report::IdMap", "Cannot write the ID map %1: %2").arg(outPath, file.errorString()));
    bool writeOk = true;
    auto put = [&](QSaveFile &f, const QString &text) {
        const QByteArray bytes = text.toUtf8();
        if (f.write(bytes) != bytes.size())
            writeOk = false;
    };

    // JSON: users grouped by WorkOS user id, in order of first appearance.
    QList<QJsonObject> jsonUsers;
    QHash<QString, qsizetype> jsonIndex;

    if (format == IdMapFormat::Csv)
        put(file, lineColumns().join(u',') + u"\r\n"_s);
    const bool collected = collect(store, jobId, [&](const IdMapLine &line) {
        ++summary.lines;
        users.insert(line.userId);
        if (!line.orgKey.isEmpty()) {
            ++summary.memberships;
            if (line.membershipId.isEmpty())
                ++summary.membershipsWithoutId;
        }
        if (format == IdMapFormat::Csv) {
            put(file, csvLine({line.sourceId, line.email, line.userId, line.user, line.orgExternalId,
                               line.organizationId, line.membershipId, line.note, QString::number(line.row)}));
            return;
        }
        auto it = jsonIndex.constFind(line.userId);
        if (it == jsonIndex.cend()) {
            it = jsonIndex.insert(line.userId, jsonUsers.size());
            jsonUsers.append(QJsonObject {{u"source_id"_s, line.sourceId},
                                          {u"email"_s, line.email},
                                          {u"workos_user_id"_s, line.userId},
                                          {u"user"_s, line.user},
                                          {u"memberships"_s, QJsonArray()}});
        }
        QJsonObject &user = jsonUsers[*it];
        if (user.value(u"source_id"_s).toString().isEmpty() && !line.sourceId.isEmpty())
            user.insert(u"source_id"_s, line.sourceId);
        if (line.user == u"created"_s)
            user.insert(u"user"_s, line.user);
        if (!line.orgKey.isEmpty()) {
            QJsonArray memberships = user.value(u"memberships"_s).toArray();
            memberships.append(membershipJson(line));
            user.insert(u"memberships"_s, memberships);
        } else if (!line.note.isEmpty()) {
            user.insert(u"note"_s, line.note);
        }
    }, &orgs, &summary.idsRecorded, &why);
    if (!collected) {
        file.cancelWriting();
        return failWith(why);
    }
    summary.users = users.size();
    summary.organizations = orgs.size();

    if (format == IdMapFormat::Json) {
        QJsonArray userArray;
        for (const QJsonObject &u : std::as_const(jsonUsers))
            userArray.append(u);
        QJsonArray orgArray;
        for (const IdMapOrg &o : std::as_const(orgs))
            orgArray.append(QJsonObject {{u"org_key"_s, o.key},
                                         {u"external_id"_s, o.externalId},
                                         {u"name"_s, o.name},
                                         {u"workos_organization_id"_s, o.organizationId},
                                         {u"resolution"_s, o.resolution}});
        QJsonArray roleArray;
        for (const Store::RoleEntry &r : store.roles(jobId))
            roleArray.append(QJsonObject {{u"slug"_s, r.slug},
                                          {u"name"_s, r.name},
                                          {u"role_id"_s, r.roleId},
                                          {u"resolution"_s, Store::roleResolutionId(r.resolution)}});
        const QJsonObject root {{u"job"_s, jobId},
                                {u"ids_recorded"_s, summary.idsRecorded},
                                {u"users"_s, userArray},
                                {u"organizations"_s, orgArray},
                                {u"roles"_s, roleArray}};
        put(file, QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)));
    }

    // The organizations table of a CSV map, committed together with the map.
    std::unique_ptr<QSaveFile> orgFile;
    if (format == IdMapFormat::Csv) {
        orgFile = std::make_unique<QSaveFile>(organizationsPath(outPath));
        if (!orgFile->open(QIODevice::WriteOnly) || !Store::restrictToOwner(*orgFile)) {
            file.cancelWriting();
            return failWith(QCoreApplication::translate("Report::IdMap", "Cannot write the ID map %1: %2").arg(orgFile->fileName(), orgFile->errorString()));
        }
        put(*orgFile, orgColumns().join(u',') + u"\r\n"_s);
        for (const IdMapOrg &o : std::as_const(orgs))
            put(*orgFile, csvLine({o.key, o.externalId, o.name, o.organizationId, o.resolution}));
    }
    if (!writeOk) {
        file.cancelWriting();
        if (orgFile)
            orgFile->cancelWriting();
        return failWith(QCoreApplication::translate("Report::IdMap", "Cannot write the ID map %1: %2").arg(outPath, file.errorString()));
    }
    if (orgFile && !orgFile->commit()) {
        file.cancelWriting();
        return failWith(QCoreApplication::translate("Report::IdMap", "Cannot write the ID map %1: %2").arg(orgFile->fileName(), orgFile->errorString()));
    }
    if (!file.commit())
        return failWith(QCoreApplication::translate("Report::IdMap", "Cannot write the ID map %1: %2").arg(outPath, file.errorString()));
    summary.files.append(outPath);
    if (orgFile)
        summary.files.append(orgFile->fileName());
    if (error)
        error->clear();
    return summary;
}

} // namespace Report
