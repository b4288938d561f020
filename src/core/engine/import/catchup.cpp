#include "catchup.h"

#include "csv/csvreader.h"
#include "engine/jobenvironment.h"
#include "model/rowrules.h"
#include "model/schema.h"
#include "source/detect.h"
#include "store/chunkhash.h"
#include "store/jobstore.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QSet>

using namespace Qt::StringLiterals;

namespace Engine {

namespace {

// lupdate files a free tr() in namespace Engine under the context "Engine": the same here.
QString tr(const char *text)
{
    return QCoreApplication::translate("Engine", text);
}

// Scheme, host and port.
bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(a.scheme() == u"http"_s ? 80 : 443) == b.port(b.scheme() == u"http"_s ? 80 : 443);
}

QString listed(const QStringList &names)
{
    QStringList quoted;
    for (const QString &n : names)
        quoted.append(u'"' + n + u'"');
    return quoted.join(u", "_s);
}

} // namespace

QString catchUpProblem(const Store::JobStore &store, const JobSettings &settings)
{
    const QString id = settings.catchUpOf;
    const std::optional<Store::JobRecord> earlier = store.job(id);
    if (!earlier)
        return tr("There is no job \"%1\" to catch up with. `workos-import jobs` lists the jobs; give the id of the "
                  "import this file is a newer export of.").arg(id);
    const QString asNew = tr("To import this file anyway, start it as a new job without --catch-up (users that "
                             "exist are then met as \"already existed\", or updated with --update-existing).");
    const JobSettings before = JobSettings::fromJson(earlier->settings);

    // The earlier job's user ids mean something only where it wrote: a catch-up of a rehearsal
    // into production (or of one environment into another) is refused before anything is read.
    // A rehearsal's sandbox comes back on another port: both on this computer is the same place.
    const bool sameAddress = (isLocalAddress(before.apiUrl) && isLocalAddress(settings.apiUrl))
        || sameOrigin(before.apiUrl, settings.apiUrl);
    const bool sameEnvironment = before.environment.isEmpty() || settings.environment.isEmpty()
        || before.environment == settings.environment;
    if (!sameAddress || !sameEnvironment)
        return tr("Job %1 wrote to %2 (%3); this import would go to %4 (%5). A catch-up continues an import where "
                  "it wrote: catch up with the job that imported into this environment. %6")
            .arg(id, before.apiUrl.toString(), environmentTitle(before.environment), settings.apiUrl.toString(),
                 environmentTitle(settings.environment), asNew);

    const std::unique_ptr<Source::Reader> reader = Source::openReader(settings.csvPath, settings.source);
    if (!reader->open())
        return reader->errorMessage();
    const Source::Kind now = reader->kind();
    if (before.source.kind != Source::Kind::Auto && now != Source::Kind::Auto && before.source.kind != now)
        return tr("Job %1 read its file as %2; this file reads as %3. A catch-up needs a newer export of the same "
                  "source. Export again from the same system. %4")
            .arg(id, Source::kindName(before.source.kind), Source::kindName(now), asNew);

    // The columns: named when the earlier file is still there, else told by its header's hash.
    const QStringList header = reader->header();
    bool compared = false;
    if (QFileInfo::exists(earlier->csvPath)) {
        const std::unique_ptr<Source::Reader> old = Source::openReader(earlier->csvPath, before.source);
        if (old->open()) {
            compared = true;
            const QStringList was = old->header();
            QStringList added;
            QStringList lacking;
            for (const QString &c : header)
                if (!was.contains(c))
                    added.append(c);
            for (const QString &c : was)
                if (!header.contains(c))
                    lacking.append(c);
            if (!added.isEmpty() || !lacking.isEmpty()) {
                QStringList what;
                if (!added.isEmpty())
                    what.append(tr("this file has %1 that job %2's file did not have").arg(listed(added), id));
                if (!lacking.isEmpty())
                    what.append(tr("it lacks %1").arg(listed(lacking)));
                return tr("The columns differ from job %1's file: %2. Export with the same columns as the earlier "
                          "import. %3").arg(id, what.join(u"; "_s), asNew);
            }
        }
    }
    if (!compared && !earlier->headerHash.isEmpty() && reader->dataStartOffset() > 0) {
        QFile file(settings.csvPath);
        QString error;
        std::optional<quint64> hash;
        if (file.open(QIODevice::ReadOnly))
            hash = Store::ChunkHash::ofRange(file, 0, reader->dataStartOffset(), &error);
        if (hash && Store::ChunkHash::toHex(*hash) != earlier->headerHash)
            return tr("The columns differ from job %1's file (its header line is not this file's: %2). Export with "
                      "the same columns as the earlier import. %3").arg(id, listed(header), asNew);
    }
    if (before.mapping.toString() != settings.mapping.toString())
        return tr("The columns are mapped differently than in job %1 (there: \"%2\"; here: \"%3\"). Give the same "
                  "--map as job %1. %4")
            .arg(id, before.mapping.toString(), settings.mapping.toString(), asNew);
    return {};
}

