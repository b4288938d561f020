#include "sleepinhibitor.h"

#include "keepawake.h"

namespace Gui {

SleepInhibitor::SleepInhibitor(QObject *parent)
    : SleepInhibitor(KeepAwake::create(), parent)
{
}

SleepInhibitor::SleepInhibitor(std::unique_ptr<KeepAwake> keepAwake, QObject *parent)
    : QObject(parent), m_keepAwake(std::move(keepAwake))
{
}

SleepInhibitor::~SleepInhibitor()
{
    release();
}

void SleepInhibitor::inhibit(const QString &why)
{
    m_keepAwake->hold(why);
}

void SleepInhibitor::release()
{
    m_keepAwake->release();
}

bool SleepInhibitor::isActive() const
{
    return m_keepAwake->isHeld();
}

QString SleepInhibitor::description() const
{
    return m_keepAwake->description();
}

} // namespace Gui
