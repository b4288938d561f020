#include "verifier.h"

#include "updatecheck.h"

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
#include <QtCore/QJsonArray>
#include <QtCore/QPointer>
#include <QtCore/QSet>

using namespace Qt::StringLiterals;

namespace Engine {

namespace {

// What the job store says about one imported row.
struct Imported {
    QString userId;
    QString orgKey;
    Store::Outcome outcome = Store::Outcome::Created;
    Store::UserResult user = Store::UserResult::None;
    QString code; // "roles.first_only", "roles.default=<slugs>" (see Store::RowOutcome::code)
    QString message;
};

// The roles the import gave a membership it added: the row's slugs, only the first when the
// import had to truncate them (Multiple Roles off), or the environment's default role WorkOS
// answered when the row names none. Empty when the store does not say (jobs imported before
// it was recorded): then the roles are not compared.
QStringList rolesTheImportSet(const QStringList &rowSlugs, const Imported &imported)
{
    const bool truncated = imported.code == u"roles.first_only"_s
        || (imported.code.isEmpty() && imported.message.startsWith(u"Only the first role"_s));
    if (!rowSlugs.isEmpty())
        return truncated ? rowSlugs.mid(0, 1) : rowSlugs;
    if (imported.code.startsWith(u"roles.default="_s))
        return imported.code.mid(14).split(u',', Qt::SkipEmptyParts);
    return {};
}

bool isImported(Store::Outcome outcome)
{
    return outcome == Store::Outcome::Created || outcome == Store::Outcome::Existed
        || outcome == Store::Outcome::MembershipAdded || outcome == Store::Outcome::MembershipExisted;
}

bool hasMembership(Store::Outcome outcome)
{
    return outcome == Store::Outcome::MembershipAdded || outcome == Store::Outcome::MembershipExisted;
}

QString shown(const QString &value)
{
    return value.isEmpty() ? u"(empty)"_s : u"\""_s + value + u'"';
}

QString shown(const QJsonObject &object)
{
    return object.isEmpty() ? u"{}"_s : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString membershipKey(const QString &userId, const QString &organizationId)
{
    return userId + u'\n' + organizationId;
}

// Pages to read newest-first before falling back to one lookup per missing object: the job's
// objects are usually the newest, so twice the pages they fill, plus a few.
qint64 pageBudget(qint64 wanted)
{
    return (wanted + 99) / 100 * 2 + 5;
}

// ---- the checkpoint (Store::VerifyRead kinds) ----
// "organization"/"user": an object WorkOS holds (JSON as WorkOS writes it); "organization-absent"
// and "user-absent": looked up one by one and not there; "user-replaced": WorkOS holds another
// user with that email (data: its id); "membership": key user id + '\n' + organization id, data
// the role slugs; "cursor": where a paged read has got to (key "organizations", "users" or
// "memberships:<organization id>"; data {"after", "pages", "end"}); "membership-absent": a
// membership looked up by user and organization and not there (key as "membership").

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject parsed(const QString &data)
{
    return QJsonDocument::fromJson(data.toUtf8()).object();
}

Store::VerifyRead userRead(const Api::User &u)
{
    const QJsonObject o {{u"id"_s, u.id}, {u"email"_s, u.email}, {u"first_name"_s, u.firstName},
                         {u"last_name"_s, u.lastName}, {u"email_verified"_s, u.emailVerified},
                         {u"external_id"_s, u.externalId}, {u"metadata"_s, u.metadata}};
    return {u"user"_s, u.id, compact(o)};
}

Store::VerifyRead organizationRead(const Api::Organization &org)
{
    const QJsonObject o {{u"id"_s, org.id}, {u"name"_s, org.name}, {u"external_id"_s, org.externalId}};
    return {u"organization"_s, org.id, compact(o)};
}

struct Cursor {
    QString after;
    qint64 pages = 0;
    bool end = false; // the paged read is over (everything wanted found, or the list ended)
};

Store::VerifyRead cursorRead(const QString &name, const Cursor &c)
{
    return {u"cursor"_s, name, compact({{u"after"_s, c.after}, {u"pages"_s, c.pages}, {u"end"_s, c.end}})};
}

// What an earlier, stopped run of this verify had read.
struct Checkpoint {
    QHash<QString, Api::Organization> organizations;
    QSet<QString> absentOrganizations;
    QHash<QString, Api::User> users;
    QSet<QString> absentUsers;
    QHash<QString, QString> replacedBy;
    QHash<QString, QStringList> memberships;
    QSet<QString> absentMemberships;
    QHash<QString, Cursor> cursors;
    qint64 reads = 0;

    void add(const Store::VerifyRead &r)
    {
        ++reads;
        if (r.kind == u"organization"_s) {
            if (const auto o = Api::Organization::fromJson(parsed(r.data)))
                organizations.insert(r.key, *o);
        } else if (r.kind == u"organization-absent"_s) {
            absentOrganizations.insert(r.key);
        } else if (r.kind == u"user"_s) {
            if (const auto u = Api::User::fromJson(parsed(r.data)))
                users.insert(r.key, *u);
        } else if (r.kind == u"user-absent"_s) {
            absentUsers.insert(r.key);
        } else if (r.kind == u"user-replaced"_s) {
            replacedBy.insert(r.key, r.data);
        } else if (r.kind == u"membership"_s) {
            QStringList roles;
            for (const QJsonValue &v : QJsonDocument::fromJson(r.data.toUtf8()).array())
                roles.append(v.toString());
            memberships.insert(r.key, roles);
        } else if (r.kind == u"membership-absent"_s) {
            absentMemberships.insert(r.key);
        } else if (r.kind == u"cursor"_s) {
            const QJsonObject o = parsed(r.data);
            cursors.insert(r.key, Cursor {o.value(u"after"_s).toString(), o.value(u"pages"_s).toInteger(),
                                          o.value(u"end"_s).toBool()});
        }
    }
};

QCoro::Task<void> runVerify(QPointer<Verifier> self, FollowUpRequest req, QString storePath, Api::ApiKey key,
                            std::shared_ptr<std::atomic_bool> cancel, std::function<void(FollowUpResult)> finish,
                            std::function<void(QString)> say, std::function<void(FollowUpProgress)> report)
{
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

    Api::ClientConfig config = followUpClientConfig(job, key, req.apiUrl, cancel);
    stats = config.stats;
    Api::WorkOsClient client(config);
    if (const auto problem = client.configurationError()) {
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
    // cursor given twice) would keep a verify reading for ever: it ends here, as a failure.
    auto brokenPaging = [&](const QString &list) {
        stop(QCoreApplication::translate("Engine::Verifier",
                                         "The server at %1 does not page its %2 list as WorkOS does (an empty page that "
                                         "points to a next one, or a page it gave before), so the verify cannot read it to "
                                         "the end. Nothing was verified; check the API address.")
                 .arg(config.baseUrl.toString(), list));
    };
    auto pagingBroken = [](const QString &after, qsizetype items, const QSet<QString> &seen) {
        return !after.isEmpty() && (items == 0 || seen.contains(after));
    };

    // 2. Organizations the job created: newest first until all are found.
    QHash<QString, Api::Organization> organizationsFound = checkpoint.organizations;
    {
        QSet<QString> missing = createdOrganizations;
        for (auto it = organizationsFound.cbegin(); it != organizationsFound.cend(); ++it)
            missing.remove(it.key());
        for (const QString &id : std::as_const(checkpoint.absentOrganizations))
            missing.remove(id);
        const Api::OrganizationFilter everyOrganization;
        Cursor cursor = checkpoint.cursors.value(u"organizations"_s);
        Api::PageRequest page;
        page.after = cursor.after;
        const qint64 budget = pageBudget(createdOrganizations.size());
        QSet<QString> seenCursors {page.after};
        while (!cursor.end && !missing.isEmpty() && cursor.pages < budget) {
            tick(QCoreApplication::translate("Engine::Verifier", "Reading organizations"), createdOrganizations.size() - missing.size(), createdOrganizations.size());
            const Api::Result<Api::Page<Api::Organization>> answer = co_await client.listOrganizations(everyOrganization, page);
            if (!self)
                co_return;
            if (!answer) {
                apiStop(answer.error());
                co_return;
            }
            if (pagingBroken(answer->after, answer->items.size(), seenCursors)) {
                brokenPaging(u"organizations"_s);
                co_return;
            }
            seenCursors.insert(answer->after);
            ++cursor.pages;
            QList<Store::VerifyRead> reads;
            for (const Api::Organization &o : answer->items)
                if (missing.remove(o.id)) {
                    organizationsFound.insert(o.id, o);
                    reads.append(organizationRead(o));
                }
            cursor.after = answer->after;
            cursor.end = answer->after.isEmpty() || cursor.pages >= budget;
            reads.append(cursorRead(u"organizations"_s, cursor));
            if (!keep(reads)) {
                stop(error);
                co_return;
            }
            if (cursor.end)
                break;
            page.after = answer->after;
        }
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
            Cursor cursor = checkpoint.cursors.value(cursorName);
            const qint64 budget = pageBudget(expectedMembers.value(organizationId).size());
            Api::PageRequest page;
            page.after = cursor.after;
            QSet<QString> seenCursors {page.after};
            const Api::MembershipQuery ofOrganization = Api::MembershipQuery::forOrganization(organizationId);
            bool organizationGone = false;
            while (!cursor.end && !missing.isEmpty() && cursor.pages < budget) {
                const Api::Result<Api::Page<Api::Membership>> answer =
                    co_await client.listMembershipsPage(ofOrganization, page);
                if (!self)
                    co_return;
                if (!answer && !answer.hasError(Api::ApiError::Kind::NotFound)) {
                    apiStop(answer.error());
                    co_return;
                }
                if (answer && pagingBroken(answer->after, answer->items.size(), seenCursors)) {
                    brokenPaging(u"memberships"_s);
                    co_return;
                }
                QList<Store::VerifyRead> reads;
                if (answer) {
                    seenCursors.insert(answer->after);
                    for (const Api::Membership &m : answer->items)
                        if (m.organizationId == organizationId && missing.contains(m.userId)
                            && (m.status.isEmpty() || m.status == u"active"_s)) {
                            missing.remove(m.userId);
                            const QString key = membershipKey(m.userId, m.organizationId);
                            memberships.insert(key, m.roleSlugs);
                            reads.append({u"membership"_s, key,
                                          QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(m.roleSlugs))
                                                                .toJson(QJsonDocument::Compact))});
                        }
                }
                // A 404: the organization is gone, its memberships are reported missing.
                organizationGone = !answer;
                ++cursor.pages;
                cursor.end = !answer || answer->after.isEmpty() || missing.isEmpty() || cursor.pages >= budget;
                cursor.after = answer ? answer->after : QString();
                reads.append(cursorRead(cursorName, cursor));
                if (!keep(reads)) {
                    stop(error);
                    co_return;
                }
                page.after = cursor.after;
            }
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
                        read = {u"membership"_s, key,
                                QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(m.roleSlugs)).toJson(QJsonDocument::Compact))};
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
        Cursor cursor = checkpoint.cursors.value(u"users"_s);
        Api::PageRequest page;
        page.after = cursor.after;
        const qint64 budget = pageBudget(wanted);
        QSet<QString> seenCursors {page.after};
        while (!cursor.end && !missing.isEmpty() && cursor.pages < budget) {
            tick(QCoreApplication::translate("Engine::Verifier", "Reading users"), wanted - missing.size(), wanted);
            const Api::Result<Api::Page<Api::User>> answer = co_await client.listUsers(everyUser, page);
            if (!self)
                co_return;
            if (!answer) {
                apiStop(answer.error());
                co_return;
            }
            if (pagingBroken(answer->after, answer->items.size(), seenCursors)) {
                brokenPaging(u"users"_s);
                co_return;
            }
            seenCursors.insert(answer->after);
            ++cursor.pages;
            QList<Store::VerifyRead> reads;
            for (const Api::User &u : answer->items)
                if (missing.remove(u.id)) {
                    users.insert(u.id, u);
                    reads.append(userRead(u));
                }
            cursor.after = answer->after;
            cursor.end = answer->after.isEmpty() || cursor.pages >= budget;
            reads.append(cursorRead(u"users"_s, cursor));
            if (!keep(reads)) {
                stop(error);
                co_return;
            }
            if (cursor.end)
                break;
            page.after = answer->after;
        }
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

