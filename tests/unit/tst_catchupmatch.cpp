// Catch-up detection (Engine::CatchUpMatcher, docs/cutover.md): a file that is a newer export
// of a job in the job store is recognised by its source, its columns and the users it shares
// with the job; the job with the most users in common wins, the newest on a tie; another
// source, other columns, no user in common or the very same unchanged file is no match. The
// header hash it computes is the one the planner records.

#include <engine/jobsettings.h>
#include <engine/planning/catchupmatch.h>
#include <engine/planning/jobplanner.h>
#include <store/jobstore.h>

#include "../testsupport/importfiles.h"

#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>

using namespace Qt::StringLiterals;
using Engine::CatchUpMatcher;

namespace {

using TestSupport::usersCsv;
using TestSupport::writeFile;

} // namespace

class TestCatchUpMatch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_jobs = 0;

    QString storePath() const { return m_dir.filePath(u"jobs.sqlite"_s); }

    // A job in `store` that read `csvPath` (its header hash as the file has it) and imported the
    // users user<first>..; created `minutesAgo` before now.
    QString addJob(Store::JobStore &store, const QString &csvPath, int first, int count, int minutesAgo,
                   Source::Kind kind = Source::Kind::Csv, const Model::ColumnMapping &mapping = {})
    {
        Source::Options source;
        source.kind = kind;
        const auto described = CatchUpMatcher::describe(csvPath, source, mapping);
        if (!described)
            return {};
        Engine::JobSettings settings;
        settings.csvPath = csvPath;
        settings.mapping = mapping;
        settings.source.kind = kind;
        Store::JobRecord job;
        job.id = u"job-%1"_s.arg(++m_jobs);
        job.csvPath = csvPath;
        job.settings = settings.toJson();
        job.mode = u"users-only"_s;
        job.state = Store::JobState::Finished;
        job.createdAt = QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo);
        job.headerHash = described->headerHash;
        job.planVersion = 2;
        if (!store.createJob(job))
            return {};
        for (int i = first; i < first + count; ++i)
            if (!store.putUser(job.id, u"User%1@Example.com"_s.arg(i), u"user_%1"_s.arg(i)))
                return {};
        return job.id;
    }

    std::optional<Engine::CatchUpMatch> find(const QString &csv, Source::Kind kind = Source::Kind::Auto,
                                             const Model::ColumnMapping &mapping = {})
    {
        Source::Options source;
        source.kind = kind;
        QString error;
        auto m = CatchUpMatcher::find(storePath(), csv, source, mapping, nullptr, &error);
        if (!error.isEmpty())
            qWarning() << "find:" << error;
        return m;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        QFile::remove(storePath());
        QFile::remove(storePath() + u"-wal"_s);
        QFile::remove(storePath() + u"-shm"_s);
    }

    void findsTheJobOfAnEarlierExport()
    {
        const QString earlier = m_dir.filePath(u"acme-users.csv"_s);
        writeFile(earlier, usersCsv(1, 100));
        Store::JobStore store(storePath());
        QVERIFY(store.open());
        const QString jobId = addJob(store, earlier, 1, 100, 60);
        QVERIFY(!jobId.isEmpty());
        // The newer export: 90 of the 100 still there, 20 new.
        const QString newer = m_dir.filePath(u"acme-users-new.csv"_s);
        writeFile(newer, usersCsv(11, 110));
        const auto m = find(newer);
        QVERIFY(m);
        QCOMPARE(m->job.id, jobId);
        QCOMPARE(m->overlap, 90);
        QCOMPARE(m->jobUsers, 100);
        QCOMPARE(m->fileUsers, 110);
    }

    void sameFileUnchangedIsNotANewerExport()
    {
        const QString csv = m_dir.filePath(u"same.csv"_s);
        writeFile(csv, usersCsv(1, 10));
        Store::JobStore store(storePath());
        QVERIFY(store.open());
        const QString jobId = addJob(store, csv, 1, 10, 5);
        Store::JobRecord job = *store.job(jobId);
        job.csvSize = QFileInfo(csv).size();
        job.csvModified = QFileInfo(csv).lastModified().toUTC();
        job.csvSha256 = u"00"_s;
        QVERIFY(store.updateFingerprint(job));
        QVERIFY(!find(csv));
        // Overwritten with a newer export at the same path: a match.
        QTest::qWait(20);
        writeFile(csv, usersCsv(5, 10));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(QDateTime::currentDateTimeUtc().addSecs(10), QFileDevice::FileModificationTime));
        f.close();
        const auto m = find(csv);
        QVERIFY(m);
        QCOMPARE(m->job.id, jobId);
        QCOMPARE(m->overlap, 6);
    }

    void otherColumnsAreNoMatch()
    {
        const QString earlier = m_dir.filePath(u"a.csv"_s);
        writeFile(earlier, usersCsv(1, 20));
        Store::JobStore store(storePath());
        QVERIFY(store.open());
        QVERIFY(!addJob(store, earlier, 1, 20, 60).isEmpty());
        // The same users, another header (a column more).
        const QString other = m_dir.filePath(u"b.csv"_s);
        writeFile(other, usersCsv(1, 20, "email,first_name,last_name,external_id"));
        QVERIFY(!find(other));
        // The same header read with another email column mapping.
        const QString mapped = m_dir.filePath(u"c.csv"_s);
        writeFile(mapped, usersCsv(1, 20, "Mail,first_name,last_name"));
        const auto mapping = Model::ColumnMapping::parse(u"Mail=email");
        QVERIFY(mapping);
        QVERIFY(!find(mapped, Source::Kind::Auto, *mapping)); // the job read "email"
    }

    void otherSourceIsNoMatch()
    {
        const QString earlier = m_dir.filePath(u"d.csv"_s);
        writeFile(earlier, usersCsv(1, 20));
        Store::JobStore store(storePath());
        QVERIFY(store.open());
        const QString jobId = addJob(store, earlier, 1, 20, 60);
        QVERIFY(!jobId.isEmpty());
        // The job says it read an Okta export: a CSV file of our own columns is not its newer export.
        Store::JobRecord job = *store.job(jobId);
        Engine::JobSettings s = Engine::JobSettings::fromJson(job.settings);
        s.source.kind = Source::Kind::Okta;
        QVERIFY(store.updateSettings(jobId, s.toJson()));
        const QString newer = m_dir.filePath(u"e.csv"_s);
        writeFile(newer, usersCsv(1, 25));
        QVERIFY(!find(newer));
        // And directly: the same facts, another kind.
        auto described = CatchUpMatcher::describe(newer, {}, {});
        QVERIFY(described);
        QCOMPARE(described->kind, Source::Kind::Csv);
        QVERIFY(!CatchUpMatcher::sameSourceAndColumns(*store.job(jobId), *described));
        described->kind = Source::Kind::Okta;
        QVERIFY(CatchUpMatcher::sameSourceAndColumns(*store.job(jobId), *described));
    }

    void noUserInCommonIsNoMatch()
    {
        const QString earlier = m_dir.filePath(u"f.csv"_s);
        writeFile(earlier, usersCsv(1, 20));
        Store::JobStore store(storePath());
        QVERIFY(store.open());
        QVERIFY(!addJob(store, earlier, 1, 20, 60).isEmpty());
        const QString unrelated = m_dir.filePath(u"g.csv"_s);
        writeFile(unrelated, usersCsv(500, 20));
        QVERIFY(!find(unrelated));
    }

    void noStoreIsNoMatchAndCreatesNone()
    {
        const QString csv = m_dir.filePath(u"h.csv"_s);
        writeFile(csv, usersCsv(1, 5));
        QVERIFY(!find(csv));
        QVERIFY(!QFileInfo::exists(storePath()));
    }

    void biggestOverlapThenNewestWins()
    {
        const QString a = m_dir.filePath(u"first.csv"_s);
        const QString b = m_dir.filePath(u"second.csv"_s);
        const QString c = m_dir.filePath(u"third.csv"_s);
        writeFile(a, usersCsv(1, 50));
        writeFile(b, usersCsv(1, 80));
        writeFile(c, usersCsv(1, 80));
        Store::JobStore store(storePath());
        QVERIFY(store.open());
        const QString small = addJob(store, a, 1, 50, 300);  // 50 in common
        const QString older = addJob(store, b, 1, 80, 200);  // 80 in common, older
        const QString newest = addJob(store, c, 1, 80, 100); // 80 in common, newest
        const QString newestSmall = addJob(store, a, 1, 10, 1); // the newest job, 10 in common
        QVERIFY(!small.isEmpty() && !older.isEmpty() && !newest.isEmpty() && !newestSmall.isEmpty());
        const QString newer = m_dir.filePath(u"fourth.csv"_s);
        writeFile(newer, usersCsv(1, 100));
        const auto m = find(newer);
        QVERIFY(m);
        QCOMPARE(m->job.id, newest);
        QCOMPARE(m->overlap, 80);

        // bestMatch alone, with a set of emails: the overlap decides first.
        const auto described = CatchUpMatcher::describe(newer, {}, {});
        QVERIFY(described);
        const QList<Store::JobRecord> jobs = CatchUpMatcher::candidates(store, *described);
        QCOMPARE(jobs.size(), 4);
        QCOMPARE(jobs.first().id, newestSmall); // newest first
        CatchUpMatcher::EmailSet few;
        for (int i = 1; i <= 10; ++i)
            few.insert(CatchUpMatcher::emailHash(u" USER%1@example.com "_s.arg(i)));
        const auto tie = CatchUpMatcher::bestMatch(store, jobs, few);
        QVERIFY(tie);
        QCOMPARE(tie->job.id, newestSmall); // 10 each: the newest
        QVERIFY(!CatchUpMatcher::bestMatch(store, jobs, few, 11)); // fewer than asked
    }

    void headerHashIsThePlannersOne()
    {
        // A job planned by the engine records the header hash describe() computes.
        const QString csv = m_dir.filePath(u"planned.csv"_s);
        writeFile(csv, "\xEF\xBB\xBF" + usersCsv(1, 30, "Email,First Name,Last Name"));
        Store::JobStore store(storePath());
        QVERIFY(store.open());
        Engine::JobSettings settings;
        settings.csvPath = csv;
        settings.mapping = *Model::ColumnMapping::parse(u"Email=email,First Name=first_name,Last Name=last_name");
        const Engine::Plan plan = Engine::JobPlanner::plan(&store, settings, {}, nullptr);
        QVERIFY2(plan.ok, qPrintable(plan.error));
        QVERIFY(!plan.job.headerHash.isEmpty());
        const auto described = CatchUpMatcher::describe(csv, settings.source, settings.mapping);
        QVERIFY(described);
        QCOMPARE(described->headerHash, plan.job.headerHash);
        for (int i = 1; i <= 30; ++i)
            QVERIFY(store.putUser(plan.job.id, u"user%1@example.com"_s.arg(i), u"user_%1"_s.arg(i)));
        const QString newer = m_dir.filePath(u"planned-newer.csv"_s);
        writeFile(newer, "\xEF\xBB\xBF" + usersCsv(21, 30, "Email,First Name,Last Name"));
        const auto m = find(newer, Source::Kind::Auto, settings.mapping);
        QVERIFY(m);
        QCOMPARE(m->job.id, plan.job.id);
        QCOMPARE(m->overlap, 10);
    }
};

QTEST_GUILESS_MAIN(TestCatchUpMatch)
#include "tst_catchupmatch.moc"
