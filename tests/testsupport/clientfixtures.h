#pragma once
// What the tests of Api::WorkOsClient (tst_workosclient, tst_clientservers) make their clients
// and objects with: a client configuration with a short backoff, unique emails, a user or an
// organization that must be created, and the walk through a paged list.
//
// Header-only, for test executables. Every call drives the client with QCoro::waitFor on the
// test's thread (no QtTest macro runs inside a coroutine).

#include "api/workosclient.h"

#include <QCoro/QCoroTask>

#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/QUrl>

#include <chrono>

namespace TestSupport {

// A client for `url` with `key`, whose retries wait 20 to 200 ms so that they do not slow
// the tests down.
inline Api::ClientConfig clientConfig(const QUrl &url, const QString &key)
{
    using namespace std::chrono_literals;
    Api::ClientConfig config;
    config.baseUrl = url;
    config.apiKey = Api::ApiKey(key);
    config.retryPolicy.baseDelay = 20ms;
    config.retryPolicy.maxDelay = 200ms;
    return config;
}

// `tag`.N@example.com, with N new on every call in this process.
inline QString uniqueEmail(const QString &tag)
{
    static int counter = 0;
    return QStringLiteral("%1.%2@example.com").arg(tag).arg(++counter);
}

// A user with a unique email made from `tag`; the test ends (qFatal) when it cannot be created.
inline Api::User newUser(Api::WorkOsClient &client, const QString &tag)
{
    Api::NewUser user;
    user.email = uniqueEmail(tag);
    auto created = QCoro::waitFor(client.createUser(user));
    if (!created)
        qFatal("cannot create a user: %s", qPrintable(created.error().technicalSummary()));
    return created.value();
}

// An organization named `name`; the test ends (qFatal) when it cannot be created.
inline Api::Organization newOrganization(Api::WorkOsClient &client, const QString &name)
{
    auto created = QCoro::waitFor(client.createOrganization(name));
    if (!created)
        qFatal("cannot create an organization: %s", qPrintable(created.error().technicalSummary()));
    return created.value();
}

// Follows Page::after from the first page to the end; the ids in order (or an error text).
// `requests` receives the number of pages read.
template<typename Fetch>
QStringList collectPages(Fetch fetch, int limit, bool ascending, int *requests = nullptr)
{
    QStringList ids;
    Api::PageRequest page;
    page.limit = limit;
    page.ascending = ascending;
    for (int n = 1; n <= 1000; ++n) {
        const auto answer = fetch(page);
        if (requests)
            *requests = n;
        if (!answer)
            return {QStringLiteral("<error: %1>").arg(answer.error().technicalSummary())};
        if (answer->items.size() > limit)
            return {QStringLiteral("<page too long>")};
        for (const auto &item : answer->items)
            ids.append(item.id);
        if (answer->after.isEmpty())
            break;
        page.after = answer->after;
    }
    return ids;
}

} // namespace TestSupport
