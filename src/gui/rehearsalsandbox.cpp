#include "rehearsalsandbox.h"

#include <store/privatefiles.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>
#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QRandomGenerator>
#include <QtCore/QTimer>

using namespace Qt::StringLiterals;

namespace Gui {

RehearsalSandbox::RehearsalSandbox(QObject *parent)
    : QObject(parent)
{
}

RehearsalSandbox::~RehearsalSandbox()
{
    stop();
}

QString RehearsalSandbox::programPath()
{
    const QString fromEnv = qEnvironmentVariable("WORKOS_SANDBOX_PATH");
    if (!fromEnv.isEmpty() && QFileInfo(fromEnv).isExecutable())
        return fromEnv;
    const QString beside = QDir(QCoreApplication::applicationDirPath()).filePath(u"workos-sandbox"_s);
    return QFileInfo(beside).isExecutable() ? beside : QString();
}

qint64 RehearsalSandbox::processId() const
{
    return m_process && m_process->state() == QProcess::Running ? m_process->processId() : 0;
}

QProcessEnvironment RehearsalSandbox::scrubbedEnvironment(const QProcessEnvironment &from)
{
    QProcessEnvironment env;
    for (const QString &name : from.keys()) {
        const bool kept = name == u"HOME"_s || name == u"PATH"_s || name == u"TMPDIR"_s || name == u"LANG"_s
            || name == u"LANGUAGE"_s || name.startsWith(u"LC_"_s) || name == u"TZ"_s || name == u"ASAN_OPTIONS"_s
            || name == u"UBSAN_OPTIONS"_s || name == u"LSAN_OPTIONS"_s;
        if (kept)
            env.insert(name, from.value(name));
    }
    return env;
}

bool RehearsalSandbox::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running && m_url.isValid();
}

void RehearsalSandbox::start(const QString &journal)
{
    if (isRunning() && (journal.isEmpty() || journal == m_journal)) {
        Q_EMIT ready(m_url, m_key);
        return;
    }
    stop();
    m_journal = journal;
    if (m_journal.isEmpty() && !m_journalFolder.isEmpty()) {
        QString error;
        if (!Store::ensurePrivateFolder(m_journalFolder, &error)) {
            Q_EMIT failed(tr("The folder for the rehearsal's data could not be made: %1").arg(error));
            return;
        }
        m_journal = QDir(m_journalFolder).filePath(
            u"rehearsal-%1-%2.journal"_s.arg(QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s))
                .arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0')));
    }
    const QString program = programPath();
    if (program.isEmpty()) {
        Q_EMIT failed(tr("The local sandbox (workos-sandbox) is not installed next to this program."));
        return;
    }
    m_key = u"sk_test_rehearsal_"_s + QString::number(QRandomGenerator::system()->generate64(), 36);
    m_process = new QProcess(this);
    m_adminSecret = QByteArray::number(QRandomGenerator::system()->generate64(), 36)
        + QByteArray::number(QRandomGenerator::system()->generate64(), 36);
    // Only what a program needs: the wizard's environment may hold a real WorkOS key.
    QProcessEnvironment env = scrubbedEnvironment(QProcessEnvironment::systemEnvironment());
    env.insert(u"WORKOS_SANDBOX_KEYS"_s, m_key);
    env.insert(u"WORKOS_SANDBOX_ADMIN_SECRET"_s, QString::fromLatin1(m_adminSecret));
    m_process->setProcessEnvironment(env);
    // Ends with the wizard: stdin stays an open pipe until the wizard ends, killed or not.
    QStringList args {u"--port"_s, u"0"_s, u"--exit-on-stdin-close"_s};
    if (!m_journal.isEmpty())
        args += {u"--journal"_s, m_journal};
    const QString extra = qEnvironmentVariable("WIZARD_SANDBOX_ARGS");
    if (!extra.isEmpty())
        args += QProcess::splitCommand(extra);
    m_process->setProgram(program);
    m_process->setArguments(args);
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_stderrTail.clear();
    connect(m_process, &QProcess::readyReadStandardOutput, this, &RehearsalSandbox::onOutput);
    // What it says on stderr (for example that another sandbox holds this rehearsal's journal),
    // kept short: only the last lines matter.
    connect(m_process, &QProcess::readyReadStandardError, this, [this] {
        m_stderrTail += m_process->readAllStandardError();
        m_stderrTail = m_stderrTail.right(2048);
    });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError) {
        if (!m_url.isValid())
            Q_EMIT failed(tr("The local sandbox could not be started: %1").arg(m_process->errorString()));
    });
    connect(m_process, &QProcess::finished, this, [this] {
        if (!m_url.isValid()) {
            m_stderrTail += m_process->readAllStandardError();
            const QString said = QString::fromUtf8(m_stderrTail).trimmed().section(u'\n', -1).remove(u"workos-sandbox: "_s);
            if (said.contains(u"in use by another workos-sandbox"_s))
                Q_EMIT failed(tr("This rehearsal's data is in use by another local sandbox (another window of this "
                                 "program, or one still running from earlier). Close it, then try again."));
            else
                Q_EMIT failed(said.isEmpty() ? tr("The local sandbox stopped before it was ready.")
                                             : tr("The local sandbox stopped before it was ready: %1").arg(said));
        }
        m_url.clear();
    });
    m_process->start();
    QTimer::singleShot(15000, this, [this] {
        if (m_process && !m_url.isValid()) {
            Q_EMIT failed(tr("The local sandbox did not start within 15 seconds."));
            stop();
        }
    });
}

void RehearsalSandbox::onOutput()
{
    if (m_url.isValid()) {
        m_process->readAllStandardOutput();
        return;
    }
    m_buffer += m_process->readAllStandardOutput();
    const qsizetype nl = m_buffer.indexOf('\n');
    if (nl < 0)
        return;
    const QJsonObject handshake = QJsonDocument::fromJson(m_buffer.left(nl)).object();
    m_buffer.clear();
    const QUrl url(handshake.value(u"url"_s).toString());
    if (!url.isValid()) {
        Q_EMIT failed(tr("The local sandbox answered in an unexpected way."));
        stop();
        return;
    }
    m_url = url;
    Q_EMIT ready(m_url, m_key);
}

void RehearsalSandbox::stop()
{
    if (!m_process)
        return;
    QProcess *p = m_process;
    m_process = nullptr;
    p->disconnect(this);
    if (p->state() != QProcess::NotRunning) {
        p->terminate();
        if (!p->waitForFinished(3000)) {
            p->kill();
            p->waitForFinished(1000);
        }
    }
    delete p;
    m_url.clear();
}

} // namespace Gui
