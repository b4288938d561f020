#include "importoptions.h"

#include "console.h"

#include "model/columnmapping.h"
#include "model/filemapping.h"
#include "source/sourcemapping.h"
#include "store/jobstore.h"

#include <QtCore/QCommandLineParser>

using namespace Qt::StringLiterals;

namespace Cli {

QString storePathFor(const QString &checkpointDir)
{
    return checkpointDir.isEmpty() ? Store::JobStore::defaultPath() : Store::JobStore::pathInDirectory(checkpointDir);
}

void addStoreOption(QCommandLineParser &p)
{
    p.addOption({u"checkpoint-dir"_s, u"Keep the job store in DIR instead of the app data folder."_s, u"DIR"_s});
}

// The key comes from the environment only: a flag value would show in `ps`.
Api::ApiKey keyFromEnvironment()
{
    QString key = qEnvironmentVariable("WORKOS_API_KEY");
    if (key.isEmpty())
        key = qEnvironmentVariable("WORKOS_SECRET_KEY");
    return Api::ApiKey(key);
}

// QCommandLineParser has no optional values: "--resume" alone means the newest job.
QStringList normaliseResume(QStringList args, bool *resume, QString *resumeId)
{
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString a = args[i];
        if (a == u"--resume"_s) {
            *resume = true;
            if (i + 1 < args.size() && !args[i + 1].startsWith(u'-')) {
                *resumeId = args[i + 1];
                args.removeAt(i + 1);
            }
            args.removeAt(i);
            --i;
        } else if (a.startsWith(u"--resume="_s)) {
            *resume = true;
            *resumeId = a.mid(9);
            args.removeAt(i);
            --i;
        }
    }
    return args;
}

// QCommandLineParser's usage line names argv[0] (a full path) and no command.
QString helpText(const QCommandLineParser &p, const QString &usage)
{
    const QString text = p.helpText();
    return u"Usage: workos-import "_s + usage + text.mid(text.indexOf(u'\n'));
}

int usageError(const QString &message)
{
    err() << "workos-import: " << message << '\n';
    return ExitUnusable;
}

bool readInt(const QCommandLineParser &p, const QString &name, int *value, QString *error)
{
    if (!p.isSet(name))
        return true;
    bool ok = false;
    const int v = p.value(name).toInt(&ok);
    if (!ok) {
        *error = u"--%1 needs a whole number, not \"%2\"."_s.arg(name, p.value(name));
        return false;
    }
    *value = v;
    return true;
}

// --wait-for-network: how long a run keeps trying when WorkOS cannot be reached.
const QCommandLineOption &waitForNetworkOption()
{
    static const QCommandLineOption option {u"wait-for-network"_s,
        u"When WorkOS cannot be reached, keep trying for this many seconds before the job stops, resumable "
        "(default 300)."_s, u"SECONDS"_s};
    return option;
}

bool readNetworkPatience(const QCommandLineParser &p, Engine::RunRequest *request, QString *error)
{
    int seconds = int(request->networkPatience.count());
    if (!readInt(p, u"wait-for-network"_s, &seconds, error))
        return false;
    if (seconds < 0 || seconds > 24 * 3600) {
        *error = u"--wait-for-network must be between 0 and 86400 seconds."_s;
        return false;
    }
    request->networkPatience = std::chrono::seconds(seconds);
    return true;
}

// --workers for a resume or a retry: the one setting a job may change.
bool readWorkerOverride(const QCommandLineParser &p, Engine::RunRequest *request, QString *error)
{
    if (!p.isSet(u"workers"_s))
        return true;
    int w = 1;
    if (!readInt(p, u"workers"_s, &w, error))
        return false;
    if (w < 1 || w > Engine::JobSettings::MaxWorkers) {
        *error = u"--workers must be between 1 and %1."_s.arg(Engine::JobSettings::MaxWorkers);
        return false;
    }
    request->workers = w;
    return true;
}

// Issue 18, any CSV: the wizard's mapping (everyday headers in seven languages, the values of the
// first rows) with --map on top, printed on stderr before anything is sent, with every column
// left out that looks like user data and the --map entry that would import it. A file that is
// not a CSV keeps --map alone (its reader knows its fields).
bool applyFileMapping(Engine::JobSettings &settings, const QString &spec, bool quiet, QString *error)
{
    const auto own = Model::ColumnMapping::parse(spec, error);
    if (!own)
        return false;
    settings.mapping = *own;
    const std::optional<Model::FileMapping> file = Source::fileMapping(settings.csvPath, settings.source, spec);
    if (!file)
        return true;
    settings.mapping = file->mapping;
    if (!quiet) {
        err() << "workos-import: columns (change with --map \"Column=field\" or \"Column=ignore\"):\n";
        for (const QString &line : file->describe())
            err() << line << '\n';
        err().flush();
    }
    return true;
}

} // namespace Cli
