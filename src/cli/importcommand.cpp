#include "importcommand.h"

#include "console.h"
#include "importexecute.h"
#include "importoptions.h"
#include "sourceflags.h"

#include "engine/import/catchup.h"
#include "engine/import/jobrunner.h"
#include "store/followupstore.h"
#include "store/fileidentity.h"
#include "store/passwordproofstore.h"
#include "store/jobstore.h"
#include "store/userupdatestore.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QThread>

using namespace Qt::StringLiterals;

namespace Cli {

// missingroles.cpp: --create-missing-roles.
bool planMissingRoles(Engine::JobSettings &settings, const Api::ApiKey &key, bool quiet, QString *error);


int runImport(const QStringList &arguments)
{
    bool resume = false;
    QString resumeId;
    const QStringList args = normaliseResume(arguments, &resume, &resumeId);

    QCommandLineParser p;
    p.setApplicationDescription(
        u"Imports the users of a CSV file into WorkOS User Management: users, password hashes, organizations "
        "and memberships, at WorkOS's rate limit, resumable at any point.\n\n"
        "The API key is read from the environment variable WORKOS_API_KEY (or WORKOS_SECRET_KEY), never "
        "from a flag.\n\n"
        "  --resume [JOB]             Continue an interrupted job (when JOB is left out, the newest one that no\n"
        "                             other process is running).\n\n"
        "A refused key or a WorkOS that cannot be reached stops the job (interrupted, resumable) and is never "
        "counted against a row.\n\n"
        "Exit codes: 0 every row imported or already present, 1 finished with invalid or failed rows, "
        "2 usage or fatal error, or the job could not go on (resumable), 130 interrupted (resumable). "
        "A dry run exits with the code the import would."_s);
    p.addHelpOption();
    p.addOptions({
        {u"csv"_s, u"The file of users: a CSV, or an export of Auth0, Firebase, Clerk, Supabase, Cognito or Okta "
                   "(detected from the content; docs/sources.md)."_s, u"FILE"_s},
        {u"source"_s, u"What the file is: auth0, firebase, clerk, supabase, cognito, okta or csv (default: detected)."_s, u"KIND"_s},
        {u"firebase-hash-config"_s, u"Firebase's password hash parameters (hash_config {...} as the console shows "
                                    "them, or JSON); needed when a Firebase export has hashes."_s, u"FILE"_s},
        {u"auth0-passwords"_s, u"Auth0's password export (NDJSON), joined to the user export by user id, then email."_s, u"FILE"_s},
        {u"org-from-app-metadata"_s, u"Supabase/Auth0: the app metadata KEY whose value is the user's organization (external id)."_s, u"KEY"_s},
        {u"created-at-metadata"_s, u"Keep the provider's created_at in the user's metadata under KEY."_s, u"KEY"_s},
        {u"job-id"_s, u"A name for the new job (default: made up from the date)."_s, u"ID"_s},
        {u"workers"_s, u"Worker threads, 1-16 (default 1)."_s, u"N"_s},
        {u"chunk-size"_s, u"Rows per chunk of work (default 1000)."_s, u"N"_s},
        {u"concurrency"_s, u"Rows in flight per worker (default 10)."_s, u"N"_s},
        {u"errors-out"_s, u"Write the failed and invalid rows to FILE (.csv, .json or .jsonl)."_s, u"FILE"_s},
        {u"quiet"_s, u"Print nothing but errors."_s},
        {u"dry-run"_s, u"Validate, plan and resolve organizations with reads only; write nothing to WorkOS."_s},
        {u"org-id"_s, u"Put every row of a file without organization columns into this organization."_s, u"ID"_s},
        {u"org-external-id"_s, u"The same, naming the organization by its external id."_s, u"EXT"_s},
        {u"create-org-if-missing"_s, u"With --org-external-id: create the organization when it does not exist."_s},
        {u"org-name"_s, u"The name of the organization to create."_s, u"NAME"_s},
        {u"map"_s, u"Map your header names onto fields: \"Email Address=email,Given Name=first_name\"; \"Notes=ignore\" "
                   "leaves a column out. Everyday headers (English, German, French, Spanish, Italian, Dutch, "
                   "Portuguese) are recognised without it; --map overrides them. The mapping used is printed."_s, u"SPEC"_s},
        {u"api-url"_s, u"The WorkOS API (default $WORKOS_API_URL or https://api.workos.com)."_s, u"URL"_s},
        {u"rate-limits"_s, u"The rate budget, e.g. writes=500/10,reads=1000/10,all=6000/60 (WorkOS's by default)."_s, u"SPEC"_s},
        {u"json"_s, u"Print a machine-readable summary on stdout."_s},
        {u"skip-unresolved-orgs"_s, u"Import even when some organizations cannot be resolved: their rows fail with "
                                    "the reason, everything else is imported. Without it such an import does not "
                                    "start. Kept with the job for every resume and retry."_s},
        {u"update-existing"_s, u"For a row whose user already exists in WorkOS, send the fields that differ "
                               "(first_name, last_name, email_verified, metadata, external_id) with one PUT; an "
                               "empty cell changes nothing, metadata keys are merged. The values before are kept "
                               "with the job: undo puts them back. Off by default (existing users are left as they are)."_s},
        {u"replace-existing-passwords"_s, u"With --update-existing or --catch-up: also give existing users the "
                                          "file's password or hash. This cannot be undone: WorkOS never returns a hash."_s},
        {u"catch-up"_s, u"Import a newer export of the same source on top of job JOB: its users are recognised "
                        "from the job store (not created again), new users are created, changed ones updated "
                        "(implies --update-existing), unchanged rows cost no write; users of JOB the file no "
                        "longer has are listed, never deleted."_s, u"JOB"_s},
        {u"create-missing-roles"_s, u"Create the role slugs the file uses that the environment lacks (POST "
                                    "/authorization/roles, named after the slug) before the import; recorded with "
                                    "the job. Without it such rows fail with invalid_role."_s},
    });
    p.addOption(waitForNetworkOption());
    addStoreOption(p);
    if (!p.parse(args))
        return usageError(p.errorText());
    if (p.isSet(u"help"_s)) {
        out() << helpText(p, u"[import] [options]"_s);
        return ExitOk;
    }
    if (!p.positionalArguments().isEmpty())
        return usageError(u"unexpected argument \"%1\". Run workos-import --help."_s.arg(p.positionalArguments().first()));

    const QString storePath = storePathFor(p.value(u"checkpoint-dir"_s));
    const Api::ApiKey key = keyFromEnvironment();
    if (key.isEmpty())
        return usageError(u"no API key. Set WORKOS_API_KEY (or WORKOS_SECRET_KEY) in the environment; it is never "
                          "taken from a flag, where other users of this computer could see it."_s);

    Engine::RunRequest request;
    QString error;
    if (resume) {
        // A job keeps the settings it was planned with; only the worker count may change.
        // --dry-run cannot be honoured by a resume, which writes: refuse it rather than write.
        if (p.isSet(u"dry-run"_s))
            return usageError(u"--dry-run cannot be combined with --resume: a resumed job imports. "
                              "Run the dry run as a new job: workos-import --csv FILE --dry-run"_s);
        for (const QString &name : {u"csv"_s, u"chunk-size"_s, u"concurrency"_s, u"map"_s, u"org-id"_s,
                                    u"org-external-id"_s, u"create-org-if-missing"_s, u"org-name"_s, u"api-url"_s,
                                    u"rate-limits"_s, u"create-missing-roles"_s, u"update-existing"_s,
                                    u"replace-existing-passwords"_s, u"catch-up"_s})
            if (p.isSet(name))
                err() << "workos-import: warning: --" << name
                      << " is ignored with --resume: a job keeps the settings it started with (only --workers may change).\n";
        request.kind = Engine::RunRequest::Kind::Resume;
        request.jobId = resumeId.isEmpty() ? p.value(u"job-id"_s) : resumeId;
        request.skipUnresolvedOrgs = p.isSet(u"skip-unresolved-orgs"_s);
        if (!readWorkerOverride(p, &request, &error))
            return usageError(error);
    } else {
        Engine::JobSettings &s = request.settings;
        s.csvPath = p.value(u"csv"_s);
        if (s.csvPath.isEmpty())
            return usageError(u"no CSV file. Give one with --csv FILE (or --resume to continue a job)."_s);
        s.jobId = p.value(u"job-id"_s);
        if (!readInt(p, u"workers"_s, &s.workers, &error) || !readInt(p, u"chunk-size"_s, &s.chunkSize, &error)
            || !readInt(p, u"concurrency"_s, &s.concurrency, &error))
            return usageError(error);
        {
            // The same flags as validate's (sourceflags.h); the parser here already knows them.
            const SourceFlags flags;
            const std::optional<Source::Options> source = flags.read(p, &error);
            if (!source)
                return usageError(error);
            s.source = *source;
        }
        if (!applyFileMapping(s, p.value(u"map"_s), p.isSet(u"quiet"_s), &error))
            return usageError(error);
        s.singleOrg.id = p.value(u"org-id"_s);
        s.singleOrg.externalId = p.value(u"org-external-id"_s);
        s.singleOrg.name = p.value(u"org-name"_s);
        s.createOrgIfMissing = p.isSet(u"create-org-if-missing"_s);
        s.skipUnresolvedOrgs = p.isSet(u"skip-unresolved-orgs"_s);
        if (!s.singleOrg.name.isEmpty() && !s.createOrgIfMissing)
            return usageError(u"--org-name is only used with --create-org-if-missing."_s);
        if (!s.createOrgIfMissing && s.singleOrg.externalId.isEmpty() == false)
            s.singleOrg.name.clear();
        QString url = p.value(u"api-url"_s);
        if (url.isEmpty())
            url = qEnvironmentVariable("WORKOS_API_URL");
        if (!url.isEmpty())
            s.apiUrl = QUrl(url);
        if (p.isSet(u"rate-limits"_s)) {
            const auto limits = Api::RateLimits::parse(p.value(u"rate-limits"_s), &error);
            if (!limits)
                return usageError(error);
            s.rateLimits = *limits;
        }
        if (const QString problem = s.problem(); !problem.isEmpty())
            return usageError(problem);
        if (s.workers > QThread::idealThreadCount())
            err() << "workos-import: warning: " << s.workers << " workers on " << QThread::idealThreadCount()
                  << " CPUs. More workers do not make an import faster than WorkOS's rate limit.\n";
        s.updateExisting = p.isSet(u"update-existing"_s) || p.isSet(u"catch-up"_s);
        s.catchUpOf = p.value(u"catch-up"_s);
        s.replaceExistingPasswords = p.isSet(u"replace-existing-passwords"_s);
        if (s.replaceExistingPasswords && !s.updateExisting)
            return usageError(u"--replace-existing-passwords needs --update-existing (or --catch-up JOB)."_s);
        if (!s.catchUpOf.isEmpty()) {
            // Refused before anything is read from WorkOS: no such job, another source or columns.
            Store::JobStore store(storePath);
            QString why;
            if (!store.open(&why))
                return usageError(u"cannot open the job store: "_s + why);
            if (const QString problem = Engine::catchUpProblem(store, s); !problem.isEmpty())
                return usageError(u"--catch-up: "_s + problem);
        }
        if (s.replaceExistingPasswords && !p.isSet(u"quiet"_s))
            err() << "workos-import: warning: --replace-existing-passwords gives users that already exist the file's "
                     "password or hash. This cannot be undone: WorkOS never returns a hash, so undo cannot put the "
                     "old password back.\n";
        request.dryRun = p.isSet(u"dry-run"_s);
        if (p.isSet(u"create-missing-roles"_s) && !planMissingRoles(s, key, p.isSet(u"quiet"_s), &error))
            return usageError(error);
    }
    if (!readNetworkPatience(p, &request, &error))
        return usageError(error);
    return execute(std::move(request), storePath, key, p.isSet(u"quiet"_s), p.isSet(u"json"_s), p.value(u"errors-out"_s));
}

int runRetry(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(u"Imports again the failed rows of a job whose failure a retry may fix "
                                "(network errors, rate limits, timeouts); --all retries every failed row. "
                                "The API key is read from WORKOS_API_KEY (or WORKOS_SECRET_KEY).\n\n"
                                "Exit codes: 0 the job has no failed or invalid rows left, 1 some rows still fail "
                                "(or the job has invalid rows), 2 usage or fatal error, 130 interrupted (resumable)."_s);
    p.addHelpOption();
    p.addPositionalArgument(u"JOB"_s, u"The job id (see workos-import jobs)."_s);
    p.addOptions({
        {u"all"_s, u"Retry every failed row, not only those a retry may fix."_s},
        {u"workers"_s, u"Worker threads, 1-16."_s, u"N"_s},
        {u"errors-out"_s, u"Write the rows that still fail to FILE."_s, u"FILE"_s},
        {u"quiet"_s, u"Print nothing but errors."_s},
        {u"json"_s, u"Print a machine-readable summary on stdout."_s},
    });
    p.addOption(waitForNetworkOption());
    addStoreOption(p);
    if (!p.parse(arguments))
        return usageError(p.errorText());
    if (p.isSet(u"help"_s)) {
        out() << helpText(p, u"retry JOB [options]"_s);
        return ExitOk;
    }
    if (p.positionalArguments().size() != 1)
        return usageError(u"retry needs one job id: workos-import retry JOB"_s);
    const Api::ApiKey key = keyFromEnvironment();
    if (key.isEmpty())
        return usageError(u"no API key. Set WORKOS_API_KEY (or WORKOS_SECRET_KEY) in the environment."_s);
    Engine::RunRequest request;
    request.kind = Engine::RunRequest::Kind::RetryFailed;
    request.jobId = p.positionalArguments().first();
    request.retryAll = p.isSet(u"all"_s);
    QString error;
    if (!readWorkerOverride(p, &request, &error) || !readNetworkPatience(p, &request, &error))
        return usageError(error);
    return execute(std::move(request), storePathFor(p.value(u"checkpoint-dir"_s)), key, p.isSet(u"quiet"_s),
                   p.isSet(u"json"_s), p.value(u"errors-out"_s));
}

int runJobs(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(u"Lists the import jobs in the job store, newest first, with their state and counts."_s);
    p.addHelpOption();
    p.addOption({u"json"_s, u"Print JSON."_s});
    addStoreOption(p);
    if (!p.parse(arguments))
        return usageError(p.errorText());
    if (p.isSet(u"help"_s)) {
        out() << helpText(p, u"jobs [options]"_s);
        return ExitOk;
    }
    Store::JobStore store(storePathFor(p.value(u"checkpoint-dir"_s)));
    QString error;
    if (!store.open(&error))
        return usageError(u"cannot open the job store: "_s + error);
    const QList<Store::JobRecord> jobs = store.jobs(0);
    // "verified"/"undone" after verify and undo (Store::FollowUpStore).
    Store::FollowUpStore followUps(store.path());
    const bool haveFollowUps = followUps.open();
    const auto stateText = [&](const Store::JobRecord &j) {
        return haveFollowUps ? followUps.stateText(j) : Store::jobStateId(j.state);
    };
    // "known password verified locally", "sign-in verified" (Store::PasswordProofStore).
    Store::PasswordProofStore proofStore(store.path());
    const bool haveProofs = proofStore.open();
    const auto proofsOf = [&](const Store::JobRecord &j) {
        return haveProofs ? proofStore.proofs(j.id) : QList<Store::PasswordProof>();
    };
    // Updated users and a catch-up's missing users (Store::UserUpdateStore).
    Store::UserUpdateStore updates(store.path());
    const bool haveUpdates = updates.open();
    const auto missingOf = [&](const Store::JobRecord &j) {
        return haveUpdates ? updates.missing(j.id) : QList<Store::MissingUser>();
    };
    const auto missingText = [&](const Store::JobRecord &j) {
        if (!j.settings.contains(u"catch_up_of"_s))
            return QString();
        const QList<Store::MissingUser> missing = missingOf(j);
        return Engine::missingUsersSentence(missing.size(), Engine::missingSample(missing));
    };
    if (p.isSet(u"json"_s)) {
        QJsonArray a;
        for (const Store::JobRecord &j : jobs) {
            QJsonObject cutover;
            if (j.counters.updated > 0)
                cutover.insert(u"updated_fields"_s, fieldsJson(haveUpdates ? updates.fieldCounts(j.id) : QMap<QString, qint64>()));
            if (j.settings.contains(u"catch_up_of"_s)) {
                QJsonArray missing;
                for (const Store::MissingUser &m : missingOf(j))
                    missing.append(QJsonObject{{u"email"_s, m.emailKey}, {u"user_id"_s, m.userId}});
                cutover.insert(u"catch_up_of"_s, j.settings.value(u"catch_up_of"_s));
                cutover.insert(u"earlier_users_missing"_s, missing);
            }
            a.append(QJsonObject{{u"id"_s, j.id}, {u"name"_s, j.name}, {u"csv"_s, j.csvPath},
                                 {u"state"_s, Store::jobStateId(j.state)}, {u"status"_s, stateText(j)},
                                 {u"mode"_s, j.mode},
                                 {u"created_at"_s, j.createdAt.toString(Qt::ISODate)},
                                 {u"updated_at"_s, j.updatedAt.toString(Qt::ISODate)},
                                 {u"counters"_s, countersJson(j.counters)}, {u"last_error"_s, j.lastError},
                                 {u"password_checks"_s, Store::passwordProofsJson(proofsOf(j))},
                                 {u"password_fates"_s, haveProofs ? proofStore.fates(j.id) : QJsonObject()}});
            if (!cutover.isEmpty()) {
                QJsonObject last = a.last().toObject();
                for (auto it = cutover.constBegin(); it != cutover.constEnd(); ++it)
                    last.insert(it.key(), it.value());
                a[a.size() - 1] = last;
            }
        }
        out() << QJsonDocument(a).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    if (jobs.isEmpty()) {
        out() << "No jobs yet. Start one with: workos-import --csv FILE\n";
        return ExitOk;
    }
    out() << QString(u"JOB"_s).leftJustified(30) << QString(u"STATE"_s).leftJustified(26) << QString(u"ROWS"_s).rightJustified(9)
          << QString(u"CREATED"_s).rightJustified(9) << QString(u"FAILED"_s).rightJustified(8) << "  FILE\n";
    for (const Store::JobRecord &j : jobs) {
        out() << j.id.leftJustified(30) << stateText(j).leftJustified(26)
              << QString::number(j.counters.totalRows).rightJustified(9)
              << QString::number(j.counters.created).rightJustified(9)
              << QString::number(j.counters.failed + j.counters.invalid).rightJustified(8) << "  " << j.csvPath << '\n';
        QStringList passwords;
        if (haveProofs)
            passwords << Store::passwordFatesText(proofStore.fates(j.id));
        passwords << Store::passwordProofsText(proofsOf(j));
        passwords.removeAll(QString());
        if (!passwords.isEmpty())
            out() << "  passwords: " << passwords.join(u"; "_s) << '\n';
        if (j.counters.updated > 0)
            out() << "  updated " << j.counters.updated << " users that existed ("
                  << Store::fieldCountsText(updates.fieldCounts(j.id)) << ")\n";
        if (const QString missing = missingText(j); !missing.isEmpty())
            out() << "  " << missing << '\n';
    }
    return ExitOk;
}

int runReport(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(u"Writes every failed or invalid row of a job with "
                                "row,line,email,org,stage,code,http_status,message,request_id,retryable,hint "
                                "as CSV, JSON or JSON lines (by the file's extension), or, for people, as a spreadsheet "
                                "(.xlsx): the file's own columns with \"What went wrong\" and \"What to do\" in plain "
                                "words. Never a password or a hash."_s);
    p.addHelpOption();
    p.addPositionalArgument(u"JOB"_s, u"The job id (see workos-import jobs)."_s);
    p.addOption({u"out"_s, u"The report file: .xlsx (for people), .csv, .json or .jsonl."_s, u"FILE"_s});
    addStoreOption(p);
    if (!p.parse(arguments))
        return usageError(p.errorText());
    if (p.isSet(u"help"_s)) {
        out() << helpText(p, u"report JOB --out FILE [options]"_s);
        return ExitOk;
    }
    if (p.positionalArguments().size() != 1 || !p.isSet(u"out"_s))
        return usageError(u"usage: workos-import report JOB --out FILE"_s);
    const QString storePath = storePathFor(p.value(u"checkpoint-dir"_s));
    {
        Store::JobStore store(storePath);
        QString error;
        if (!store.open(&error))
            return usageError(u"cannot open the job store: "_s + error);
        if (!store.job(p.positionalArguments().first()))
            return usageError(u"there is no job \"%1\". workos-import jobs lists them."_s.arg(p.positionalArguments().first()));
    }
    if (const QString clash = Store::outputPathProblem(p.value(u"out"_s), storePath); !clash.isEmpty())
        return usageError(u"--out: "_s + clash);
    return writeErrorReport(storePath, p.positionalArguments().first(), p.value(u"out"_s), false) ? ExitOk : ExitUnusable;
}

} // namespace Cli
