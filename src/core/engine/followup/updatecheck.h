#pragma once
// What verify checks for users an import updated (docs/verify-and-undo.md): every field the
// update changed holds the value the import set (Store::UserUpdateStore records them). Fields
// the update did not send are not the import's and are not checked.
//
// Free functions; they read the job store: not on the GUI thread.

#include "api/apitypes.h"
#include "engine/import/userdiff.h"

#include <QtCore/QHash>
#include <QtCore/QStringList>

namespace Engine {

// The updates the job made (done, or recorded before a kill and found applied), by user id.
QHash<QString, QList<FieldChange>> recordedUpdates(const QString &storePath, const QString &jobId);

// One line per field WorkOS does not hold as the update set it: "first_name: the import set
// "Ann", WorkOS holds "Anna"".
QStringList updateMismatches(const QList<FieldChange> &changes, const Api::User &held);

} // namespace Engine
