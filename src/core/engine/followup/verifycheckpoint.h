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

#include "api/workosclient.h"
#include "store/followupstore.h"

#include <QtCore/QHash>
#include <QtCore/QJsonObject>
#include <QtCore/QSet>
#include <QtCore/QString>

namespace Engine::Verify {

// Pages to read newest-first before falling back to one lookup per missing object: the job's
// objects are usually the newest, so twice the pages they fill, plus a few.
qint64 pageBudget(qint64 wanted);

QString compact(const QJsonObject &object);
QJsonObject parsed(const QString &data);

Store::VerifyRead userRead(const Api::User &u);
Store::VerifyRead organizationRead(const Api::Organization &org);

struct Cursor {
    QString after;
    qint64 pages = 0;
    bool end = false; // the paged read is over (everything wanted found, or the list ended)
};

Store::VerifyRead cursorRead(const QString &name, const Cursor &c);

// What an earlier, stopped run of this verify had read.
struct Checkpoint {
    QHash<QString, Api::Organization> organizations;
    QSet<QString> absentOrganizations;
    QHash<QString, Api::User> users;
    QSet<QString> absentUsers;
    QHash<QString, QString> replacedBy;
    QHash<QString, QStringList> memberships;
    QSet<QString> absentMemberships;
    QHash<QString, Cursor> cursors;
    qint64 reads = 0;

    void add(const Store::VerifyRead &r);
};

} // namespace Engine::Verify
