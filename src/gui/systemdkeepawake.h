#pragma once
// SystemdKeepAwake: KeepAwake on Linux. Holds a systemd-logind "sleep:idle" inhibitor lock by
// running `systemd-inhibit --what=sleep:idle ... sleep infinity` as a child process; the lock
// ends with that process (release(), or this object's destruction, or our own death, since
// logind drops the lock when the holder's file descriptor closes). Where systemd-inhibit is
// missing or logind refuses, it holds nothing and says so. GUI thread.

#include "keepawake.h"

class QProcess;

namespace Gui {

class SystemdKeepAwake : public KeepAwake
{
    Q_OBJECT
public:
    explicit SystemdKeepAwake(QObject *parent = nullptr);
    ~SystemdKeepAwake() override;

    bool hold(const QString &why) override;
    void release() override;
    bool isHeld() const override;
    QString description() const override { return m_description; }

    // The child process holding the lock (tests), 0 when none.
    qint64 holderPid() const;

private:
    QProcess *m_process = nullptr;
    QString m_description;
};

} // namespace Gui
