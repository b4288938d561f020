#pragma once
// UserDiff: what updating a user that already exists in WorkOS changes (docs/cutover.md,
// "Update users that already exist"). The fields an update may send are first_name,
// last_name, email_verified, metadata and external_id; the email is the user's identity and
// never changes. A row's value differs when the row has one and WorkOS holds another:
//   - an empty cell (first_name, last_name, external_id) or a missing email_verified changes
//     nothing: an export that lacks a value must not wipe the one WorkOS holds;
//   - metadata is merged: the row's keys (with a non-empty value) are set on top of WorkOS's
//     metadata, keys WorkOS has that the row lacks are kept. The whole merged object is sent
//     (WorkOS replaces a user's metadata with the object it is given).
// Each change carries the value before (as WorkOS held it) and after (what the update sends),
// as JSON: strings ("" for none), a bool, an object. Never a password or a hash: replacing a
// password is a separate choice that is not a field change (it cannot be read back or undone).
//
// Value types and free functions; any thread.

#include "api/apitypes.h"
#include "model/userrow.h"

#include <QtCore/QJsonObject>
#include <QtCore/QJsonValue>
#include <QtCore/QList>
#include <QtCore/QStringList>

namespace Engine {

struct FieldChange {
    QString field; // first_name, last_name, email_verified, metadata, external_id
    QJsonValue before;
    QJsonValue after;
    bool operator==(const FieldChange &) const = default;
};

// The fields an update may change, in the order they are shown.
const QStringList &updatableFields();

// WorkOS's value of `field` for `user`, in the form FieldChange holds it.
QJsonValue fieldValue(const Api::User &user, const QString &field);

// The changes that bring `held` (WorkOS's user) to the row's values; empty: nothing differs.
QList<FieldChange> diffUser(const Model::UserRow &row, const Api::User &held);

// The body of the PUT that sets each change's `after` (an empty string is sent as null: the
// field is cleared). Never a password.
QJsonObject updateBody(const QList<FieldChange> &changes);
// The body of the PUT that puts each change's `before` back.
QJsonObject restoreBody(const QList<FieldChange> &changes);

// "first_name,metadata": the changed fields' names, for the row outcome and the summary.
QString fieldList(const QList<FieldChange> &changes);

// Changes to and from JSON (the job store keeps them as one JSON array per user).
QJsonArray changesToJson(const QList<FieldChange> &changes);
QList<FieldChange> changesFromJson(const QJsonArray &array);

// How a user compares with a recorded update, field by field.
struct UpdateCheck {
    QList<FieldChange> atAfter;     // WorkOS holds the update's value
    QList<FieldChange> atBefore;    // WorkOS holds the value from before the update
    QList<FieldChange> changedAgain; // WorkOS holds a third value: changed since the import
};
UpdateCheck checkUpdate(const QList<FieldChange> &changes, const Api::User &held);

} // namespace Engine
