#include "engine/jobenvironment.h"

#include <QtCore/QCoreApplication>

using namespace Qt::StringLiterals;

namespace Engine {

bool isLocalAddress(const QUrl &url)
{
    const QString host = url.host();
    return host == u"localhost"_s || host == u"::1"_s || host.startsWith(u"127."_s);
}

QString environmentFor(const QString &key, const QUrl &url)
{
    if (key.trimmed().startsWith(u"sk_live_"_s))
        return u"production"_s;
    if (isLocalAddress(url))
        return u"rehearsal"_s;
    return u"staging"_s;
}

QString environmentTitle(const QString &environment)
{
    if (environment == u"production"_s)
        return QCoreApplication::translate("Engine::FollowUp", "Production");
    if (environment == u"rehearsal"_s)
        return QCoreApplication::translate("Engine::FollowUp", "Rehearsal (local sandbox)");
    if (environment == u"staging"_s)
        return QCoreApplication::translate("Engine::FollowUp", "Staging");
    return QCoreApplication::translate("Engine::FollowUp", "Unknown");
}

} // namespace Engine
