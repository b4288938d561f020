#include "verifyrows.h"

#include <QtCore/QJsonDocument>

using namespace Qt::StringLiterals;

namespace Engine::Verify {

QStringList rolesTheImportSet(const QStringList &rowSlugs, const Imported &imported)
{
    const bool truncated = imported.code == u"roles.first_only"_s
        || (imported.code.isEmpty() && imported.message.startsWith(u"Only the first role"_s));
    if (!rowSlugs.isEmpty())
        return truncated ? rowSlugs.mid(0, 1) : rowSlugs;
    if (imported.code.startsWith(u"roles.default="_s))
        return imported.code.mid(14).split(u',', Qt::SkipEmptyParts);
    return {};
}

bool isImported(Store::Outcome outcome)
{
    return outcome == Store::Outcome::Created || outcome == Store::Outcome::Existed
        || outcome == Store::Outcome::MembershipAdded || outcome == Store::Outcome::MembershipExisted;
}

bool hasMembership(Store::Outcome outcome)
{
    return outcome == Store::Outcome::MembershipAdded || outcome == Store::Outcome::MembershipExisted;
}

QString shown(const QString &value)
{
    return value.isEmpty() ? u"(empty)"_s : u"\""_s + value + u'"';
}

QString shown(const QJsonObject &object)
{
    return object.isEmpty() ? u"{}"_s : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString membershipKey(const QString &userId, const QString &organizationId)
{
    return userId + u'\n' + organizationId;
}

} // namespace Engine::Verify
