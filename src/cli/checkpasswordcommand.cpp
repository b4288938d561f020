// workos-import check-password --csv FILE --email EMAIL: one known password against its hash.
// The row is read by Engine::checkKnownPassword through the import's own FileScan (columns,
// mapping, row rules, and the import's source flags: --source, --firebase-hash-config,
// --auth0-passwords, sourceflags.h), so the hash checked is the one the import sends, after any
// conversion of a provider's export.
#include "console.h"
#include "passwordcommands.h"
#include "passwordprompt.h"
#include "sourceflags.h"

#include "engine/planning/knownpasswordcheck.h"
#include "model/columnmapping.h"
#include "store/jobstore.h"
#include "store/passwordproofstore.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

using namespace Qt::StringLiterals;

namespace Cli {

namespace {

const char HelpText[] =
    "Usage: workos-import check-password --csv FILE --email EMAIL [--map SPEC] [--salt-position prefix|suffix]\n"
    "                                    [--source KIND] [--firebase-hash-config FILE] [--auth0-passwords FILE]\n"
    "                                    [--job JOB] [--checkpoint-dir DIR] [--json]\n"
    "\n"
    "Before an import, proves that the hashes in the file are the right ones: name one account of the\n"
    "file whose password you know (your own test account), type its password, and the program checks\n"
    "it locally against that row's hash exactly as WorkOS will read it (the same columns, mapping,\n"
    "rules and source flags as the import: a Firebase or Auth0 export is converted first, as the\n"
    "import converts it). Nothing is sent anywhere.\n"
    "\n"
    "The password is read from the terminal without showing it, or from standard input when that is\n"
    "not a terminal (printf '%s\\n' \"$PW\" | workos-import check-password ...). It is never taken from\n"
    "an argument, and never written to the job store, a log, a report or the settings.\n"
    "\n"
    "Options:\n"
    "  --csv FILE               The file (required): a CSV or a provider's export, as for the import.\n"
    "  --email EMAIL            The account whose password you know (required).\n"
    "  --map SPEC               Column mapping, as for the import.\n"
    "  --salt-position POS      ssha/ssha256 only: where the salt goes, suffix (default) or prefix.\n"
    "%1"
    "  --job JOB                Record the match with this job (its email and the time, never the\n"
    "                           password): the job list then shows \"known password verified locally\".\n"
    "  --checkpoint-dir DIR     The job store folder, as for the import (with --job).\n"
    "  --json                   Print the result as JSON.\n"
    "  -h, --help               Show this help.\n"
    "\n"
    "Hash types: bcrypt, firebase-scrypt, scrypt, pbkdf2, argon2 (i, d, id), ssha, ssha256\n"
    "(see docs/passwords.md). What is wrong is named where it can be: a Firebase salt separator that\n"
    "is not the project's, a salt position, a hash that was cut off, a type that does not fit the hash.\n"
    "\n"
    "Exit codes: 0 the password matches, 1 it does not (or the hash is unusable, or the account has no\n"
    "password), 2 the file or the options cannot be used, or the email is not in the file.\n";

int usage(const QString &message)
{
    err() << "workos-import check-password: " << message << '\n';
    err().flush();
    return ExitUnusable;
}

QString outcomeId(Engine::KnownPasswordResult::Outcome outcome)
{
    using O = Engine::KnownPasswordResult::Outcome;
    switch (outcome) {
    case O::Match: return u"match"_s;
    case O::Mismatch: return u"mismatch"_s;
    case O::MalformedHash: return u"malformed_hash"_s;
    case O::NoPassword: return u"no_password"_s;
    case O::NoSuchEmail: return u"no_such_email"_s;
    case O::FileProblem: return u"file_problem"_s;
    case O::Failed: return u"failed"_s;
    }
    return {};
}

} // namespace

int runCheckPassword(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(QStringList{u"h"_s, u"help"_s});
    const QCommandLineOption csv(u"csv"_s, {}, u"FILE"_s);
    const QCommandLineOption email(u"email"_s, {}, u"EMAIL"_s);
    const QCommandLineOption map(u"map"_s, {}, u"SPEC"_s);
    const QCommandLineOption position(u"salt-position"_s, {}, u"POS"_s);
    const QCommandLineOption json(u"json"_s);
    const QCommandLineOption job(u"job"_s, {}, u"JOB"_s);
    const QCommandLineOption checkpointDir(u"checkpoint-dir"_s, {}, u"DIR"_s);
    p.addOptions({help, csv, email, map, position, json, job, checkpointDir});
    const SourceFlags sourceFlags;
    sourceFlags.addTo(p);
    if (!p.parse(arguments))
        return usage(p.errorText() + u". Run \"workos-import check-password --help\"."_s);
    if (p.isSet(help)) {
        out() << QString::fromUtf8(HelpText).arg(QString::fromUtf8(SourceFlagsHelp));
        return ExitOk;
    }
    if (!p.positionalArguments().isEmpty())
        return usage(u"unexpected argument \"%1\". The password is never an argument: it is asked for, or read from "
                     "standard input."_s.arg(p.positionalArguments().first()));
    Engine::KnownPasswordRequest request;
    request.csvPath = p.value(csv);
    request.email = p.value(email).trimmed();
    if (request.csvPath.isEmpty())
        return usage(u"which file? Give it with --csv FILE."_s);
    if (request.email.isEmpty())
        return usage(u"which account? Give its email with --email EMAIL."_s);
    QString error;
    const auto mapping = Model::ColumnMapping::parse(p.value(map), &error);
    if (!mapping)
        return usage(error);
    request.mapping = *mapping;
    const std::optional<Source::Options> source = sourceFlags.read(p, &error);
    if (!source)
        return usage(error);
    request.source = *source;
    if (p.isSet(position)) {
        const auto pos = Passwords::saltPositionFromName(p.value(position));
        if (!pos)
            return usage(u"--salt-position is prefix or suffix."_s);
        request.saltPosition = *pos;
    }

    // --job: the job the match is recorded with; checked before the password is asked for.
    std::optional<Store::PasswordProofStore> store;
    const QString jobId = p.value(job).trimmed();
    if (!jobId.isEmpty()) {
        const QString storePath = p.isSet(checkpointDir) ? Store::JobStore::pathInDirectory(p.value(checkpointDir))
                                                         : Store::JobStore::defaultPath();
        {
            Store::JobStore jobs(storePath);
            if (!jobs.open(&error))
                return usage(error);
            if (!jobs.job(jobId, &error))
                return usage(error.isEmpty() ? u"there is no job \"%1\". workos-import jobs lists the jobs."_s.arg(jobId)
                                             : error);
        }
        store.emplace(storePath);
        if (!store->open(&error))
            return usage(error);
    }

    std::optional<Passwords::SecretBytes> password = readPassword(u"Password of %1 (not shown): "_s.arg(request.email), &error);
    if (!password)
        return usage(error);
    const Engine::KnownPasswordResult result = Engine::checkKnownPassword(request, std::move(*password));
    password.reset();

    // The fact, never the password: the email checked and the time (Store::PasswordProof).
    bool recorded = false;
    if (store && result.matches()) {
        if (!store->record(jobId, Store::PasswordProofKind::KnownPasswordLocal, request.email, &error)) {
            err() << "workos-import check-password: the password matches, but it could not be recorded with job "
                  << jobId << ": " << error << '\n';
            err().flush();
        } else {
            recorded = true;
        }
    }

    using O = Engine::KnownPasswordResult::Outcome;
    if (p.isSet(json)) {
        QJsonObject o{{u"ok"_s, result.matches()},
                      {u"outcome"_s, outcomeId(result.outcome)},
                      {u"rule"_s, result.rule},
                      {u"message"_s, result.summary()},
                      {u"hash_type"_s, result.hashType},
                      {u"line"_s, result.line},
                      {u"rows_with_same_type"_s, result.rowsWithSameType}};
        if (store)
            o.insert(u"recorded_with_job"_s, recorded ? QJsonValue(jobId) : QJsonValue());
        out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else if (result.matches()) {
        out() << result.summary() << '\n';
        if (recorded)
            out() << "  Recorded with job " << jobId << ": known password verified locally (" << request.email << ").\n";
    } else {
        out() << "Not proved: " << result.summary() << '\n';
    }
    out().flush();
    switch (result.outcome) {
    case O::Match: return ExitOk;
    case O::Mismatch:
    case O::MalformedHash:
    case O::NoPassword:
    case O::Failed: return ExitInvalidRows;
    case O::NoSuchEmail:
    case O::FileProblem: return ExitUnusable;
    }
    return ExitUnusable;
}

} // namespace Cli
