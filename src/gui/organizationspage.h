#pragma once
// OrganizationsPage: "Organizations & roles". Every distinct organization of the file and what
// will happen to it (exists, will be created, cannot be found), with its rows; the same name
// under different external ids is flagged; the environment's roles (GET /authorization/roles)
// against the role slugs the file uses. All with reads only (Engine::PreWarmer in dry-run mode
// and WorkOsClient::listRoleSlugs on a client in the GUI thread; the network is asynchronous
// and nothing waits). Before anything is written the person decides: the rows of organizations
// that cannot be found are skipped (they go to the error report) or they go back and fix the
// file; rows with unknown roles are imported anyway (and fail) or the file is fixed first;
// organization names that differ only by case, spacing or punctuation (Model::OrgNames), and
// new organizations named like ones WorkOS has, are named and need a tick (or a fixed file).
// Next only when every such question has an answer. The layout is ui/organizationspage.ui.
// GUI thread.

#include <api/apierror.h>
#include <engine/import/orgdirectory.h>
#include <engine/import/prewarmer.h>
#include <model/orgnames.h>

#include <QtWidgets/QWizardPage>

#include <atomic>
#include <memory>
#include <optional>

class QStandardItemModel;

namespace Gui {

namespace Ui {
class OrganizationsPage;
}

class OrganizationsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit OrganizationsPage(QWidget *parent = nullptr);
    ~OrganizationsPage() override;

    bool isChecking() const { return m_checking; }
    QStandardItemModel *model() const { return m_model; }
    // Starts the check again (after a network problem, or roles added in the dashboard).
    void checkAgain();

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

    // Called by the check's coroutine.
    void onResolved(const Engine::OrgState &state);
    void onCheckDone(const Engine::PrewarmResult &result, std::optional<QStringList> roles,
                     std::optional<Api::ApiError> rolesError);

    void setExistingOrganizations(const QList<Model::OrgNames::Existing> &existing);
    // Which choice on the Columns page would find organizations that cannot be found ("the
    // ids in “organization_id” look like WorkOS organization ids"); empty when none is known.
    static QString mappingHint(const class ImportWizard &wizard);

    enum Column { NameColumn, IdColumn, RowsColumn, OutcomeColumn, ColumnCount };

Q_SIGNALS:
    void checkFinished();

private:
    void stopCheck();
    void startCheck();

    std::unique_ptr<Ui::OrganizationsPage> m_ui; // ui/organizationspage.ui
    QStandardItemModel *m_model;
    QHash<QString, int> m_rowOfKey;
    QHash<int, Model::OrgRef> m_orgOfRow;
    QList<QList<Model::OrgRef>> m_similarGroups;           // names written alike (issue 17.12)
    QList<Model::OrgNames::Existing> m_existing;           // what WorkOS has (bounded)
    QList<Model::OrgNames::ExistingMatch> m_existingMatches; // new ones named like those
    QString m_defaultNextText;
    std::shared_ptr<std::atomic_bool> m_stop;
    bool m_checking = false;
    bool m_checkFailed = false;
    qint64 m_resolved = 0;
    QStringList m_missingNames;
    qint64 m_rowsOfMissing = 0;
    class RoleCreationWidget *m_roleCreation = nullptr; // "Create these roles" (rolecreationwidget.h)
};

} // namespace Gui
