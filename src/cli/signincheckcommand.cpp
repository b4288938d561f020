// workos-import sign-in-check JOB --email EMAIL --client-id ID: after an import, one sign-in.
#include "console.h"
#include "passwordcommands.h"
#include "passwordprompt.h"

#include "api/signinclient.h"
#include "engine/jobsettings.h"
#include "store/jobstore.h"
#include "store/passwordproofstore.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QEventLoop>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

using namespace Qt::StringLiterals;

namespace Cli {

namespace {

const char HelpText[] =
    "Usage: workos-import sign-in-check JOB --email EMAIL --client-id ID [--api-url URL] [--checkpoint-dir DIR] [--json]\n"
    "\n"
    "After an import, signs one imported user in with WorkOS (POST /user_management/authenticate,\n"
    "grant_type=password): the proof that passwords from the file work in WorkOS. Use an account whose\n"
    "password you know (the one you checked with check-password). WorkOS allows 10 attempts per minute\n"
    "for one email; this command makes one.\n"
    "\n"
    "The password is read from the terminal without showing it, or from standard input when that is\n"
    "not a terminal. It is never taken from an argument and never stored. The API key (the client\n"
    "secret) is read from WORKOS_API_KEY (or WORKOS_SECRET_KEY). A sign-in that works is recorded with\n"
    "the job (the email and the time, never the password): workos-import jobs shows \"sign-in verified\".\n"
    "\n"
    "Options:\n"
    "  --email EMAIL            The user to sign in (required).\n"
    "  --client-id ID           The environment's client id (client_...): WorkOS dashboard, API Keys page,\n"
    "                           of the same environment as the key. Default: $WORKOS_CLIENT_ID; a\n"
    "                           rehearsal job against the local sandbox needs none.\n"
    "  --api-url URL            The WorkOS API (default: the job's).\n"
    "  --checkpoint-dir DIR     The job store folder, as for the import.\n"
    "  --json                   Print the result as JSON.\n"
    "  -h, --help               Show this help.\n"
    "\n"
    "Exit codes: 0 signed in, 1 WorkOS refused the sign-in (its reason is printed), 2 usage error, no\n"
    "such job, or WorkOS could not be reached.\n";

int usage(const QString &message)
{
    err() << "workos-import sign-in-check: " << message << '\n';
    err().flush();
    return ExitUnusable;
}

} // namespace

int runSignInCheck(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(QStringList{u"h"_s, u"help"_s});
    const QCommandLineOption email(u"email"_s, {}, u"EMAIL"_s);
    const QCommandLineOption clientId(u"client-id"_s, {}, u"ID"_s);
    const QCommandLineOption apiUrl(u"api-url"_s, {}, u"URL"_s);
    const QCommandLineOption checkpointDir(u"checkpoint-dir"_s, {}, u"DIR"_s);
    const QCommandLineOption json(u"json"_s);
    p.addOptions({help, email, clientId, apiUrl, checkpointDir, json});
    if (!p.parse(arguments))
        return usage(p.errorText() + u". Run \"workos-import sign-in-check --help\"."_s);
    if (p.isSet(help)) {
        out() << HelpText;
        return ExitOk;
    }
    if (p.positionalArguments().size() != 1)
        return usage(u"sign-in-check needs one job id: workos-import sign-in-check JOB --email EMAIL --client-id ID. "
                     "workos-import jobs lists the jobs. The password is never an argument."_s);
    const QString jobId = p.positionalArguments().first();
    const QString userEmail = p.value(email).trimmed();
    if (userEmail.isEmpty())
        return usage(u"which user? Give the email with --email EMAIL."_s);
    const Api::ApiKey key(qEnvironmentVariableIsSet("WORKOS_API_KEY") ? qEnvironmentVariable("WORKOS_API_KEY")
                                                                      : qEnvironmentVariable("WORKOS_SECRET_KEY"));
    if (key.isEmpty())
        return usage(u"no API key. Set WORKOS_API_KEY (or WORKOS_SECRET_KEY) in the environment; WorkOS takes it as the "
                     "client secret. It is never taken from a flag."_s);

    const QString storePath = p.isSet(checkpointDir) ? Store::JobStore::pathInDirectory(p.value(checkpointDir))
                                                     : Store::JobStore::defaultPath();
    Store::JobStore store(storePath);
    QString error;
    if (!store.open(&error))
        return usage(error);
    const std::optional<Store::JobRecord> job = store.job(jobId, &error);
    if (!job)
        return usage(error.isEmpty() ? u"there is no job \"%1\". workos-import jobs lists the jobs."_s.arg(jobId) : error);
    const Engine::JobSettings settings = Engine::JobSettings::fromJson(job->settings);
    store.close();

    QUrl base = settings.apiUrl;
    if (p.isSet(apiUrl))
        base = QUrl(p.value(apiUrl));
    QString client = p.value(clientId).trimmed();
    if (client.isEmpty())
        client = qEnvironmentVariable("WORKOS_CLIENT_ID").trimmed();
    if (client.isEmpty() && settings.environment == u"rehearsal"_s)
        client = u"client_rehearsal"_s; // the local sandbox takes any client id
    if (client.isEmpty())
        return usage(u"no client id. Give it with --client-id ID (or WORKOS_CLIENT_ID): WorkOS dashboard, API Keys page, "
                     "\"Client ID\" (client_...), of the same environment as the API key."_s);

    std::optional<Passwords::SecretBytes> password = readPassword(u"Password of %1 (not shown): "_s.arg(userEmail), &error);
    if (!password)
        return usage(error);

    Api::SignInClient client_(base);
    Api::SignInAnswer answer;
    QEventLoop loop;
    QObject::connect(&client_, &Api::SignInClient::finished, &loop, [&](const Api::SignInAnswer &a) {
        answer = a;
        loop.quit();
    });
    client_.signIn(client, key, userEmail, std::move(*password));
    password.reset();
    loop.exec();

    // The fact, never the password: the email signed in and the time (Store::PasswordProof).
    bool recorded = false;
    QString recordError;
    if (answer.signedIn()) {
        Store::PasswordProofStore proofs(storePath);
        recorded = proofs.open(&recordError)
            && proofs.record(jobId, Store::PasswordProofKind::SignIn, userEmail, &recordError);
        if (!recorded) {
            err() << "workos-import sign-in-check: signed in, but it could not be recorded with job " << jobId << ": "
                  << recordError << '\n';
            err().flush();
        }
    }

    using O = Api::SignInAnswer::Outcome;
    if (p.isSet(json)) {
        const QJsonObject o{{u"ok"_s, answer.signedIn()},
                            {u"job"_s, jobId},
                            {u"http_status"_s, answer.httpStatus},
                            {u"code"_s, answer.code},
                            {u"message"_s, answer.summary()},
                            {u"user_id"_s, answer.userId},
                            {u"request_id"_s, answer.requestId},
                            {u"recorded"_s, recorded}};
        out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else {
        out() << (answer.signedIn() ? u""_s : u"Not signed in: "_s) << answer.summary() << '\n';
        if (!answer.requestId.isEmpty() && !answer.signedIn())
            out() << "  (WorkOS request id " << answer.requestId << ")\n";
        if (settings.environment == u"rehearsal"_s && answer.outcome == O::Unreachable)
            out() << "  This is a rehearsal job: its local sandbox runs only while the wizard shows it. Sign in from the "
                     "wizard's Finish page (Sign in as...) right after the rehearsal.\n";
    }
    out().flush();
    switch (answer.outcome) {
    case O::SignedIn: return ExitOk;
    case O::Refused:
    case O::RateLimited:
    case O::ClientRefused: return ExitInvalidRows;
    case O::Unreachable:
    case O::InvalidResponse:
    case O::InvalidConfiguration: return ExitUnusable;
    }
    return ExitUnusable;
}

} // namespace Cli
