#include "passwordfate.h"

#include <QtCore/QCoreApplication>

using namespace Qt::StringLiterals;

namespace Model {

QString PasswordFate::kindId() const
{
    switch (kind) {
    case Kind::FromRow: return u"from_row"_s;
    case Kind::Kept: return u"kept"_s;
    case Kind::Converted: return u"converted"_s;
    case Kind::ResetNeeded: return u"reset_needed"_s;
    }
    return {};
}

QString PasswordFate::text() const
{
    switch (kind) {
    case Kind::FromRow: return {};
    case Kind::Kept:
        return QCoreApplication::translate("Model::PasswordFate", "kept as-is (%1)").arg(type);
    case Kind::Converted:
        return QCoreApplication::translate("Model::PasswordFate", "converted to %1").arg(type);
    case Kind::ResetNeeded:
        return QCoreApplication::translate("Model::PasswordFate", "no password: reset needed (%1)").arg(reason);
    }
    return {};
}

void PasswordFateCounts::add(const PasswordFate &fate)
{
    switch (fate.kind) {
    case PasswordFate::Kind::FromRow: break;
    case PasswordFate::Kind::Kept:
        ++kept;
        ++keptByType[fate.type];
        break;
    case PasswordFate::Kind::Converted:
        ++converted;
        ++convertedTo[fate.type];
        break;
    case PasswordFate::Kind::ResetNeeded:
        ++resetNeeded;
        ++resetByReason[fate.reason];
        break;
    }
}

namespace {
QJsonObject mapJson(const QMap<QString, qint64> &map)
{
    QJsonObject o;
    for (auto it = map.constBegin(); it != map.constEnd(); ++it)
        o.insert(it.key(), it.value());
    return o;
}
}

QJsonObject PasswordFateCounts::toJson() const
{
    return QJsonObject{
        {u"kept"_s, kept},
        {u"converted"_s, converted},
        {u"reset_needed"_s, resetNeeded},
        {u"kept_by_type"_s, mapJson(keptByType)},
        {u"converted_to"_s, mapJson(convertedTo)},
        {u"reset_reasons"_s, mapJson(resetByReason)},
    };
}

QString PasswordFateCounts::text() const
{
    const int keptCount = int(std::min<qint64>(kept, INT_MAX));
    const int convertedCount = int(std::min<qint64>(converted, INT_MAX));
    const int resetCount = int(std::min<qint64>(resetNeeded, INT_MAX));
    QStringList parts;
    parts.append(QCoreApplication::translate("Model::PasswordFate", "%n kept as-is", nullptr, keptCount));
    QString conv = QCoreApplication::translate("Model::PasswordFate", "%n converted", nullptr, convertedCount);
    if (!convertedTo.isEmpty())
        conv += u" ("_s + convertedTo.keys().join(u", "_s) + u')';
    parts.append(conv);
    parts.append(QCoreApplication::translate("Model::PasswordFate", "%n reset needed", nullptr, resetCount));
    return parts.join(u", "_s);
}

} // namespace Model
