#include "validationsummary.h"

using namespace Qt::StringLiterals;

namespace Model {

QJsonObject ValidationSummary::toJson() const
{
    QJsonObject byRule;
    for (auto it = issuesByRule.constBegin(); it != issuesByRule.constEnd(); ++it)
        byRule.insert(it.key(), it.value());
    return QJsonObject{
        {u"mode"_s, importModeId(mode)},
        {u"rows"_s, rows},
        {u"valid"_s, valid},
        {u"invalid"_s, invalid},
        {u"duplicates"_s, duplicates},
        {u"errors"_s, errors},
        {u"warnings"_s, warnings},
        {u"distinct_emails"_s, distinctEmails},
        {u"memberships"_s, memberships},
        {u"distinct_organizations"_s, distinctOrganizations},
        {u"issues_by_rule"_s, byRule},
        {u"password_fates"_s, passwordFates.toJson()},
    };
}

} // namespace Model
