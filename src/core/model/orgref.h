#pragma once
// OrgRef: how a row (or the command line) names a WorkOS organization: by its WorkOS id, or by
// the caller's external id (optionally with a name, used when the organization must be
// created). A plain value type; usable from any thread.

#include <QtCore/QString>

namespace Model {

struct OrgRef {
    QString id;         // org_... (WorkOS organization id)
    QString externalId; // the customer's own id for the organization
    QString name;       // display name; only meaningful with externalId

    bool isEmpty() const { return id.isEmpty() && externalId.isEmpty(); }
    // Identity of the organization: "id:<id>" or "ext:<externalId>"; empty when isEmpty().
    // Ids are case-sensitive (WorkOS ids and external ids are).
    QString key() const;

    friend bool operator==(const OrgRef &, const OrgRef &) = default;
};

} // namespace Model
