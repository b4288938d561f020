#pragma once
// Whether a job is still open to import: once an undo of it has started, resume and retry
// refuse it (docs/resume.md). Asked by the import (engine/import) and recorded by the undo
// (engine/followup), so it lives beside both.

#include <QtCore/QString>

namespace Engine {

// Plain words when the job is closed to import because an undo of it has started (resume
// and retry refuse it: what undo deleted must not come back behind its plan); empty when it
// is open. Blocks on the store: not on the GUI thread.
QString importClosedByUndo(const QString &storePath, const QString &jobId);

} // namespace Engine
