#include "validator.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QHashFunctions>

#include <source/detect.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Model {

namespace {

constexpr size_t HashSeed = 0x5eed'2024'cafe'f00dULL;
constexpr quint32 NoOrganization = 0xffffffffu;
constexpr int FingerprintBits = 8;
constexpr int FingerprintGroups = 4;

quint64 hash64(QStringView text, size_t seed = HashSeed)
{
    return quint64(qHash(text, seed));
}

quint64 keyHash(QStringView key)
{
    return hash64(key);
}

quint32 clampLine(qint64 line)
{
    return line > qint64(0xfffffffe) ? 0xfffffffeu : quint32(line);
}

QString differingFields(quint32 a, quint32 b)
{
    static const char16_t *const names[FingerprintGroups] = {u"first_name or last_name", u"password or password_hash",
                                                             u"external_id or email_verified", u"metadata"};
    QStringList fields;
    for (int g = 0; g < FingerprintGroups; ++g) {
        const quint32 mask = ((quint32(1) << FingerprintBits) - 1) << (g * FingerprintBits);
        if ((a & mask) != (b & mask))
            fields.append(QString::fromUtf16(names[g]));
    }
    return fields.join(u", "_s);
}

} // namespace

Validator::Validator(Schema schema, RowDetail detail)
    : m_schema(std::move(schema)), m_detail(detail), m_hash(&keyHash)
{
    m_summary.mode = m_schema.mode();
}

Validator::~Validator() = default;

void Validator::setSourceFile(const QString &path, const Source::Options &source)
{
    m_sourcePath = path;
    m_sourceOptions = source;
    // Only emails and external ids are read again: no password export to join, nothing to check.
    m_sourceOptions.auth0PasswordsPath.clear();
    m_sourceOptions.sideFilesSha256.clear();
    m_source.reset();
}

void Validator::remember(quint32 line, const UserRow &row)
{
    const qsizetype e = row.emailKey.size(), x = row.externalId.size();
    const quint64 units = quint64(e + x);
    if (units > RecentArenaUnits / 4 || e > 0xffff || x > 0xffff)
        return; // too long to keep (never for a valid row): an older hit re-reads the file
    if (m_arena.empty())
        m_arena.resize(RecentArenaUnits);
    // Each entry is contiguous: one that would wrap starts at the arena's beginning.
    quint64 start = m_arenaHead;
    if (start % RecentArenaUnits + units > RecentArenaUnits)
        start += RecentArenaUnits - start % RecentArenaUnits;
    char16_t *dst = m_arena.data() + start % RecentArenaUnits;
    std::copy_n(row.emailKey.utf16(), e, dst);
    std::copy_n(row.externalId.utf16(), x, dst + e);
    m_arenaHead = start + units;
    const RecentEntry entry{line, quint16(e), quint16(x), start};
    if (m_recent.size() < size_t(RecentUsers)) {
        m_recent.push_back(entry);
    } else {
        m_recent[m_recentNext] = entry;
        m_recentNext = (m_recentNext + 1) % m_recent.size();
    }
}

// The first row at `line`: a binary search of the recent ring (oldest at m_recentNext, lines
// ascending), else a re-read of the file from the checkpoint before it. nullptr when neither
// has it (no source file, or the file cannot be read again).
const Validator::FirstRow *Validator::firstRow(quint32 line)
{
    const size_t n = m_recent.size();
    size_t lo = 0, hi = n;
    while (lo < hi) {
        const size_t mid = (lo + hi) / 2;
        if (m_recent[(m_recentNext + mid) % n].line < line)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < n) {
        const RecentEntry &r = m_recent[(m_recentNext + lo) % n];
        // Still in the arena (not yet written over by newer keys)?
        if (r.line == line && r.start + RecentArenaUnits >= m_arenaHead) {
            const QChar *p = reinterpret_cast<const QChar *>(m_arena.data() + r.start % RecentArenaUnits);
            m_found.line = line;
            m_found.emailKey.setRawData(p, r.emailLength);
            m_found.externalId.setRawData(p + r.emailLength, r.externalIdLength);
            return &m_found;
        }
    }

    if (m_sourcePath.isEmpty())
        return nullptr;
    auto cp = std::upper_bound(m_checkpoints.begin(), m_checkpoints.end(), qint64(line),
                               [](qint64 l, const Checkpoint &c) { return l < c.line; });
    if (cp == m_checkpoints.begin())
        return nullptr;
    --cp;
    if (!m_source) {
        m_source = Source::openReader(m_sourcePath, m_sourceOptions);
        if (!m_source->open()) {
            m_sourcePath.clear(); // do not try again for every row
            m_source.reset();
            return nullptr;
        }
    }
    if (!m_source->seek(cp->offset, cp->row, cp->line))
        return nullptr;
    Csv::Record record;
    for (int i = 0; i <= CheckpointRecords && m_source->next(record); ++i) {
        if (record.line < qint64(line))
            continue;
        if (record.line > qint64(line))
            break;
        const RowResult again = checkRow(m_schema, record, RowDetail::IssuesOnly);
        ++m_rereads;
        m_reread = FirstRow{line, again.row.emailKey, again.row.externalId};
        return &m_reread;
    }
    return nullptr;
}

