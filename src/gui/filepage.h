#pragma once
// FilePage: the wizard's first page: choose the CSV file (dialog, typed path or drag and
// drop), see its encoding, delimiter, import mode and rows, a preview of the first rows, the
// validation summary and the issues table (exportable), map headers the wizard does not know
// (remembered in QSettings for the next file with the same headers), and for a file without
// organization columns choose between users only and one organization for everyone.
//
// The whole file is read and validated in a QtConcurrent thread (inspectFile) with a progress
// bar; only an unusable file blocks Next. GUI thread.

#include "fileinspection.h"

#include <QtCore/QFutureWatcher>
#include <QtCore/QTimer>
#include <QtWidgets/QWizardPage>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QStandardItemModel;
class QTabWidget;
class QTableView;

namespace Gui {

class FilePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit FilePage(QWidget *parent = nullptr);
    ~FilePage() override;

    void setPath(const QString &path);
    bool isInspecting() const { return m_watcher.isRunning(); }
    // Writes every issue of the file (a fresh pass) to `path` (.csv or .json), off the GUI
    // thread; exportFinished() follows.
    void exportIssues(const QString &path);

    // The settings key under which the mapping for a header is remembered.
    static QString mappingSettingsKey(const QStringList &header);

    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

Q_SIGNALS:
    void inspectionFinished();
    void exportFinished(bool ok, const QString &message);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void browse();
    void startInspection();
    void onInspected();
    void rebuildMappingEditors();
    void onMappingChanged();
    void updateModeWidgets();
    void showIssues();

    QLineEdit *m_pathEdit;
    QPushButton *m_browseButton;
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_facts;
    QGroupBox *m_modeBox;
    QRadioButton *m_userOnlyRadio;
    QRadioButton *m_singleOrgRadio;
    QComboBox *m_orgKindCombo;
    QLineEdit *m_orgEdit;
    QLineEdit *m_orgNameEdit;
    QCheckBox *m_createOrgCheck;
    QGroupBox *m_mappingBox;
    QFormLayout *m_mappingLayout;
    QTabWidget *m_tabs;
    QTableView *m_previewView;
    QStandardItemModel *m_previewModel;
    QTableView *m_issuesView;
    QStandardItemModel *m_issuesModel;
    QPushButton *m_exportIssuesButton;
    QTimer m_debounce;
    QFutureWatcher<FileInspection> m_watcher;
    FileInspection m_result;
    Model::ColumnMapping m_mapping;
    QStringList m_mappedHeader; // the header the mapping editors were built for
    bool m_done = false;
};

} // namespace Gui
