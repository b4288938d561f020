#include "passwordproofstore.h"

#include "model/passwordfate.h"
#include "idtable.h"
#include "storesql.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QCoreApplication>
#include <QtCore/QStringList>
#include <QtCore/QVariant>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

using namespace Qt::StringLiterals;

namespace Store {

using namespace Sql;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Store::PasswordProofStore", text);
}

} // namespace

namespace {
constexpr std::array passwordProofKinds {
    std::pair {PasswordProofKind::KnownPasswordLocal, "known_password_verified"_L1},
    std::pair {PasswordProofKind::SignIn, "sign_in_verified"_L1},
};
} // namespace

QString passwordProofKindId(PasswordProofKind kind) { return idOf(passwordProofKinds, kind); }

QJsonObject passwordProofsJson(const QList<PasswordProof> &proofs)
{
    QJsonObject o;
    for (const PasswordProof &p : proofs)
        o.insert(passwordProofKindId(p.kind),
                 QJsonObject{{u"email"_s, p.email}, {u"at"_s, p.verifiedAt.toUTC().toString(Qt::ISODate)}});
    return o;
}

QString passwordProofsText(const QList<PasswordProof> &proofs)
{
    QStringList parts;
    for (const PasswordProof &p : proofs) {
        const QString when = p.verifiedAt.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s);
        parts.append(p.kind == PasswordProofKind::SignIn ? tr("sign-in verified (%1, %2)").arg(p.email, when)
                                                         : tr("known password verified locally (%1, %2)").arg(p.email, when));
    }
    return parts.join(u"; "_s);
}

QString passwordFatesText(const QJsonObject &fates)
{
    if (fates.isEmpty())
        return {};
    Model::PasswordFateCounts c;
    c.kept = fates.value(u"kept"_s).toInteger();
    c.converted = fates.value(u"converted"_s).toInteger();
    c.resetNeeded = fates.value(u"reset_needed"_s).toInteger();
    const QJsonObject to = fates.value(u"converted_to"_s).toObject();
    for (auto it = to.begin(); it != to.end(); ++it)
        c.convertedTo.insert(it.key(), it.value().toInteger());
    return c.text();
}

PasswordProofStore::PasswordProofStore(QString path)
    : m_path(std::move(path))
    , m_connectionName(uniqueConnectionName(u"passwordproofs-"_s))
{
}

PasswordProofStore::~PasswordProofStore()
{
    closeConnection(m_db, m_connectionName);
}

bool PasswordProofStore::fail(QString *error, const QString &message) const
{
    m_lastError = message;
    if (error)
        *error = message;
    return false;
}

bool PasswordProofStore::open(QString *error)
{
    QString why;
    if (!openConnection(m_db, m_connectionName, m_path, tr("Cannot open the job store %1: %2"),
                        tr("Cannot set up the job store %1: %2"), &why))
        return fail(error, why);
    QSqlQuery q(m_db);
    if (!q.exec(uR"(CREATE TABLE IF NOT EXISTS password_proofs (
            job_key INTEGER NOT NULL REFERENCES jobs(key) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            email TEXT NOT NULL,
            verified_at INTEGER NOT NULL,
            PRIMARY KEY (job_key, kind)
        ) WITHOUT ROWID)"_s))
        return fail(error, tr("Cannot add the password checks table to the job store %1: %2").arg(m_path, q.lastError().text()));
    if (!q.exec(uR"(CREATE TABLE IF NOT EXISTS password_fates (
            job_key INTEGER PRIMARY KEY REFERENCES jobs(key) ON DELETE CASCADE,
            fates TEXT NOT NULL
        ))"_s))
        return fail(error, tr("Cannot add the password fates table to the job store %1: %2").arg(m_path, q.lastError().text()));
    return true;
}

bool PasswordProofStore::recordFates(const QString &jobId, const QJsonObject &fates, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO password_fates (job_key, fates) SELECT key, ? FROM jobs WHERE id = ? "
              "ON CONFLICT (job_key) DO UPDATE SET fates = excluded.fates"_s);
    if (!bindAndExec(q, {QString::fromUtf8(QJsonDocument(fates).toJson(QJsonDocument::Compact)), jobId}))
        return fail(error, tr("Cannot record the password fates of job %1: %2").arg(jobId, q.lastError().text()));
    if (q.numRowsAffected() < 1)
        return fail(error, tr("There is no job \"%1\" in the job store.").arg(jobId));
    return true;
}

QJsonObject PasswordProofStore::fates(const QString &jobId) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT f.fates FROM password_fates f JOIN jobs j ON j.key = f.job_key WHERE j.id = ?"_s);
    if (!bindAndExec(q, {jobId}) || !q.next())
        return {};
    return QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
}

bool PasswordProofStore::record(const QString &jobId, PasswordProofKind kind, const QString &email, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO password_proofs (job_key, kind, email, verified_at) "
              "SELECT key, ?, ?, ? FROM jobs WHERE id = ? "
              "ON CONFLICT (job_key, kind) DO UPDATE SET email = excluded.email, verified_at = excluded.verified_at"_s);
    if (!bindAndExec(q, {passwordProofKindId(kind), email.trimmed().toLower(), nowMs(), jobId}))
        return fail(error, tr("Cannot record the password check of job %1: %2").arg(jobId, q.lastError().text()));
    if (q.numRowsAffected() < 1)
        return fail(error, tr("There is no job \"%1\" in the job store.").arg(jobId));
    return true;
}

QList<PasswordProof> PasswordProofStore::proofs(const QString &jobId) const
{
    QList<PasswordProof> out;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT p.kind, p.email, p.verified_at FROM password_proofs p JOIN jobs j ON j.key = p.job_key "
              "WHERE j.id = ? ORDER BY p.kind"_s);
    if (!bindAndExec(q, {jobId}))
        return out;
    while (q.next()) {
        PasswordProof p;
        const auto kind = fromId(passwordProofKinds, q.value(0).toString());
        if (!kind)
            continue; // a kind a newer program records
        p.kind = *kind;
        p.email = q.value(1).toString();
        p.verifiedAt = QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC);
        out.append(p);
    }
    return out;
}

} // namespace Store
