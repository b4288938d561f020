// workos-import map JOB --out FILE: writes the ID map of a job (Report::IdMap, docs/cutover.md)
// from the job store alone: no request to WorkOS, no API key needed.

#include "console.h"
#include "followupcommand.h"

#include <report/idmap.h>
#include <store/jobstore.h>

#include <QtCore/QCommandLineParser>
#include <QtCore/QDir>

using namespace Qt::StringLiterals;

namespace Cli {

int runMap(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        u"Writes the ID map of an import job for the application's own database: one line per imported row "
        "with its source id (external_id), email, WorkOS user id and, for a row with an organization, the "
        "organization's external id, WorkOS organization id and membership id; plus the organizations "
        "(external id or name -> WorkOS id, created or found). A .csv FILE comes with a second file for the organizations "
        "(map.csv: map.organizations.csv); .json writes one file. Reads the job store only: nothing is sent to WorkOS. "
        "See docs/cutover.md."_s);
    p.addHelpOption();
    p.addPositionalArgument(u"JOB"_s, u"The job id (see workos-import jobs)."_s);
    p.addOptions({
        {u"out"_s, u"The map file: .csv or .json."_s, u"FILE"_s},
        {u"checkpoint-dir"_s, u"Keep the job store in DIR instead of the app data folder."_s, u"DIR"_s},
    });
    if (!p.parse(arguments))
        return FollowUp::usageError(p.errorText());
    if (p.isSet(u"help"_s)) {
        out() << FollowUp::helpText(p, u"map JOB --out FILE [options]"_s);
        return ExitOk;
    }
    if (p.positionalArguments().size() != 1 || !p.isSet(u"out"_s))
        return FollowUp::usageError(u"usage: workos-import map JOB --out FILE (.csv or .json)"_s);
    const QString jobId = p.positionalArguments().first();
    const QString outPath = p.value(u"out"_s);

    Store::JobStore store(FollowUp::storePath(p));
    QString error;
    if (!store.open(&error))
        return FollowUp::usageError(u"cannot open the job store: "_s + error);
    const auto job = store.job(jobId, &error);
    if (!job)
        return FollowUp::usageError(error.isEmpty() ? u"there is no job \"%1\". workos-import jobs lists them."_s.arg(jobId)
                                                    : error);
    if (const QString problem = Report::IdMap::pathProblem(*job, store.path(), outPath); !problem.isEmpty())
        return FollowUp::usageError(u"--out: "_s + problem);

    const std::optional<Report::IdMapSummary> summary = Report::IdMap::write(store, jobId, outPath, &error);
    if (!summary)
        return FollowUp::usageError(error);
    out() << "ID map of job " << jobId << ": " << summary->lines << " lines, " << summary->users << " users, "
          << summary->memberships << " memberships, " << summary->organizations << " organizations.\n";
    for (const QString &file : summary->files)
        out() << "  written: " << QDir::toNativeSeparators(file) << '\n';
    if (!summary->idsRecorded)
        out() << "Note: this job ran before the wizard recorded source ids and membership ids: those columns are "
                 "empty and each line's note says so. The user ids and organization ids are complete.\n";
    else if (summary->membershipsWithoutId > 0)
        out() << "Note: " << summary->membershipsWithoutId
              << " memberships have no membership id (the user was already a member before this job; the "
                 "note column says so).\n";
    out().flush();
    return ExitOk;
}

} // namespace Cli
