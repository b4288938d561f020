#include "console.h"

#include <algorithm>
#include <cstdio>

#include <unistd.h>

namespace Cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

StatusLine::StatusLine(bool quiet)
    : m_quiet(quiet), m_terminal(!quiet && ::isatty(STDERR_FILENO))
{
}

void StatusLine::message(const QString &text)
{
    if (m_quiet)
        return;
    if (m_terminal && !m_last.isEmpty())
        err() << '\r' << QString(m_last.size(), u' ') << '\r';
    err() << text << '\n';
    err().flush();
    m_last.clear();
}

void StatusLine::progress(const QString &line)
{
    if (!m_terminal || line.isEmpty())
        return;
    const qsizetype pad = std::max<qsizetype>(0, m_last.size() - line.size());
    err() << '\r' << line << QString(pad, u' ');
    err().flush();
    m_last = line;
}

void StatusLine::finish()
{
    if (m_terminal && !m_last.isEmpty())
        err() << '\n';
    err().flush();
    m_last.clear();
}

} // namespace Cli
