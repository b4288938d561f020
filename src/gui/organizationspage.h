#pragma once
// OrganizationsPage: every distinct organization of the file and what will happen to it:
// exists, will be created, or cannot be found (its rows will fail); the same name under
// different external ids is flagged. Found with reads only (Engine::PreWarmer in dry-run mode
// with a WorkOsClient in the GUI thread; the network is asynchronous and nothing waits); the
// real resolve/create happens at the start of the run. The commit page before the run.
// GUI thread.

#include <engine/orgdirectory.h>
#include <engine/prewarmer.h>

#include <QtWidgets/QWizardPage>

#include <atomic>
#include <memory>

class QLabel;
class QProgressBar;
class QStandardItemModel;
class QTableView;

namespace Gui {

class OrganizationsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit OrganizationsPage(QWidget *parent = nullptr);
    ~OrganizationsPage() override;

    bool isChecking() const { return m_checking; }
    QStandardItemModel *model() const { return m_model; }

    void initializePage() override;
    void cleanupPage() override;
    int nextId() const override;

    // Called by the check's coroutine.
    void onResolved(const Engine::OrgState &state);
    void onCheckDone(const Engine::PrewarmResult &result);

    enum Column { NameColumn, IdColumn, OutcomeColumn, ColumnCount };

Q_SIGNALS:
    void checkFinished();

private:
    void stopCheck();

    QLabel *m_summaryLabel;
    QProgressBar *m_progress;
    QTableView *m_view;
    QStandardItemModel *m_model;
    QHash<QString, int> m_rowOfKey;
    std::shared_ptr<std::atomic_bool> m_stop;
    bool m_checking = false;
    qint64 m_resolved = 0;
};

} // namespace Gui
