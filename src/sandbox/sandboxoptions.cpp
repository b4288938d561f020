#include "sandboxoptions.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QFile>
#include <QtCore/QProcessEnvironment>
#include <QtCore/QRandomGenerator>

#include <cstdlib>
#include <cstring>

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {

struct OptionSet
{
    QCommandLineOption help {{u"h"_s, u"help"_s}, u"Show this help and exit."_s};
    QCommandLineOption version {u"version"_s, u"Show the version and exit."_s};
    QCommandLineOption port {u"port"_s, u"Port on 127.0.0.1 to listen on; 0 picks a free port (default 0)."_s, u"N"_s, u"0"_s};
    QCommandLineOption keys {u"keys"_s,
                             u"Comma-separated API keys that are accepted as Bearer tokens (default sk_test_sandbox; "
                             "the environment variable WORKOS_SANDBOX_KEYS is used when this option is absent)."_s,
                             u"K1,K2"_s};
    QCommandLineOption roles {u"roles"_s, u"Comma-separated role slugs that exist (default member,admin)."_s, u"A,B"_s};
    QCommandLineOption multipleRoles {u"multiple-roles"_s, u"Allow more than one slug in role_slugs."_s};
    QCommandLineOption rateLimits {u"rate-limits"_s,
                                   u"workos (default: writes=500/10,reads=1000/10,all=6000/60 per API key), off, "
                                   "or explicit family=count/seconds pairs, e.g. writes=20/2."_s,
                                   u"SPEC"_s, u"workos"_s};
    QCommandLineOption seed {u"seed"_s, u"Seed for latency, faults and ids (default: random, printed in the first line)."_s, u"N"_s};
    QCommandLineOption latency {u"latency-ms"_s, u"Mean added latency of API answers, with jitter (default 0)."_s, u"MEAN"_s, u"0"_s};
    QCommandLineOption failRate {u"fail-rate"_s, u"Share of API requests answered 500 or 503 (0..1)."_s, u"P"_s, u"0"_s};
    QCommandLineOption resetRate {u"reset-rate"_s, u"Share of API requests whose connection is reset without an answer (0..1)."_s, u"P"_s, u"0"_s};
    QCommandLineOption stallRate {u"stall-rate"_s, u"Share of API requests that get no answer; the connection closes after the stall time (0..1)."_s, u"P"_s, u"0"_s};
    QCommandLineOption stallSeconds {u"stall-seconds"_s, u"How long a stalled request waits before its connection closes (default 120)."_s, u"S"_s, u"120"_s};
    QCommandLineOption ignoreIdempotencyKey {u"ignore-idempotency-key"_s,
                                             u"Run every POST even when its Idempotency-Key was seen before (by default a "
                                             "repeated key gets the first answer again, like WorkOS). With resets or stalls, "
                                             "a retried create whose answer was lost then meets email_not_available or a 409."_s};
    QCommandLineOption journal {u"journal"_s,
                                u"Keep the data in FILE: a sandbox started again on the same file holds what the "
                                "last one held, even after it was killed (every change is written before its "
                                "answer; passwords and hashes never are). POST /_sandbox/reset empties it."_s,
                                u"FILE"_s};
    QCommandLineOption adminSecretFile {u"admin-secret-file"_s,
                                        u"The secret /_sandbox/* requires in the X-Sandbox-Secret header: the first "
                                        "line of FILE. Without it the environment variable WORKOS_SANDBOX_ADMIN_SECRET "
                                        "is used (and removed from the environment); without either a random secret is "
                                        "made and printed in the first line (\"admin_secret\")."_s,
                                        u"FILE"_s};
    QCommandLineOption exitOnStdinClose {u"exit-on-stdin-close"_s,
                                         u"Stop when standard input closes or the process that started it ends (the "
                                         "wizard's rehearsal sandbox: it never outlives the wizard). Give it a pipe as stdin."_s};

    QList<QCommandLineOption> all() const
    {
        return {help, version, port, keys, roles, multipleRoles, rateLimits, seed, latency,
                failRate, resetRate, stallRate, stallSeconds, ignoreIdempotencyKey, journal, adminSecretFile,
                exitOnStdinClose};
    }
};

QStringList splitList(const QString &text)
{
    QStringList items;
    for (const QString &item : text.split(u',', Qt::SkipEmptyParts)) {
        const QString trimmed = item.trimmed();
        if (!trimmed.isEmpty() && !items.contains(trimmed))
            items.append(trimmed);
    }
    return items;
}

bool parseRate(const QString &text, double &rate)
{
    bool ok = false;
    rate = text.toDouble(&ok);
    return ok && rate >= 0 && rate <= 1;
}

} // namespace

QString SandboxOptions::helpText()
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"workos-sandbox: a local WorkOS-compatible API server for tests, benchmarks and the "
        "wizard's rehearsal mode.\n\n"
        "It listens on 127.0.0.1 only and prints one JSON line first: "
        "{\"url\": \"http://127.0.0.1:PORT\", \"keys\": [...], \"seed\": N}. "
        "It serves the endpoints the importer uses, with the WorkOS API's validation, errors "
        "and JSON shapes: POST/GET /user_management/users (also GET/PUT/DELETE .../:id and "
        "GET .../external_id/:id), POST/GET/DELETE /organizations (also "
        "/organizations/external_id/:id), POST/GET/DELETE /user_management/organization_memberships "
        "(also PUT .../:id/deactivate and .../:id/reactivate), POST/GET /authorization/roles, and "
        "POST /user_management/authenticate (sign-in with a password, checked against the imported "
        "hash). "
        "Data lives in memory and is lost on exit, unless --journal names a file to keep it in. Requests need \"Authorization: Bearer KEY\" "
        "with one of the keys; each key has WorkOS's rate limits, enforced with a sliding "
        "window (429 with Retry-After). Latency, 5xx answers, connection resets and stalls "
        "can be injected, reproducibly with --seed; they never touch /_sandbox. A POST "
        "repeated with the same Idempotency-Key gets the first answer again (unless "
        "--ignore-idempotency-key).\n\n"
        "Inspection and control: GET /_sandbox/state, GET /_sandbox/stats, POST /_sandbox/reset, "
        "POST /_sandbox/switches; they need the header \"X-Sandbox-Secret: SECRET\" (see --admin-secret-file), "
        "not an API key. One journal, one sandbox: a second sandbox on a journal in use refuses to start. "
        "SIGTERM or SIGINT stops it."_s);
    const OptionSet options;
    parser.addOptions(options.all());
    return parser.helpText();
}