    // 5. Compare, row by row, in file order.
    const QHash<QString, QList<FieldChange>> updates = recordedUpdates(storePath, job.id); // updatecheck.h
    QList<Store::RowOutcome> mismatches;
    auto mismatch = [&](const Model::UserRow &row, Store::Stage stage, const QString &code, const QString &message) {
        Store::RowOutcome m;
        m.jobId = job.id;
        m.row = row.row;
        m.line = row.line;
        m.email = row.email;
        m.orgKey = row.org.key();
        m.outcome = Store::Outcome::Failed;
        m.stage = stage;
        m.code = code;
        m.message = message;
        mismatches.append(m);
    };
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
            const Imported &imported = *it;
            if (imported.userId.isEmpty()) {
                mismatch(row, Store::Stage::User, u"verify.no_user_id"_s,
                         u"The job store has no WorkOS user id for this row, so it cannot be checked."_s);
                continue;
            }
            const auto user = users.constFind(imported.userId);
            if (user == users.constEnd()) {
                const QString now = replacedBy.value(imported.userId);
                mismatch(row, Store::Stage::User, u"verify.user_missing"_s,
                         now.isEmpty()
                             ? u"user: expected %1 (%2), WorkOS holds no such user"_s.arg(row.email, imported.userId)
                             : u"user: expected %1 (%2), WorkOS holds another user with that email (%3)"_s
                                   .arg(row.email, imported.userId, now));
                continue;
            }
            if (user->email.compare(row.email, Qt::CaseInsensitive) != 0)
                mismatch(row, Store::Stage::User, u"verify.email_differs"_s,
                         u"email: expected %1, WorkOS holds %2"_s.arg(shown(row.email), shown(user->email)));
            if (imported.user == Store::UserResult::Created) {
                const auto field = [&](const QString &name, const QString &expected, const QString &held) {
                    if (expected != held)
                        mismatch(row, Store::Stage::User, u"verify.%1_differs"_s.arg(name),
                                 u"%1: expected %2, WorkOS holds %3"_s.arg(name, shown(expected), shown(held)));
                };
                field(u"first_name"_s, row.firstName, user->firstName);
                field(u"last_name"_s, row.lastName, user->lastName);
                field(u"external_id"_s, row.externalId, user->externalId);
                const bool verified = row.emailVerified.value_or(false);
                if (verified != user->emailVerified)
                    mismatch(row, Store::Stage::User, u"verify.email_verified_differs"_s,
                             u"email_verified: expected %1, WorkOS holds %2"_s
                                 .arg(verified ? u"true"_s : u"false"_s, user->emailVerified ? u"true"_s : u"false"_s));
                if (row.metadata != user->metadata)
                    mismatch(row, Store::Stage::User, u"verify.metadata_differs"_s,
                             u"metadata: expected %1, WorkOS holds %2"_s.arg(shown(row.metadata), shown(user->metadata)));
            }
            if (imported.user == Store::UserResult::Updated)
                for (const QString &line : updateMismatches(updates.value(imported.userId), *user))
                    mismatch(row, Store::Stage::User, u"verify.update_differs"_s, line);
            if (!hasMembership(imported.outcome))
                continue;
            const Store::OrgEntry org = orgs.value(imported.orgKey);
            const auto membership = memberships.constFind(membershipKey(imported.userId, org.organizationId));
            if (org.organizationId.isEmpty() || membership == memberships.constEnd()) {
                mismatch(row, Store::Stage::Membership, u"verify.membership_missing"_s,
                         u"membership: expected %1 in organization %2, WorkOS holds no such membership"_s
                             .arg(row.email, org.organizationId.isEmpty() ? imported.orgKey : org.organizationId));
                continue;
            }
            if (imported.outcome == Store::Outcome::MembershipAdded) {
                // The roles this import set: the row's, only the first when the import had to
                // truncate them, the environment's default role for a row without any.
                const QStringList expected = rolesTheImportSet(row.roleSlugs, imported);
                const QStringList held = *membership;
                QStringList expectedSorted = expected;
                QStringList heldSorted = held;
                expectedSorted.sort();
                heldSorted.sort();
                if (!expected.isEmpty() && expectedSorted != heldSorted)
                    mismatch(row, Store::Stage::Membership, u"verify.role_differs"_s,
                             u"role: expected %1, WorkOS holds %2"_s.arg(shown(expected.join(u", "_s)),
                                                                         shown(held.join(u", "_s))));
            }
        }
    }
    // Organizations the job created: they exist, with their name and external id.
    for (const Store::OrgEntry &e : std::as_const(orgs)) {
        if (e.resolution != Store::OrgResolution::Created)
            continue;
        Model::UserRow where = firstRowOfOrg.value(e.key);
        if (where.org.isEmpty()) {
            where.org.externalId = e.key.startsWith(u"ext:"_s) ? e.key.mid(4) : QString();
            where.org.id = e.key.startsWith(u"id:"_s) ? e.key.mid(3) : QString();
        }
        const auto o = organizationsFound.constFind(e.organizationId);
        if (o == organizationsFound.constEnd()) {
            mismatch(where, Store::Stage::Org, u"verify.organization_missing"_s,
                     u"organization: expected %1 (%2), WorkOS holds no such organization"_s.arg(shown(e.name), e.organizationId));
            continue;
        }
        if (!e.name.isEmpty() && o->name != e.name)
            mismatch(where, Store::Stage::Org, u"verify.organization_name_differs"_s,
                     u"organization name: expected %1, WorkOS holds %2"_s.arg(shown(e.name), shown(o->name)));
        if (e.key.startsWith(u"ext:"_s) && o->externalId != e.key.mid(4))
            mismatch(where, Store::Stage::Org, u"verify.organization_external_id_differs"_s,
                     u"organization external_id: expected %1, WorkOS holds %2"_s.arg(shown(e.key.mid(4)), shown(o->externalId)));
    }
    std::stable_sort(mismatches.begin(), mismatches.end(),
                     [](const Store::RowOutcome &a, const Store::RowOutcome &b) { return a.row < b.row; });

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
    : QObject(parent), m_storePath(std::move(storePath)), m_apiKey(std::move(apiKey))
{
    qRegisterMetaType<Engine::FollowUpProgress>();
    qRegisterMetaType<Engine::FollowUpResult>();
}

Verifier::~Verifier()
{
    m_cancel->store(true);
}

void Verifier::cancel()
{
    m_cancel->store(true);
}

void Verifier::start(FollowUpRequest request)
{
    if (m_running) {
        FollowUpResult r;
        r.jobId = request.jobId;
        r.message = QCoreApplication::translate("Engine::Verifier", "A verify is already running.");
        Q_EMIT finished(r);
        return;
    }
    m_running = true;
    m_cancel->store(false);
    QPointer<Verifier> self(this);
    auto finish = [self](FollowUpResult result) {
        if (!self)
            return;
        self->m_running = false;
        Q_EMIT self->finished(result);
    };
    auto say = [self](QString text) {
        if (self)
            Q_EMIT self->message(text);
    };
    auto report = [self](FollowUpProgress p) {
        if (self)
            Q_EMIT self->progress(p);
    };
    [](QCoro::Task<void> task) { Q_UNUSED(task); }(
        runVerify(self, std::move(request), m_storePath, m_apiKey, m_cancel, finish, say, report));
}

} // namespace Engine
