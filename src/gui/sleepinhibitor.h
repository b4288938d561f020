#pragma once
// SleepInhibitor: what the run page uses to keep the computer from going to sleep while an
// import runs. It holds the platform's KeepAwake (keepawake.h; on Linux a systemd-logind
// inhibitor lock through systemd-inhibit) and passes its words on. Where the platform cannot,
// it does nothing and says so in description(). Owned by the GUI thread (the run page).

#include <QtCore/QObject>
#include <QtCore/QString>

#include <memory>

namespace Gui {

class KeepAwake;

class SleepInhibitor : public QObject
{
    Q_OBJECT
public:
    explicit SleepInhibitor(QObject *parent = nullptr);
    // With a given implementation (tests).
    SleepInhibitor(std::unique_ptr<KeepAwake> keepAwake, QObject *parent = nullptr);
    ~SleepInhibitor() override;

    void inhibit(const QString &why);
    void release();
    bool isActive() const;
    // Plain words: what is being done to keep the computer awake, or why nothing is.
    QString description() const;

private:
    std::unique_ptr<KeepAwake> m_keepAwake;
};

} // namespace Gui
