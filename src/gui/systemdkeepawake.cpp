#include "systemdkeepawake.h"

#include <QtCore/QProcess>
#include <QtCore/QStandardPaths>

using namespace Qt::StringLiterals;

namespace Gui {

std::unique_ptr<KeepAwake> KeepAwake::create()
{
    // Only the Linux implementation is compiled in this build (see docs/packaging.md for the
    // macOS and Windows ones); elsewhere SystemdKeepAwake finds no systemd-inhibit and says so.
    return std::make_unique<SystemdKeepAwake>();
}

SystemdKeepAwake::SystemdKeepAwake(QObject *parent)
    : KeepAwake(parent)
{
}

SystemdKeepAwake::~SystemdKeepAwake()
{
    release();
}

bool SystemdKeepAwake::hold(const QString &why)
{
    if (m_process)
        return true;
    const QString program = QStandardPaths::findExecutable(u"systemd-inhibit"_s);
    const QString sleepProgram = QStandardPaths::findExecutable(u"sleep"_s);
    if (program.isEmpty() || sleepProgram.isEmpty()) {
        m_description = tr("This computer may go to sleep during the import (systemd-inhibit is not available). "
                           "If it does, resume the job afterwards.");
        return false;
    }
    m_process = new QProcess(this);
    m_process->setProgram(program);
    m_process->setArguments({u"--what=sleep:idle"_s, u"--who=WorkOS Migration Wizard"_s, u"--why="_s + why,
                             u"--mode=block"_s, sleepProgram, u"infinity"_s});
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    connect(m_process, &QProcess::finished, this, [this] {
        if (m_process) {
            m_description = tr("The system did not allow keeping the computer awake; if it sleeps, resume the job afterwards.");
            m_process->deleteLater();
            m_process = nullptr;
            Q_EMIT lost();
        }
    });
    m_process->start();
    m_description = tr("The computer is kept from sleeping while the import runs.");
    return true;
}

void SystemdKeepAwake::release()
{
    if (!m_process)
        return;
    QProcess *p = m_process;
    m_process = nullptr;
    p->disconnect(this);
    p->terminate();
    if (!p->waitForFinished(1000))
        p->kill();
    p->waitForFinished(500);
    delete p;
}

bool SystemdKeepAwake::isHeld() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

qint64 SystemdKeepAwake::holderPid() const
{
    return m_process ? m_process->processId() : 0;
}

} // namespace Gui
