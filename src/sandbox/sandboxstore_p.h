#pragma once
// Private to the SandboxStore sources (sandboxstore*.cpp): the WorkOS API's limits, the field
// checks every resource shares (sandboxstore_checks.cpp) and list paging. Not part of the
// store's API; include it only from those files.

#include "sandboxstore.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtCore/QJsonValue>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <algorithm>
#include <optional>
#include <ranges>
#include <vector>

namespace Sandbox::StoreDetail {

using namespace Qt::StringLiterals;

// Limits of the WorkOS API (user object docs; the migration tools' README).
constexpr qsizetype MaxExternalIdLength = 128;
constexpr qsizetype MaxMetadataKeys = 50;
constexpr qsizetype MaxMetadataKeyLength = 40;
constexpr qsizetype MaxMetadataValueLength = 600;
constexpr int DefaultListLimit = 10;
constexpr int MaxListLimit = 100;

// The time now, as the API writes it (ISO 8601, UTC, milliseconds).
QString now();

// Field validation errors, answered together as one 422 like the API does.
class FieldErrors
{
public:
    void add(const QString &field, const QString &code, const QString &message)
    {
        m_errors.append(QJsonObject {{u"field"_s, field}, {u"code"_s, code}, {u"message"_s, message}});
        m_messages.append(message);
    }
    bool isEmpty() const { return m_errors.isEmpty(); }
    ApiResult result() const
    {
        return ApiResult::error(422, u"invalid_request_parameters"_s,
                                u"Validation failed: "_s + m_messages.join(u' '), m_errors);
    }

private:
    QJsonArray m_errors;
    QStringList m_messages;
};

// The email rule WorkOS applies (shared with the CSV validator); a domain is checked as x@domain.
bool isValidEmail(QStringView email);
bool isValidDomain(QStringView domain);
// Optional string field: absent/null is fine; anything else must be a string.
std::optional<QJsonValue> optionalString(const QJsonObject &body, const QString &field,
                                         FieldErrors &errors);
void validateExternalId(const QJsonValue &externalId, FieldErrors &errors);
// metadata: at most 50 string values, keys up to 40 characters, values up to 600 characters.
QJsonObject validateMetadata(const QJsonObject &body, FieldErrors &errors);
// password, or password_hash with password_hash_type; never both.
void validatePassword(const QJsonObject &body, FieldErrors &errors);
// 404 entity_not_found, as the API answers it.
ApiResult notFound(const QString &entity, const QString &id);

// ---- list paging -------------------------------------------------------------------------

struct PageQuery
{
    int limit = DefaultListLimit;
    bool descending = true; // the API lists newest first unless order=asc
    int after = -1;         // creation index of the `after` cursor
    int before = -1;        // creation index of the `before` cursor
};

// limit, order, before and after of a list query; the 422 to answer when one is wrong.
std::optional<ApiResult> parsePageQuery(const QueryParams &query, const QHash<QString, int> &ids,
                                        PageQuery &page);

// One page of seq (ascending creation indices), as a WorkOS list object. Cursors are ids of
// items; list_metadata.before is the first item's id when earlier items exist, after the
// last item's id when more follow. Items for which alive() is false (deleted) are skipped;
// a cursor may name a deleted item and still marks its position.
template <typename Seq, typename Alive, typename ToJson, typename IdOf>
QJsonObject listPage(const Seq &seq, const PageQuery &page, Alive alive, ToJson toJson, IdOf idOf)
{
    const qsizetype n = qsizetype(std::ranges::size(seq));
    const auto lower = [&](int c) { return qsizetype(std::ranges::lower_bound(seq, c) - std::ranges::begin(seq)); };
    const auto upper = [&](int c) { return qsizetype(std::ranges::upper_bound(seq, c) - std::ranges::begin(seq)); };
    const auto at = [&](qsizetype viewIndex) {
        return int(seq[page.descending ? n - 1 - viewIndex : viewIndex]);
    };
    const auto anyAlive = [&](qsizetype from, qsizetype to, qsizetype step) {
        for (qsizetype i = from; i != to; i += step)
            if (alive(at(i)))
                return true;
        return false;
    };
    std::vector<int> items;
    bool earlier = false;
    bool more = false;
    if (page.after < 0 && page.before >= 0) {
        const qsizetype end = page.descending ? n - upper(page.before) : lower(page.before);
        qsizetype i = end - 1;
        for (; i >= 0 && qsizetype(items.size()) < page.limit; --i)
            if (alive(at(i)))
                items.push_back(at(i));
        std::ranges::reverse(items);
        earlier = i >= 0 && anyAlive(i, -1, -1);
        more = anyAlive(end, n, 1);
    } else {
        qsizetype start = 0;
        if (page.after >= 0)
            start = page.descending ? n - lower(page.after) : upper(page.after);
        qsizetype i = start;
        for (; i < n && qsizetype(items.size()) < page.limit; ++i)
            if (alive(at(i)))
                items.push_back(at(i));
        more = anyAlive(i, n, 1);
        earlier = start > 0 && anyAlive(start - 1, -1, -1);
    }
    QJsonArray data;
    for (const int item : items)
        data.append(toJson(item));
    QJsonObject metadata {{u"before"_s, QJsonValue::Null}, {u"after"_s, QJsonValue::Null}};
    if (!items.empty()) {
        if (earlier)
            metadata.insert(u"before"_s, idOf(items.front()));
        if (more)
            metadata.insert(u"after"_s, idOf(items.back()));
    }
    return QJsonObject {{u"object"_s, u"list"_s}, {u"data"_s, data}, {u"list_metadata"_s, metadata}};
}

} // namespace Sandbox::StoreDetail
