#pragma once
// DesktopActions: what the wizard asks of the desktop besides windows: open a folder in the
// file manager, and tell the person an import has finished while they look at something else.
// One interface, one implementation per platform; instance() is the one for this platform.
// Compiled here: FreedesktopActions (Linux: xdg-open, org.freedesktop.Notifications over D-Bus).
// macOS (NSWorkspace / "open", UNUserNotificationCenter) and Windows (ShellExecute, toast
// notifications) are described in docs/packaging.md. GUI thread; nothing here blocks.

#include <QtCore/QObject>
#include <QtCore/QString>

namespace Gui {

class DesktopActions : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~DesktopActions() override = default;

    // Shows the folder in the file manager. False (and errorString()) when nothing could be started.
    virtual bool openFolder(const QString &path) = 0;
    // A desktop notification; false when the desktop has no notification service.
    virtual bool notify(const QString &title, const QString &body) = 0;
    // Plain words about the last failure.
    QString errorString() const { return m_error; }

    // The implementation for this platform, owned by the application.
    static DesktopActions *instance();

protected:
    QString m_error;
};

} // namespace Gui
