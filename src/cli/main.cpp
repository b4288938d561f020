// workos-import: the command-line twin of the migration wizard. This file only dispatches to
// the subcommands; each command lives in its own file (validatecommand.cpp, ...).

#include "console.h"
#include "followupcommand.h"
#include "importcommand.h"
#include "passwordcommands.h"
#include "validatecommand.h"

namespace Cli {
int runMap(const QStringList &arguments); // mapcommand.cpp
}

#include <platform/processhardening.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QStringList>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

struct Command {
    QString name;
    QString summary;
    // Receives the arguments after the command name (argv[0] first). Empty: not in this build.
    std::function<int(const QStringList &)> run;
};

const QList<Command> &commands()
{
    static const QList<Command> list = {
        {u"import"_s, u"Import the users of a CSV file or a provider's export into WorkOS (the default command)."_s, &Cli::runImport},
        {u"validate"_s, u"Check a CSV file or a provider's export without importing anything."_s, &Cli::runValidate},
        {u"jobs"_s, u"List the import jobs on this computer and their progress."_s, &Cli::runJobs},
        {u"report"_s, u"Write the result report of an import job."_s, &Cli::runReport},
        {u"retry"_s, u"Import again the rows of a job that failed."_s, &Cli::runRetry},
        {u"verify"_s, u"Check with reads only that WorkOS holds what a job imported."_s, &Cli::runVerify},
        {u"undo"_s, u"Take back exactly what a job did: delete what it created, put updated fields back (asks first: needs --yes)."_s, &Cli::runUndo},
        {u"check-password"_s, u"Prove one known password against its hash in the file, locally, before an import."_s, &Cli::runCheckPassword},
        {u"sign-in-check"_s, u"Sign one imported user in with WorkOS after an import (the password is asked for)."_s, &Cli::runSignInCheck},
        {u"map"_s, u"Write the ID map of a job (source id -> WorkOS ids) for the application."_s, &Cli::runMap},
    };
    return list;
}

void printHelp()
{
    QTextStream &o = Cli::out();
    o << "Usage: workos-import [COMMAND] [OPTIONS]\n\n"
         "Moves users from a CSV file, or from an Auth0, Firebase, Clerk, Supabase, Cognito or Okta\n"
         "export (detected from the content; docs/sources.md), into WorkOS User Management.\n\n"
         "Commands:\n";
    for (const Command &c : commands()) {
        o << "  " << c.name.leftJustified(16) << c.summary;
        if (!c.run)
            o << " Not yet available in this build.";
        o << '\n';
    }
    o << "\nOptions:\n"
         "  -h, --help  Show this help.\n"
         "  --help-all  Show the options of every command too.\n"
         "  --version   Print the version.\n";
    o << "\nWithout a command, workos-import runs \"import\".\n"
         "Run \"workos-import COMMAND --help\" for the options of a command, \"workos-import --help-all\"\n"
         "for the options of every command (as in the manual page, man workos-import).\n\n"
         "Exit codes: 0 success, 1 some rows are invalid (or failed), 2 nothing was done or the job could not\n"
         "go on (bad arguments, an unusable file, a changed file on resume, organizations that cannot be\n"
         "resolved, a refused key, WorkOS unreachable: the job, if any, can be resumed once that is fixed),\n"
         "130 interrupted (the job can be resumed). A dry run exits with the code the import would.\n";
    o.flush();
}

} // namespace

int main(int argc, char **argv)
{
    // Before any secret is read: no core dump may hold the API key or the password hashes.
    const Platform::HardeningResult hardening = Platform::disableCoreDumps();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"workos-import"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(WIZARD_VERSION));

    if (!hardening.ok())
        Cli::err() << "workos-import: warning: " << hardening.error
                   << ". A crash could leave the API key in a core file; keep core dumps off for this user.\n";

    QStringList args = QCoreApplication::arguments();
    const QString first = args.value(1);
    if (first == u"--help"_s || first == u"-h"_s || first == u"help"_s) {
        printHelp();
        return Cli::ExitOk;
    }
    if (first == u"--help-all"_s) {
        // The manual page is made from this text (help2man, see cmake/Packaging.cmake).
        printHelp();
        for (const Command &c : commands()) {
            if (!c.run)
                continue;
            Cli::out() << "\n" << c.name << " command:\n\n";
            Cli::out().flush();
            c.run({args.value(0), u"--help"_s});
        }
        Cli::out().flush();
        return Cli::ExitOk;
    }
    if (first == u"--version"_s) {
        Cli::out() << "workos-import " << QCoreApplication::applicationVersion() << '\n';
        return Cli::ExitOk;
    }

    QString name = u"import"_s; // the old tool's flags (--csv ...) without a command mean import
    if (!first.isEmpty() && !first.startsWith(u'-')) {
        name = first;
        args.removeAt(1);
    }
    for (const Command &c : commands()) {
        if (c.name != name)
            continue;
        if (!c.run) {
            Cli::err() << "workos-import: the \"" << name << "\" command is not yet available in this build. "
                       << "To check a CSV file, run: workos-import validate --csv FILE\n";
            return Cli::ExitUnusable;
        }
        return c.run(args);
    }
    Cli::err() << "workos-import: unknown command \"" << name << "\". Run \"workos-import --help\" to see the commands.\n";
    return Cli::ExitUnusable;
}
