// The ID map (Report::IdMap, docs/cutover.md): built from the job store alone, one line per
// imported row, organizations in a table of their own, unknown ids said plainly (old jobs,
// memberships that existed), the job's own input and store refused as the output, CSV and JSON
// that parse back to the same ids; and the store's schema 3 (external id and membership id per
// outcome, the job's roles) on a store written by schema 2.

#include <report/idmap.h>
#include <store/jobstore.h>

#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QTemporaryDir>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlQuery>
#include <QtTest/QtTest>

using namespace Qt::StringLiterals;
using namespace Store;
using Report::IdMap;

namespace {

JobRecord makeJob(const QString &id, const QString &csvPath)
{
    JobRecord j;
    j.id = id;
    j.csvPath = csvPath;
    j.mode = u"multi-organization"_s;
    return j;
}

RowOutcome outcome(const QString &jobId, qint64 row, const QString &email, const QString &orgKey, Outcome what,
                   const QString &userId, const QString &externalId, const QString &membershipId,
                   UserResult user = UserResult::Created)
{
    RowOutcome o;
    o.jobId = jobId;
    o.row = row;
    o.line = row + 1;
    o.email = email;
    o.orgKey = orgKey;
    o.outcome = what;
    o.user = user;
    o.stage = orgKey.isEmpty() ? Stage::User : Stage::Membership;
    o.userId = userId;
    o.externalId = externalId;
    o.membershipId = membershipId;
    return o;
}

// Parses an RFC 4180 file (as written by the map: CRLF, quoted fields) into rows of cells.
QList<QStringList> readCsv(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(f.readAll());
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(cell);
            cell.clear();
        } else if (c == u'\r') {
        } else if (c == u'\n') {
            row.append(cell);
            rows.append(row);
            row.clear();
            cell.clear();
        } else {
            cell += c;
        }
    }
    return rows;
}

} // namespace

