#include "userdiff.h"

#include <QtCore/QJsonArray>

using namespace Qt::StringLiterals;

namespace Engine {

const QStringList &updatableFields()
{
    static const QStringList fields {u"first_name"_s, u"last_name"_s, u"email_verified"_s, u"metadata"_s,
                                     u"external_id"_s};
    return fields;
}

QJsonValue fieldValue(const Api::User &user, const QString &field)
{
    if (field == u"first_name"_s)
        return user.firstName;
    if (field == u"last_name"_s)
        return user.lastName;
    if (field == u"email_verified"_s)
        return user.emailVerified;
    if (field == u"metadata"_s)
        return user.metadata;
    if (field == u"external_id"_s)
        return user.externalId;
    return {};
}

QList<FieldChange> diffUser(const Model::UserRow &row, const Api::User &held)
{
    QList<FieldChange> changes;
    const auto text = [&](const QString &field, const QString &value, const QString &current) {
        if (!value.isEmpty() && value != current)
            changes.append({field, current, value});
    };
    text(u"first_name"_s, row.firstName, held.firstName);
    text(u"last_name"_s, row.lastName, held.lastName);
    if (row.emailVerified && *row.emailVerified != held.emailVerified)
        changes.append({u"email_verified"_s, held.emailVerified, *row.emailVerified});
    QJsonObject merged = held.metadata;
    for (auto it = row.metadata.constBegin(); it != row.metadata.constEnd(); ++it)
        if (!it.value().toString().isEmpty())
            merged.insert(it.key(), it.value());
    if (merged != held.metadata)
        changes.append({u"metadata"_s, held.metadata, merged});
    text(u"external_id"_s, row.externalId, held.externalId);
    return changes;
}

namespace {

QJsonObject bodyOf(const QList<FieldChange> &changes, bool after)
{
    QJsonObject body;
    for (const FieldChange &c : changes) {
        const QJsonValue v = after ? c.after : c.before;
        // A string field without a value is cleared with null (WorkOS refuses an empty external_id).
        body.insert(c.field, v.isString() && v.toString().isEmpty() ? QJsonValue(QJsonValue::Null) : v);
    }
    return body;
}

} // namespace

QJsonObject updateBody(const QList<FieldChange> &changes)
{
    return bodyOf(changes, true);
}

QJsonObject restoreBody(const QList<FieldChange> &changes)
{
    return bodyOf(changes, false);
}

QString fieldList(const QList<FieldChange> &changes)
{
    QStringList names;
    for (const FieldChange &c : changes)
        names.append(c.field);
    return names.join(u',');
}

QJsonArray changesToJson(const QList<FieldChange> &changes)
{
    QJsonArray array;
    for (const FieldChange &c : changes)
        array.append(QJsonObject {{u"field"_s, c.field}, {u"before"_s, c.before}, {u"after"_s, c.after}});
    return array;
}

QList<FieldChange> changesFromJson(const QJsonArray &array)
{
    QList<FieldChange> changes;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        const QString field = o.value(u"field"_s).toString();
        if (updatableFields().contains(field))
            changes.append({field, o.value(u"before"_s), o.value(u"after"_s)});
    }
    return changes;
}

UpdateCheck checkUpdate(const QList<FieldChange> &changes, const Api::User &held)
{
    UpdateCheck check;
    for (const FieldChange &c : changes) {
        const QJsonValue now = fieldValue(held, c.field);
        if (now == c.after)
            check.atAfter.append(c);
        else if (now == c.before)
            check.atBefore.append(c);
        else
            check.changedAgain.append(c);
    }
    return check;
}

} // namespace Engine
