#include "importmode.h"

using namespace Qt::StringLiterals;

namespace Model {

QString importModeId(ImportMode mode)
{
    switch (mode) {
    case ImportMode::UserOnly: return u"user-only"_s;
    case ImportMode::MultiOrganization: return u"multi-organization"_s;
    case ImportMode::SingleOrganization: return u"single-organization"_s;
    }
    return u"user-only"_s;
}

std::optional<ImportMode> importModeFromId(QStringView id)
{
    for (ImportMode m : {ImportMode::UserOnly, ImportMode::MultiOrganization, ImportMode::SingleOrganization}) {
        if (id.compare(importModeId(m), Qt::CaseInsensitive) == 0)
            return m;
    }
    return std::nullopt;
}

QString importModeDescription(ImportMode mode)
{
    switch (mode) {
    case ImportMode::UserOnly: return u"users only (no organizations)"_s;
    case ImportMode::MultiOrganization: return u"users with organization memberships (one row per user and organization)"_s;
    case ImportMode::SingleOrganization: return u"all users join one organization"_s;
    }
    return {};
}

} // namespace Model
