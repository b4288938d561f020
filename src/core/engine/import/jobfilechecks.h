#pragma once
// The files under a run: before a resume, that the job's CSV file is still the one it was
// planned from; during and after a run, that the job store and the CSV file are still the
// files the run started with; and the organizations of a file a resume must still resolve.

#include "model/orgref.h"
#include "model/schema.h"
#include "source/sourceoptions.h"
#include "store/fileidentity.h"
#include "store/jobrecords.h"

#include <QtCore/QList>
#include <QtCore/QString>

namespace Engine {

struct Checked {
    bool ok = false;
    QString error;
};

// Before a resume: the file is there, has its planned size and (plan version 2) its planned
// header (the rows are checked chunk by chunk by the workers). Jobs planned before chunk
// hashes existed compare the whole file's SHA-256.
Checked checkFileUnchanged(const Store::JobRecord &job, qint64 headerEnd);

// The distinct organizations of a file, for a resumed job whose pre-warming did not finish.
QList<Model::OrgRef> scanOrganizations(const QString &path, const Source::Options &source, const Model::Schema &schema);

// Plain words when the job store at `path` is no longer the file this run opened (deleted,
// or replaced). Empty while it is the same file.
QString storeGoneProblem(const QString &path, const Store::FileIdentity &atStart);

// Plain words when the job's CSV file is not, at the end of a run, the file the run started
// from with the size it was planned with. Empty when the file is the same.
QString csvChangedDuringRun(const Store::JobRecord &job, const Store::FileIdentity &atStart);

} // namespace Engine
