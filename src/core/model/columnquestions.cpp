#include "columnquestions.h"

#include "headersynonyms.h"

using namespace Qt::StringLiterals;

namespace Model::ColumnQuestions {

namespace {

bool sameHeader(QStringView a, QStringView b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

// Headers that name data the import never takes (a phone number, an address, a date): their
// values ("Paris", "Sales") may look like names, but nobody means them as such.
bool clearlyOtherData(const QString &header)
{
    const QString h = HeaderSynonyms::normalized(header);
    static const char *const words[] = {"phone", "tel", "mobil", "handy", "fax", "city", "stadt", "ville", "ciudad",
                                        "citta", "stad", "cidade", "country", "land", "pays", "pais", "paese",
                                        "street", "strasse", "rue", "calle", "via", "straat", "rua", "zip", "postal",
                                        "plz", "postcode", "codepostal", "date", "datum", "fecha", "data", "created",
                                        "updated", "modified", "time", "zeit", "heure", "lastlogin", "language",
                                        "sprache", "langue", "idioma", "lingua", "taal", "locale", "timezone"};
    for (const char *w : words)
        if (h.contains(QLatin1StringView(w)))
            return true;
    return false;
}

} // namespace

bool worthAsking(ValueKind kind)
{
    return kind != ValueKind::Empty && kind != ValueKind::Other;
}

std::optional<Field> likelyField(ValueKind kind, const QString &header)
{
    switch (kind) {
    case ValueKind::Email: return Field::Email;
    case ValueKind::WorkOsOrganizationId: return Field::OrgId;
    case ValueKind::Role: return Field::RoleSlugs;
    case ValueKind::OrganizationName: return Field::OrgName;
    case ValueKind::Flag: return Field::EmailVerified;
    case ValueKind::Id: {
        const QString h = HeaderSynonyms::normalized(header);
        if (h.contains(u"org"_s) || h.contains(u"compan"_s) || h.contains(u"tenant"_s) || h.contains(u"firm"_s)
            || h.contains(u"societ"_s) || h.contains(u"empres"_s) || h.contains(u"account"_s))
            return Field::OrgExternalId;
        return Field::ExternalId;
    }
    case ValueKind::PersonName: {
        if (const auto m = HeaderSynonyms::match(header); m && (m->field == Field::FirstName || m->field == Field::LastName))
            return m->field;
        return std::nullopt;
    }
    case ValueKind::WorkOsUserId: // WorkOS gives new users new ids: there is no field for old ones
    case ValueKind::Empty:
    case ValueKind::Other:
        return std::nullopt;
    }
    return std::nullopt;
}

QList<ColumnQuestion> find(const QStringList &header, const QList<QStringList> &sample, const ColumnMapping &mapping,
                           const QStringList &ignored)
{
    // Which column provides each field now.
    std::array<QString, FieldCount> provider;
    for (int i = 0; i < header.size(); ++i) {
        std::optional<Field> f = mapping.fieldFor(header[i]);
        if (!f)
            f = fieldFromName(header[i]);
        if (f && provider[size_t(*f)].isEmpty())
            provider[size_t(*f)] = header[i];
    }
    if (mapping.orgNameIsExternalId() && provider[size_t(Field::OrgExternalId)].isEmpty())
        provider[size_t(Field::OrgExternalId)] = provider[size_t(Field::OrgName)];
    QList<ColumnQuestion> out;
    for (int i = 0; i < header.size(); ++i) {
        const QString &h = header[i];
        if (h.trimmed().isEmpty() || fieldFromName(h) || mapping.fieldFor(h))
            continue;
        bool skip = false;
        for (const QString &ig : ignored)
            skip = skip || sameHeader(ig, h);
        if (skip)
            continue;
        ColumnQuestion q;
        q.column = i;
        q.header = h;
        q.looksLike = ValueProfile::classify(ValueProfile::columnValues(sample, i), h);
        if (const auto m = HeaderSynonyms::match(h)) {
            q.headerField = m->field;
            q.otherHeader = provider[size_t(m->field)];
        }
        const bool valuesSay = worthAsking(q.looksLike)
            && (!clearlyOtherData(h) || q.looksLike == ValueKind::Email || q.looksLike == ValueKind::WorkOsOrganizationId
                || q.looksLike == ValueKind::WorkOsUserId);
        const bool headerSays = q.headerField.has_value() || HeaderSynonyms::looksLikeUserData(h);
        if (!valuesSay && !headerSays)
            continue;
        q.suggestion = likelyField(q.looksLike, h);
        if (!q.suggestion && q.headerField && q.looksLike != ValueKind::WorkOsUserId)
            q.suggestion = q.headerField;
        if (q.suggestion && !provider[size_t(*q.suggestion)].isEmpty())
            q.suggestion.reset(); // another column provides it: no point in suggesting it twice
        if (q.suggestion && *q.suggestion == Field::OrgExternalId && mapping.orgNameIsExternalId())
            q.suggestion.reset();
        out.append(q);
    }
    return out;
}

} // namespace Model::ColumnQuestions
