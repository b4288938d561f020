#pragma once
// The import commands of workos-import: `import` (the default; the older Node tool's flags),
// `jobs`, `report` and `retry`. Each takes the arguments after the command name (argv[0]
// first) and returns the process exit code (console.h). Main thread only.

#include <QtCore/QStringList>

namespace Cli {

int runImport(const QStringList &arguments);
int runJobs(const QStringList &arguments);
int runReport(const QStringList &arguments);
int runRetry(const QStringList &arguments);

} // namespace Cli
