#pragma once
// RoleCreationWidget: on the Organizations & roles page, the offer to create the role slugs the
// environment lacks (POST /authorization/roles, docs/cutover.md): a box to agree, and a table of
// the slugs with a name the person can edit. Nothing is created here: the choice goes with the
// job's settings (Engine::JobSettings::rolesToCreate), is shown on the Review page, and the
// engine creates the roles before the import. It also says plainly what rows with several roles
// need (Multiple Roles). GUI thread.

#include <engine/jobsettings.h>

#include <QtWidgets/QWidget>

class QCheckBox;
class QLabel;
class QTableWidget;

namespace Gui {

class RoleCreationWidget : public QWidget
{
    Q_OBJECT
public:
    explicit RoleCreationWidget(QWidget *parent = nullptr);

    // The slugs to offer (empty hides the offer) and how many rows give several roles.
    void setMissingRoles(const QStringList &slugs, qint64 rowsWithSeveralRoles);
    void clear();

    bool isChosen() const;   // the box is ticked
    QString problem() const; // plain words when a slug or a name cannot be created; empty when fine
    QList<Engine::RoleToCreate> chosenRoles() const; // empty unless chosen
    QList<QWidget *> focusOrder() const;

    QCheckBox *createCheck() const { return m_create; }
    QTableWidget *table() const { return m_table; }

Q_SIGNALS:
    void changed();

private:
    void updateProblem();

    QCheckBox *m_create;
    QTableWidget *m_table;
    QLabel *m_problem;
    QLabel *m_multipleRoles;
};

} // namespace Gui
