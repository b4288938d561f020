#include "screenshottour.h"

#include "columnspage.h"
#include "connectpage.h"
#include "helpdialog.h"
#include "filepage.h"
#include "importwizard.h"
#include "mainwindow.h"
#include "organizationspage.h"
#include "reviewpage.h"
#include "runpage.h"
#include "settingspage.h"
#include "statuscolors.h"
#include "summarypage.h"

#include <engine/import/enginecontroller.h>

#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtCore/QDir>
#include <QtCore/QTimer>
#include <QtWidgets/QAbstractButton>
#include <QtWidgets/QApplication>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTabWidget>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Gui {

ScreenshotTour::ScreenshotTour(MainWindow *window, QString outputDir, QString demoCsv, QObject *parent)
    : QObject(parent), m_window(window), m_dir(std::move(outputDir)), m_csv(std::move(demoCsv))
{
}

void ScreenshotTour::step(const char *what)
{
    std::fprintf(stderr, "screenshot tour: %s\n", what);
}

void ScreenshotTour::grab(QWidget *widget, const QString &name)
{
    QApplication::processEvents();
    const QString path = QDir(m_dir).filePath(name + u".png"_s);
    if (!widget->grab().save(path))
        std::fprintf(stderr, "screenshot tour: cannot write %s\n", qPrintable(path));
    ++m_count;
}

void ScreenshotTour::fail(const QString &why)
{
    std::fprintf(stderr, "screenshot tour failed: %s\n", qPrintable(why));
    Q_EMIT done(false);
}


void ScreenshotTour::start()
{
    QDir().mkpath(m_dir);
    if (qEnvironmentVariable("WIZARD_SCREENSHOT_PALETTE") == u"dark"_s)
        QApplication::setPalette(StatusColors::darkDesktopPalette());
    // Give a fixed window size so that the images look the same every time.
    m_window->resize(980, 520);
    QTimer::singleShot(800, this, [this] {
        step("main window");
        grab(m_window, u"01-main-window"_s);
        m_wizard = m_window->newImport();
        m_wizard->resize(940, 780);
        auto *file = qobject_cast<FilePage *>(m_wizard->page(ImportWizard::FilePageId));
        connect(file, &FilePage::inspectionFinished, this, [this] {
            QTimer::singleShot(300, this, [this] {
                step("file page");
                grab(m_wizard, u"02-file"_s);
                m_wizard->next();
                auto *columns = qobject_cast<ColumnsPage *>(m_wizard->currentPage());
                if (!columns)
                    return fail(u"no columns page"_s);
                QTimer::singleShot(300, this, [this, columns] {
                    step("columns page");
                    grab(m_wizard, u"03-columns"_s); // with its questions, if any
                    // Answer each question as a person who keeps only the recognised columns would.
                    for (const QString &h : columns->undecidedColumns())
                        if (QComboBox *combo = columns->comboFor(h))
                            combo->setCurrentIndex(combo->findData(QString()));
                    QTimer::singleShot(1500, this, [this, columns] {
                        if (!columns->isComplete())
                            return fail(u"the columns page is not complete: "_s + columns->undecidedColumns().join(u", "_s));
                        m_wizard->next();
                        connectStep();
                    });
                });
            });
        }, Qt::SingleShotConnection);
        file->setPath(m_csv);
    });
}

