#pragma once
// The options of workos-import's import commands: the job store's place, the API key from
// the environment, --resume's optional value, --help text, usage errors, and the values
// (numbers, --wait-for-network, --workers, --map) read into a run request. Main thread only.

#include "api/apitypes.h"
#include "engine/import/jobrunner.h"

#include <QtCore/QCommandLineOption>
#include <QtCore/QCommandLineParser>
#include <QtCore/QString>
#include <QtCore/QStringList>

namespace Cli {

QString storePathFor(const QString &checkpointDir);
void addStoreOption(QCommandLineParser &p);
// The key comes from the environment only: a flag value would show in `ps`.
Api::ApiKey keyFromEnvironment();
// QCommandLineParser has no optional values: "--resume" alone means the newest job.
QStringList normaliseResume(QStringList args, bool *resume, QString *resumeId);
// QCommandLineParser's usage line names argv[0] (a full path) and no command.
QString helpText(const QCommandLineParser &p, const QString &usage);
int usageError(const QString &message);
bool readInt(const QCommandLineParser &p, const QString &name, int *value, QString *error);
// --wait-for-network: how long a run keeps trying when WorkOS cannot be reached.
const QCommandLineOption &waitForNetworkOption();
bool readNetworkPatience(const QCommandLineParser &p, Engine::RunRequest *request, QString *error);
// --workers for a resume or a retry: the one setting a job may change.
bool readWorkerOverride(const QCommandLineParser &p, Engine::RunRequest *request, QString *error);
// The wizard's mapping of the file with --map on top, printed on stderr before anything is
// sent.
bool applyFileMapping(Engine::JobSettings &settings, const QString &spec, bool quiet, QString *error);

} // namespace Cli
