#include "rolecreationwidget.h"

#include "statuscolors.h"

#include <api/roles.h>

#include <QtWidgets/QCheckBox>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QTableWidget>
#include <QtWidgets/QVBoxLayout>

#include <limits>

using namespace Qt::StringLiterals;

namespace Gui {

RoleCreationWidget::RoleCreationWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"roleCreation"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_create = new QCheckBox(tr("Cr&eate these roles in WorkOS before the import, with the names below"), this);
    m_create->setObjectName(u"createRolesCheck"_s);
    m_create->setToolTip(tr("Each role is created once (POST /authorization/roles) and recorded with the job. "
                            "WorkOS cannot delete an environment role through its API: undo lists the roles "
                            "this job created so that you can remove them in the WorkOS dashboard."));
    layout->addWidget(m_create);
    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(u"roleNamesTable"_s);
    m_table->setAccessibleName(tr("Roles to create: slug and name"));
    m_table->setHorizontalHeaderLabels({tr("Slug"), tr("Name (you can edit it)")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->setEnabled(false);
    m_table->setMaximumHeight(140);
    layout->addWidget(m_table);
    m_problem = new QLabel(this);
    m_problem->setObjectName(u"roleProblemLabel"_s);
    m_problem->setWordWrap(true);
    QPalette alert = m_problem->palette();
    alert.setColor(QPalette::WindowText, StatusColors::forPalette(StatusColors::Tone::Error, palette()));
    m_problem->setPalette(alert);
    m_problem->setVisible(false);
    layout->addWidget(m_problem);
    m_multipleRoles = new QLabel(this);
    m_multipleRoles->setObjectName(u"multipleRolesLabel"_s);
    m_multipleRoles->setWordWrap(true);
    m_multipleRoles->setVisible(false);
    layout->addWidget(m_multipleRoles);

    connect(m_create, &QCheckBox::toggled, this, [this](bool on) {
        m_table->setEnabled(on);
        updateProblem();
        Q_EMIT changed();
    });
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        updateProblem();
        Q_EMIT changed();
    });
    setVisible(false);
}

void RoleCreationWidget::setMissingRoles(const QStringList &slugs, qint64 rowsWithSeveralRoles)
{
    const QSignalBlocker block(m_table);
    m_table->setRowCount(0);
    for (const QString &slug : slugs) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *slugItem = new QTableWidgetItem(slug);
        slugItem->setFlags(slugItem->flags() & ~Qt::ItemIsEditable);
        m_table->setItem(row, 0, slugItem);
        m_table->setItem(row, 1, new QTableWidgetItem(Api::suggestedRoleName(slug)));
    }
    m_table->resizeColumnToContents(0);
    m_create->setVisible(!slugs.isEmpty());
    m_table->setVisible(!slugs.isEmpty());
    if (rowsWithSeveralRoles > 0) {
        m_multipleRoles->setText(
            tr("%Ln rows give two or more roles. That needs Multiple Roles in this environment, and WorkOS does not "
               "say beforehand whether it is on. If it is off, such a row gets its first role only, and its line in "
               "the ID map says so.",
               nullptr, int(std::min<qint64>(rowsWithSeveralRoles, std::numeric_limits<int>::max()))));
        m_multipleRoles->setVisible(true);
    } else {
        m_multipleRoles->setVisible(false);
    }
    setVisible(!slugs.isEmpty() || rowsWithSeveralRoles > 0);
    updateProblem();
}

void RoleCreationWidget::clear()
{
    m_create->setChecked(false);
    setMissingRoles({}, 0);
}

bool RoleCreationWidget::isChosen() const
{
    return !m_create->isHidden() && m_create->isChecked() && m_table->rowCount() > 0;
}

QString RoleCreationWidget::problem() const
{
    if (!m_create->isChecked())
        return {};
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString slug = m_table->item(row, 0)->text();
        if (const QString p = Api::roleSlugProblem(slug); !p.isEmpty())
            return p;
        if (const QString p = Api::roleNameProblem(m_table->item(row, 1) ? m_table->item(row, 1)->text() : QString());
            !p.isEmpty())
            return tr("%1 (role %2)").arg(p, slug);
    }
    return {};
}

QList<Engine::RoleToCreate> RoleCreationWidget::chosenRoles() const
{
    QList<Engine::RoleToCreate> out;
    if (!isChosen())
        return out;
    for (int row = 0; row < m_table->rowCount(); ++row)
        out.append({m_table->item(row, 0)->text(), m_table->item(row, 1)->text().trimmed()});
    return out;
}

QList<QWidget *> RoleCreationWidget::focusOrder() const
{
    return {m_create, m_table};
}

void RoleCreationWidget::updateProblem()
{
    const QString p = problem();
    m_problem->setText(p);
    m_problem->setVisible(!p.isEmpty());
}

} // namespace Gui
