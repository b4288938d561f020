#pragma once
// CutoverChecklistWidget: the short checklist the Review page shows before a production import
// (docs/cutover.md): pause webhook delivery during the import, freeze or dual-write sign-ups in
// the old system, plan the catch-up run, keep the ID map. Each item is ticked or dismissed by
// the person; nothing is enforced (the import can start either way), it is a reminder written
// once, in plain words. GUI thread.

#include <QtWidgets/QGroupBox>

#include <QtCore/QList>

class QCheckBox;
class QPushButton;

namespace Gui {

class CutoverChecklistWidget : public QGroupBox
{
    Q_OBJECT
public:
    explicit CutoverChecklistWidget(QWidget *parent = nullptr);

    // The items in order (their object names: cutoverPauseWebhooks, cutoverFreezeSignups,
    // cutoverCatchUp, cutoverKeepIdMap).
    QList<QCheckBox *> items() const { return m_items; }
    int tickedCount() const;
    // Its controls in reading order (for the page's tab order).
    QList<QWidget *> focusOrder() const;
    bool isDismissed() const { return m_dismissed; }
    // Unticks every item and shows the list again (a new Review).
    void reset();

Q_SIGNALS:
    void changed();

private:
    QList<QCheckBox *> m_items;
    QPushButton *m_dismiss = nullptr;
    bool m_dismissed = false;
};

} // namespace Gui
