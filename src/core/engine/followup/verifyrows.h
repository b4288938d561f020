#pragma once
// What verify compares, row by row: what the job store says one imported row became
// (Imported), which of its outcomes count as imported and which include a membership, the
// roles the import set on a membership, how values are shown in a mismatch's message, and the
// comparison itself (Comparison): each imported row's user and membership against what WorkOS
// holds, then the organizations the job created.
// Value types and free functions; any thread.

#include "engine/import/userdiff.h"
#include "api/workosclient.h"
#include "model/userrow.h"
#include "store/jobrecords.h"

#include <QtCore/QHash>

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

// The mismatches of one job's rows: what the file says (and the import set) against what WorkOS
// holds, as verify read it. One mismatch per row and problem (Store::RowOutcome, outcome
// failed, with the row's line, what was expected and what WorkOS holds).
class Comparison
{
public:
    Comparison(QString jobId,
               QHash<QString, Store::OrgEntry> orgs,               // the job's organizations, by key
               QHash<QString, Api::User> users,                   // by the id the store knows
               QHash<QString, QString> replacedBy,                // store id -> id of the user WorkOS now has for the email
               QHash<QString, QStringList> memberships,           // membershipKey -> role slugs
               QHash<QString, Api::Organization> organizations);  // by id

    // The updates the job made to users that existed (updatecheck.h), by user id: their fields
    // are checked against what the import set.
    void setUpdates(QHash<QString, QList<FieldChange>> updates) { m_updates = std::move(updates); }

    // One imported row: its user, then its membership.
    void row(const Model::UserRow &row, const Imported &imported);
    // The organizations the job created: they exist, with their name and external id. A
    // mismatch names the first row of the organization (by key) when there is one.
    void createdOrganizations(const QHash<QString, Model::UserRow> &firstRowOfOrg);
    // In row order.
    QList<Store::RowOutcome> mismatches() const;

private:
    // False when there is no user to go on with (no id, or WorkOS holds no such user).
    bool checkUser(const Model::UserRow &row, const Imported &imported);
    // A user the job created: its fields are the row's.
    void checkCreatedUser(const Model::UserRow &row, const Api::User &user);
    void checkMembership(const Model::UserRow &row, const Imported &imported);
    void mismatch(const Model::UserRow &row, Store::Stage stage, const QString &code, const QString &message);

    QString m_jobId;
    QHash<QString, Store::OrgEntry> m_orgs;
    QHash<QString, Api::User> m_users;
    QHash<QString, QString> m_replacedBy;
    QHash<QString, QStringList> m_memberships;
    QHash<QString, Api::Organization> m_organizations;
    QList<Store::RowOutcome> m_mismatches;
    QHash<QString, QList<FieldChange>> m_updates;
};

} // namespace Engine::Verify
