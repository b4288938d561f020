#pragma once
// Journal: the sandbox's changes, one JSON object per line in a file, so that a sandbox
// started again on the same file holds what the last one held (the wizard's rehearsals
// resume after the program was killed). Every successful change is appended and written
// through to the operating system before its answer leaves (a killed sandbox loses nothing it
// answered); passwords and hashes are never written. A line cut short by a crash is ignored
// on reading.
//
// One journal, one sandbox: open() takes an exclusive lock on the file (flock, released by the
// kernel when the process ends, even when it is killed); a second sandbox on the same file
// refuses to start. An entry that cannot be written whole is cut off again, so the file only
// ever holds whole entries (the router then rebuilds its memory from it).
//
// Owned by the ApiRouter; main thread only.

#include <QtCore/QFile>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QString>

namespace Sandbox {

class Journal
{
public:
    // Opens (or creates, mode 0600) `path`, locks it and reads the entries it holds. false
    // with a sentence in `error` when the file cannot be opened, read or locked.
    bool open(const QString &path, QList<QJsonObject> *entries, QString *error);
    bool isOpen() const { return m_file.isOpen(); }
    // Appends one entry; false when it could not be written (the disk is full, ...): then the
    // file is as it was before.
    bool append(const QJsonObject &entry);
    // The entries the file holds now (after a failed append).
    bool reload(QList<QJsonObject> *entries, QString *error);
    // Empties the journal (POST /_sandbox/reset).
    bool clear();

private:
    QFile m_file;
};

} // namespace Sandbox
