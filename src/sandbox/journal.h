#pragma once
// Journal: the sandbox's changes, one JSON object per line in a file, so that a sandbox
// started again on the same file holds what the last one held (the wizard's rehearsals
// resume after the program was killed). Every successful change is appended and written
// through to the operating system before its answer leaves (a killed sandbox loses nothing it
// answered); passwords and hashes are never written. A line cut short by a crash is ignored
// on reading.
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
    // Opens (or creates, mode 0600) `path` and reads the entries it holds. false with a
    // sentence in `error` when the file cannot be opened or read.
    bool open(const QString &path, QList<QJsonObject> *entries, QString *error);
    bool isOpen() const { return m_file.isOpen(); }
    // Appends one entry; false when it could not be written (the disk is full, ...).
    bool append(const QJsonObject &entry);
    // Empties the journal (POST /_sandbox/reset).
    bool clear();

private:
    QFile m_file;
};

} // namespace Sandbox
