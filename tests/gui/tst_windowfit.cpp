// Issue 22 items 8 and 9: every page of the wizard fits a 1366×768 screen at 100% and a
// 1920×1080 screen at 200% (QT_SCALE_FACTOR=2: 960×540 logical pixels), its long pages scroll,
// the window opens no larger than the screen, and dialogs size to their content: no text is
// cut off (the resume prompt, the job details).
#include "importwizard.h"
#include "joblistmodel.h"
#include "mainwindow.h"
#include "resumedialog.h"

#include "store/jobstore.h"

#include "../testsupport/wizarddriver.h"

#include <QtGui/QScreen>
#include <QtGui/QTextDocument>
#include <QtTest/QtTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QScrollArea>

using namespace Qt::StringLiterals;

namespace {

// The free area of each screen, in logical pixels, less a desktop panel, less the window's
// title bar (about 30 logical pixels with the usual window managers).
struct Screen {
    const char *name;
    QSize available;
};
constexpr int TitleBar = 30;
const Screen Screens[] = {
    {"1366x768 at 100%", QSize(1366, 768 - 32 - TitleBar)},
    {"1920x1080 at 200%", QSize(1920 / 2, 1080 / 2 - 16 - TitleBar)},
};

// A wrapped label shows all its lines; a rich text's longest word fits its width.
QString cutOffLabel(QWidget *top)
{
    for (QLabel *label : top->findChildren<QLabel *>()) {
        if (!label->isVisibleTo(top) || label->text().isEmpty())
            continue;
        const int width = label->contentsRect().width();
        if (label->wordWrap() && label->heightForWidth(label->width()) > label->height() + 1)
            return u"%1: needs %2 px of height, has %3: %4"_s.arg(label->objectName())
                .arg(label->heightForWidth(label->width())).arg(label->height()).arg(label->text());
        QTextDocument doc;
        doc.setDefaultFont(label->font());
        doc.setDocumentMargin(0);
        if (Qt::mightBeRichText(label->text()) && label->textFormat() != Qt::PlainText)
            doc.setHtml(label->text());
        else // a mnemonic's & is not shown
            doc.setPlainText(QString(label->text()).replace(u"&&"_s, u"\x01"_s).remove(u'&').replace(u'\x01', u'&'));
        if (label->wordWrap())
            doc.setTextWidth(width);
        if (doc.idealWidth() > width + 1)
            return u"%1: needs %2 px of width, has %3: %4"_s.arg(label->objectName()).arg(doc.idealWidth())
                .arg(width).arg(label->text());
    }
    return {};
}

} // namespace

