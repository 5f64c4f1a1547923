#pragma once

#include <QLatin1StringView>
#include <QString>
#include <QStringView>

#include <optional>

namespace gd {

// An enum's stable ids (JSON, data files, metric labels), written once as a table: the id of a
// value and the value of an id both read the same rows, so they cannot drift apart.
//
//   constexpr IdName<CheckState> kStates[] = {{CheckState::Pass, "pass"_L1}, ...};
//   idOf(kStates, CheckState::Pass) == u"pass"; valueOf(kStates, u"pass") == CheckState::Pass
template<typename Enum>
struct IdName
{
    Enum value;
    QLatin1StringView id;
};

// The id of `value`; empty when the table has no row for it.
template<typename Enum, std::size_t N>
QString idOf(const IdName<Enum> (&table)[N], Enum value)
{
    for (const IdName<Enum> &row : table) {
        if (row.value == value)
            return QString(row.id);
    }
    return {};
}

// The value an id names; nothing for an id the table does not know.
template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const IdName<Enum> (&table)[N], QStringView id)
{
    for (const IdName<Enum> &row : table) {
        if (id == row.id)
            return row.value;
    }
    return std::nullopt;
}

} // namespace gd
