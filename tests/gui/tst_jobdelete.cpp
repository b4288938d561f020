// The job list never offers to delete a job that some process or window holds (it is being
// planned or run there): Delete is disabled for it, and asking anyway deletes nothing.
#include "mainwindow.h"

#include "store/joblock.h"
#include "store/jobstore.h"

#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>

using namespace Qt::StringLiterals;

class TestJobDelete : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString store() const { return m_dir.filePath(u"jobs.sqlite"_s); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("XDG_DATA_HOME", m_dir.filePath(u"xdg"_s).toUtf8());
        qputenv("WIZARD_NO_KEYCHAIN", "1");
        Store::JobStore s(store());
        QVERIFY(s.open());
        Store::JobRecord job;
        job.id = u"held"_s;
        job.state = Store::JobState::Running;
        QVERIFY(s.createJob(job));
    }

    void heldJobsCannotBeDeleted()
    {
        Store::JobLock runner(store(), u"held"_s); // the job runs in "another process"
        QVERIFY(runner.tryLock());

        Gui::MainWindow window(store());
        window.setOfferInterruptedJobs(false);
        QSignalSpy loaded(&window, &Gui::MainWindow::jobsLoaded);
        window.refresh();
        QVERIFY(loaded.wait(10000));
        QVERIFY(window.selectJob(u"held"_s));
        auto *remove = window.findChild<QPushButton *>(u"deleteButton"_s);
        QVERIFY(remove);
        QVERIFY(!remove->isEnabled());

        window.deleteSelected(); // asked anyway (a shortcut, a stale button): no question, no deletion
        QVERIFY(!window.findChild<QMessageBox *>(u"deleteQuestion"_s));
        {
            Store::JobStore s(store());
            QVERIFY(s.open());
            QVERIFY(s.job(u"held"_s));
        }

        runner.unlock(); // the run ended there
        window.refresh();
        QVERIFY(loaded.wait(10000));
        QVERIFY(window.selectJob(u"held"_s));
        QVERIFY(remove->isEnabled());
    }
};

QTEST_MAIN(TestJobDelete)
#include "tst_jobdelete.moc"