void ScreenshotTour::connectStep()
{
    auto *connectPage = qobject_cast<ConnectPage *>(m_wizard->currentPage());
    if (!connectPage)
        return fail(u"no connect page"_s);
    connect(connectPage, &ConnectPage::verified, this, [this](bool ok, const QString &message) {
        if (!ok)
            return fail(message);
        QTimer::singleShot(300, this, [this] {
            step("connect page");
            grab(m_wizard, u"04-connect"_s);
            m_wizard->next();
            step("settings page");
            grab(m_wizard, u"05-settings"_s);
            m_wizard->next();
            auto *orgs = qobject_cast<OrganizationsPage *>(m_wizard->currentPage());
            if (!orgs)
                return fail(u"no organizations page"_s);
            auto afterOrgs = [this] { QTimer::singleShot(300, this, [this] { reviewStep(); }); };
            if (orgs->isChecking())
                connect(orgs, &OrganizationsPage::checkFinished, this, afterOrgs, Qt::SingleShotConnection);
            else
                afterOrgs();
        });
    }, Qt::SingleShotConnection);
    if (auto *rehearse = connectPage->findChild<QPushButton *>(u"rehearseButton"_s))
        rehearse->click();
}

void ScreenshotTour::reviewStep()
{
    step("organizations page");
    grab(m_wizard, u"06-organizations"_s);
    auto *orgs = qobject_cast<OrganizationsPage *>(m_wizard->currentPage());
    // The demo's two "Acme Corp" (acme, acme-eu) are meant as two organizations: say so.
    for (const char *name : {"similarCheck", "existingCheck"})
        if (auto *box = m_wizard->findChild<QCheckBox *>(QLatin1StringView(name)); box && !box->isHidden())
            box->setChecked(true);
    if (orgs && !orgs->isComplete())
        return fail(u"the organizations page is not complete"_s);
    m_wizard->next();
    // The Review page's numbers and button come from its dry run (reads only): wait for it.
    auto *review = qobject_cast<ReviewPage *>(m_wizard->currentPage());
    if (review && review->isChecking()) {
        connect(review, &ReviewPage::checkFinished, this, [this] { QTimer::singleShot(300, this, [this] { commitStep(); }); },
                Qt::SingleShotConnection);
        return;
    }
    commitStep();
}

void ScreenshotTour::commitStep()
{
    step("review page");
    grab(m_wizard, u"07-review"_s);
    auto *run = qobject_cast<RunPage *>(m_wizard->page(ImportWizard::RunPageId));
    bool grabbed = false;
    connect(m_wizard->engine(), &Engine::EngineController::progress, this, [this, grabbed](const Engine::JobProgress &p) mutable {
        if (!grabbed && p.phase == Engine::Phase::Importing && p.rowsDone >= p.rowsToImport / 3 && p.rowsDone > 0) {
            grabbed = true;
            step("run page");
            grab(m_wizard, u"08-run"_s);
        }
    });
    connect(run, &RunPage::runFinished, this, [this] {
        auto *finish = qobject_cast<SummaryPage *>(m_wizard->page(ImportWizard::FinishPageId));
        connect(finish, &SummaryPage::factsLoaded, this, [this] {
            QTimer::singleShot(500, this, [this] {
                step("finish page");
                grab(m_wizard, u"09-finish"_s);
                if (auto *help = m_wizard->button(QWizard::HelpButton))
                    help->click();
                QTimer::singleShot(300, this, [this] {
                    if (auto *dialog = m_wizard->findChild<HelpDialog *>(u"helpDialog"_s)) {
                        dialog->resize(760, 560);
                        step("help");
                        grab(dialog, u"11-help"_s);
                        dialog->close();
                    }
                    m_wizard->close();
                    m_window->refresh();
                    connect(m_window, &MainWindow::jobsLoaded, this, [this] {
                        QTimer::singleShot(300, this, [this] {
                            step("main window with the job");
                            grab(m_window, u"10-jobs"_s);
                            std::fprintf(stderr, "screenshot tour: %d images in %s\n", m_count, qPrintable(m_dir));
                            Q_EMIT done(true);
                        });
                    }, Qt::SingleShotConnection);
                });
            });
        }, Qt::SingleShotConnection);
    }, Qt::SingleShotConnection);
    // The tour presses the Review page's button like a person would: a click.
    if (auto *commit = m_wizard->button(QWizard::CommitButton))
        commit->click();
}

} // namespace Gui
