#include "dryrun.h"

#include "engine/import/userdiff.h"
#include "source/detect.h"

#include "csv/csvreader.h"
#include "model/rowrules.h"

#include <QtCore/QHash>
#include <QtCore/QSet>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using Api::ApiError;

namespace Engine {

struct DryRun::Person {
    QString email;
    Model::UserRow first; // the person's first row: what an update would send
    QSet<QString> organizationIds; // existing organizations of this person's rows (to check memberships)
    qint64 membershipsNew = 0;     // rows whose organization is created by the run: always new
};

DryRun::DryRun(Api::WorkOsClient *client, const OrgDirectory *orgs, NetworkGate *gate, const std::atomic_bool *stop)
    : m_client(client), m_orgs(orgs), m_gate(gate), m_stop(stop)
{
}

QCoro::Task<void> DryRun::lookupLane(QList<Person *> *queue, DryRunResult *result)
{
    while (!queue->isEmpty() && !m_stop->load() && !result->fatalError) {
        Person *person = queue->takeFirst();
        const QString email = person->email;
        const Api::Result<std::optional<Api::User>> found = co_await m_client->findUserByEmail(email);
        if (!found.ok()) {
            const ApiError &error = found.error();
            if (error.kind() == ApiError::Kind::Cancelled)
                co_return;
            if (NetworkGate::isUnreachable(error) && m_gate) {
                const std::optional<ApiError> why = error; // named: GCC 12 and co_await temporaries
                const NetworkGate::Verdict v = co_await m_gate->wait(m_client, why, m_stop);
                if (v == NetworkGate::Verdict::Reachable) {
                    queue->prepend(person);
                    continue;
                }
                if (v != NetworkGate::Verdict::Stopped)
                    result->fatalError = m_gate->error();
                co_return;
            }
            if (error.blocksAllRequests() || NetworkGate::isUnreachable(error)) {
                result->fatalError = error;
                co_return;
            }
            // Any other answer: the import would try to create the user; count it so.
            ++result->usersToCreate;
            result->membershipsToAdd += person->membershipsNew + person->organizationIds.size();
            continue;
        }
        if (m_gate)
            m_gate->noteReachable();
        if (!found.value()) {
            ++result->usersToCreate;
            result->membershipsToAdd += person->membershipsNew + person->organizationIds.size();
            continue;
        }
        ++result->usersExisting;
        if (m_updateExisting)
            ++(diffUser(person->first, *found.value()).isEmpty() ? result->usersUnchanged : result->usersToUpdate);
        result->membershipsToAdd += person->membershipsNew;
        if (person->organizationIds.isEmpty())
            continue;
        const Api::MembershipQuery query = Api::MembershipQuery::forUser(found.value()->id);
        const Api::Result<QList<Api::Membership>> members = co_await m_client->listMemberships(query);
        if (!members.ok()) {
            if (members.error().kind() == ApiError::Kind::Cancelled)
                co_return;
            if (members.error().blocksAllRequests() || NetworkGate::isUnreachable(members.error())) {
                result->fatalError = members.error();
                co_return;
            }
            result->membershipsToAdd += person->organizationIds.size();
            continue;
        }
        QSet<QString> have;
        for (const Api::Membership &m : members.value())
            have.insert(m.organizationId);
        for (const QString &org : std::as_const(person->organizationIds))
            ++(have.contains(org) ? result->membershipsExisting : result->membershipsToAdd);
    }
}

QCoro::Task<DryRunResult> DryRun::run(QString csvPath, Model::Schema schema, int concurrency)
{
    DryRunResult result;
    // What each valid row would do, and the distinct people to look up.
    std::vector<std::unique_ptr<Person>> people;
    QHash<QString, Person *> byEmail;
    QSet<QString> pairs; // email key + organization key: a pair seen before is a duplicate
    {
        const std::unique_ptr<Source::Reader> reader = Source::openReader(csvPath, m_source);
        if (!reader->open()) {
            result.error = reader->errorMessage();
            co_return result;
        }
        Csv::Record record;
        while (reader->next(record)) {
            const Model::RowResult r = Model::checkRow(schema, record);
            if (r.disposition != Model::Disposition::Import)
                continue;
            const QString orgKey = r.row.org.key();
            const QString pair = r.row.emailKey + u'\n' + orgKey;
            if (pairs.contains(pair))
                continue;
            pairs.insert(pair);
            std::optional<OrgState> org;
            if (!r.row.org.isEmpty()) {
                org = m_orgs->find(orgKey);
                if (org && org->entry.resolution == Store::OrgResolution::Failed) {
                    ++result.rowsFailing;
                    if (result.failures.size() < MaxFailuresListed)
                        result.failures.append(u"line %1: %2"_s.arg(r.row.line).arg(org->entry.error));
                    continue;
                }
            }
            Person *&person = byEmail[r.row.emailKey];
            if (!person) {
                people.push_back(std::make_unique<Person>());
                person = people.back().get();
                person->email = r.row.email;
                if (m_updateExisting) {
                    person->first = r.row;
                    person->first.password.clear(); // never kept: an update's fields only
                    person->first.passwordHash.clear();
                }
            }
            if (r.row.org.isEmpty())
                continue;
            if (org) // exists: the membership may exist too
                person->organizationIds.insert(org->entry.organizationId);
            else // created by the run: its memberships are new
                ++person->membershipsNew;
        }
        if (reader->failed()) {
            result.error = reader->errorMessage();
            co_return result;
        }
    }
    QList<Person *> queue;
    queue.reserve(qsizetype(people.size()));
    for (const auto &p : people)
        queue.append(p.get());
    std::vector<QCoro::Task<void>> lanes;
    const int n = std::max(1, std::min<int>(concurrency, int(queue.size())));
    lanes.reserve(size_t(n));
    for (int i = 0; i < n; ++i)
        lanes.push_back(lookupLane(&queue, &result));
    for (auto &l : lanes)
        co_await l;
    co_return result;
}

} // namespace Engine
