#pragma once
// Verify's checkpoint: every page it reads is recorded in the job store together with the
// cursor past it (Store::VerifyRead), so a stopped verify continues where it was. The kinds:
// "organization"/"user": an object WorkOS holds (JSON as WorkOS writes it); "organization-absent"
// and "user-absent": looked up one by one and not there; "user-replaced": WorkOS holds another
// user with that email (data: its id); "membership": key user id + '\n' + organization id, data
// the role slugs; "cursor": where a paged read has got to (key "organizations", "users" or
// "memberships:<organization id>"; data {"after", "pages", "end"}); "membership-absent": a
// membership looked up by user and organization and not there (key as "membership").
// Value types and free functions; any thread.

#include "engine/followup/pagedwalk.h"
#include "store/followupstore.h"

#include <QtCore/QHash>
#include <QtCore/QJsonObject>
#include <QtCore/QSet>
#include <QtCore/QString>

namespace Engine::Verify {

QString compact(const QJsonObject &object);
QJsonObject parsed(const QString &data);

Store::VerifyRead userRead(const Api::User &u);
Store::VerifyRead organizationRead(const Api::Organization &org);
// A membership found: `key` as membershipKey(), the data its role slugs.
Store::VerifyRead membershipRead(const QString &key, const QStringList &roleSlugs);

Store::VerifyRead cursorRead(const QString &name, const PageCursor &c);

// What an earlier, stopped run of this verify had read.
struct Checkpoint {
    QHash<QString, Api::Organization> organizations;
    QSet<QString> absentOrganizations;
    QHash<QString, Api::User> users;
    QSet<QString> absentUsers;
    QHash<QString, QString> replacedBy;
    QHash<QString, QStringList> memberships;
    QSet<QString> absentMemberships;
    QHash<QString, PageCursor> cursors;
    qint64 reads = 0;

    void add(const Store::VerifyRead &r);
};

} // namespace Engine::Verify
