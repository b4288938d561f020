// workos-import check-password --csv FILE --email EMAIL: one known password against its hash.
// The row is read by Engine::checkKnownPassword through the import's own FileScan (columns,
// mapping, row rules), so the hash checked is the one the import sends. When the import learns
// the provider exports (--source, --firebase-hash-config, --auth0-passwords), the same options
// belong here and in Engine::KnownPasswordRequest, passed on to that reader.
#include "console.h"
#include "passwordcommands.h"
#include "passwordprompt.h"

#include "engine/planning/knownpasswordcheck.h"
#include "model/columnmapping.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

using namespace Qt::StringLiterals;

namespace Cli {

namespace {

const char HelpText[] =
    "Usage: workos-import check-password --csv FILE --email EMAIL [--map SPEC] [--salt-position prefix|suffix] [--json]\n"
    "\n"
    "Before an import, proves that the hashes in the file are the right ones: name one account of the\n"
    "file whose password you know (your own test account), type its password, and the program checks\n"
    "it locally against that row's hash exactly as WorkOS will read it (the same columns, mapping and\n"
    "rules as the import). Nothing is sent anywhere.\n"
    "\n"
    "The password is read from the terminal without showing it, or from standard input when that is\n"
    "not a terminal (printf '%s\\n' \"$PW\" | workos-import check-password ...). It is never taken from\n"
    "an argument, and never written to the job store, a log, a report or the settings.\n"
    "\n"
    "Options:\n"
    "  --csv FILE               The CSV file (required).\n"
    "  --email EMAIL            The account whose password you know (required).\n"
    "  --map SPEC               Column mapping, as for the import.\n"
    "  --salt-position POS      ssha/ssha256 only: where the salt goes, suffix (default) or prefix.\n"
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
    p.addOptions({help, csv, email, map, position, json});
    if (!p.parse(arguments))
        return usage(p.errorText() + u". Run \"workos-import check-password --help\"."_s);
    if (p.isSet(help)) {
        out() << HelpText;
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
    if (p.isSet(position)) {
        const auto pos = Passwords::saltPositionFromName(p.value(position));
        if (!pos)
            return usage(u"--salt-position is prefix or suffix."_s);
        request.saltPosition = *pos;
    }

    std::optional<Passwords::SecretBytes> password = readPassword(u"Password of %1 (not shown): "_s.arg(request.email), &error);
    if (!password)
        return usage(error);
    const Engine::KnownPasswordResult result = Engine::checkKnownPassword(request, std::move(*password));
    password.reset();

    using O = Engine::KnownPasswordResult::Outcome;
    if (p.isSet(json)) {
        QJsonObject o{{u"ok"_s, result.matches()},
                      {u"outcome"_s, outcomeId(result.outcome)},
                      {u"rule"_s, result.rule},
                      {u"message"_s, result.summary()},
                      {u"hash_type"_s, result.hashType},
                      {u"line"_s, result.line},
                      {u"rows_with_same_type"_s, result.rowsWithSameType}};
        out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else if (result.matches()) {
        out() << result.summary() << '\n';
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
