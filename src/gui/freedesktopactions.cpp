#include "freedesktopactions.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QLoggingCategory>
#include <QtCore/QProcess>
#include <QtCore/QStandardPaths>
#include <QtCore/QUrl>
#include <QtDBus/QDBusConnection>
#include <QtDBus/QDBusMessage>
#include <QtDBus/QDBusPendingCallWatcher>
#include <QtDBus/QDBusPendingReply>
#include <QtGui/QGuiApplication>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDesktop, "wizard.desktop")

namespace Gui {

DesktopActions *DesktopActions::instance()
{
    // Only the Linux implementation is compiled in this build (docs/packaging.md).
    static FreedesktopActions *actions = new FreedesktopActions(QCoreApplication::instance());
    return actions;
}

FreedesktopActions::FreedesktopActions(QObject *parent)
    : DesktopActions(parent)
{
}

bool FreedesktopActions::openFolder(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isDir()) {
        m_error = tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    const QString xdgOpen = QStandardPaths::findExecutable(u"xdg-open"_s);
    if (xdgOpen.isEmpty()) {
        m_error = tr("No file manager could be started (xdg-open is missing; install the package xdg-utils). "
                     "The folder is %1.").arg(QDir::toNativeSeparators(info.absoluteFilePath()));
        return false;
    }
    if (!QProcess::startDetached(xdgOpen, {QUrl::fromLocalFile(info.absoluteFilePath()).toString()})) {
        m_error = tr("The file manager could not be started. The folder is %1.")
                      .arg(QDir::toNativeSeparators(info.absoluteFilePath()));
        return false;
    }
    m_error.clear();
    return true;
}

bool FreedesktopActions::notify(const QString &title, const QString &body)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        m_error = tr("This desktop has no session bus, so no notification can be shown.");
        return false;
    }
    // https://specifications.freedesktop.org/notification-spec/latest/protocol.html
    QDBusMessage call = QDBusMessage::createMethodCall(u"org.freedesktop.Notifications"_s, u"/org/freedesktop/Notifications"_s,
                                                       u"org.freedesktop.Notifications"_s, u"Notify"_s);
    const QString desktopEntry = QGuiApplication::desktopFileName();
    call << QGuiApplication::applicationDisplayName() << uint(0) << desktopEntry << title << body << QStringList()
         << QVariantMap {{u"desktop-entry"_s, desktopEntry}, {u"urgency"_s, QVariant::fromValue(uchar(1))}}
         << int(NotificationTimeoutMs);
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [](QDBusPendingCallWatcher *w) {
        const QDBusPendingReply<uint> reply = *w;
        if (reply.isError())
            qCInfo(lcDesktop) << "no notification shown:" << reply.error().message();
        w->deleteLater();
    });
    m_error.clear();
    return true;
}

} // namespace Gui
