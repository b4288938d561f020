#pragma once
// The terminal streams of workos-import (UTF-8). Every command prints through these so that
// output stays ordered; main thread only.

#include <QtCore/QString>
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

// The progress line of a long command on stderr: on a terminal, progress() rewrites one line
// in place and message() prints a line of its own above it; elsewhere (a pipe, a log, CI, or
// --quiet) only messages are printed, and with --quiet not even those.
class StatusLine
{
public:
    explicit StatusLine(bool quiet);
    bool onTerminal() const { return m_terminal; }
    void message(const QString &text);
    void progress(const QString &line);
    void finish(); // ends the progress line, if any

private:
    bool m_quiet;
    bool m_terminal;
    QString m_last;
};

} // namespace Cli
