// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <array>
#include <optional>
#include <utility>

namespace besuk {

// An enum's text form as stored in the database and shown in JSON: one table per enum, read both ways.
template <typename Enum, std::size_t N> using KeyTable = std::array<std::pair<Enum, QString>, N>;

template <typename Enum, std::size_t N> QString toKey(Enum value, const KeyTable<Enum, N> &table) {
    for (const auto &[candidate, name] : table)
        if (candidate == value)
            return name;
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> fromKey(const QString &key, const KeyTable<Enum, N> &table) {
    for (const auto &[value, name] : table)
        if (name == key)
            return value;
    return std::nullopt;
}

} // namespace besuk
