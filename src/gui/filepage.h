#pragma once
// FilePage: the wizard's first page, one decision: which file. Choose the CSV file or a
// provider's export (dialog, typed path or drag and drop; the format is detected from the
// content: Auth0, Firebase, Clerk, Supabase, Cognito, Okta), see what it was read as, its
// encoding, delimiter and rows, what happens to the passwords (kept, converted, reset needed)
// and a preview of the first rows; a Firebase export with hashes asks for the project's hash
// parameters (paste box), an Auth0 export offers its password export; "Save a template CSV" writes an example file with every column. The columns are
// mapped with the names the header suggests (HeaderSynonyms), or as the person mapped the same
// header before (QSettings); the next page shows and changes that mapping.
//
// The whole file is read and validated in a QtConcurrent thread (inspectFile) with a progress
// bar; Next needs a file whose header could be read. The layout is ui/filepage.ui. GUI thread.
//
// Once the file is read, another QtConcurrent task asks the job store whether it looks like a
// newer export of a job there (Engine::CatchUpMatcher: same source and columns, users in
// common); if so the page says which and offers "Catch up with that import" (the wizard's
// catchUpOf) or "Import as a new job" (the default).

#include "fileinspection.h"

#include <engine/planning/catchupmatch.h>

#include <QtCore/QFutureWatcher>
#include <QtCore/QTimer>
#include <QtWidgets/QWizardPage>

#include <memory>

class QStandardItemModel;

namespace Gui {

namespace Ui {
class FilePage;
}

class FilePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit FilePage(QWidget *parent = nullptr);
    ~FilePage() override;

    void setPath(const QString &path);
    bool isInspecting() const { return m_watcher.isRunning(); }
    const FileInspection &inspection() const { return m_result; }
    const Model::ColumnMapping &mapping() const { return m_mapping; }
    // The earlier job this file looks like a newer export of, once checked (catchUpChecked()).
    bool isCheckingCatchUp() const { return m_catchUpPending; }
    const std::optional<Engine::CatchUpMatch> &catchUpMatch() const { return m_catchUp; }
    // "This looks like a newer export of “acme-users.csv”, imported on …: 980 of its users are
    // in this file."
    static QString catchUpText(const Engine::CatchUpMatch &match);

    // The settings key under which the mapping for a header is remembered.
    static QString mappingSettingsKey(const QStringList &header);
    // The mapping to start from for `header`: the one remembered for it, else the suggested one
    // (from the header's names and the first rows' values, `sample`), with the recommended
    // choice made: organizations named only by name use the name as their id.
    static Model::ColumnMapping startingMapping(const QStringList &header, const QList<QStringList> &sample = {});
    // Writes an example CSV with every column the import understands; false with *error.
    static bool saveTemplate(const QString &path, QString *error = nullptr);

    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

Q_SIGNALS:
    void inspectionFinished();
    void catchUpChecked();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void browse();
    void startInspection();
    void onInspected();
    void clearResult(const QString &status);
    void startCatchUpCheck();
    void onCatchUpChecked();
    void clearCatchUp();
    // What the person gave besides the file (the Auth0 password export, Firebase's parameters).
    Source::Options sourceOptions() const;
    void showSourceInputs(Source::Kind kind);
    void showSourceFacts(const FileInspection &r);

    std::unique_ptr<Ui::FilePage> m_ui; // ui/filepage.ui
    QStandardItemModel *m_previewModel;
    QTimer m_debounce;
    QFutureWatcher<FileInspection> m_watcher;
    FileInspection m_result;
    Model::ColumnMapping m_mapping;
    bool m_done = false;
    struct CatchUpCheck {
        QString path;
        std::optional<Engine::CatchUpMatch> match;
    };
    QFutureWatcher<CatchUpCheck> m_catchUpWatcher;
    std::shared_ptr<std::atomic_bool> m_catchUpCancel;
    std::optional<Engine::CatchUpMatch> m_catchUp;
    bool m_catchUpPending = false; // a check of the current file is under way
};

} // namespace Gui
