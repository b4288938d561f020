#include "validator.h"

#include <QtCore/QHashFunctions>

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
    : m_schema(std::move(schema)), m_detail(detail)
{
    m_summary.mode = m_schema.mode();
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
            m_emails.prefetch(hash64(email.toString().toLower())); // the same key checkRow() makes
            return;
        }
    }
    m_emails.prefetch(hash64(email));
}

size_t Validator::stateBytes() const
{
    return m_emails.memoryBytes() + m_externalIds.memoryBytes() + m_orgs.memoryBytes() + m_moreMemberships.memoryBytes();
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
    RowResult result = checkRow(m_schema, record, m_detail);
    if (result.disposition == Disposition::Invalid) {
        count(result);
        return result;
    }
    const UserRow &row = result.row;
    const quint32 line = clampLine(row.line);
    auto issue = [&](Severity severity, Field field, const QString &rule, const QString &message) {
        result.issues.append(Issue{row.row, row.line, row.email, severity, rule, fieldName(field), message});
    };

    const quint64 emailHash = hash64(row.emailKey);
    EmailState *seen = m_emails.find(emailHash);
    const quint32 ownerLine = seen ? seen->line : line;

    // external_id: one external id belongs to one user.
    quint64 externalIdHash = 0;
    if (!row.externalId.isEmpty()) {
        externalIdHash = hash64(row.externalId);
        if (const quint32 *owner = m_externalIds.find(externalIdHash); owner && *owner != ownerLine) {
            issue(Severity::Error, Field::ExternalId, u"external_id.duplicate"_s,
                  u"The external_id \"%1\" already belongs to another email (line %2). Each user needs their own "
                  "external_id: correct one of the two rows."_s.arg(row.externalId).arg(*owner));
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
                  multi ? u"This email already appeared on line %1 and this row names no organization, so there is nothing "
                          "new to import; the row is skipped."_s.arg(seen->line)
                        : u"This email already appeared on line %1 (letter case does not matter in emails); this row is "
                          "skipped as a duplicate."_s.arg(seen->line));
            result.disposition = Disposition::SkipDuplicate;
        }
        if (fp != seen->fingerprint)
            issue(Severity::Warning, Field::Email, u"duplicate.fields_differ"_s,
                  u"This email already appeared on line %1 with a different %2. The user is created from line %1 only; "
                  "if this row's values are the right ones, correct line %1."_s.arg(seen->line).arg(differingFields(fp, seen->fingerprint)));
    }

    quint32 orgIndex = NoOrganization;
    if (multi && hasOrg && result.disposition == Disposition::Import) {
        const quint64 orgHash = hash64(row.org.key());
        if (const quint32 *index = m_orgs.find(orgHash)) {
            orgIndex = *index;
        } else {
            orgIndex = quint32(m_orgs.size());
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
                  u"This email and organization already appeared together on an earlier row (the user's first row is "
                  "line %1); this row is skipped as a duplicate."_s.arg(ownerLine));
            result.disposition = Disposition::SkipDuplicate;
        }
    }

    if (!seen) {
        m_emails.insert(emailHash, EmailState{fp, line, orgIndex});
        if (externalIdHash)
            m_externalIds.insert(externalIdHash, line);
    }
    if (result.disposition == Disposition::Import && hasOrg)
        ++m_summary.memberships;
    count(result);
    return result;
}

void Validator::count(const RowResult &result)
{
    ++m_summary.rows;
    switch (result.disposition) {
    case Disposition::Import: ++m_summary.valid; break;
    case Disposition::SkipDuplicate: ++m_summary.duplicates; break;
    case Disposition::Invalid: ++m_summary.invalid; break;
    }
    for (const Issue &i : result.issues) {
        ++(i.severity == Severity::Error ? m_summary.errors : m_summary.warnings);
        ++m_summary.issuesByRule[i.rule];
    }
    m_summary.distinctEmails = m_emails.size();
    if (m_schema.mode() == ImportMode::MultiOrganization)
        m_summary.distinctOrganizations = m_orgs.size();
    else if (m_schema.mode() == ImportMode::SingleOrganization)
        m_summary.distinctOrganizations = m_summary.valid > 0 ? 1 : 0;
}

} // namespace Model
