#include "filemapping.h"

#include "csv/csvreader.h"
#include "schema.h"

using namespace Qt::StringLiterals;

namespace Model {

std::optional<FileMapping> FileMapping::make(const QStringList &header, const QList<QStringList> &sample,
                                             QStringView overrides, QString *error)
{
    const std::optional<ColumnMapping> mine = ColumnMapping::parse(overrides, error);
    if (!mine)
        return std::nullopt;
    FileMapping m;
    m.header = header;
    m.sample = sample;
    m.suggested = ColumnMapping::suggested(header, sample);
    // The wizard's recommended choice, made here too: organizations named only by name (in a
    // column with an everyday header, not the template's org_name) use the name as their id.
    const QString orgHeader = m.suggested.headerFor(Field::OrgName);
    if (!orgHeader.isEmpty()) {
        const Schema schema = Schema::fromHeader(header, m.suggested);
        if (!schema.has(Field::OrgExternalId) && !schema.has(Field::OrgId))
            m.suggested.setOrgNameIsExternalId(true);
    }
    m.mapping = m.suggested.overriddenBy(*mine);
    // An override of the organization's columns decides for itself.
    if (mine->headerFor(Field::OrgName).size() || mine->headerFor(Field::OrgExternalId).size()
        || mine->headerFor(Field::OrgId).size() || mine->isIgnored(orgHeader))
        m.mapping.setOrgNameIsExternalId(mine->orgNameIsExternalId());
    m.questions = ColumnQuestions::find(header, sample, m.mapping, m.mapping.ignoredHeaders());
    return m;
}

std::optional<FileMapping> FileMapping::forCsv(const QString &path, QStringView overrides, QString *error)
{
    Csv::CsvReader reader(path);
    if (!reader.open()) {
        if (error)
            *error = reader.errorMessage();
        return std::nullopt;
    }
    QList<QStringList> sample;
    Csv::Record record;
    while (sample.size() < SampleRows && reader.next(record))
        sample.append(record.fields);
    return make(reader.header(), sample, overrides, error);
}

QStringList FileMapping::describe() const
{
    QStringList lines;
    for (const QString &h : header) {
        QString what;
        if (const auto canonical = fieldFromName(h))
            what = fieldName(*canonical);
        else if (const auto f = mapping.fieldFor(h))
            what = fieldName(*f) + (suggested.fieldFor(h) == f ? u" (recognised)"_s : u" (--map)"_s);
        else if (mapping.isIgnored(h))
            what = u"not imported (--map)"_s;
        else
            what = u"not imported"_s;
        if (h == mapping.headerFor(Field::OrgName) && mapping.orgNameIsExternalId())
            what += u", also the organization's external id"_s;
        lines.append(u"  %1 -> %2"_s.arg(h, what));
    }
    for (const ColumnQuestion &q : questions) {
        QString line = u"  ? \"%1\" %2 and is not imported"_s.arg(q.header, ValueProfile::describe(q.looksLike));
        if (q.headerField && !q.otherHeader.isEmpty())
            line += u" (its name means %1, which \"%2\" provides)"_s.arg(fieldName(*q.headerField), q.otherHeader);
        line += u": import it with --map \"%1=%2\", or leave it out with --map \"%1=ignore\"."_s.arg(
            q.header, q.suggestion ? fieldName(*q.suggestion) : u"FIELD"_s);
        lines.append(line);
    }
    return lines;
}

} // namespace Model
