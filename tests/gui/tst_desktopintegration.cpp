// The Linux implementations of the platform pieces (docs/packaging.md):
//   SystemdKeepAwake     runs systemd-inhibit --what=sleep:idle for as long as an import runs
//   FreedesktopActions   opens a folder with xdg-open; notifies over org.freedesktop.Notifications
//   KeychainStore        QtKeychain; where no keychain answers, says so and keeps nothing on disk
// Programs are replaced by scripts in a folder put first on PATH, which record how they were
// started; D-Bus runs as a private dbus-daemon with this test as the notification service.

#include "freedesktopactions.h"
#include "keychainstore.h"
#include "sleepinhibitor.h"
#include "systemdkeepawake.h"

#include <QtDBus/QDBusConnection>
#include <QtDBus/QDBusConnectionInterface>
#include <QtTest/QtTest>

#include <csignal>

using namespace Qt::StringLiterals;

// Plays org.freedesktop.Notifications on the private bus and keeps what it was asked to show.
class FakeNotifications : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    QStringList calls; // "app|icon|summary|body|desktop-entry"

public Q_SLOTS:
    uint Notify(const QString &app, uint, const QString &icon, const QString &summary, const QString &body,
                const QStringList &, const QVariantMap &hints, int)
    {
        calls.append(QStringList {app, icon, summary, body, hints.value(u"desktop-entry"_s).toString()}.join(u'|'));
        return uint(calls.size());
    }
};

