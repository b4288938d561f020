#pragma once
// One paged walk for the follow-ups (verify, undo): reads a WorkOS list page by page from where
// an earlier run got to (PageCursor), at most a budget of pages, until the caller has found what
// it wants or the list ends. Every page's finds and the cursor past them are handed to the
// caller together (to record them in one step), so a stopped walk continues where it was.
//
// The guards: a list that pages like no WorkOS list does (a page that is empty but points to a
// next one, or a cursor given before) would keep a walk reading for ever; it ends the walk as a
// failure (WalkEnd::BrokenPaging). The budget bounds the rest.
//
// Also the client a follow-up reads and writes with (FollowUpClient): the job's API address and
// rate budget in one new Api::RateLimiter that every request passes, shared counters, the
// cancellation flag.
//
// Runs in the follow-up's thread (a thread with an event loop).

#include "engine/followup/followup.h"

#include <QCoro/QCoroTask>

#include <QtCore/QSet>
#include <QtCore/QString>

#include <functional>
#include <optional>

namespace Engine {

// Where a paged read has got to.
struct PageCursor {
    QString after;
    qint64 pages = 0;
    bool end = false; // the paged read is over (everything wanted found, or the list ended)
};

// Pages to read newest-first before falling back to one lookup per missing object: the job's
// objects are usually the newest, so twice the pages they fill, plus a few.
qint64 pageBudget(qint64 wanted);

// The paging guard: remembers the cursors a walk has been given.
class PagingGuard
{
public:
    explicit PagingGuard(const QString &start);
    // True when a page breaks the paging: it points to a next page but holds nothing, or it
    // points to a page given before.
    bool broken(const QString &after, qsizetype items) const;
    void passed(const QString &after);

private:
    QSet<QString> m_seen;
};

enum class WalkEnd {
    Read,         // ended or paused at the budget; the cursor says which
    Abandoned,    // the owner is gone: touch nothing more
    ApiFailed,    // a request failed (WalkResult::error)
    BrokenPaging, // the list pages like no WorkOS list does
    NotKept,      // keep() could not record a page
};

struct WalkResult {
    WalkEnd end = WalkEnd::Read;
    std::optional<Api::ApiError> error;
    bool gone = false; // the last page was a 404 (PagedWalk::goneOnNotFound): the list's owner is gone
};

template <typename T>
struct PagedWalk {
    PageCursor cursor;           // where to start; where the walk got to when it returns
    qint64 budget = 0;           // pages at the most, counting those of earlier runs
    bool goneOnNotFound = false; // a 404 ends the list (its organization is gone) instead of failing
    std::function<QCoro::Task<Api::Result<Api::Page<T>>>(const Api::PageRequest &)> fetch;
    std::function<bool()> alive;      // the owner still exists (asked after every request)
    std::function<bool()> found;      // everything wanted is found: no more pages
    std::function<void()> beforePage; // progress; may be empty
    std::function<void(const QList<T> &)> take;       // a page's items
    std::function<bool(const PageCursor &)> keep;     // records what take() found and the cursor past it
};

// Walks `walk` (updating walk.cursor) until it ends, is paused by its budget or fails.
template <typename T>
QCoro::Task<WalkResult> walkPages(PagedWalk<T> &walk)
{
    WalkResult out;
    PageCursor &cursor = walk.cursor;
    Api::PageRequest page;
    page.after = cursor.after;
    PagingGuard guard(page.after);
    while (!cursor.end && !walk.found() && cursor.pages < walk.budget) {
        if (walk.beforePage)
            walk.beforePage();
        const Api::Result<Api::Page<T>> answer = co_await walk.fetch(page);
        if (!walk.alive()) {
            out.end = WalkEnd::Abandoned;
            co_return out;
        }
        const bool gone = !answer && walk.goneOnNotFound && answer.hasError(Api::ApiError::Kind::NotFound);
        if (!answer && !gone) {
            out.end = WalkEnd::ApiFailed;
            out.error = answer.error();
            co_return out;
        }
        if (answer && guard.broken(answer->after, answer->items.size())) {
            out.end = WalkEnd::BrokenPaging;
            co_return out;
        }
        if (answer) {
            guard.passed(answer->after);
            walk.take(answer->items);
        }
        out.gone = gone;
        ++cursor.pages;
        cursor.after = answer ? answer->after : QString();
        cursor.end = gone || cursor.after.isEmpty() || walk.found() || cursor.pages >= walk.budget;
        if (!walk.keep(cursor)) {
            out.end = WalkEnd::NotKept;
            co_return out;
        }
        page.after = cursor.after;
    }
    co_return out;
}

// The client of one follow-up run: followUpClientConfig's configuration for `job` and the
// client on it. problem() says when the configuration cannot be used (nothing is sent then).
struct FollowUpClient {
    FollowUpClient(const Store::JobRecord &job, const Api::ApiKey &key, const QUrl &apiUrl,
                   std::shared_ptr<const std::atomic_bool> cancelFlag);

    Api::ClientConfig config;
    std::shared_ptr<Api::ClientStats> stats;
    Api::WorkOsClient client;

    std::optional<Api::ApiError> problem() const { return client.configurationError(); }
    qint64 requests() const { return stats->snapshot().requests; }
};

} // namespace Engine