bool Validator::sameEmail(quint32 ownerLine, const QString &emailKey)
{
    const FirstRow *first = firstRow(ownerLine);
    return !first || first->emailKey == emailKey; // without the first row: the 64-bit hash decides
}

bool Validator::sameExternalId(quint32 ownerLine, const QString &externalId)
{
    const FirstRow *first = firstRow(ownerLine);
    return !first || first->externalId == externalId;
}

void Validator::reserve(qint64 users)
{
    m_emails.reserve(m_emails.size() + users);
    if (m_schema.has(Field::ExternalId))
        m_externalIds.reserve(m_externalIds.size() + users);
}

void Validator::prefetch(const Csv::Record &record) const
{
    const int c = m_schema.column(Field::Email);
    if (c < 0 || c >= record.fields.size())
        return;
    const QStringView email = QStringView(record.fields[c]).trimmed();
    for (const QChar ch : email) {
        const char16_t u = ch.unicode();
        if (u >= 0x80 || (u >= u'A' && u <= u'Z')) {
            m_emails.prefetch(m_hash(email.toString().toLower())); // the same key checkRow() makes
            return;
        }
    }
    m_emails.prefetch(m_hash(email));
}

size_t Validator::stateBytes() const
{
    const size_t recent = m_recent.capacity() * sizeof(RecentEntry) + m_arena.capacity() * sizeof(char16_t);
    return m_emails.memoryBytes() + m_externalIds.memoryBytes() + m_orgs.memoryBytes() + m_moreMemberships.memoryBytes()
        + recent + m_checkpoints.capacity() * sizeof(Checkpoint);
}

// A fingerprint of the user fields, from the trimmed text of the record, to tell whether a
// later row of the same email says something different. 8 bits per group: a change in one
// group goes unnoticed with a chance of 1 in 256.
quint32 Validator::fingerprint(const Csv::Record &record) const
{
    auto raw = [&](Field f) -> QStringView {
        const int c = m_schema.column(f);
        return c >= 0 && c < record.fields.size() ? QStringView(record.fields[c]).trimmed() : QStringView();
    };
    const quint64 groups[FingerprintGroups] = {
        hash64(raw(Field::FirstName), 1) ^ (hash64(raw(Field::LastName), 2) * 31),
        hash64(raw(Field::Password), 3) ^ (hash64(raw(Field::PasswordHash), 4) * 31) ^ (hash64(raw(Field::PasswordHashType), 5) * 131),
        hash64(raw(Field::ExternalId), 6) ^ (hash64(raw(Field::EmailVerified), 7) * 31),
        hash64(raw(Field::Metadata), 8),
    };
    quint32 fp = 0;
    for (int g = 0; g < FingerprintGroups; ++g)
        fp |= quint32(FlatHashTable<>::mix(groups[g]) & ((1u << FingerprintBits) - 1)) << (g * FingerprintBits);
    return fp;
}

RowResult Validator::validate(const Csv::Record &record)
{
    return validateRow(record, nullptr);
}

RowResult Validator::validate(const Csv::Record &record, const RowNotes &notes)
{
    return validateRow(record, &notes);
}

