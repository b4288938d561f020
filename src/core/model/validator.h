#pragma once
// Validator: runs every rule of the CSV contract over a file's rows, one row at a time, in
// file order, and decides for each row whether it is imported, skipped as a duplicate or
// invalid (docs/csv-format.md).
//
// Streaming with compact state: per distinct email it keeps a 64-bit hash of the lower-case
// email, a 32-bit fingerprint of the user fields, the line of its first row and its first
// organization (20 bytes); per external_id 12 bytes; per further membership of a user 8 bytes;
// never a string per row (FlatHashTable). About 30 MB for a million distinct users with
// external ids.
//
// Identity is exact, not by hash: the tables find candidates by a 64-bit hash, and every hit
// is confirmed against the exact key before a row is called a repeat (a collision would
// otherwise skip a valid user as a duplicate). The exact emails and external ids of the most
// recent RecentUsers distinct users are kept (exports are grouped: a repeat is nearly always
// of a recent user); an older one is re-read from the file (setSourceFile(): a second reader,
// from the nearest of the checkpoints kept every CheckpointRecords records). Keys that really
// collide live in small exact side tables. Organizations keep their exact keys (they are few).
// Without a source file, an older hit that is not in the recent set is taken on its 64-bit
// hash alone (a chance of about 1 in 10^7 of a wrong call in a file of a million users).
//
// Duplicates: the same email again (any letter case) is skipped as a duplicate in user-only
// and single-organization files; in multi-organization files a repeat adds a membership, and
// only the same email AND organization again is a duplicate. An external_id already used by
// another email is an error on the later row. Invalid rows leave no state behind.
//
// The per-row rules are Model::checkRow() (rowrules.h), which needs no state: the engine uses
// it to rebuild the UserRows of a chunk it re-reads with CsvReader::seek().
//
// Owned by whoever reads the file; not thread-safe, one Validator per pass.

#include "flathashtable.h"

#include <source/reader.h>
#include "passwordfate.h"
#include "rowrules.h"
#include "schema.h"
#include "validationsummary.h"

#include <QtCore/QHash>

#include <memory>
#include <vector>

namespace Model {

class Validator
{
public:
    // `detail` says how much of each RowResult::row is filled in (rowrules.h); the issues and
    // dispositions are the same either way.
    explicit Validator(Schema schema, RowDetail detail = RowDetail::Full);
    ~Validator();

    // Validates the next record of the file (records must come in file order).
    RowResult validate(const Csv::Record &record);
    // The same for a record a source reader made (src/core/source): its password fate is
    // counted as the source decided it and its warnings join the row's issues.
    RowResult validate(const Csv::Record &record, const RowNotes &notes);

    // Sizes the state for about `users` more distinct users at once, so that it does not grow
    // (and briefly hold two copies) while the file is read. Optional; a hint from the file size.
    void reserve(qint64 users);

    // Starts loading the state a later validate(record) will look at (a few rows ahead), so
    // that its memory latency overlaps the work on the rows before. Optional; no effect on results.
    void prefetch(const Csv::Record &record) const;

    // The file the records come from and how it is read (our CSV, or a provider's export), so
    // that an older first row can be re-read to confirm a hash hit exactly (see above).
    // Optional; FileScan and the planner set it.
    void setSourceFile(const QString &path, const Source::Options &source = {});

    // The 64-bit hash that finds candidates; tests inject a deliberately colliding one. The
    // results never depend on it (hits are confirmed exactly), only the speed.
    using KeyHash = quint64 (*)(QStringView key);
    void setKeyHash(KeyHash hash) { m_hash = hash; }

    static constexpr int RecentUsers = 16384;
    static constexpr int CheckpointRecords = 64;

    const ValidationSummary &summary() const { return m_summary; }
    const Schema &schema() const { return m_schema; }
    // Bytes held by the cross-row state (for benchmarks).
    size_t stateBytes() const;
    // First rows read again from the file to confirm a hit (for tests and benchmarks).
    qint64 rereads() const { return m_rereads; }

private:
#pragma pack(push, 4)
    struct EmailState {
        quint32 fingerprint; // 4 groups of 8 bits: names, password, external_id + email_verified, metadata
        quint32 line;        // line of the email's first valid row; identifies the email
        quint32 firstOrg;    // index of its first organization, or NoOrganization
    };
#pragma pack(pop)

    quint32 fingerprint(const Csv::Record &record) const;
    void count(const RowResult &result);
    RowResult validateRow(const Csv::Record &record, const RowNotes *notes);
    PasswordFate fateFromRow(const Csv::Record &record) const;

    // The exact keys of the first row at `line`, from the recent set or the file.
    struct FirstRow {
        quint32 line = 0;
        QString emailKey;
        QString externalId;
    };
    const FirstRow *firstRow(quint32 line);
    bool sameEmail(quint32 ownerLine, const QString &emailKey);
    bool sameExternalId(quint32 ownerLine, const QString &externalId);
    void remember(quint32 line, const UserRow &row);

    struct Checkpoint {
        qint64 offset, row, line;
    };

    Schema m_schema;
    RowDetail m_detail;
    ValidationSummary m_summary;
    FlatHashTable<EmailState> m_emails;   // email hash -> first row
    FlatHashTable<quint32> m_externalIds; // external_id hash -> line of the owning email's first row
    FlatHashTable<quint32> m_orgs;        // organization key hash -> index
    FlatHashTable<> m_moreMemberships;    // (email's first line << 32 | organization index), beyond firstOrg

    KeyHash m_hash;
    // Exact side tables for keys whose hash is taken by another key (rare; empty in practice).
    QHash<QString, EmailState> m_collidedEmails;
    QHash<QString, quint32> m_collidedExternalIds;
    QHash<QString, quint32> m_collidedOrgs;
    QList<QString> m_orgKeys; // organization index -> exact key

    // The recent set: a ring of the last RecentUsers first rows (lines ascending) whose exact
    // keys are copied into one circular arena of RecentArenaUnits UTF-16 units. Copied, not
    // shared: holding on to thousands of QStrings scattered over the heap slowed the whole scan.
    struct RecentEntry {
        quint32 line;
        quint16 emailLength, externalIdLength;
        quint64 start; // position in the arena counted from its beginning (not modulo its size)
    };
    static constexpr size_t RecentArenaUnits = size_t(RecentUsers) * 48;
    std::vector<RecentEntry> m_recent;
    size_t m_recentNext = 0;
    std::vector<char16_t> m_arena;
    quint64 m_arenaHead = 0;
    FirstRow m_found;
    std::vector<Checkpoint> m_checkpoints; // every CheckpointRecords-th record
    qint64 m_records = 0;
    QString m_sourcePath;
    Source::Options m_sourceOptions;
    std::unique_ptr<Source::Reader> m_source;
    FirstRow m_reread;
    qint64 m_rereads = 0;
    PasswordFate m_fate; // of the row being validated
};

} // namespace Model
