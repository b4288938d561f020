#pragma once
// KeepAwake: the platform's way of keeping the computer from sleeping while an import runs (an
// import of 100,000 users takes more than an hour at WorkOS's rate limit). One interface, one
// implementation per platform; SleepInhibitor (what the run page uses) picks it with create().
// Compiled here: SystemdKeepAwake (Linux, systemd-logind). macOS (IOPMAssertionCreateWithName)
// and Windows (SetThreadExecutionState) are described in docs/packaging.md. GUI thread.

#include <QtCore/QObject>
#include <QtCore/QString>

#include <memory>

namespace Gui {

class KeepAwake : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~KeepAwake() override = default;

    // Asks the system to stay awake; `why` is shown by the system where it lists who holds it.
    // False when the platform cannot (then description() says so in plain words).
    virtual bool hold(const QString &why) = 0;
    virtual void release() = 0;
    virtual bool isHeld() const = 0;
    // Plain words for the run page: what is being done, or why nothing is.
    virtual QString description() const = 0;

    // The implementation for this platform (one that only explains, where there is none).
    static std::unique_ptr<KeepAwake> create();

Q_SIGNALS:
    // The system ended the hold by itself (the lock holder died, logind refused).
    void lost();
};

} // namespace Gui
