#pragma once
// PasswordProofStore: the facts that a job's passwords were proved (issue 19, "Counted
// everywhere"): a known password matched its hash locally (check-password --job, the Review
// page's dialog once the job exists) or an imported user signed in (sign-in-check, the Finish
// page's "Sign in as…"). Each fact is the email of the account checked and the time, the latest
// of each kind per job. Never the password, never the hash.
//
// The table (password_proofs) lives in the job store's SQLite file beside JobStore's and refers
// to jobs(key) with ON DELETE CASCADE. It is created IF NOT EXISTS when this class opens the
// file, after JobStore has created or migrated it (as Store::FollowUpStore does): no schema
// version of its own, old stores gain it, older programs ignore it (docs/job-store.md).
//
// Beside them, the plan's password fates of a new job (table password_fates: the counts of
// Model::PasswordFateCounts::toJson(), kept / converted / reset needed, with types and reasons),
// recorded by whoever ran the plan (the import command, the Finish page), so that the job list
// and `jobs` show them later.
//
// One object is one SQLite connection, used only in the thread that called open().

#include <QtCore/QDateTime>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtSql/QSqlDatabase>

#include <optional>

namespace Store {

enum class PasswordProofKind { KnownPasswordLocal, SignIn };
QString passwordProofKindId(PasswordProofKind kind); // "known_password_verified", "sign_in_verified"

struct PasswordProof {
    PasswordProofKind kind = PasswordProofKind::SignIn;
    QString email;        // the account checked (lowercase)
    QDateTime verifiedAt; // UTC
};

// {"known_password_verified":{"email":..,"at":..},"sign_in_verified":{..}}: the kinds recorded.
QJsonObject passwordProofsJson(const QList<PasswordProof> &proofs);
// For people: "known password verified locally (ada@example.com, 2026-12-06 21:30 UTC); sign-in
// verified (...)"; empty when nothing was proved.
QString passwordProofsText(const QList<PasswordProof> &proofs);
// For people, from the stored fates: "12 kept as-is, 3 converted (firebase-scrypt), 5 reset
// needed"; empty for an empty object.
QString passwordFatesText(const QJsonObject &fates);

class PasswordProofStore
{
public:
    explicit PasswordProofStore(QString path); // the job store's file (JobStore::path())
    ~PasswordProofStore();
    PasswordProofStore(const PasswordProofStore &) = delete;
    PasswordProofStore &operator=(const PasswordProofStore &) = delete;

    bool open(QString *error = nullptr);
    // Records (or replaces) the fact of `kind` for the job. False with *error when the job is
    // not in the store or the write failed.
    bool record(const QString &jobId, PasswordProofKind kind, const QString &email, QString *error = nullptr);
    // The facts recorded for the job, by kind; empty when none (or the job is unknown).
    QList<PasswordProof> proofs(const QString &jobId) const;
    // The plan's fates (Model::PasswordFateCounts::toJson()); replaces what was recorded.
    bool recordFates(const QString &jobId, const QJsonObject &fates, QString *error = nullptr);
    // The recorded fates; empty when none were recorded (a job planned before this table).
    QJsonObject fates(const QString &jobId) const;

private:
    bool fail(QString *error, const QString &message) const;

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    mutable QString m_lastError;
};

} // namespace Store
