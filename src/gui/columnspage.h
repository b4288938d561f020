#pragma once
// ColumnsPage: one decision: what each column of the file holds. Every column is listed with an
// example value and a drop-down of friendly field names ("First name", "Organization name");
// everyday headers arrive already mapped (HeaderSynonyms), unmapped columns say "not imported",
// and a column left out whose values or name look like user data (Model::ColumnQuestions: names,
// organizations, roles, ids, flags) must be decided (Next stays off until then). When most rows
// would be skipped, Next says so ("Skip 999 rows and go on") and waits for a tick. A file without organization columns chooses here between users only and one
// organization for everyone (its id is required); a file with organization names only chooses
// whether the name is also the organization's id. Every change re-reads the file with the new
// mapping (inspectFile in a QtConcurrent thread) and shows the rows with problems, which can be
// exported. The mapping is remembered for the next file with the same header. The static layout
// is ui/columnspage.ui; the table's rows and drop-downs are made here. GUI thread.

#include "fileinspection.h"

#include <model/columnquestions.h>
#include <model/field.h>

#include <QtCore/QFutureWatcher>
#include <QtCore/QHash>
#include <QtCore/QTimer>
#include <QtWidgets/QWizardPage>

#include <memory>

class QComboBox;
class QStandardItemModel;

namespace Gui {

namespace Ui {
class ColumnsPage;
}

class ColumnsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ColumnsPage(QWidget *parent = nullptr);
    ~ColumnsPage() override;

    enum Column { HeaderColumn, ExampleColumn, FieldColumn, StatusColumn, ColumnCount };

    // Friendly field names for people ("Organization name").
    static QString fieldTitle(Model::Field field);

    // The drop-down of a file column (named "mapping:<header>").
    QComboBox *comboFor(const QString &header) const;
    // Columns still to be decided.
    QStringList undecidedColumns() const;
    // Why a column is a question ("Its values look like people's names. Perhaps: Last name.").
    static QString questionText(const Model::ColumnQuestion &question);
    // Most rows would be skipped: Next says so and waits for skipRowsCheck.
    bool mostRowsSkipped() const;
    const Model::ColumnMapping &mapping() const { return m_mapping; }
    const FileInspection &inspection() const { return m_result; }
    bool isInspecting() const { return m_watcher.isRunning() || m_debounce.isActive(); }

    // Writes every issue of the file (a fresh pass) to `path` (.csv or .json), off the GUI
    // thread; exportFinished() follows.
    void exportIssues(const QString &path);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

Q_SIGNALS:
    void inspectionFinished();
    void exportFinished(bool ok, const QString &message);

private:
    void rebuildTable();
    void onComboChanged();
    void startInspection();
    void onInspected();
    void showResult();
    void updateOrganizationWidgets();
    void showIssues();
    void updateNextText();

    std::unique_ptr<Ui::ColumnsPage> m_ui; // ui/columnspage.ui
    QStandardItemModel *m_issuesModel;
    QTimer m_debounce;
    QFutureWatcher<FileInspection> m_watcher;
    FileInspection m_result;
    Model::ColumnMapping m_mapping;
    QString m_mappingError;
    QStringList m_builtFor; // path + header the table was built for
    QStringList m_ignoredBefore; // columns the person left out last time for this header
    QHash<QString, Model::ColumnQuestion> m_questions; // header -> why it is asked
    QString m_defaultNextText;
    bool m_done = false;
};

} // namespace Gui
