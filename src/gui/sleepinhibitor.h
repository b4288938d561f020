#pragma once
// SleepInhibitor: keeps the computer from going to sleep while an import runs. On Linux it
// holds a systemd-logind "sleep:idle" inhibitor lock by running `systemd-inhibit ... sleep
// infinity` as a child process, released by ending that process. Where systemd-inhibit is
// missing (or logind refuses) it does nothing and says so in description(). Owned by the GUI
// thread (the run page).

#include <QtCore/QObject>
#include <QtCore/QString>

class QProcess;

namespace Gui {

class SleepInhibitor : public QObject
{
    Q_OBJECT
public:
    explicit SleepInhibitor(QObject *parent = nullptr);
    ~SleepInhibitor() override;

    void inhibit(const QString &why);
    void release();
    bool isActive() const;
    // Plain words: what is being done to keep the computer awake, or why nothing is.
    QString description() const { return m_description; }

private:
    QProcess *m_process = nullptr;
    QString m_description;
};

} // namespace Gui
