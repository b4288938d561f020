#pragma once
// Saving a job's ID map from the GUI (the Finish page's "Save the ID map…" and the job list's
// action): asks for a file (.csv or .json), writes it with Report::IdMap in a QtConcurrent
// thread with its own job-store connection, and tells `done` on the GUI thread. Nothing is
// sent to WorkOS. GUI thread; never waits.

#include <QtCore/QString>

#include <functional>

class QWidget;

namespace Gui {

// Asks where to save (a save dialog), then writes. `done(ok, message)` gets a plain-words
// sentence (what was written, or why not); not called when the person cancels the dialog.
void saveIdMapInteractively(QWidget *parent, const QString &storePath, const QString &jobId, const QString &csvPath,
                            std::function<void(bool, const QString &)> done);
// Writes without asking (tests, a known path).
void saveIdMap(QWidget *context, const QString &storePath, const QString &jobId, const QString &path,
               std::function<void(bool, const QString &)> done);

} // namespace Gui
