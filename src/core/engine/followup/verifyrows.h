#pragma once
// What verify compares, row by row: what the job store says one imported row became
// (Imported), which of its outcomes count as imported and which include a membership, the
// roles the import set on a membership, and how values are shown in a mismatch's message.
// Value types and free functions; any thread.

#include "store/jobrecords.h"

#include <QtCore/QJsonObject>
#include <QtCore/QString>
#include <QtCore/QStringList>

namespace Engine::Verify {

// What the job store says about one imported row.
struct Imported {
    QString userId;
    QString orgKey;
    Store::Outcome outcome = Store::Outcome::Created;
    Store::UserResult user = Store::UserResult::None;
    QString code; // "roles.first_only", "roles.default=<slugs>" (see Store::RowOutcome::code)
    QString message;
};

// The roles the import gave a membership it added: the row's slugs, only the first when the
// import had to truncate them (Multiple Roles off), or the environment's default role WorkOS
// answered when the row names none. Empty when the store does not say (jobs imported before
// it was recorded): then the roles are not compared.
QStringList rolesTheImportSet(const QStringList &rowSlugs, const Imported &imported);

bool isImported(Store::Outcome outcome);
bool hasMembership(Store::Outcome outcome);

// A value as a mismatch shows it: quoted, or "(empty)" / "{}".
QString shown(const QString &value);
QString shown(const QJsonObject &object);

// The key of a membership in verify's maps and checkpoint: user id + '\n' + organization id.
QString membershipKey(const QString &userId, const QString &organizationId);

} // namespace Engine::Verify
