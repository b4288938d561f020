#pragma once
// The value types the job store reads and writes: a job, a chunk of rows, one row's outcome,
// an organization map entry and the job's counters, with their states as enums and the stable
// text ids the store (and JSON, the CLI and reports) use for them.
//
// Plain values: copied across threads freely. None of them can hold a secret: there is no
// field for an API key, a password or a password hash (see docs/job-store.md).

#include <QtCore/QDateTime>
#include <QtCore/QJsonObject>
#include <QtCore/QString>

#include <optional>

namespace Store {

enum class JobState {
    Planned,            // created, nothing sent yet
    Prewarming,         // resolving/creating the file's organizations
    Running,
    Paused,             // stopped by the user; resumable
    Interrupted,        // the process stopped without finishing (crash, sleep, kill); resumable
    Finished,           // every row has a final outcome and none failed
    FinishedWithErrors, // every row has a final outcome, some invalid or failed
    Failed,             // the job could not go on (for example the API key was refused)
    Cancelled,          // stopped by the user for good
};

enum class ChunkState { Pending, InProgress, Done, Failed };

enum class Outcome {
    Created,           // the user was created (rows without an organization)
    Existed,           // the user already existed (rows without an organization)
    MembershipAdded,   // the row's membership was created
    MembershipExisted, // the row's membership was already there
    DuplicateSkipped,  // the same user-organization pair appeared on an earlier row
    Invalid,           // the row failed validation; nothing was sent
    Failed,            // WorkOS (or the network) refused; see code, retryable
};

// What happened to the row's user, independent of the membership step, so that the counters
// can tell "users created" from "memberships added" for rows that do both.
// Updated: the user existed and the import changed some of its fields (updateExisting).
enum class UserResult { None, Created, Existed, Updated };

enum class Stage { Validate, Org, User, Lookup, Membership };

// Stable text ids: "planned", "finished_with_errors", "in_progress", "membership_added", ...
QString jobStateId(JobState state);
std::optional<JobState> jobStateFromId(QStringView id);
bool isTerminal(JobState state);  // finished, finished_with_errors, failed, cancelled
bool isResumable(JobState state); // planned, prewarming, running, paused, interrupted

QString chunkStateId(ChunkState state);
std::optional<ChunkState> chunkStateFromId(QStringView id);

QString outcomeId(Outcome outcome);
std::optional<Outcome> outcomeFromId(QStringView id);

QString userResultId(UserResult result);
std::optional<UserResult> userResultFromId(QStringView id);

QString stageId(Stage stage);
std::optional<Stage> stageFromId(QStringView id);

struct JobCounters {
    qint64 totalRows = 0;
    qint64 valid = 0;
    qint64 invalid = 0;
    qint64 created = 0;           // users created
    qint64 existed = 0;           // users that already existed (updated ones included)
    qint64 updated = 0;           // of those, users whose fields the import updated
    qint64 membershipsAdded = 0;
    qint64 membershipExisted = 0;
    qint64 duplicatesSkipped = 0;
    qint64 failed = 0;
    qint64 retries = 0;
    qint64 rateLimited = 0;       // 429 answers received

