// workos-import verify JOB: reads WorkOS (reads only) and checks every row the job imported.
#include "console.h"
#include "followupcommand.h"

#include "engine/followup/verifier.h"

#include <QtCore/QDir>

using namespace Qt::StringLiterals;

namespace Cli {

namespace {
// Every imported row verified, but the job has not finished: not a clean bill of health.
constexpr int ExitJobUnfinished = 3;
} // namespace

int runVerify(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        u"Checks, with reads only, that WorkOS holds what an import job put there: for every row the job "
        "imported, the user exists with that email; for users the job created, first_name, last_name, "
        "external_id, email_verified and metadata are what the row says; the row's membership exists in the "
        "right organization with the row's role; organizations the job created exist with their name and "
        "external id. It reads lists (100 objects per request) within WorkOS's read budget, so a "
        "100,000-user job takes about a minute. Needs the job's CSV file, unchanged.\n\n"
        "The API key is read from WORKOS_API_KEY (or WORKOS_SECRET_KEY), never from a flag.\n\n"
        "Exit codes: 0 every row verified and the job finished, 1 mismatches found (see --report), 2 usage or "
        "fatal error (nothing was checked), 3 every imported row verified but the job itself is unfinished "
        "(interrupted, paused, failed: resume it, then verify again), 130 interrupted (run it again)."_s);
    p.addHelpOption();
    p.addPositionalArgument(u"JOB"_s, u"The job id (see workos-import jobs)."_s);
    FollowUp::addCommonOptions(p);
    if (!p.parse(arguments))
        return FollowUp::usageError(p.errorText());
    if (p.isSet(u"help"_s)) {
        out() << FollowUp::helpText(p, u"verify JOB [--report FILE] [options]"_s);
        return ExitOk;
    }
    if (p.positionalArguments().size() != 1)
        return FollowUp::usageError(u"verify needs one job id: workos-import verify JOB [--report FILE]. "
                                    "workos-import jobs lists the jobs."_s);
    const Api::ApiKey key = FollowUp::keyFromEnvironment();
    if (key.isEmpty())
        return FollowUp::usageError(u"no API key. Set WORKOS_API_KEY (or WORKOS_SECRET_KEY) in the environment; it is "
                                    "never taken from a flag, where other users of this computer could see it."_s);
    Engine::FollowUpRequest request;
    QString error;
    if (!FollowUp::requestFrom(p, &request, &error))
        return FollowUp::usageError(error);

    const bool quiet = p.isSet(u"quiet"_s);
    Engine::Verifier verifier(FollowUp::storePath(p), key);
    const Engine::FollowUpResult r = FollowUp::run(verifier, request, quiet);
    if (!r.completed) {
        err() << "workos-import: " << r.message << '\n';
        err().flush();
        return r.cancelled ? 130 : int(ExitUnusable);
    }
    out() << "Job " << r.jobId << ": " << r.message << '\n'
          << "  rows checked " << r.checked << ", mismatches " << r.problems << ", requests " << r.requests
          << ", " << QString::number(double(r.elapsedMs) / 1000.0, 'f', 1) << " s\n";
    if (!r.reportPath.isEmpty())
        out() << "Verification report: " << r.reportRows << " mismatches written to "
              << QDir::toNativeSeparators(r.reportPath) << '\n';
    else if (r.problems > 0)
        out() << "Write them to a file with: workos-import verify " << r.jobId << " --report mismatches.csv\n";
    if (r.jobUnfinished)
        out() << "The job is unfinished: " << r.checked << " of " << r.jobRows << " rows were checked. Resume it with: "
              << "workos-import --resume " << r.jobId << '\n';
    out().flush();
    if (r.problems > 0)
        return ExitInvalidRows;
    return r.jobUnfinished ? ExitJobUnfinished : int(ExitOk);
}

} // namespace Cli
