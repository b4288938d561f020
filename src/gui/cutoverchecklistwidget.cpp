#include "cutoverchecklistwidget.h"

#include <QtWidgets/QCheckBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gui {

CutoverChecklistWidget::CutoverChecklistWidget(QWidget *parent)
    : QGroupBox(tr("Before you switch over"), parent)
{
    setObjectName(u"cutoverChecklist"_s);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A production import is one step of the switch to WorkOS. Tick what you have done, "
                                "or dismiss this list."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    struct Item {
        QString name;
        QString text;
        QString why;
    };
    const QList<Item> items {
        {u"cutoverPauseWebhooks"_s, tr("Webhook delivery is paused during the import"),
         tr("Otherwise your application receives a “user created” event for every imported user.")},
        {u"cutoverFreezeSignups"_s, tr("Sign-ups in the old system are frozen, or written to both systems"),
         tr("People who sign up or change their profile during the import are otherwise missing from WorkOS.")},
        {u"cutoverCatchUp"_s, tr("A catch-up run is planned for what changes in the meantime"),
         tr("Import a newer export on top of this job just before the switch.")},
        {u"cutoverKeepIdMap"_s, tr("The ID map will be saved after the import"),
         tr("Your application's database points at the old user ids; the ID map gives each one its WorkOS id.")},
    };
    for (const Item &item : items) {
        auto *check = new QCheckBox(item.text, this);
        check->setObjectName(item.name);
        check->setToolTip(item.why);
        connect(check, &QCheckBox::toggled, this, &CutoverChecklistWidget::changed);
        layout->addWidget(check);
        m_items.append(check);
    }
    auto *row = new QHBoxLayout;
    row->addStretch();
    m_dismiss = new QPushButton(tr("Dis&miss this list"), this);
    m_dismiss->setObjectName(u"cutoverDismiss"_s);
    row->addWidget(m_dismiss);
    layout->addLayout(row);
    connect(m_dismiss, &QPushButton::clicked, this, [this] {
        m_dismissed = true;
        setVisible(false);
        Q_EMIT changed();
    });
}

int CutoverChecklistWidget::tickedCount() const
{
    int n = 0;
    for (const QCheckBox *check : m_items)
        n += check->isChecked() ? 1 : 0;
    return n;
}

QList<QWidget *> CutoverChecklistWidget::focusOrder() const
{
    QList<QWidget *> out;
    for (QCheckBox *check : m_items)
        out.append(check);
    out.append(m_dismiss);
    return out;
}

void CutoverChecklistWidget::reset()
{
    for (QCheckBox *check : std::as_const(m_items))
        check->setChecked(false);
    m_dismissed = false;
}

} // namespace Gui
