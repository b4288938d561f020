// workos-import undo JOB --yes: deletes exactly what the job created.
#include "console.h"
#include "followupcommand.h"

#include "engine/followup/undoer.h"

#include <QtCore/QDir>

using namespace Qt::StringLiterals;

namespace Cli {

int runUndo(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        u"Deletes exactly what an import job created, in this order: the memberships it added, the users it "
        "created, the organizations it created. Users that already existed, memberships that were already there "
        "and organizations that were found are never touched. A user or organization the job created that has "
        "since gained memberships the job did not make is kept and reported. Users the job updated "
        "(--update-existing, --catch-up) get their fields from before back, field by field; a field changed again "
        "since the import is left alone and reported; a replaced password cannot be put back.\n\n"
        "Undo is itself a job: it is recorded in the job store and can be stopped or killed at any moment; run "
        "the same command again to continue (nothing is deleted twice). It asks first: without --yes it only "
        "says what it would delete.\n\n"
        "The API key is read from WORKOS_API_KEY (or WORKOS_SECRET_KEY), never from a flag.\n\n"
        "Undo proves what it deletes. It runs only against the place the job wrote to: the job's API address "
        "(--api-url or WORKOS_API_URL pointing elsewhere is refused) and a key of the same kind of environment "
        "(a live key for a production job, a test key otherwise). Before deleting anything it reads a few of the "
        "job's objects by id; when none is there it refuses (\"this key/address does not hold this job's data\") "
        "and deletes nothing. An object that is not there and that undo never saw there is reported as not found, "
        "and the job is then not undone. Once an undo has started, the job is closed to import: --resume and "
        "retry refuse it (import the file again as a new job).\n\n"
        "A production job (or a live key) needs --confirm-production together with --yes.\n\n"
        "Exit codes: 0 undone, 1 not undone or undone except objects kept, not found, refused or failed (see "
        "--report), 2 usage or fatal error, refused before anything was deleted, or no --yes (nothing was "
        "deleted), 130 interrupted (run it again to continue)."_s);
    p.addHelpOption();
    p.addPositionalArgument(u"JOB"_s, u"The job id (see workos-import jobs)."_s);
    p.addOption({u"yes"_s, u"Really delete. Without it, undo only prints what it would delete."_s});
    p.addOption({u"confirm-production"_s, u"With --yes: really delete in a production environment (a job that wrote "
                                          "to production, or a live key)."_s});
    FollowUp::addCommonOptions(p);
    if (!p.parse(arguments))
        return FollowUp::usageError(p.errorText());
    if (p.isSet(u"help"_s)) {
        out() << FollowUp::helpText(p, u"undo JOB --yes [--report FILE] [options]"_s);
        return ExitOk;
    }
    if (p.positionalArguments().size() != 1)
        return FollowUp::usageError(u"undo needs one job id: workos-import undo JOB --yes. workos-import jobs lists "
                                    "the jobs."_s);
    Engine::FollowUpRequest request;
    QString error;
    if (!FollowUp::requestFrom(p, &request, &error))
        return FollowUp::usageError(error);
    const QString storePath = FollowUp::storePath(p);

    // Reads the job store only: nothing is sent to WorkOS.
    const Engine::UndoPreview preview = Engine::Undoer::preview(storePath, request.jobId);
    if (!preview.ok)
        return FollowUp::usageError(preview.error);
    const Api::ApiKey key = FollowUp::keyFromEnvironment();
    // The address undo would actually use, and what the job recorded about its environment.
    const QUrl address = request.apiUrl.isEmpty() ? preview.apiUrl : request.apiUrl;
    const bool production = preview.environment == u"production"_s || key.reveal().trimmed().startsWith(u"sk_live_"_s);
    const QString environment = production ? Engine::environmentTitle(u"production"_s)
                              : preview.environment.isEmpty() ? Engine::environmentTitle(Engine::environmentFor(key.reveal(), address))
                                                              : Engine::environmentTitle(preview.environment);
    const QString yesCommand = u"workos-import undo %1 --yes%2"_s.arg(request.jobId, production ? u" --confirm-production"_s : QString());

    if (!p.isSet(u"yes"_s) || (production && !p.isSet(u"confirm-production"_s))) {
        err() << "workos-import: undo deletes data in WorkOS and asks first; nothing was deleted.\n"
              << "Job " << request.jobId << " wrote to " << preview.apiUrl.toString() << " (" << environment << ").\n"
              << "Undo would go to " << address.toString() << " (" << environment << ").\n"
              << "The job created " << preview.memberships << " memberships, " << preview.users << " users and "
              << preview.organizations << " organizations; undo would delete those, and nothing that existed before.\n";
        if (production)
            err() << "This is PRODUCTION: the people in it lose these accounts. Deleting there needs --confirm-production "
                     "together with --yes.\n";
        if (preview.updates > 0)
            err() << "The job updated " << preview.updates << " users that existed before: undo puts their fields back "
                     "(a field changed again since is left alone and reported) and never deletes them.\n";
        if (preview.refused > 0)
            err() << preview.refused << " objects have no WorkOS id in the job store and would be left alone.\n";
        if (preview.alreadyUndone)
            err() << "The job was already undone; running it again only checks what is left.\n";
        err() << "To delete them, run: " << yesCommand << '\n';
        err().flush();
        return ExitUnusable;
    }
    if (key.isEmpty())
        return FollowUp::usageError(u"no API key. Set WORKOS_API_KEY (or WORKOS_SECRET_KEY) in the environment; it is "
                                    "never taken from a flag, where other users of this computer could see it."_s);
    if (!p.isSet(u"quiet"_s))
        err() << "Undoing job " << request.jobId << " at " << address.toString() << " (" << environment << ").\n";

    const bool quiet = p.isSet(u"quiet"_s);
    Engine::Undoer undoer(storePath, key);
    const Engine::FollowUpResult r = FollowUp::run(undoer, request, quiet);
    if (r.refused || (!r.completed && !r.cancelled && r.checked == 0)) {
        err() << "workos-import: " << r.message << '\n';
        err().flush();
        return ExitUnusable;
    }
    QTextStream &s = r.completed ? out() : err();
    s << "Job " << r.jobId << ": " << r.message << '\n'
      << "  objects in the plan " << r.checked << ", deleted " << r.deleted << ", left in place or failed " << r.problems
      << ", requests " << r.requests << ", " << QString::number(double(r.elapsedMs) / 1000.0, 'f', 1) << " s\n";
    if (!r.reportPath.isEmpty())
        s << "Undo report: " << r.reportRows << " rows written to " << QDir::toNativeSeparators(r.reportPath) << '\n';
    if (!r.completed)
        s << "Continue with: workos-import undo " << r.jobId << " --yes\n";
    out().flush();
    err().flush();
    if (r.completed)
        return r.problems == 0 ? int(ExitOk) : int(ExitInvalidRows);
    return r.cancelled ? 130 : int(ExitUnusable);
}

} // namespace Cli
