#pragma once
// EnvironmentBadge: the line at the top of every page after Connect (and of the run page) that
// says where the import writes: a red "Production" bar, a blue "Staging" one or a grey
// "Rehearsal" one. It reads the wizard's environment whenever it is shown. Its colours are
// chosen so white text on them has a contrast of at least 4.5:1 (WCAG AA) on light and dark
// desktops alike. GUI thread.

#include <QtWidgets/QLabel>

namespace Gui {

class EnvironmentBadge : public QLabel
{
    Q_OBJECT
public:
    explicit EnvironmentBadge(QWidget *parent = nullptr);

    // Shows `environment` ("production", "staging", "rehearsal"; empty hides the badge).
    void setEnvironment(const QString &environment);
    QString environment() const { return m_environment; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    QString m_environment;
};

} // namespace Gui
