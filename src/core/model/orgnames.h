#pragma once
// OrgNames: organization names that are probably the same organization written differently.
// "Acme", "ACME" and "acme " become three organizations when names are ids (or have ids of
// their own); "Acme  Inc" and "Acme Inc." two. Names are compared with case, accents, spacing
// and punctuation aside (comparable()). Before anything is written, `workos-import validate`
// and the wizard's Organizations page name such groups (issue 17.12), and the Organizations
// page names the new organizations whose name matches one that already exists in WorkOS, so
// that the person can use the existing one (issue 22.5).
//
// Free functions over values; usable from any thread.

#include "orgref.h"

#include <QtCore/QList>
#include <QtCore/QString>

namespace Model::OrgNames {

// "  ACME, Inc. " -> "acme inc": case folded, accents, punctuation and repeated spaces gone.
QString comparable(QStringView name);

// Organizations of the file (distinct keys) whose names are comparable-equal: each group has at
// least two organizations, in the order they first appear; groups in the order of their first
// organization. Organizations without a name are left out.
QList<QList<OrgRef>> similarGroups(const QList<OrgRef> &organizations);

// An organization that exists in WorkOS, as listed (GET /organizations).
struct Existing {
    QString id;
    QString name;
    QString externalId;
};

// A new organization of the file whose name matches an existing one.
struct ExistingMatch {
    OrgRef fileOrganization;
    Existing existing;
};

// For each of `newOrganizations` (those the import would create), the existing organization
// with a comparable name (the first one listed when several match).
QList<ExistingMatch> matchExisting(const QList<OrgRef> &newOrganizations, const QList<Existing> &existing);

} // namespace Model::OrgNames