SandboxOptions::Parsed SandboxOptions::parse(const QStringList &arguments)
{
    Parsed parsed;
    QCommandLineParser parser;
    const OptionSet set;
    parser.addOptions(set.all());
    const auto fail = [&parsed](const QString &message) {
        parsed.action = Action::Error;
        parsed.error = message;
        return parsed;
    };
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return fail(u"unexpected argument \"%1\""_s.arg(parser.positionalArguments().first()));
    if (parser.isSet(set.help)) {
        parsed.action = Action::Help;
        return parsed;
    }
    if (parser.isSet(set.version)) {
        parsed.action = Action::Version;
        return parsed;
    }

    SandboxOptions &o = parsed.options;
    bool ok = false;
    const uint port = parser.value(set.port).toUInt(&ok);
    if (!ok || port > 65535)
        return fail(u"--port needs a number from 0 to 65535"_s);
    o.port = quint16(port);

    QString keyText;
    if (parser.isSet(set.keys))
        keyText = parser.value(set.keys);
    else
        keyText = QProcessEnvironment::systemEnvironment().value(u"WORKOS_SANDBOX_KEYS"_s);
    if (!keyText.isEmpty()) {
        o.keys = splitList(keyText);
        if (o.keys.isEmpty())
            return fail(u"--keys needs at least one key"_s);
    }
    if (parser.isSet(set.roles)) {
        o.roles = splitList(parser.value(set.roles));
        if (o.roles.isEmpty())
            return fail(u"--roles needs at least one role slug"_s);
    }
    o.multipleRoles = parser.isSet(set.multipleRoles);

    QString error;
    o.rateLimitSpec = parser.value(set.rateLimits);
    const auto limits = RateLimitConfig::parse(o.rateLimitSpec, &error);
    if (!limits)
        return fail(u"--rate-limits: "_s + error);
    o.rateLimits = *limits;

    if (parser.isSet(set.seed)) {
        o.seed = parser.value(set.seed).toULongLong(&ok);
        if (!ok)
            return fail(u"--seed needs a non-negative integer"_s);
        o.seedGiven = true;
    }
    o.latencyMs = parser.value(set.latency).toInt(&ok);
    if (!ok || o.latencyMs < 0 || o.latencyMs > 600'000)
        return fail(u"--latency-ms needs a number of milliseconds from 0 to 600000"_s);
    if (!parseRate(parser.value(set.failRate), o.failRate))
        return fail(u"--fail-rate needs a number from 0 to 1"_s);
    if (!parseRate(parser.value(set.resetRate), o.resetRate))
        return fail(u"--reset-rate needs a number from 0 to 1"_s);
    if (!parseRate(parser.value(set.stallRate), o.stallRate))
        return fail(u"--stall-rate needs a number from 0 to 1"_s);
    if (o.failRate + o.resetRate + o.stallRate > 1.0 + 1e-9)
        return fail(u"--fail-rate, --reset-rate and --stall-rate add up to more than 1"_s);
    o.stallSeconds = parser.value(set.stallSeconds).toInt(&ok);
    if (!ok || o.stallSeconds < 0 || o.stallSeconds > 3600)
        return fail(u"--stall-seconds needs a number from 0 to 3600"_s);
    o.ignoreIdempotencyKey = parser.isSet(set.ignoreIdempotencyKey);
    o.journalPath = parser.value(set.journal);
    o.exitWithParent = parser.isSet(set.exitOnStdinClose);

    // The secret of /_sandbox/*: never on the command line, where every local user can read it.
    if (parser.isSet(set.adminSecretFile)) {
        QFile file(parser.value(set.adminSecretFile));
        if (!file.open(QIODevice::ReadOnly))
            return fail(u"--admin-secret-file: cannot read %1: %2"_s.arg(file.fileName(), file.errorString()));
        o.adminSecret = file.readLine().trimmed();
        if (o.adminSecret.isEmpty())
            return fail(u"--admin-secret-file: the first line of %1 is empty"_s.arg(file.fileName()));
    } else if (char *value = ::getenv("WORKOS_SANDBOX_ADMIN_SECRET")) {
        o.adminSecret = QByteArray(value).trimmed();
        // Wiped where it was, not only unset: /proc/<pid>/environ shows the original bytes.
        std::memset(value, 0, std::strlen(value));
        ::unsetenv("WORKOS_SANDBOX_ADMIN_SECRET");
        if (o.adminSecret.isEmpty())
            return fail(u"WORKOS_SANDBOX_ADMIN_SECRET is empty"_s);
    }
    if (o.adminSecret.isEmpty()) {
        quint32 words[8];
        QRandomGenerator::system()->fillRange(words);
        o.adminSecret = QByteArray(reinterpret_cast<const char *>(words), sizeof(words)).toHex();
        o.adminSecretMade = true;
    }
    return parsed;
}

} // namespace Sandbox
