#pragma once
// The terminal streams of workos-import (UTF-8). Every command prints through these so that
// output stays ordered; main thread only.

#include <QtCore/QTextStream>

namespace Cli {

QTextStream &out(); // stdout: results (human text or JSON)
QTextStream &err(); // stderr: problems and progress

// Exit codes shared by all commands.
enum ExitCode {
    ExitOk = 0,          // done; no invalid rows
    ExitInvalidRows = 1, // done; some rows are invalid (or failed)
    ExitUnusable = 2,    // nothing done: bad arguments, or a file that cannot be used
};

} // namespace Cli