class TestDesktopIntegration : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_bin;         // fake programs, first on PATH
    QByteArray m_path;     // the PATH the test started with
    QProcess m_bus;

    // A script named `name` that writes its arguments, one a line, to name.args and then runs `then`.
    void fakeProgram(const QString &name, const QByteArray &then)
    {
        QFile f(m_bin + u'/' + name);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("#!/bin/sh\nprintf '%s\\n' \"$@\" > \"" + m_dir.filePath(name + u".args"_s).toUtf8() + ".tmp\"\nmv \""
                + m_dir.filePath(name + u".args"_s).toUtf8() + ".tmp\" \"" + m_dir.filePath(name + u".args"_s).toUtf8()
                + "\"\n" + then + "\n");
        f.close();
        QVERIFY(f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    }
    QStringList argsOf(const QString &name)
    {
        QFile f(m_dir.filePath(name + u".args"_s));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
    }
    void onlyFakesOnPath() { qputenv("PATH", m_bin.toUtf8()); }
    void fakesFirstOnPath() { qputenv("PATH", m_bin.toUtf8() + ':' + m_path); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_bin = m_dir.filePath(u"bin"_s);
        QVERIFY(QDir().mkpath(m_bin));
        m_path = qgetenv("PATH");
        // A private session bus; the test must not reach the desktop of whoever runs it.
        const QString daemon = QStandardPaths::findExecutable(u"dbus-daemon"_s);
        QVERIFY2(!daemon.isEmpty(), "dbus-daemon is missing (Debian package dbus)");
        m_bus.start(daemon, {u"--session"_s, u"--nofork"_s, u"--print-address=1"_s});
        QVERIFY(m_bus.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(m_bus.canReadLine(), 20000);
        qputenv("DBUS_SESSION_BUS_ADDRESS", m_bus.readLine().trimmed());
        QVERIFY(QDBusConnection::sessionBus().isConnected());
    }
    void cleanupTestCase()
    {
        m_bus.terminate();
        m_bus.waitForFinished();
    }
    void cleanup()
    {
        qputenv("PATH", m_path);
        for (const QString &f : QDir(m_dir.path()).entryList({u"*.args"_s}))
            QFile::remove(m_dir.filePath(f));
        for (const QString &f : QDir(m_bin).entryList(QDir::Files))
            QFile::remove(m_bin + u'/' + f);
    }

    void keepAwakeHoldsSleepIdleUntilReleased()
    {
        fakeProgram(u"systemd-inhibit"_s, "exec sleep infinity");
        fakesFirstOnPath();
        Gui::SystemdKeepAwake keepAwake;
        QVERIFY(keepAwake.hold(u"Importing users into WorkOS"_s));
        QVERIFY(keepAwake.isHeld());
        QVERIFY(keepAwake.description().contains(u"kept from sleeping"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!argsOf(u"systemd-inhibit"_s).isEmpty(), 20000);
        const QStringList args = argsOf(u"systemd-inhibit"_s);
        QVERIFY2(args.contains(u"--what=sleep:idle"_s), qPrintable(args.join(u' ')));
        QVERIFY(args.contains(u"--why=Importing users into WorkOS"_s));
        QVERIFY(args.contains(u"--mode=block"_s));
        const qint64 holder = keepAwake.holderPid();
        QVERIFY(holder > 0);
        QCOMPARE(::kill(pid_t(holder), 0), 0);

        keepAwake.release();
        QVERIFY(!keepAwake.isHeld());
        QVERIFY(::kill(pid_t(holder), 0) != 0); // the lock holder is gone, so is the lock
    }

    void keepAwakeSaysWhenTheSystemEndsTheHold()
    {
        fakeProgram(u"systemd-inhibit"_s, "exec sleep infinity");
        fakesFirstOnPath();
        Gui::SystemdKeepAwake keepAwake;
        QSignalSpy lost(&keepAwake, &Gui::KeepAwake::lost);
        QVERIFY(keepAwake.hold(u"Importing"_s));
        QTRY_VERIFY_WITH_TIMEOUT(keepAwake.holderPid() > 0 && !argsOf(u"systemd-inhibit"_s).isEmpty(), 20000);
        ::kill(pid_t(keepAwake.holderPid()), SIGKILL);
        QVERIFY(lost.wait(20000));
        QVERIFY(!keepAwake.isHeld());
        QVERIFY(keepAwake.description().contains(u"resume the job"_s));
    }

    void keepAwakeWithoutSystemdSaysTheComputerMaySleep()
    {
        onlyFakesOnPath(); // no systemd-inhibit
        Gui::SleepInhibitor inhibitor; // what the run page uses: the platform's KeepAwake
        inhibitor.inhibit(u"Importing"_s);
        QVERIFY(!inhibitor.isActive());
        QVERIFY(inhibitor.description().contains(u"may go to sleep"_s));
    }

    void openFolderStartsXdgOpenWithTheFolderUrl()
    {
        fakeProgram(u"xdg-open"_s, "exit 0");
        fakesFirstOnPath();
        const QString folder = m_dir.filePath(u"reports with space"_s);
        QVERIFY(QDir().mkpath(folder));
        Gui::FreedesktopActions actions;
        QVERIFY2(actions.openFolder(folder), qPrintable(actions.errorString()));
        QTRY_COMPARE_WITH_TIMEOUT(argsOf(u"xdg-open"_s), QStringList {QUrl::fromLocalFile(folder).toString()}, 20000);
    }

    void openFolderExplainsWhatIsMissing()
    {
        onlyFakesOnPath(); // no xdg-open
        Gui::FreedesktopActions actions;
        QVERIFY(!actions.openFolder(m_dir.path()));
        QVERIFY2(actions.errorString().contains(u"xdg-utils"_s), qPrintable(actions.errorString()));
        QVERIFY(!actions.openFolder(m_dir.filePath(u"no such folder"_s)));
        QVERIFY(actions.errorString().contains(u"does not exist"_s));
    }

    void notificationReachesTheDesktopsService()
    {
        FakeNotifications service;
        QDBusConnection bus = QDBusConnection::sessionBus();
        QVERIFY(bus.registerObject(u"/org/freedesktop/Notifications"_s, &service, QDBusConnection::ExportAllSlots));
        QVERIFY(bus.registerService(u"org.freedesktop.Notifications"_s));
        QGuiApplication::setApplicationDisplayName(u"WorkOS Migration Wizard"_s);
        QGuiApplication::setDesktopFileName(u"com.workos.migration_wizard"_s);

        Gui::FreedesktopActions actions;
        QVERIFY(actions.notify(u"WorkOS import finished"_s, u"1,000 users imported."_s));
        QTRY_COMPARE_WITH_TIMEOUT(service.calls.size(), 1, 20000);
        QCOMPARE(service.calls.first(), u"WorkOS Migration Wizard|com.workos.migration_wizard|WorkOS import finished|"
                                        "1,000 users imported.|com.workos.migration_wizard"_s);
        bus.unregisterService(u"org.freedesktop.Notifications"_s);
        bus.unregisterObject(u"/org/freedesktop/Notifications"_s);
    }

    // A desktop without a keychain (no Secret Service on the bus, no KWallet): the key is kept in
    // memory only, the answer says so, and nothing is written to disk instead.
    void keychainWithoutServiceKeepsNothingOnDisk()
    {
        QTemporaryDir home;
        qputenv("HOME", home.path().toUtf8());
        qputenv("XDG_CONFIG_HOME", home.filePath(u"config"_s).toUtf8());
        qputenv("XDG_DATA_HOME", home.filePath(u"data"_s).toUtf8());
        qunsetenv("WIZARD_NO_KEYCHAIN");
        Gui::KeychainStore keychain;
        std::optional<Gui::KeychainStore::Answer> written;
        keychain.write(u"api.workos.com"_s, u"sk_test_kept_in_memory"_s, [&written](const Gui::KeychainStore::Answer &a) { written = a; });
        QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), Gui::KeychainStore::TimeoutMs + 20000);
        QVERIFY(!written->available);
        QVERIFY2(written->message.contains(u"memory"_s), qPrintable(written->message));
        QDirIterator it(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains("sk_test_kept_in_memory"), qPrintable(f.fileName()));
        }
    }
};

QTEST_MAIN(TestDesktopIntegration)
#include "tst_desktopintegration.moc"