    friend bool operator==(const JobCounters &, const JobCounters &) = default;
};

struct JobRecord {
    QString id;          // "job-20261128-073000-ab12" or the caller's --job-id
    QString name;        // a label for people; may be empty
    QString csvPath;
    qint64 csvSize = 0;
    QString csvSha256;   // lowercase hex
    QJsonObject settings; // workers, chunk size, mode, mapping, ... never a secret (see JobStore)
    QString mode;        // Model::importModeId()
    JobState state = JobState::Planned;
    JobCounters counters;
    QDateTime createdAt; // UTC; set by createJob() when invalid
    QDateTime startedAt;
    QDateTime updatedAt;
    QDateTime finishedAt;
    QString apiHost;     // host of the API base URL, never the key
    QString lastError;
    // Plan version 2 (schema 2): the file's modification time and the hash of its header
    // bytes are recorded, every chunk has the hash of its bytes, and the organizations to
    // pre-warm are stored with the job, so that a resume never reads the whole file again.
    // Jobs planned before have 1 (resume then hashes and scans the whole file as it did).
    int planVersion = 1;
    QDateTime csvModified; // UTC, ms precision
    QString headerHash;    // ChunkHash of bytes [0, first chunk's byteOffset)
};

// The plan version this code writes (JobRecord::planVersion).
constexpr int CurrentPlanVersion = 2;

struct ChunkRecord {
    QString jobId;
    int index = 0;       // 0-based, in file order
    qint64 firstRow = 0; // data-row numbers (1 = first row after the header), inclusive
    qint64 lastRow = 0;
    qint64 byteOffset = 0; // offset of firstRow's first byte (Csv::Record::offset)
    qint64 line = 0;       // physical line where firstRow starts
    qint64 rowCount = 0;
    ChunkState state = ChunkState::Pending;
    int attempts = 0;      // times the chunk was claimed
    QString workerId;
    QDateTime updatedAt;
    qint64 byteEnd = 0;    // offset just past lastRow's line break (Csv::Record::endOffset); 0: not recorded
    QString contentHash;   // ChunkHash (hex) of bytes [byteOffset, byteEnd); empty: not recorded

    friend bool operator==(const ChunkRecord &, const ChunkRecord &) = default;
};

struct RowOutcome {
    QString jobId;
    qint64 row = 0;  // data-row number; (jobId, row) is the key
    qint64 line = 0;
    QString email;   // needed for the report; never a password or a hash
    QString orgKey;  // Model::OrgRef::key(): "id:org_123", "ext:acme"; empty without organization
    Outcome outcome = Outcome::Failed;
    UserResult user = UserResult::None;
    Stage stage = Stage::Validate;
    QString code;    // "email.invalid", an API code ("invalid_role"), "network", ...; for a membership
                     // added: "roles.first_only" (Multiple Roles off, the first slug given) or
                     // "roles.default=member" (no slug in the row: the role WorkOS gave)
    int httpStatus = 0; // 0 when there was no HTTP answer
    QString message; // plain words (the API's message for API errors)
    QString requestId; // the API's X-Request-ID, for support
    bool retryable = false;
    QString userId;  // WorkOS user id when known
    int attempts = 0;
    QDateTime updatedAt;
    // Schema 3 (the ID map, docs/cutover.md): the row's own id in the source (its external_id)
    // and the id of the membership this row created or found; empty when unknown.
    QString externalId;
    QString membershipId;

    // True when the row needs no more work on resume: anything but a retryable failure.
    bool isFinal() const { return outcome != Outcome::Failed || !retryable; }

    friend bool operator==(const RowOutcome &, const RowOutcome &) = default;
};

// One organization the planner found in the file, in order of first appearance: the list a
// resume pre-warms (minus those already resolved) without reading the file again.
struct PlannedOrg {
    QString id;         // org_...; empty when named by external id
    QString externalId;
    QString name;

    friend bool operator==(const PlannedOrg &, const PlannedOrg &) = default;
};

enum class OrgResolution { Existed, Created, Failed };
QString orgResolutionId(OrgResolution resolution);
std::optional<OrgResolution> orgResolutionFromId(QStringView id);

struct OrgEntry {
    QString key;            // "id:org_123" / "ext:acme"
    QString organizationId; // empty when resolution is Failed
    QString name;
    OrgResolution resolution = OrgResolution::Existed;
    QString error;          // why it failed, plain words
    QDateTime updatedAt;

    friend bool operator==(const OrgEntry &, const OrgEntry &) = default;
};

// An environment role the person agreed to create before the import (schema 3): what was
// asked, what happened, and the role's id, so that the ID map and undo know it.
enum class RoleResolution { Planned, Created, Existed, Failed };
QString roleResolutionId(RoleResolution resolution);
std::optional<RoleResolution> roleResolutionFromId(QStringView id);

struct RoleEntry {
    QString slug;
    QString name;
    QString roleId; // empty until created (or found)
    RoleResolution resolution = RoleResolution::Planned;
    QString error;  // why it failed, plain words
    QDateTime updatedAt;

    friend bool operator==(const RoleEntry &, const RoleEntry &) = default;
};

} // namespace Store
