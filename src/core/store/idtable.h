#pragma once
// Private to src/core/store: the ids an enum is stored as (the text in its column), as one
// table read both ways, so that an id is written in one place only.

#include <QtCore/QLatin1StringView>
#include <QtCore/QString>

#include <array>
#include <optional>
#include <utility>

namespace Store {

template<typename Enum, std::size_t N>
using IdTable = std::array<std::pair<Enum, QLatin1StringView>, N>;

// The id of `value`; empty when the table lacks it.
template<typename Enum, std::size_t N>
QString idOf(const IdTable<Enum, N> &table, Enum value)
{
    for (const auto &[e, id] : table) {
        if (e == value)
            return QString(id);
    }
    return {};
}

// The value whose id is `id`; nullopt for an id the table does not know (written by a newer
// version, or damaged).
template<typename Enum, std::size_t N>
std::optional<Enum> fromId(const IdTable<Enum, N> &table, QStringView id)
{
    for (const auto &[e, known] : table) {
        if (id == known)
            return e;
    }
    return std::nullopt;
}

} // namespace Store