class TestWindowFit : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString store() const { return m_dir.filePath(u"data/jobs.sqlite"_s); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        TestSupport::WizardDriver::isolate(m_dir);
    }

    // Every page: the wizard's minimum size is within both screens; the page scrolls.
    void everyPageFits()
    {
        Gui::ImportWizard wizard(store());
        // Pages that read WorkOS when shown ask an address that answers nothing, on this computer.
        wizard.apiUrl = QUrl(u"http://127.0.0.1:9"_s);
        wizard.show();
        for (int id : wizard.pageIds()) {
            wizard.setStartId(id);
            wizard.restart();
            QCoreApplication::processEvents();
            QCOMPARE(wizard.currentId(), id);
            QWizardPage *page = wizard.currentPage();
            QVERIFY2(page->findChild<QScrollArea *>(), qPrintable(page->objectName()));
            const QSize min = wizard.minimumSizeHint().expandedTo(wizard.minimumSize());
            for (const Screen &s : Screens)
                QVERIFY2(min.width() <= s.available.width() && min.height() <= s.available.height(),
                         qPrintable(u"%1: minimum %2×%3, the screen %4 has room for %5×%6"_s.arg(page->objectName())
                                        .arg(min.width()).arg(min.height()).arg(QString::fromLatin1(s.name))
                                        .arg(s.available.width()).arg(s.available.height())));
        }
    }

    // The same at 200% in a process of its own (QT_SCALE_FACTOR is read at start-up).
    void everyPageFitsAt200Percent()
    {
        if (qEnvironmentVariableIsSet("QT_SCALE_FACTOR"))
            QSKIP("this is the 200% run itself");
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_SCALE_FACTOR"_s, u"2"_s);
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {u"everyPageFits"_s});
        QVERIFY(child.waitForFinished(120000));
        QVERIFY2(child.exitCode() == 0, child.readAllStandardOutput().constData());
    }

    // The window opens no larger than the screen's free area (the offscreen screen: 800×600).
    void windowOpensWithinTheScreen()
    {
        Gui::ImportWizard wizard(store());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        const QRect room = wizard.screen()->availableGeometry();
        QVERIFY2(wizard.width() <= room.width() && wizard.height() <= room.height(),
                 qPrintable(u"%1×%2 on a screen of %3×%4"_s.arg(wizard.width()).arg(wizard.height())
                                .arg(room.width()).arg(room.height())));
    }

    // Item 8: the resume prompt shows all of its texts, production named, at its own size.
    void resumePromptShowsAllOfItsText()
    {
        const QString longName = u"customers-export-from-the-old-identity-provider-2026-11-28-final-v3.csv"_s;
        Gui::ResumeDialog dialog(longName, QUrl(u"https://api.workos.example.very-long-subdomain.example.com"_s),
                                 QString(), 2);
        dialog.setEnvironment(u"production"_s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCoreApplication::processEvents();
        const QString cut = cutOffLabel(&dialog);
        QVERIFY2(cut.isEmpty(), qPrintable(cut));
        const QRect room = dialog.screen()->availableGeometry();
        QVERIFY(dialog.width() <= room.width());
    }

    // Item 8: the job details show every value, a very long path included, within the screen.
    void jobDetailsShowEverything()
    {
        Store::JobStore s(store());
        QVERIFY(s.open());
        Store::JobRecord job;
        job.id = u"job-details-long"_s;
        job.csvPath = m_dir.filePath(u"a-folder-with-a-rather-long-name/another-folder-that-is-also-long/"
                                     "and-one-more-level-of-folders/customers-export-2026-11-28-final.csv"_s);
        job.state = Store::JobState::FinishedWithErrors;
        job.lastError = u"Done, with 3 rows that could not be imported; see the error report for each row's problem "
                        "and what to do about it."_s;
        QVERIFY(s.createJob(job));
        Gui::MainWindow window(store());
        window.setOfferInterruptedJobs(false);
        QSignalSpy loaded(&window, &Gui::MainWindow::jobsLoaded);
        window.show();
        QVERIFY(loaded.wait(15000));
        QVERIFY(window.selectJob(job.id));
        window.showDetails();
        QDialog *box = window.findChild<QDialog *>(u"detailsBox"_s);
        QVERIFY(box);
        QVERIFY(QTest::qWaitForWindowExposed(box));
        QCoreApplication::processEvents();
        const QString cut = cutOffLabel(box);
        QVERIFY2(cut.isEmpty(), qPrintable(cut + u" (dialog %1×%2, layout needs %3)"_s.arg(box->width()).arg(box->height())
                                                .arg(box->layout()->totalHeightForWidth(box->width()))));
        const QRect room = box->screen()->availableGeometry();
        QVERIFY2(box->width() <= room.width(), qPrintable(u"%1 > %2"_s.arg(box->width()).arg(room.width())));
        // The path, whole, where it can be read and copied.
        bool pathShown = false;
        for (QLineEdit *edit : box->findChildren<QLineEdit *>())
            pathShown = pathShown || edit->text() == QDir::toNativeSeparators(job.csvPath);
        QVERIFY(pathShown);
        box->close();
    }
};

QTEST_MAIN(TestWindowFit)
#include "tst_windowfit.moc"
