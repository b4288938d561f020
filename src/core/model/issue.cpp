#include "issue.h"

using namespace Qt::StringLiterals;

namespace Model {

QString severityId(Severity severity)
{
    return severity == Severity::Warning ? u"warning"_s : u"error"_s;
}

std::optional<Severity> severityFromId(QStringView id)
{
    if (id.compare(u"warning"_s, Qt::CaseInsensitive) == 0)
        return Severity::Warning;
    if (id.compare(u"error"_s, Qt::CaseInsensitive) == 0)
        return Severity::Error;
    return std::nullopt;
}

} // namespace Model
