#include "verifier.h"

#include "pagedwalk.h"
#include "updatecheck.h"

#include "verifycheckpoint.h"
#include "verifyrows.h"

#include "csv/csvreader.h"
#include "engine/jobsettings.h"
#include "model/rowrules.h"
#include "model/schema.h"
#include "source/detect.h"
#include "report/errorreport.h"
#include "store/followupstore.h"
#include "store/joblock.h"
#include "store/jobstore.h"

#include <QCoro/QCoroTask>

#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QPointer>
#include <QtCore/QSet>

using namespace Qt::StringLiterals;

namespace Engine {

using namespace Engine::Verify;

namespace {

QCoro::Task<void> runVerify(FollowUpRun run)
{
    const QPointer<FollowUpWorker> self = run.self;
    const FollowUpRequest &req = run.request;
    const QString &storePath = run.storePath;
    const Api::ApiKey &key = run.key;
    const std::function<void(FollowUpResult)> &finish = run.finish;
    const std::function<void(QString)> &say = run.say;
    const std::function<void(FollowUpProgress)> &report = run.report;
    FollowUpResult result;
    result.jobId = req.jobId;
    QElapsedTimer clock;
    clock.start();
    Store::JobStore store(storePath);
    Store::FollowUpStore followUps(storePath);
    Store::FollowUpRecord record;
    bool recording = false;
    std::shared_ptr<Api::ClientStats> stats;
    auto stop = [&](const QString &message) {
        result.message = message;
        result.elapsedMs = clock.elapsed();
        if (stats)
            result.requests = stats->snapshot().requests;
        if (recording) {
            record.state = Store::FollowUpState::Failed;
            record.message = message;
            record.updatedAt = QDateTime::currentDateTimeUtc();
            followUps.putFollowUp(record);
        }
        finish(result);
    };

    QString error;
    if (!store.open(&error) || !followUps.open(&error)) {
        stop(QCoreApplication::translate("Engine::Verifier", "Cannot open the job store %1: %2").arg(storePath, error));
        co_return;
    }
    const std::optional<Store::JobRecord> found = store.job(req.jobId);
    if (!found) {
        stop(QCoreApplication::translate("Engine::Verifier", "There is no job \"%1\". `workos-import jobs` lists the jobs.").arg(req.jobId));
        co_return;
    }
    const Store::JobRecord job = *found;
    if (const QString problem = csvChangedProblem(job); !problem.isEmpty()) {
        stop(problem);
        co_return;
    }
    const JobSettings settings = JobSettings::fromJson(job.settings);
    Model::Schema schema;
    {
        const std::unique_ptr<Source::Reader> reader = Source::openReader(job.csvPath, settings.source);
        if (!reader->open()) {
            stop(reader->errorMessage());
            co_return;
        }
        schema = Model::Schema::fromHeader(reader->header(), settings.mapping);
        if (!settings.singleOrg.isEmpty())
            schema.setSingleOrganization(settings.singleOrg);
    }
    // A verify that was stopped or killed continues from what it had read, unless the job was
    // imported again or undone since it started (then what it read may be out of date).
    Checkpoint checkpoint;
    const std::optional<Store::FollowUpRecord> earlier = followUps.followUp(job.id, Store::FollowUpKind::Verify);
    const std::optional<Store::FollowUpRecord> undo = followUps.followUp(job.id, Store::FollowUpKind::Undo);
    const bool resuming = earlier && earlier->state != Store::FollowUpState::Done && earlier->startedAt.isValid()
        && !(job.updatedAt.isValid() && job.updatedAt > earlier->startedAt)
        && !(undo && undo->updatedAt.isValid() && undo->updatedAt > earlier->startedAt);
    if (resuming) {
        if (!followUps.forEachVerifyRead(job.id, [&](const Store::VerifyRead &r) { checkpoint.add(r); }, &error)) {
            stop(error);
            co_return;
        }
    } else if (!followUps.clearVerifyReads(job.id, &error)) {
        stop(error);
        co_return;
    }
    record.jobId = job.id;
    record.kind = Store::FollowUpKind::Verify;
    record.state = Store::FollowUpState::Running;
    record.startedAt = resuming ? earlier->startedAt : QDateTime::currentDateTimeUtc();
    record.updatedAt = QDateTime::currentDateTimeUtc();
    recording = followUps.putFollowUp(record, &error);
    if (!recording) {
        stop(error);
        co_return;
    }
    if (resuming && checkpoint.reads > 0)
        say(QCoreApplication::translate("Engine::Verifier", "Continuing the verify of job %1 stopped earlier: %2 objects it had already read are not read again.")
                .arg(job.id).arg(checkpoint.reads));
    // Stores one step's reads (and the cursor past them) together.
    auto keep = [&](const QList<Store::VerifyRead> &reads) {
        return followUps.saveVerifyReads(job.id, reads, &error);
    };

    // 1. What the job imported, from the store.
    QHash<qint64, Imported> rows;
    QHash<QString, QString> emailOf; // user id -> email (for the fallback lookup)
    followUps.forEachOutcome(job.id, [&](const Store::RowOutcome &o) {
        if (isImported(o.outcome)) {
            rows.insert(o.row, Imported {o.userId, o.orgKey, o.outcome, o.user, o.code, o.message});
            if (!o.userId.isEmpty() && !emailOf.contains(o.userId))
                emailOf.insert(o.userId, o.email);
        }
        return true;
    });
    QHash<QString, Store::OrgEntry> orgs;
    for (const Store::OrgEntry &e : store.orgs(job.id))
        orgs.insert(e.key, e);
    QSet<QString> membershipOrganizations; // organizations whose memberships we read
    for (const Imported &r : std::as_const(rows))
        if (hasMembership(r.outcome) && orgs.contains(r.orgKey))
            membershipOrganizations.insert(orgs.value(r.orgKey).organizationId);
    QSet<QString> createdOrganizations;
    for (const Store::OrgEntry &e : std::as_const(orgs))
        if (e.resolution == Store::OrgResolution::Created && !e.organizationId.isEmpty())
            createdOrganizations.insert(e.organizationId);
    say(QCoreApplication::translate("Engine::Verifier", "Verifying %1 imported rows of job %2: %3 users, %4 organizations.").arg(rows.size()).arg(job.id)
            .arg(emailOf.size()).arg(membershipOrganizations.size() + createdOrganizations.size()));

    FollowUpClient api(job, key, req.apiUrl, run.cancel);
    stats = api.stats;
    Api::WorkOsClient &client = api.client;
    if (const auto problem = api.problem()) {
        stop(problem->userMessage());
        co_return;
    }
    FollowUpProgress progress;
    progress.jobId = job.id;
    auto tick = [&](const QString &step, qint64 done, qint64 total) {
        progress.step = step;
        progress.done = done;
        progress.total = total;
        progress.requests = stats->snapshot().requests;
        report(progress);
    };
    auto apiStop = [&](const Api::ApiError &e) {
        result.cancelled = e.kind() == Api::ApiError::Kind::Cancelled;
        stop(e.kind() == Api::ApiError::Kind::Cancelled
                 ? QCoreApplication::translate("Engine::Verifier", "Stopped. Nothing was changed; run verify again to continue where it stopped.")
                 : QCoreApplication::translate("Engine::Verifier", "Could not read WorkOS: %1").arg(e.userMessage()));
    };
    // A list that pages like no WorkOS list does (an empty page pointing to another one, a
    // cursor given twice) would keep a verify reading for ever: the walk ends it, as a failure.
    auto brokenPaging = [&](const QString &list) {
        stop(QCoreApplication::translate("Engine::Verifier",
                                         "The server at %1 does not page its %2 list as WorkOS does (an empty page that "
                                         "points to a next one, or a page it gave before), so the verify cannot read it to "
                                         "the end. Nothing was verified; check the API address.")
                 .arg(api.config.baseUrl.toString(), list));
    };
    // True when a walk stopped the verify (the owner gone, or stop() called).
    auto walkStopped = [&](const WalkResult &walked, const QString &list) {
        switch (walked.end) {
        case WalkEnd::Read:
            return false;
        case WalkEnd::Abandoned:
            return true;
        case WalkEnd::ApiFailed:
            apiStop(*walked.error);
            return true;
        case WalkEnd::BrokenPaging:
            brokenPaging(list);
            return true;
        case WalkEnd::NotKept:
            stop(error);
            return true;
        }
        return true;
    };
    // A page's finds and the cursor past them, stored together.
    auto keepPage = [&](QList<Store::VerifyRead> &reads, const QString &cursorName, const PageCursor &cursor) {
        reads.append(cursorRead(cursorName, cursor));
        const bool kept = keep(reads);
        reads.clear();
        return kept;
    };
    auto alive = [&self] { return !self.isNull(); };

    // 2. Organizations the job created: newest first until all are found.
    QHash<QString, Api::Organization> organizationsFound = checkpoint.organizations;
    {
        QSet<QString> missing = createdOrganizations;
        for (auto it = organizationsFound.cbegin(); it != organizationsFound.cend(); ++it)
            missing.remove(it.key());
        for (const QString &id : std::as_const(checkpoint.absentOrganizations))
            missing.remove(id);
        const Api::OrganizationFilter everyOrganization;
        QList<Store::VerifyRead> reads;
        PagedWalk<Api::Organization> walk;
        walk.cursor = checkpoint.cursors.value(u"organizations"_s);
        walk.budget = pageBudget(createdOrganizations.size());
        walk.fetch = [&](const Api::PageRequest &page) { return client.listOrganizations(everyOrganization, page); };
        walk.alive = alive;
        walk.found = [&missing] { return missing.isEmpty(); };
        walk.beforePage = [&] {
            tick(QCoreApplication::translate("Engine::Verifier", "Reading organizations"), createdOrganizations.size() - missing.size(), createdOrganizations.size());
        };
        walk.take = [&](const QList<Api::Organization> &items) {
            for (const Api::Organization &o : items)
                if (missing.remove(o.id)) {
                    organizationsFound.insert(o.id, o);
                    reads.append(organizationRead(o));
                }
        };
        walk.keep = [&](const PageCursor &cursor) { return keepPage(reads, u"organizations"_s, cursor); };
        const WalkResult walked = co_await walkPages(walk);
        if (walkStopped(walked, u"organizations"_s))
            co_return;
        for (const QString &id : std::as_const(missing)) {
            const Api::Result<Api::Organization> one = co_await client.getOrganization(id);
            if (!self)
                co_return;
            if (one)
                organizationsFound.insert(id, one.value());
            else if (!one.hasError(Api::ApiError::Kind::NotFound)) {
                apiStop(one.error());
                co_return;
            }
            if (!keep({one ? organizationRead(one.value()) : Store::VerifyRead {u"organization-absent"_s, id, {}}})) {
                stop(error);
                co_return;
            }
        }
    }

    // 3. Memberships of every organization the job's rows joined: newest first until the job's
    // are found (at most the pages they fill, twice, plus a few), then one read by user and
    // organization for each one not found.
    QHash<QString, QStringList> memberships = checkpoint.memberships; // membershipKey -> role slugs
    {
        QHash<QString, QSet<QString>> expectedMembers; // organization id -> user ids
        for (const Imported &r : std::as_const(rows))
            if (hasMembership(r.outcome) && orgs.contains(r.orgKey) && !r.userId.isEmpty())
                expectedMembers[orgs.value(r.orgKey).organizationId].insert(r.userId);
        QList<QPair<QString, QString>> notFound; // (user id, organization id)
        qint64 done = 0;
        for (const QString &organizationId : std::as_const(membershipOrganizations)) {
            tick(QCoreApplication::translate("Engine::Verifier", "Reading memberships"), done++, membershipOrganizations.size());
            const QString cursorName = u"memberships:"_s + organizationId;
            QSet<QString> missing;
            for (const QString &userId : expectedMembers.value(organizationId)) {
                const QString key = membershipKey(userId, organizationId);
                if (!memberships.contains(key) && !checkpoint.absentMemberships.contains(key))
                    missing.insert(userId);
            }
            QList<Store::VerifyRead> reads;
            PagedWalk<Api::Membership> walk;
            walk.cursor = checkpoint.cursors.value(cursorName);
            walk.budget = pageBudget(expectedMembers.value(organizationId).size());
            // A 404: the organization is gone, its memberships are reported missing.
            walk.goneOnNotFound = true;
            const Api::MembershipQuery ofOrganization = Api::MembershipQuery::forOrganization(organizationId);
            walk.fetch = [&](const Api::PageRequest &page) { return client.listMembershipsPage(ofOrganization, page); };
            walk.alive = alive;
            walk.found = [&missing] { return missing.isEmpty(); };
            walk.take = [&](const QList<Api::Membership> &items) {
                for (const Api::Membership &m : items)
                    if (m.organizationId == organizationId && missing.contains(m.userId)
                        && (m.status.isEmpty() || m.status == u"active"_s)) {
                        missing.remove(m.userId);
                        const QString key = membershipKey(m.userId, m.organizationId);
                        memberships.insert(key, m.roleSlugs);
                        reads.append(membershipRead(key, m.roleSlugs));
                    }
            };
            walk.keep = [&](const PageCursor &cursor) { return keepPage(reads, cursorName, cursor); };
            const WalkResult walked = co_await walkPages(walk);
            if (walkStopped(walked, u"memberships"_s))
                co_return;
            const PageCursor &cursor = walk.cursor;
            const bool organizationGone = walked.gone;
            if (!organizationGone && cursor.after.isEmpty() && cursor.end && cursor.pages > 0 && missing.size() > 0) {
                // The whole list was read: what is not in it is not there.
                QList<Store::VerifyRead> reads;
                for (const QString &userId : std::as_const(missing))
                    reads.append({u"membership-absent"_s, membershipKey(userId, organizationId), {}});
                if (!keep(reads)) {
                    stop(error);
                    co_return;
                }
                continue;
            }
            if (organizationGone)
                continue;
            for (const QString &userId : std::as_const(missing))
                notFound.append({userId, organizationId});
        }
        // Not among the pages read: one read each, by user and organization.
        qint64 looked = 0;
        for (const auto &[userId, organizationId] : std::as_const(notFound)) {
            tick(QCoreApplication::translate("Engine::Verifier", "Looking up memberships"), looked++, notFound.size());
            Api::MembershipQuery one;
            one.userId = userId;
            one.organizationId = organizationId;
            const Api::PageRequest firstPage; // a named value: GCC 12 and temporaries in co_await (docs/development.md)
            const Api::Result<Api::Page<Api::Membership>> answer = co_await client.listMembershipsPage(one, firstPage);
            if (!self)
                co_return;
            if (!answer && !answer.hasError(Api::ApiError::Kind::NotFound)) {
                apiStop(answer.error());
                co_return;
            }
            const QString key = membershipKey(userId, organizationId);
            Store::VerifyRead read {u"membership-absent"_s, key, {}};
            if (answer)
                for (const Api::Membership &m : answer->items)
                    if (m.userId == userId && m.organizationId == organizationId
                        && (m.status.isEmpty() || m.status == u"active"_s)) {
                        memberships.insert(key, m.roleSlugs);
                        read = membershipRead(key, m.roleSlugs);
                        break;
                    }
            if (!keep({read})) {
                stop(error);
                co_return;
            }
        }
    }

    // 4. Users: newest first until the job's are found, then one lookup by email per rest.
    QHash<QString, Api::User> users = checkpoint.users;             // by the id the store knows
    QHash<QString, QString> replacedBy = checkpoint.replacedBy;     // store id -> id of the user WorkOS now has for the email
    {
        QSet<QString> missing(emailOf.keyBegin(), emailOf.keyEnd());
        const qint64 wanted = missing.size();
        for (auto it = users.cbegin(); it != users.cend(); ++it)
            missing.remove(it.key());
        for (auto it = replacedBy.cbegin(); it != replacedBy.cend(); ++it)
            missing.remove(it.key());
        for (const QString &id : std::as_const(checkpoint.absentUsers))
            missing.remove(id);
        const Api::UserFilter everyUser;
        QList<Store::VerifyRead> reads;
        PagedWalk<Api::User> walk;
        walk.cursor = checkpoint.cursors.value(u"users"_s);
        walk.budget = pageBudget(wanted);
        walk.fetch = [&](const Api::PageRequest &page) { return client.listUsers(everyUser, page); };
        walk.alive = alive;
        walk.found = [&missing] { return missing.isEmpty(); };
        walk.beforePage = [&] {
            tick(QCoreApplication::translate("Engine::Verifier", "Reading users"), wanted - missing.size(), wanted);
        };
        walk.take = [&](const QList<Api::User> &items) {
            for (const Api::User &u : items)
                if (missing.remove(u.id)) {
                    users.insert(u.id, u);
                    reads.append(userRead(u));
                }
        };
        walk.keep = [&](const PageCursor &cursor) { return keepPage(reads, u"users"_s, cursor); };
        const WalkResult walked = co_await walkPages(walk);
        if (walkStopped(walked, u"users"_s))
            co_return;
        qint64 looked = 0;
        for (const QString &id : std::as_const(missing)) {
            tick(QCoreApplication::translate("Engine::Verifier", "Looking up users by email"), looked++, missing.size());
            const QString email = emailOf.value(id);
            const Api::Result<std::optional<Api::User>> one = co_await client.findUserByEmail(email);
            if (!self)
                co_return;
            if (!one) {
                apiStop(one.error());
                co_return;
            }
            Store::VerifyRead read {u"user-absent"_s, id, {}};
            if (one.value() && one.value()->id == id) {
                users.insert(id, *one.value());
                read = userRead(*one.value());
            } else if (one.value()) {
                replacedBy.insert(id, one.value()->id);
                read = {u"user-replaced"_s, id, one.value()->id};
            }
            if (!keep({read})) {
                stop(error);
                co_return;
            }
        }
    }

    // 5. Compare, row by row, in file order (Verify::Comparison).
    Comparison comparison(job.id, orgs, users, replacedBy, memberships, organizationsFound);
    comparison.setUpdates(recordedUpdates(storePath, job.id)); // updatecheck.h
    QHash<QString, Model::UserRow> firstRowOfOrg;
    {
        const std::unique_ptr<Source::Reader> reader = Source::openReader(job.csvPath, settings.source);
        if (!reader->open()) {
            stop(reader->errorMessage());
            co_return;
        }
        Csv::Record csvRecord;
        qint64 seen = 0;
        while (reader->next(csvRecord)) {
            const Model::RowResult checked = Model::checkRow(schema, csvRecord);
            const Model::UserRow &row = checked.row;
            if (!row.org.isEmpty() && !firstRowOfOrg.contains(row.org.key()))
                firstRowOfOrg.insert(row.org.key(), row);
            const auto it = rows.constFind(row.row);
            if (it == rows.constEnd())
                continue;
            ++result.checked;
            if ((++seen % 1000) == 0)
                tick(QCoreApplication::translate("Engine::Verifier", "Comparing rows"), seen, rows.size());
            comparison.row(row, *it);
        }
    }
    comparison.createdOrganizations(firstRowOfOrg);
    const QList<Store::RowOutcome> mismatches = comparison.mismatches();

    // 6. Record, report.
    result.problems = mismatches.size();
    result.requests = stats->snapshot().requests;
    if (!followUps.saveMismatches(job.id, mismatches, &error)) {
        stop(error);
        co_return;
    }
    if (!req.reportPath.isEmpty()) {
        Report::ErrorReport file(req.reportPath);
        const bool written = file.write([&](const Report::ErrorReport::RowSink &sink, QString *) {
            for (const Store::RowOutcome &m : std::as_const(mismatches))
                if (!sink(m))
                    return false;
            return true;
        }, &error);
        if (!written) {
            stop(QCoreApplication::translate("Engine::Verifier", "Cannot write the verification report: %1").arg(error));
            co_return;
        }
        result.reportPath = req.reportPath;
        result.reportRows = file.rowsWritten();
    }
    result.completed = true;
    result.elapsedMs = clock.elapsed();
    result.message = mismatches.isEmpty()
        ? QCoreApplication::translate("Engine::Verifier", "Verified: WorkOS holds every one of the %1 imported rows as the file says.").arg(result.checked)
        : QCoreApplication::translate("Engine::Verifier", "%n mismatches in %1 imported rows: WorkOS does not hold what the file says (see the report).",
                                      nullptr, int(mismatches.size()))
              .arg(result.checked);
    // A verify checks what was imported; it never makes an unfinished job look done.
    result.jobRows = job.counters.totalRows;
    result.jobUnfinished = job.state != Store::JobState::Finished && job.state != Store::JobState::FinishedWithErrors;
    if (result.jobUnfinished)
        result.message += u' '
            + QCoreApplication::translate("Engine::Verifier",
                                          "The job itself is unfinished (%1): only the %2 rows it imported so far were "
                                          "checked, of %3 rows in its file. Resume it to import the rest, then verify again.")
                  .arg(job.state == Store::JobState::Running || job.state == Store::JobState::Prewarming
                           || job.state == Store::JobState::Planned
                           // "running" in the store: running now in another process, or killed
                           ? (Store::JobLock::isHeld(storePath, job.id) ? u"running in another process"_s
                                                                         : Store::jobStateId(Store::JobState::Interrupted))
                           : Store::jobStateId(job.state))
                  .arg(result.checked)
                  .arg(job.counters.totalRows);
    record.state = Store::FollowUpState::Done;
    record.checked = result.checked;
    record.problems = result.problems;
    record.finishedAt = QDateTime::currentDateTimeUtc();
    record.updatedAt = record.finishedAt;
    record.message = result.message;
    followUps.putFollowUp(record);
    // The checkpoint has served: the next verify reads WorkOS afresh.
    followUps.clearVerifyReads(job.id);
    finish(result);
}

} // namespace

Verifier::Verifier(QString storePath, Api::ApiKey apiKey, QObject *parent)
    : FollowUpWorker(std::move(storePath), std::move(apiKey), parent)
{
}

Verifier::~Verifier() = default;

QString Verifier::alreadyRunning() const
{
    return QCoreApplication::translate("Engine::Verifier", "A verify is already running.");
}

QCoro::Task<void> Verifier::launch(FollowUpRun run)
{
    return runVerify(std::move(run));
}

} // namespace Engine
