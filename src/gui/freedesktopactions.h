#pragma once
// FreedesktopActions: DesktopActions on Linux, by the freedesktop.org conventions every Linux
// desktop follows. A folder opens with xdg-open (xdg-utils; the .deb recommends it), started
// detached. A notification is an asynchronous org.freedesktop.Notifications.Notify call on the
// session bus (GNOME, KDE, XFCE... all serve it), with the app's icon and desktop entry, so the
// desktop shows it under the wizard's name; no system tray is needed. GUI thread.

#include "desktopactions.h"

namespace Gui {

class FreedesktopActions : public DesktopActions
{
    Q_OBJECT
public:
    explicit FreedesktopActions(QObject *parent = nullptr);

    bool openFolder(const QString &path) override;
    bool notify(const QString &title, const QString &body) override;

    static constexpr int NotificationTimeoutMs = 10000;
};

} // namespace Gui
