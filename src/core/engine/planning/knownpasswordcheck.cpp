#include "knownpasswordcheck.h"

#include "model/filescan.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QHash>
#include <QtCore/QLocale>

#include <openssl/crypto.h>

#include <optional>

using namespace Qt::StringLiterals;

namespace Engine {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Engine::KnownPasswordCheck", text);
}

bool isHashIssue(const Model::Issue &issue)
{
    return issue.severity == Model::Severity::Error && issue.rule.startsWith(u"password_hash."_s);
}

} // namespace

QString KnownPasswordResult::summary() const
{
    switch (outcome) {
    case Outcome::Match:
        if (hashType == u"password"_s)
            return tr("This password is the one the file gives this account in plain text: WorkOS will set it, and "
                      "the user signs in with it.");
        return tr("This password matches its hash: users with %1 hashes from this file (%2) will sign in with their "
                  "old passwords.")
            .arg(hashType, QLocale().toString(rowsWithSameType));
    case Outcome::Mismatch:
    case Outcome::MalformedHash:
    case Outcome::NoPassword:
    case Outcome::NoSuchEmail:
    case Outcome::FileProblem:
    case Outcome::Failed:
        break;
    }
    return message;
}

KnownPasswordResult checkKnownPassword(const KnownPasswordRequest &request, Passwords::SecretBytes password,
                                       const std::atomic_bool *cancel)
{
    using Outcome = KnownPasswordResult::Outcome;
    KnownPasswordResult result;
    const QString wanted = request.email.trimmed().toLower();

    Model::FileScan::Options options;
    options.mapping = request.mapping;
    options.singleOrganization = request.singleOrg;
    options.source = request.source;
    options.detail = Model::RowDetail::Full; // the UserRow the import sends: its hash and type
    Model::FileScan scan(request.csvPath, options);
    if (!scan.open()) {
        result.outcome = Outcome::FileProblem;
        result.rule = scan.errorId();
        result.message = scan.errorMessage();
        return result;
    }

    // One pass: the first row of the email (the one the import creates the user from), and how
    // many rows have a hash of each type.
    std::optional<Model::RowResult> found;
    QHash<QString, qint64> typeCounts;
    const bool complete = scan.run(
        [&](const Model::RowResult &row) {
            // Users (not rows: a user on several rows is created once) whose hash WorkOS gets.
            if (row.disposition == Model::Disposition::Import && !row.row.passwordHash.isEmpty())
                ++typeCounts[row.row.passwordHashType];
            if (!found && row.row.emailKey == wanted)
                found = row;
        },
        cancel);
    if (!complete && scan.errorId() != u"csv.no_rows"_s) {
        result.outcome = Outcome::FileProblem;
        result.rule = scan.errorId();
        result.message = scan.errorMessage();
        return result;
    }
    if (!found) {
        result.outcome = Outcome::NoSuchEmail;
        result.rule = u"password.no_such_email"_s;
        result.message = tr("No row of the file has the email %1. Name an account that is in the file (your own test "
                            "account is a good choice).").arg(request.email.trimmed());
        return result;
    }
    const Model::UserRow &row = found->row;
    result.line = row.line;
    for (const Model::Issue &issue : std::as_const(found->issues)) {
        if (isHashIssue(issue)) {
            result.outcome = Outcome::MalformedHash;
            result.rule = issue.rule;
            result.message = tr("The hash of this account (line %1) cannot be used: %2").arg(row.line).arg(issue.message);
            return result;
        }
    }
    if (!row.password.isEmpty()) {
        // A plain password in the file: WorkOS sets it as it is.
        const QByteArray plain = row.password.toUtf8();
        const QByteArray &typed = password.bytes();
        const bool same = plain.size() == typed.size()
            && CRYPTO_memcmp(plain.constData(), typed.constData(), size_t(plain.size())) == 0;
        QByteArray wipeMe = plain;
        Passwords::wipe(wipeMe);
        result.hashType = u"password"_s;
        result.outcome = same ? Outcome::Match : Outcome::Mismatch;
        result.rule = same ? u"password.match"_s : u"password.mismatch"_s;
        result.message = same ? tr("This password is the one the file gives this account in plain text.")
                              : tr("The file gives this account a plain-text password, and it is not this one. WorkOS "
                                   "will set the password of the file.");
        return result;
    }
    if (row.passwordHash.isEmpty()) {
        result.outcome = Outcome::NoPassword;
        result.rule = u"password.reset_needed"_s;
        result.message = tr("This account (line %1) has no password and no hash in the file: after the import its user "
                            "has no password and must set one (reset needed).").arg(row.line);
        return result;
    }
    const std::optional<Passwords::HashType> type = Passwords::hashTypeFromName(row.passwordHashType);
    if (!type) {
        result.outcome = Outcome::MalformedHash;
        result.rule = u"password_hash.type_unknown"_s;
        result.message = tr("The hash type of this account (line %1) is not one WorkOS accepts.").arg(row.line);
        return result;
    }
    result.hashType = Passwords::hashTypeName(*type);
    result.rowsWithSameType = typeCounts.value(row.passwordHashType);
    const Passwords::Verification v = Passwords::verify(*type, row.passwordHash, std::move(password), request.saltPosition);
    result.rule = v.rule;
    switch (v.verdict) {
    case Passwords::Verdict::Match:
        result.outcome = Outcome::Match;
        result.message = v.message;
        break;
    case Passwords::Verdict::Mismatch:
        result.outcome = Outcome::Mismatch;
        result.message = tr("Line %1 (%2): %3").arg(row.line).arg(result.hashType, v.message);
        break;
    case Passwords::Verdict::Malformed:
        result.outcome = Outcome::MalformedHash;
        result.message = tr("The hash of this account (line %1) cannot be used: %2").arg(row.line).arg(v.message);
        break;
    case Passwords::Verdict::Failed:
        result.outcome = Outcome::Failed;
        result.message = v.message;
        break;
    }
    return result;
}

} // namespace Engine
