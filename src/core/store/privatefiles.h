#pragma once
// Modes of what the program writes: the job store, its lock files, reports and exports hold
// email addresses (and the store the job's whole history), so every file the program writes is
// readable and writable by its owner only (0600), and every folder it creates is the owner's
// only (0700). Folders that already exist (the user's home, a folder the user picked) are left
// as they are.
//
// Plain functions; any thread.

#include <QtCore/QString>

class QFileDevice;

namespace Store {

// Creates `folder` and its missing parents, each new one 0700. True when it exists afterwards.
bool ensurePrivateFolder(const QString &folder, QString *error = nullptr);
// chmod 0600 (an open QFile or QSaveFile: the file being written, before commit()).
bool restrictToOwner(const QString &path);
bool restrictToOwner(QFileDevice &file);
// For a file about to be written at `path`: creates its folder as ensurePrivateFolder() does.
bool preparePrivateFile(const QString &path, QString *error = nullptr);

} // namespace Store
