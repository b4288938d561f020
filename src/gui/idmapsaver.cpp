#include "idmapsaver.h"

#include <report/idmap.h>
#include <store/jobstore.h>

#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QFutureWatcher>
#include <QtCore/QStandardPaths>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QWidget>

using namespace Qt::StringLiterals;

namespace Gui {

namespace {

struct Outcome {
    bool ok = false;
    QString message;
};

} // namespace

void saveIdMap(QWidget *context, const QString &storePath, const QString &jobId, const QString &path,
               std::function<void(bool, const QString &)> done)
{
    auto *watcher = new QFutureWatcher<Outcome>(context);
    QObject::connect(watcher, &QFutureWatcher<Outcome>::finished, context, [watcher, done] {
        const Outcome outcome = watcher->result();
        watcher->deleteLater();
        if (done)
            done(outcome.ok, outcome.message);
    });
    watcher->setFuture(QtConcurrent::run([storePath, jobId, path]() -> Outcome {
        Store::JobStore store(storePath);
        QString error;
        if (!store.open(&error))
            return {false, QCoreApplication::translate("Gui::IdMapSaver", "The ID map could not be saved: %1").arg(error)};
        const auto summary = Report::IdMap::write(store, jobId, path, &error);
        if (!summary)
            return {false, QCoreApplication::translate("Gui::IdMapSaver", "The ID map could not be saved: %1").arg(error)};
        QStringList files;
        for (const QString &f : summary->files)
            files.append(QDir::toNativeSeparators(f));
        QString message = QCoreApplication::translate("Gui::IdMapSaver", "The ID map (%Ln users) was saved to %1.", nullptr,
                                                      int(summary->users))
                              .arg(files.join(u" + "_s));
        if (!summary->idsRecorded)
            message += u' '
                + QCoreApplication::translate("Gui::IdMapSaver", "This job ran before source ids and membership ids were "
                                                                 "recorded: those columns are empty, and each line says so.");
        return {true, message};
    }));
}

void saveIdMapInteractively(QWidget *parent, const QString &storePath, const QString &jobId, const QString &csvPath,
                            std::function<void(bool, const QString &)> done)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString base = csvPath.isEmpty() ? jobId : QFileInfo(csvPath).completeBaseName();
    const QString path = QFileDialog::getSaveFileName(
        parent, QCoreApplication::translate("Gui::IdMapSaver", "Save the ID map"),
        QDir(dir).filePath(base + u"-id-map.csv"_s),
        QCoreApplication::translate("Gui::IdMapSaver", "CSV file (*.csv);;JSON file (*.json)"));
    if (path.isEmpty())
        return;
    saveIdMap(parent, storePath, jobId, path, std::move(done));
}

} // namespace Gui
