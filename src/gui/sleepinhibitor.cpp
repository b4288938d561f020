#include "sleepinhibitor.h"

#include <QtCore/QProcess>
#include <QtCore/QStandardPaths>

using namespace Qt::StringLiterals;

namespace Gui {

SleepInhibitor::SleepInhibitor(QObject *parent)
    : QObject(parent)
{
}

SleepInhibitor::~SleepInhibitor()
{
    release();
}

void SleepInhibitor::inhibit(const QString &why)
{
    if (m_process)
        return;
    const QString program = QStandardPaths::findExecutable(u"systemd-inhibit"_s);
    const QString sleepProgram = QStandardPaths::findExecutable(u"sleep"_s);
    if (program.isEmpty() || sleepProgram.isEmpty()) {
        m_description = tr("This computer may go to sleep during the import (systemd-inhibit is not available). "
                           "If it does, resume the job afterwards.");
        return;
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
        }
    });
    m_process->start();
    m_description = tr("The computer is kept from sleeping while the import runs.");
}

void SleepInhibitor::release()
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

bool SleepInhibitor::isActive() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

} // namespace Gui
