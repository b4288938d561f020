#include "keychainstore.h"

#include <qt6keychain/keychain.h>

#include <QtCore/QPointer>
#include <QtCore/QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace Gui {

namespace {

QString entryName(const QString &apiHost)
{
    return u"api-key@"_s + (apiHost.isEmpty() ? u"api.workos.com"_s : apiHost);
}

// Runs `job`, answering once: when it finishes or when the timeout hits first.
void runJob(QObject *context, QKeychain::Job *job, const std::function<void(QKeychain::Job *, bool timedOut)> &done)
{
    auto answered = std::make_shared<bool>(false);
    job->setAutoDelete(true);
    QObject::connect(job, &QKeychain::Job::finished, context, [answered, done](QKeychain::Job *j) {
        if (*answered)
            return;
        *answered = true;
        done(j, false);
    });
    QTimer::singleShot(KeychainStore::TimeoutMs, context, [answered, done] {
        if (*answered)
            return;
        *answered = true;
        done(nullptr, true);
    });
    job->start();
}

QString unavailableText()
{
    return KeychainStore::tr("No system keychain answered on this computer, so the key is kept in memory only "
                             "and you will be asked for it again next time.");
}

KeychainStore::Answer answerFor(QKeychain::Job *job, bool timedOut)
{
    KeychainStore::Answer a;
    if (timedOut || !job) {
        a.message = unavailableText();
        return a;
    }
    switch (job->error()) {
    case QKeychain::NoError:
        a.available = true;
        a.found = true;
        break;
    case QKeychain::EntryNotFound:
        a.available = true;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        a.message = unavailableText();
        break;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        a.message = KeychainStore::tr("The system keychain refused access, so the key is kept in memory only.");
        break;
    case QKeychain::CouldNotDeleteEntry:
        a.available = true;
        a.message = KeychainStore::tr("The key could not be removed from the system keychain.");
        break;
    }
    return a;
}

} // namespace

KeychainStore::KeychainStore(QObject *parent)
    : QObject(parent)
{
}

bool KeychainStore::disabled()
{
    return qEnvironmentVariableIntValue("WIZARD_NO_KEYCHAIN") != 0;
}

QString KeychainStore::serviceName()
{
    return u"com.workos.MigrationWizard"_s;
}

void KeychainStore::read(const QString &apiHost, Callback done)
{
    if (disabled()) {
        QTimer::singleShot(0, this, [done] { done(answerFor(nullptr, true)); });
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(serviceName(), this);
    job->setKey(entryName(apiHost));
    job->setInsecureFallback(false);
    runJob(this, job, [done](QKeychain::Job *j, bool timedOut) {
        Answer a = answerFor(j, timedOut);
        if (a.found)
            a.key = static_cast<QKeychain::ReadPasswordJob *>(j)->textData();
        done(a);
    });
}

void KeychainStore::write(const QString &apiHost, const QString &key, Callback done)
{
    if (disabled()) {
        QTimer::singleShot(0, this, [done] { done(answerFor(nullptr, true)); });
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(serviceName(), this);
    job->setKey(entryName(apiHost));
    job->setInsecureFallback(false);
    job->setTextData(key);
    runJob(this, job, [done](QKeychain::Job *j, bool timedOut) { done(answerFor(j, timedOut)); });
}

void KeychainStore::remove(const QString &apiHost, Callback done)
{
    if (disabled()) {
        QTimer::singleShot(0, this, [done] { done(answerFor(nullptr, true)); });
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(serviceName(), this);
    job->setKey(entryName(apiHost));
    job->setInsecureFallback(false);
    runJob(this, job, [done](QKeychain::Job *j, bool timedOut) { done(answerFor(j, timedOut)); });
}

} // namespace Gui
