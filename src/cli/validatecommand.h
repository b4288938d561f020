#pragma once
// `workos-import validate`: reads a CSV file, applies every import rule (Model::Validator)
// and prints a summary (human text, or JSON with --json); --report writes every issue to a
// CSV or JSON file. Nothing is sent anywhere. Main thread.

#include <QtCore/QStringList>

namespace Cli {

// `args` starts with the program name, followed by the options after "validate".
// Returns 0 (no invalid rows), 1 (some invalid rows) or 2 (the file cannot be used).
int runValidate(const QStringList &args);

} // namespace Cli
