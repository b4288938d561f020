#pragma once
// JobSettings: everything that describes an import except the API key: the file, the column
// mapping, the organization to use for a file without organization columns, the worker
// pool's shape and the rate budget. Stored with the job (toJson) so that resume knows them;
// the key is held by the caller and never becomes part of the settings. A value type.

#include "api/ratelimiter.h"
#include "model/columnmapping.h"
#include "model/orgref.h"
#include "source/sourceoptions.h"

#include <QtCore/QJsonObject>
#include <QtCore/QString>
#include <QtCore/QUrl>

namespace Engine {

// An environment role the person agreed to create before the import (docs/cutover.md).
struct RoleToCreate {
    QString slug;
    QString name;
    friend bool operator==(const RoleToCreate &, const RoleToCreate &) = default;
};

struct JobSettings {
    QString csvPath;
    QString jobId; // empty: the store makes one
    QString name;  // a label for people; empty: the file's name

    int workers = 1;      // 1-16 threads, each with its own connection
    int chunkSize = 1000; // rows per chunk (the unit of work a worker claims)
    int concurrency = 10; // rows in flight per worker

    Model::ColumnMapping mapping;
    // Which export the file is (Auth0, Firebase, ..., or our CSV) and what reading it needs;
    // the planner stores the kind it detected, so that resume reads the file the same way.
    Source::Options source;
    // A file without organization columns: every row joins this organization (by id, or by
    // external id; created from externalId + name when createOrgIfMissing).
    Model::OrgRef singleOrg;
    bool createOrgIfMissing = false;

    QUrl apiUrl = QUrl(QStringLiteral("https://api.workos.com"));
    Api::RateLimits rateLimits;
    // The decision about organizations that cannot be resolved (no such id, no such external
    // id and no name to create it with, ...), made once when the job starts and honoured by
    // every resume and retry. false: the import does not start while any organization is
    // unresolved. true: the rows of those organizations fail with their own reason
    // ("organization_unresolved") and everything else is imported.
    // (Jobs of earlier versions stored "max_org_failure_share" instead; it is read as false.)
    bool skipUnresolvedOrgs = false;
    // Where the job writes, for people: "production" (an sk_live_ key), "staging" (sk_test_ or
    // another key) or "rehearsal" (the local sandbox). Never the key or any part of it.
    QString environment;
    // A rehearsal's local sandbox keeps its data in this journal file (workos-sandbox
    // --journal), so that resume, verify and undo meet the users the rehearsal created, with
    // the same ids, after the program was closed or killed. Empty for WorkOS environments.
    QString rehearsalJournal;
    // Roles the environment lacks that the person agreed to create (the Organizations & roles
    // page's "Create these roles", --create-missing-roles): created before pre-warming, recorded
    // in the job store (Store::RoleEntry). Empty: no role is ever created.
    QList<RoleToCreate> rolesToCreate;
    // The cutover (docs/cutover.md). updateExisting: a row whose user WorkOS already has
    // updates that user's first_name, last_name, email_verified, metadata and external_id
    // where they differ (PUT with only those fields; the previous values are recorded for
    // undo). replaceExistingPasswords: also give those users the file's password or hash
    // (a separate choice: it cannot be undone). catchUpOf: the earlier job this import
    // catches up with (a newer export of the same source); implies updateExisting.
    bool updateExisting = false;
    bool replaceExistingPasswords = false;
    QString catchUpOf;

    static constexpr int MaxWorkers = 16;
    static constexpr int MaxConcurrency = 64;

    // Plain words about the first setting that is out of range; empty when all are fine.
    QString problem() const;

    QJsonObject toJson() const;
    static JobSettings fromJson(const QJsonObject &json);
};

} // namespace Engine
