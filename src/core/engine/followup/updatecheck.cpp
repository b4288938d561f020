#include "updatecheck.h"

#include "store/userupdatestore.h"

#include <QtCore/QJsonDocument>

using namespace Qt::StringLiterals;

namespace Engine {

namespace {

QString shown(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool() ? u"true"_s : u"false"_s;
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    return v.toString().isEmpty() ? u"(none)"_s : u'"' + v.toString() + u'"';
}

} // namespace

QHash<QString, QList<FieldChange>> recordedUpdates(const QString &storePath, const QString &jobId)
{
    QHash<QString, QList<FieldChange>> out;
    Store::UserUpdateStore store(storePath);
    if (!store.open())
        return out;
    for (const Store::UserUpdate &u : store.all(jobId))
        if (u.state == Store::UpdateState::Done)
            out.insert(u.userId, changesFromJson(u.changes));
    return out;
}

QStringList updateMismatches(const QList<FieldChange> &changes, const Api::User &held)
{
    QStringList lines;
    for (const FieldChange &c : changes) {
        const QJsonValue now = fieldValue(held, c.field);
        if (now != c.after)
            lines.append(u"%1: the import set %2, WorkOS holds %3"_s.arg(c.field, shown(c.after), shown(now)));
    }
    return lines;
}

} // namespace Engine
