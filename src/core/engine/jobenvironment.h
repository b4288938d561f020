#pragma once
// Where a job writes, for people and for the checks before an undo: the environment recorded
// with every job (JobSettings::environment). Used by the import (engine/import) and its
// follow-ups (engine/followup) alike. Free functions; any thread.

#include <QtCore/QString>
#include <QtCore/QUrl>

namespace Engine {

// Where a key and an address write, for people: "production" (an sk_live_ key, wherever it
// points), "rehearsal" (a server on this computer) or "staging" (anything else). The same rule
// as the wizard's Connect page; recorded with every job (JobSettings::environment).
QString environmentFor(const QString &key, const QUrl &url);
// The title of an environment id for people ("Production", "Staging", "Rehearsal (local sandbox)").
QString environmentTitle(const QString &environment);
// True for an address on this computer (127.0.0.0/8, ::1, localhost).
bool isLocalAddress(const QUrl &url);

} // namespace Engine
