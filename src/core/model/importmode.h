#pragma once
// How the rows of a file relate users to organizations. Follows from the file's columns
// (Schema::mode()), except SingleOrganization, which the caller chooses for a file without
// organization columns. A plain value; usable from any thread.

#include <QtCore/QString>

#include <optional>

namespace Model {

enum class ImportMode {
    UserOnly,           // no organization columns: one row per user, no memberships
    MultiOrganization,  // org_id / org_external_id / org_name columns: one row per user-organization pair
    SingleOrganization, // no organization columns, every user joins one organization given by the caller
};

// "user-only", "multi-organization", "single-organization": stable ids for JSON and the job store.
QString importModeId(ImportMode mode);
std::optional<ImportMode> importModeFromId(QStringView id);
// Plain words for people: "users only (no organizations)", ...
QString importModeDescription(ImportMode mode);

} // namespace Model
