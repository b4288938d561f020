// Issue 22 item 15: the job list reads its verify and undo records through one database
// connection for the whole list. It used to open that connection once per job, and Qt SQL
// warned about the reused connection name every time (about 1,900 warnings in one session).
// Opening the list (the model's loader and the main window) with many jobs prints no Qt SQL
// warning at all.
#include "joblistmodel.h"
#include "mainwindow.h"

#include "store/jobstore.h"

#include <QtCore/QMutex>
#include <QtTest/QtTest>

using namespace Qt::StringLiterals;

namespace {

QMutex g_mutex;
QStringList g_sqlWarnings;
QtMessageHandler g_previous = nullptr;

// Catches warnings from every thread (the list is loaded in a QtConcurrent thread).
void catchSqlWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg
        && (message.contains(u"QSql"_s) || message.contains(u"connection"_s, Qt::CaseInsensitive))) {
        QMutexLocker lock(&g_mutex);
        g_sqlWarnings.append(message);
    }
    if (g_previous)
        g_previous(type, context, message);
}

} // namespace

class TestJobListQuiet : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString store() const { return m_dir.filePath(u"data/jobs.sqlite"_s); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        qputenv("WIZARD_NO_KEYCHAIN", "1");
        Store::JobStore s(store());
        QVERIFY(s.open());
        for (int i = 0; i < 40; ++i) {
            Store::JobRecord job;
            job.id = u"job-quiet-%1"_s.arg(QString::number(i).rightJustified(3, u'0'));
            job.csvPath = m_dir.filePath(u"users-%1.csv"_s.arg(i));
            job.state = i % 2 ? Store::JobState::Finished : Store::JobState::Interrupted;
            job.counters.totalRows = 10;
            QVERIFY2(s.createJob(job), qPrintable(s.lastError()));
        }
        g_previous = qInstallMessageHandler(catchSqlWarnings);
    }

    void cleanupTestCase() { qInstallMessageHandler(g_previous); }

    void init()
    {
        QMutexLocker lock(&g_mutex);
        g_sqlWarnings.clear();
    }

    void loadingManyJobsIsQuiet()
    {
        QString error;
        const QList<Gui::JobRow> rows = Gui::JobListModel::loadJobs(store(), {}, 100, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(rows.size(), 40);
        QMutexLocker lock(&g_mutex);
        QVERIFY2(g_sqlWarnings.isEmpty(), qPrintable(g_sqlWarnings.join(u'\n')));
    }

    void mainWindowRefreshesQuietly()
    {
        Gui::MainWindow window(store());
        window.setOfferInterruptedJobs(false);
        QSignalSpy loaded(&window, &Gui::MainWindow::jobsLoaded);
        window.show();
        QVERIFY(loaded.wait(15000));
        QCOMPARE(window.model()->rowCount(), 40);
        // A refresh as the window's timer makes it, twice: still no warning.
        for (int i = 0; i < 2; ++i) {
            window.refresh();
            QVERIFY(loaded.wait(15000));
        }
        QMutexLocker lock(&g_mutex);
        QVERIFY2(g_sqlWarnings.isEmpty(), qPrintable(u"%1 warnings, first: %2"_s.arg(g_sqlWarnings.size())
                                                         .arg(g_sqlWarnings.value(0))));
    }
};

QTEST_MAIN(TestJobListQuiet)
#include "tst_joblistquiet.moc"
