#pragma once
// Validator: runs every rule of the CSV contract over a file's rows, one row at a time, in
// file order, and decides for each row whether it is imported, skipped as a duplicate or
// invalid (docs/csv-format.md).
//
// Streaming with compact state: per distinct email it keeps a 64-bit hash of the lower-case
// email, a 32-bit fingerprint of the user fields, the line of its first row and its first
// organization (20 bytes); per external_id 12 bytes; per further membership of a user 8 bytes;
// never a string per row (FlatHashTable). About 30 MB for a million distinct users with
// external ids. Emails are told apart by a 64-bit hash: two different emails are taken for
// the same one with a chance of about 1 in 10^7 in a file of a million users.
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
#include "rowrules.h"
#include "schema.h"
#include "validationsummary.h"

namespace Model {

class Validator
{
public:
    // `detail` says how much of each RowResult::row is filled in (rowrules.h); the issues and
    // dispositions are the same either way.
    explicit Validator(Schema schema, RowDetail detail = RowDetail::Full);

    // Validates the next record of the file (records must come in file order).
    RowResult validate(const Csv::Record &record);

    // Sizes the state for about `users` more distinct users at once, so that it does not grow
    // (and briefly hold two copies) while the file is read. Optional; a hint from the file size.
    void reserve(qint64 users);

    // Starts loading the state a later validate(record) will look at (a few rows ahead), so
    // that its memory latency overlaps the work on the rows before. Optional; no effect on results.
    void prefetch(const Csv::Record &record) const;

    const ValidationSummary &summary() const { return m_summary; }
    const Schema &schema() const { return m_schema; }
    // Bytes held by the cross-row state (for benchmarks).
    size_t stateBytes() const;

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

    Schema m_schema;
    RowDetail m_detail;
    ValidationSummary m_summary;
    FlatHashTable<EmailState> m_emails;   // email hash -> first row
    FlatHashTable<quint32> m_externalIds; // external_id hash -> line of the owning email's first row
    FlatHashTable<quint32> m_orgs;        // organization key hash -> index
    FlatHashTable<> m_moreMemberships;    // (email's first line << 32 | organization index), beyond firstOrg
};

} // namespace Model