namespace {

// The email keys of every row of the file (valid or not); nullopt when it cannot be read.
std::optional<QSet<QString>> emailKeysOf(const JobSettings &settings, QString *error)
{
    const std::unique_ptr<Source::Reader> reader = Source::openReader(settings.csvPath, settings.source);
    if (!reader->open()) {
        if (error)
            *error = reader->errorMessage();
        return std::nullopt;
    }
    const Model::Schema schema = Model::Schema::fromHeader(reader->header(), settings.mapping);
    QSet<QString> keys;
    Csv::Record record;
    while (reader->next(record)) {
        const Model::RowResult r = Model::checkRow(schema, record);
        if (!r.row.emailKey.isEmpty())
            keys.insert(r.row.emailKey);
        else if (!r.row.email.isEmpty())
            keys.insert(Store::JobStore::emailKey(r.row.email));
    }
    if (reader->failed()) {
        if (error)
            *error = reader->errorMessage();
        return std::nullopt;
    }
    return keys;
}

} // namespace

QList<Store::MissingUser> missingEarlierUsers(const Store::JobStore &store, const JobSettings &settings, QString *error)
{
    QList<Store::MissingUser> missing;
    QString why;
    const QHash<QString, QString> earlier = store.users(settings.catchUpOf, &why);
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return missing;
    }
    if (earlier.isEmpty())
        return missing;
    const std::optional<QSet<QString>> keys = emailKeysOf(settings, error);
    if (!keys)
        return missing;
    const QSet<QString> &inFile = *keys;
    for (auto it = earlier.constBegin(); it != earlier.constEnd(); ++it)
        if (!inFile.contains(it.key()))
            missing.append({it.key(), it.value()});
    std::sort(missing.begin(), missing.end(),
              [](const Store::MissingUser &a, const Store::MissingUser &b) { return a.emailKey < b.emailKey; });
    return missing;
}

MissingSummary recordMissingEarlierUsers(const Store::JobStore &store, const JobSettings &settings, const QString &jobId)
{
    MissingSummary out;
    const QList<Store::MissingUser> missing = missingEarlierUsers(store, settings, &out.error);
    if (!out.error.isEmpty())
        return out;
    out.count = missing.size();
    out.sample = missingSample(missing);
    Store::UserUpdateStore kept(store.path());
    if (!kept.open(&out.error) || !kept.setMissing(jobId, missing, &out.error))
        return out;
    return out;
}

QStringList missingSample(const QList<Store::MissingUser> &users)
{
    QStringList sample;
    for (const Store::MissingUser &u : users) {
        if (sample.size() >= MissingSampleSize)
            break;
        sample.append(u.emailKey);
    }
    return sample;
}

QString missingUsersSentence(qint64 count, const QStringList &sample)
{
    if (count <= 0)
        return {};
    QString text = QCoreApplication::translate("Engine::CatchUp", "%n users from the earlier import are not in this file "
                                               "(listed, not deleted)", nullptr, int(count));
    if (!sample.isEmpty())
        text += u": "_s + sample.join(u", "_s) + (count > sample.size() ? u", ..."_s : QString());
    return text + u'.';
}

} // namespace Engine
