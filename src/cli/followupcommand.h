#pragma once
// What `workos-import verify` and `workos-import undo` share: their common options (the job
// store folder, the API address, the report file), reading the key from the environment, and
// running an Engine::Verifier or Engine::Undoer to the end with a progress line, stopping it
// cleanly on Ctrl+C. Main thread only.

#include "engine/followup/followup.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QStringList>

namespace Cli {

int runVerify(const QStringList &arguments);
int runUndo(const QStringList &arguments);

namespace FollowUp {

void addCommonOptions(QCommandLineParser &p);
QString storePath(const QCommandLineParser &p);
QString helpText(const QCommandLineParser &p, const QString &usage);
int usageError(const QString &message);
// WORKOS_API_KEY (or WORKOS_SECRET_KEY); never a flag, which would show in `ps`.
Api::ApiKey keyFromEnvironment();
// The request from the parsed options; false (and *error) when --report has an unknown extension.
bool requestFrom(const QCommandLineParser &p, Engine::FollowUpRequest *request, QString *error);

// Runs `worker` (a Verifier or an Undoer) to the end; SIGINT/SIGTERM cancel it.
template <typename Worker>
Engine::FollowUpResult run(Worker &worker, Engine::FollowUpRequest request, bool quiet);

} // namespace FollowUp
} // namespace Cli
