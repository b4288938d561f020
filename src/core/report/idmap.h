#pragma once
// IdMap: the ID map an application needs at cutover (docs/cutover.md): for every imported row
// the row's own id in the source (its external_id), the email, the WorkOS user id, and for a
// row with an organization that organization's external id, its WorkOS id and the membership's
// id; plus a second table of the job's organizations (external id or name -> WorkOS id, created
// or found). Everything comes from the job store: building a map sends no request to WorkOS.
//
// Formats, by the output's extension:
//   .csv   two files: FILE holds one line per imported row (a user in two organizations has two
//          lines, a user without organization one line with empty organization columns),
//          columns source_id,email,workos_user_id,user,org_external_id,workos_organization_id,
//          membership_id,note,row; FILE's name with ".organizations.csv" holds the
//          organizations (org_key,external_id,name,workos_organization_id,resolution). RFC 4180,
//          UTF-8, CRLF. Values are written as they are (no spreadsheet formula guard): they are
//          ids an application matches on, and a changed id would not match.
//   .json  one object: {"job", "ids_recorded", "users": [{source_id, email, workos_user_id,
//          user, memberships: [{org_external_id, workos_organization_id, membership_id, note,
//          row}]}], "organizations": [...], "roles": [...]}; users grouped by WorkOS user id.
// Files go through QSaveFile: they appear complete or not at all.
//
// Unknown ids: jobs from a store older than schema 3 did not record external ids and
// membership ids (`idsRecorded` false); a membership that already existed before the job was
// proved by its error code without reading its id. The map leaves the id empty and says why
// in `note` instead of guessing.
//
// Plain functions, used in the thread that owns the JobStore they read.

#include "store/jobrecords.h"

#include <QtCore/QList>
#include <QtCore/QString>

#include <functional>
#include <optional>

namespace Store {
class JobStore;
}

namespace Report {

enum class IdMapFormat { Csv, Json };

struct IdMapLine {
    qint64 row = 0;
    QString sourceId;       // the row's external_id; empty when it had none (or was not recorded)
    QString email;
    QString userId;         // WorkOS user id
    QString user;           // "created" or "existed"
    QString orgKey;         // "ext:acme", "id:org_..."; empty without organization
    QString orgExternalId;
    QString organizationId; // WorkOS organization id
    QString membershipId;
    QString note;           // why an id is missing; empty when nothing is

    friend bool operator==(const IdMapLine &, const IdMapLine &) = default;
};

struct IdMapOrg {
    QString key;
    QString externalId;
    QString name;
    QString organizationId;
    QString resolution; // "created" or "existed"

    friend bool operator==(const IdMapOrg &, const IdMapOrg &) = default;
};

struct IdMapSummary {
    qint64 lines = 0;
    qint64 users = 0;       // distinct WorkOS user ids
    qint64 memberships = 0;
    qint64 membershipsWithoutId = 0;
    qint64 organizations = 0;
    bool idsRecorded = true;
    QStringList files;      // what was written
};

class IdMap
{
public:
    // .csv or .json (case-insensitive); nullopt for anything else.
    static std::optional<IdMapFormat> formatForPath(const QString &path);
    // The organizations table that goes with a CSV map: "map.csv" -> "map.organizations.csv".
    static QString organizationsPath(const QString &csvPath);

    // Plain words when `outPath` must not be written: it (or the organizations file next to
    // it) is the job's input file, the job store or one of its -wal/-shm files, or its
    // extension is not .csv or .json. Empty when the path is fine.
    static QString pathProblem(const Store::JobRecord &job, const QString &storePath, const QString &outPath);

    // Feeds every line of the map (rows in file order) to `sink` and fills `orgs`. Reads the
    // store only. false with `*error` on a store error or when the job is not there.
    static bool collect(const Store::JobStore &store, const QString &jobId,
                        const std::function<void(const IdMapLine &)> &sink, QList<IdMapOrg> *orgs,
                        bool *idsRecorded, QString *error);

    // Writes the map of `jobId` to `outPath` (after pathProblem()). nullopt with `*error` when
    // nothing was written.
    static std::optional<IdMapSummary> write(const Store::JobStore &store, const QString &jobId,
                                             const QString &outPath, QString *error);
};

} // namespace Report