PasswordFate Validator::fateFromRow(const Csv::Record &record) const
{
    auto value = [&](Field field) -> QStringView {
        const int c = m_schema.column(field);
        return c >= 0 && c < record.fields.size() ? QStringView(record.fields[c]) : QStringView();
    };
    if (!value(Field::PasswordHash).trimmed().isEmpty()) {
        const QString type = value(Field::PasswordHashType).trimmed().toString().toLower();
        const QString shaped = type.isEmpty() ? passwordHashTypeFromShape(value(Field::PasswordHash).trimmed()) : type;
        return PasswordFate::kept(shaped.isEmpty() ? u"unknown"_s : shaped);
    }
    if (!value(Field::Password).isEmpty())
        return PasswordFate::kept(u"password"_s);
    return PasswordFate::resetNeeded(QCoreApplication::translate("Model::Validator", "the row has no password or hash"));
}

RowResult Validator::validateRow(const Csv::Record &record, const RowNotes *notes)
{
    m_fate = notes && notes->fate.kind != PasswordFate::Kind::FromRow ? notes->fate : fateFromRow(record);
    if (m_records++ % CheckpointRecords == 0 && (m_checkpoints.empty() || m_checkpoints.back().line < record.line))
        m_checkpoints.push_back(Checkpoint{record.offset, record.row, record.line});
    if (notes) {
        // A record its source could not read at all (a malformed line of an NDJSON export):
        // that is the row's one error; its empty fields are not checked.
        for (const Issue &w : notes->warnings) {
            if (w.severity != Severity::Error || !w.field.isEmpty())
                continue;
            RowResult unreadable;
            unreadable.row.row = record.row;
            unreadable.row.line = record.line;
            unreadable.row.offset = record.offset;
            unreadable.row.endOffset = record.endOffset;
            unreadable.disposition = Disposition::Invalid;
            Issue i = w;
            i.row = record.row;
            i.line = record.line;
            unreadable.issues.append(i);
            count(unreadable);
            return unreadable;
        }
    }
    RowResult result = checkRow(m_schema, record, m_detail);
    if (notes) {
        for (Issue w : notes->warnings) {
            w.row = record.row;
            w.line = record.line;
            w.email = result.row.email;
            if (w.severity == Severity::Error)
                result.disposition = Disposition::Invalid; // the source's verdict (a hash that cannot be converted)
            result.issues.append(std::move(w));
        }
    }
    if (result.disposition == Disposition::Invalid) {
        count(result);
        return result;
    }
    const UserRow &row = result.row;
    const quint32 line = clampLine(row.line);
    auto issue = [&](Severity severity, Field field, const QString &rule, const QString &message) {
        result.issues.append(Issue{row.row, row.line, row.email, severity, rule, fieldName(field), message});
    };

    // A hit is only a candidate: confirmed on the exact key, else the exact side table decides.
    const quint64 emailHash = m_hash(row.emailKey);
    EmailState *seen = m_emails.find(emailHash);
    const bool emailCollided = seen && !sameEmail(seen->line, row.emailKey);
    if (emailCollided) {
        const auto it = m_collidedEmails.find(row.emailKey);
        seen = it == m_collidedEmails.end() ? nullptr : &*it;
    }
    const quint32 ownerLine = seen ? seen->line : line;

    // external_id: one external id belongs to one user.
    quint64 externalIdHash = 0;
    bool externalIdCollided = false;
    if (!row.externalId.isEmpty()) {
        externalIdHash = m_hash(row.externalId);
        const quint32 *owner = m_externalIds.find(externalIdHash);
        if (owner && *owner != ownerLine && !sameExternalId(*owner, row.externalId)) {
            externalIdCollided = true;
            const auto it = m_collidedExternalIds.constFind(row.externalId);
            owner = it == m_collidedExternalIds.cend() ? nullptr : &*it;
        }
        if (owner && *owner != ownerLine) {
            issue(Severity::Error, Field::ExternalId, u"external_id.duplicate"_s,
                  QCoreApplication::translate("Model::Validator", "The external_id \"%1\" already belongs to another email (line %2). Each user needs their own "
                  "external_id: correct one of the two rows.").arg(row.externalId).arg(*owner));
            result.disposition = Disposition::Invalid;
            count(result);
            return result;
        }
    }

    const quint32 fp = fingerprint(record);
    const bool multi = m_schema.mode() == ImportMode::MultiOrganization;
    const bool hasOrg = !row.org.isEmpty();

    if (seen) {
        if (!multi || !hasOrg) {
            issue(Severity::Warning, Field::Email, u"duplicate.email"_s,
                  multi ? QCoreApplication::translate("Model::Validator", "This email already appeared on line %1 and this row names no organization, so there is nothing "
                          "new to import; the row is skipped.").arg(seen->line)
                        : QCoreApplication::translate("Model::Validator", "This email already appeared on line %1 (letter case does not matter in emails); this row is "
                          "skipped as a duplicate.").arg(seen->line));
            result.disposition = Disposition::SkipDuplicate;
        }
        if (fp != seen->fingerprint)
            issue(Severity::Warning, Field::Email, u"duplicate.fields_differ"_s,
                  QCoreApplication::translate("Model::Validator", "This email already appeared on line %1 with a different %2. The user is created from line %1 only; "
                  "if this row's values are the right ones, correct line %1.").arg(seen->line).arg(differingFields(fp, seen->fingerprint)));
    }

    quint32 orgIndex = NoOrganization;
    if (multi && hasOrg && result.disposition == Disposition::Import) {
        const QString orgKey = row.org.key();
        const quint64 orgHash = m_hash(orgKey);
        const quint32 *index = m_orgs.find(orgHash);
        const bool orgCollided = index && m_orgKeys[*index] != orgKey;
        if (orgCollided) {
            const auto it = m_collidedOrgs.constFind(orgKey);
            index = it == m_collidedOrgs.cend() ? nullptr : &*it;
        }
        if (index) {
            orgIndex = *index;
        } else {
            orgIndex = quint32(m_orgKeys.size());
            m_orgKeys.append(orgKey);
            if (orgCollided)
                m_collidedOrgs.insert(orgKey, orgIndex);
            else
                m_orgs.insert(orgHash, orgIndex);
        }
        bool repeated = false;
        if (seen) {
            if (seen->firstOrg == NoOrganization)
                seen->firstOrg = orgIndex;
            else if (seen->firstOrg == orgIndex)
                repeated = true;
            else
                repeated = !m_moreMemberships.insert((quint64(ownerLine) << 32) | orgIndex);
        }
        if (repeated) {
            issue(Severity::Warning, row.org.id.isEmpty() ? Field::OrgExternalId : Field::OrgId, u"duplicate.membership"_s,
                  QCoreApplication::translate("Model::Validator", "This email and organization already appeared together on an earlier row (the user's first row is "
                  "line %1); this row is skipped as a duplicate.").arg(ownerLine));
            result.disposition = Disposition::SkipDuplicate;
        }
    }

    if (!seen) {
        if (emailCollided)
            m_collidedEmails.insert(row.emailKey, EmailState{fp, line, orgIndex});
        else
            m_emails.insert(emailHash, EmailState{fp, line, orgIndex});
        if (!row.externalId.isEmpty()) { // not `externalIdHash != 0`: 0 is a hash like any other
            if (externalIdCollided)
                m_collidedExternalIds.insert(row.externalId, line);
            else
                m_externalIds.insert(externalIdHash, line);
        }
        remember(line, row);
    }
    if (result.disposition == Disposition::Import && hasOrg)
        ++m_summary.memberships;
    count(result);
    return result;
}

void Validator::count(const RowResult &result)
{
    ++m_summary.rows;
    m_summary.passwordFates.add(m_fate);
    switch (result.disposition) {
    case Disposition::Import: ++m_summary.valid; break;
    case Disposition::SkipDuplicate: ++m_summary.duplicates; break;
    case Disposition::Invalid: ++m_summary.invalid; break;
    }
    for (const Issue &i : result.issues) {
        ++(i.severity == Severity::Error ? m_summary.errors : m_summary.warnings);
        ++m_summary.issuesByRule[i.rule];
    }
    m_summary.distinctEmails = m_emails.size() + m_collidedEmails.size();
    if (m_schema.mode() == ImportMode::MultiOrganization)
        m_summary.distinctOrganizations = m_orgKeys.size();
    else if (m_schema.mode() == ImportMode::SingleOrganization)
        m_summary.distinctOrganizations = m_summary.valid > 0 ? 1 : 0;
}

} // namespace Model