class TestIdMap : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;
    QString freshPath() { return m_dir.filePath(u"store-%1/jobs.sqlite"_s.arg(++m_n)); }

    // A job with: a user in two organizations (one membership made, one that existed), a user
    // without organization that existed, a user whose membership failed, an invalid row, a
    // duplicate, and an email with a comma and a quote (CSV quoting).
    void fillJob(JobStore &store, const QString &jobId)
    {
        QVERIFY(store.createJob(makeJob(jobId, m_dir.filePath(u"users.csv"_s))));
        QVERIFY(store.putOrg(jobId, {u"ext:acme"_s, u"org_acme"_s, u"Acme"_s, OrgResolution::Created, {}, {}}));
        QVERIFY(store.putOrg(jobId, {u"ext:globex"_s, u"org_globex"_s, u"Globex"_s, OrgResolution::Existed, {}, {}}));
        QVERIFY(store.putOrg(jobId, {u"ext:gone"_s, {}, u"Gone"_s, OrgResolution::Failed, u"no such organization"_s, {}}));
        RowOutcome failed = outcome(jobId, 4, u"c@example.com"_s, u"ext:globex"_s, Outcome::Failed, u"user_c"_s,
                                    u"src-c"_s, {});
        failed.code = u"invalid_role"_s;
        RowOutcome invalid = outcome(jobId, 5, u"bad"_s, {}, Outcome::Invalid, {}, {}, {});
        invalid.stage = Stage::Validate;
        QVERIFY(store.recordOutcomes({
            outcome(jobId, 1, u"a@example.com"_s, u"ext:acme"_s, Outcome::MembershipAdded, u"user_a"_s, u"src-a"_s, u"om_1"_s),
            outcome(jobId, 2, u"A@example.com"_s, u"ext:globex"_s, Outcome::MembershipExisted, u"user_a"_s, u"src-a"_s, {}),
            outcome(jobId, 3, u"b@example.com"_s, {}, Outcome::Existed, u"user_b"_s, u"src-b"_s, {}, UserResult::Existed),
            failed,
            invalid,
            outcome(jobId, 6, u"a@example.com"_s, u"ext:acme"_s, Outcome::DuplicateSkipped, {}, u"src-a"_s, {}),
            outcome(jobId, 7, u"\"odd, one\"@example.com"_s, u"ext:acme"_s, Outcome::MembershipAdded, u"user_d"_s,
                    u"=src-d"_s, u"om_2"_s),
        }));
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void formatsAndOrganizationsPath()
    {
        QCOMPARE(IdMap::formatForPath(u"/x/map.CSV"_s), std::optional(Report::IdMapFormat::Csv));
        QCOMPARE(IdMap::formatForPath(u"map.json"_s), std::optional(Report::IdMapFormat::Json));
        QVERIFY(!IdMap::formatForPath(u"map.xlsx"_s));
        QVERIFY(!IdMap::formatForPath(u"map"_s));
        QCOMPARE(IdMap::organizationsPath(u"/tmp/out/map.csv"_s), u"/tmp/out/map.organizations.csv"_s);
    }

    // The store records the row's external id and the membership id; a replay that only finds
    // the membership ("already a member") keeps the id the first run recorded.
    void outcomesKeepTheirIds()
    {
        JobStore store(freshPath());
        QVERIFY(store.open());
        QVERIFY(store.createJob(makeJob(u"j"_s, {})));
        QCOMPARE(store.idsRecorded(u"j"_s), std::optional<bool>(true));
        QVERIFY(store.recordOutcomes({outcome(u"j"_s, 1, u"a@example.com"_s, u"ext:acme"_s, Outcome::MembershipAdded,
                                              u"user_a"_s, u"src-a"_s, u"om_1"_s)}));
        QVERIFY(store.recordOutcomes({outcome(u"j"_s, 1, u"a@example.com"_s, u"ext:acme"_s, Outcome::MembershipExisted,
                                              u"user_a"_s, u"src-a"_s, {})}));
        const auto back = store.outcome(u"j"_s, 1);
        QVERIFY(back);
        QCOMPARE(back->externalId, u"src-a"_s);
        QCOMPARE(back->membershipId, u"om_1"_s);
        QCOMPARE(back->outcome, Outcome::MembershipExisted);

        RoleEntry role {u"billing-admin"_s, u"Billing admin"_s, u"role_1"_s, RoleResolution::Created, {}, {}};
        QVERIFY(store.putRole(u"j"_s, role));
        const QList<RoleEntry> roles = store.roles(u"j"_s);
        QCOMPARE(roles.size(), 1);
        QCOMPARE(roles.first().slug, role.slug);
        QCOMPARE(roles.first().roleId, role.roleId);
        QCOMPARE(roles.first().resolution, RoleResolution::Created);
        QString error;
        QVERIFY(!store.putRole(u"nope"_s, role, &error));
        QVERIFY(!error.isEmpty());
    }

    void collectMapsEveryImportedRow()
    {
        JobStore store(freshPath());
        QVERIFY(store.open());
        fillJob(store, u"job"_s);
        QList<Report::IdMapLine> lines;
        QList<Report::IdMapOrg> orgs;
        bool recorded = false;
        QString error;
        QVERIFY2(IdMap::collect(store, u"job"_s, [&lines](const Report::IdMapLine &l) { lines.append(l); }, &orgs,
                                &recorded, &error),
                 qPrintable(error));
        QVERIFY(recorded);
        // Rows 1, 2, 3, 4 (its user exists: it maps without membership) and 7; not the invalid
        // row, not the duplicate.
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines.at(0).row, 1);
        QCOMPARE(lines.at(0).sourceId, u"src-a"_s);
        QCOMPARE(lines.at(0).userId, u"user_a"_s);
        QCOMPARE(lines.at(0).orgExternalId, u"acme"_s);
        QCOMPARE(lines.at(0).organizationId, u"org_acme"_s);
        QCOMPARE(lines.at(0).membershipId, u"om_1"_s);
        QVERIFY(lines.at(0).note.isEmpty());
        QCOMPARE(lines.at(1).organizationId, u"org_globex"_s);
        QVERIFY(lines.at(1).membershipId.isEmpty());
        QVERIFY2(lines.at(1).note.contains(u"already a member"_s), qPrintable(lines.at(1).note));
        QCOMPARE(lines.at(2).user, u"existed"_s);
        QVERIFY(lines.at(2).orgKey.isEmpty());
        QVERIFY(lines.at(2).note.isEmpty());
        QCOMPARE(lines.at(3).userId, u"user_c"_s);
        QVERIFY(lines.at(3).orgKey.isEmpty());
        QVERIFY(lines.at(3).note.contains(u"failed"_s));
        QCOMPARE(lines.at(4).row, 7);
        // Failed organizations are not in the table; the others are, with their resolution.
        QCOMPARE(orgs.size(), 2);
        QCOMPARE(orgs.at(0).externalId, u"acme"_s);
        QCOMPARE(orgs.at(0).resolution, u"created"_s);
        QCOMPARE(orgs.at(1).organizationId, u"org_globex"_s);
        QCOMPARE(orgs.at(1).resolution, u"existed"_s);

        QVERIFY(!IdMap::collect(store, u"missing"_s, [](const Report::IdMapLine &) {}, nullptr, nullptr, &error));
        QVERIFY(!error.isEmpty());
    }

    void csvRoundTrip()
    {
        JobStore store(freshPath());
        QVERIFY(store.open());
        fillJob(store, u"job"_s);
        const QString out = m_dir.filePath(u"map-%1.csv"_s.arg(++m_n));
        QString error;
        const auto summary = IdMap::write(store, u"job"_s, out, &error);
        QVERIFY2(summary, qPrintable(error));
        QCOMPARE(summary->lines, 5);
        QCOMPARE(summary->users, 4);
        QCOMPARE(summary->memberships, 3);
        QCOMPARE(summary->membershipsWithoutId, 1);
        QCOMPARE(summary->organizations, 2);
        QCOMPARE(summary->files, QStringList({out, IdMap::organizationsPath(out)}));

        const QList<QStringList> rows = readCsv(out);
        QCOMPARE(rows.size(), 6);
        QCOMPARE(rows.at(0), QStringList({u"source_id"_s, u"email"_s, u"workos_user_id"_s, u"user"_s,
                                          u"org_external_id"_s, u"workos_organization_id"_s, u"membership_id"_s,
                                          u"note"_s, u"row"_s}));
        QCOMPARE(rows.at(1).mid(0, 7), QStringList({u"src-a"_s, u"a@example.com"_s, u"user_a"_s, u"created"_s,
                                                    u"acme"_s, u"org_acme"_s, u"om_1"_s}));
        // Quoted email and an id kept exactly as it is (no spreadsheet guard on ids).
        QCOMPARE(rows.at(5).at(0), u"=src-d"_s);
        QCOMPARE(rows.at(5).at(1), u"\"odd, one\"@example.com"_s);
        QCOMPARE(rows.at(5).at(8), u"7"_s);
        for (const QStringList &r : rows)
            QCOMPARE(r.size(), 9);

        const QList<QStringList> orgRows = readCsv(IdMap::organizationsPath(out));
        QCOMPARE(orgRows.size(), 3);
        QCOMPARE(orgRows.at(1), QStringList({u"ext:acme"_s, u"acme"_s, u"Acme"_s, u"org_acme"_s, u"created"_s}));
        // The map holds emails: the owner's only.
        QCOMPARE(int(QFile::permissions(out) & (QFileDevice::ReadGroup | QFileDevice::ReadOther)), 0);
    }

    void jsonGroupsByUser()
    {
        JobStore store(freshPath());
        QVERIFY(store.open());
        fillJob(store, u"job"_s);
        QVERIFY(store.putRole(u"job"_s, {u"auditor"_s, u"Auditor"_s, u"role_9"_s, RoleResolution::Created, {}, {}}));
        const QString out = m_dir.filePath(u"map-%1.json"_s.arg(++m_n));
        QString error;
        QVERIFY2(IdMap::write(store, u"job"_s, out, &error), qPrintable(error));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonParseError parseError;
        const QJsonObject root = QJsonDocument::fromJson(f.readAll(), &parseError).object();
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QCOMPARE(root.value(u"job"_s).toString(), u"job"_s);
        QCOMPARE(root.value(u"ids_recorded"_s).toBool(), true);
        const QJsonArray users = root.value(u"users"_s).toArray();
        QCOMPARE(users.size(), 4);
        const QJsonObject a = users.at(0).toObject();
        QCOMPARE(a.value(u"workos_user_id"_s).toString(), u"user_a"_s);
        QCOMPARE(a.value(u"source_id"_s).toString(), u"src-a"_s);
        const QJsonArray memberships = a.value(u"memberships"_s).toArray();
        QCOMPARE(memberships.size(), 2);
        QCOMPARE(memberships.at(0).toObject().value(u"membership_id"_s).toString(), u"om_1"_s);
        QCOMPARE(memberships.at(1).toObject().value(u"workos_organization_id"_s).toString(), u"org_globex"_s);
        QCOMPARE(root.value(u"organizations"_s).toArray().size(), 2);
        const QJsonArray roles = root.value(u"roles"_s).toArray();
        QCOMPARE(roles.size(), 1);
        QCOMPARE(roles.at(0).toObject().value(u"role_id"_s).toString(), u"role_9"_s);
    }

    void refusesInputStoreAndUnknownFormats_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::addRow("the input file") << u"users.csv"_s << u"input file"_s;
        QTest::addRow("the store") << u"STORE"_s << u"job store"_s;
        QTest::addRow("the store's WAL") << u"STORE-wal"_s << u"job store"_s;
        QTest::addRow("organizations file is the input") << u"users.csv.SPECIAL"_s << u"input file"_s;
        QTest::addRow("unknown format") << u"map.txt"_s << u".csv or .json"_s;
        QTest::addRow("no name") << QString() << u".csv or .json"_s;
    }

    void refusesInputStoreAndUnknownFormats()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        const QString storePath = freshPath();
        JobStore store(storePath);
        QVERIFY(store.open());
        // The input file "users.organizations.csv" makes the CSV map "users.csv" collide twice;
        // a map named "users.csv" in the input's folder collides with the input itself.
        const QString input = m_dir.filePath(name.endsWith(u".SPECIAL"_s) ? u"x.organizations.csv"_s : u"users.csv"_s);
        { QFile f(input); QVERIFY(f.open(QIODevice::WriteOnly)); f.write("email\n"); }
        QVERIFY(store.createJob(makeJob(u"job"_s, input)));
        QString out;
        if (name == u"STORE"_s)
            out = storePath;
        else if (name == u"STORE-wal"_s)
            out = storePath + u"-wal"_s;
        else if (name.endsWith(u".SPECIAL"_s))
            out = m_dir.filePath(u"x.csv"_s);
        else if (!name.isEmpty())
            out = m_dir.filePath(name);
        const QByteArray before = [&] { QFile f(input); return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray(); }();
        QString error;
        QVERIFY(!IdMap::write(store, u"job"_s, out, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        // Nothing was touched.
        QFile f(input);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
        QVERIFY(store.job(u"job"_s));
    }

    // A store written by schema 2 opens as schema 3: its jobs say that their ids were not
    // recorded, and the map says so on every line instead of guessing.
    void oldJobsSayTheirIdsAreUnknown()
    {
        const QString path = freshPath();
        {
            JobStore store(path);
            QVERIFY(store.open());
            fillJob(store, u"old"_s);
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw-idmap"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const QString &sql : {u"DROP TABLE job_roles"_s, u"ALTER TABLE jobs DROP COLUMN ids_recorded"_s,
                                       u"ALTER TABLE row_outcomes DROP COLUMN external_id"_s,
                                       u"ALTER TABLE row_outcomes DROP COLUMN membership_id"_s,
                                       u"ALTER TABLE jobs DROP COLUMN users_updated"_s, u"PRAGMA user_version = 2"_s})
                QVERIFY2(q.exec(sql), qPrintable(sql));
            q = QSqlQuery();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"raw-idmap"_s);
        JobStore store(path);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QCOMPARE(store.schemaVersion(), 4);
        QCOMPARE(store.idsRecorded(u"old"_s), std::optional<bool>(false));
        QVERIFY(store.roles(u"old"_s).isEmpty());
        QVERIFY(store.createJob(makeJob(u"new"_s, {})));
        QCOMPARE(store.idsRecorded(u"new"_s), std::optional<bool>(true));

        const QString out = m_dir.filePath(u"old-map.csv"_s);
        const auto summary = IdMap::write(store, u"old"_s, out, &error);
        QVERIFY2(summary, qPrintable(error));
        QVERIFY(!summary->idsRecorded);
        const QList<QStringList> rows = readCsv(out);
        QCOMPARE(rows.size(), 6);
        for (qsizetype i = 1; i < rows.size(); ++i) {
            QVERIFY(rows.at(i).at(0).isEmpty()); // source id not recorded
            QVERIFY(!rows.at(i).at(2).isEmpty()); // the user id is
            QVERIFY2(rows.at(i).at(7).contains(u"not recorded"_s), qPrintable(rows.at(i).at(7)));
        }
    }
};

QTEST_GUILESS_MAIN(TestIdMap)
#include "tst_idmap.moc"
