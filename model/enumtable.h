#pragma once
// Compile-time checks for tables indexed by a closed enum: a std::array sized
// by enumCount<E> value-initialises rows left out, so each row names its enum
// value and the table must list every value once, in order, with a spelling.
//
//   constexpr std::array<Row, enumCount<E>> kTable{{{E::A, "a"}, {E::B, "b"}}};
//   static_assert(isEnumTable(kTable));

#include "enums.h"

#include <array>
#include <string_view>

namespace seam {

// A row of a plain spelling table.
template <typename E> struct Spelled {
    E value;
    std::string_view spelling;
};

// Rows have `value` (the enum) and `spelling`; true when row i holds value i
// with a non-empty spelling that no other row uses.
template <typename Row, size_t N> constexpr bool isEnumTable(const std::array<Row, N> &rows)
{
    using E = decltype(rows[0].value);
    if (N != enumCount<E>)
        return false;
    for (size_t i = 0; i < N; ++i) {
        if (size_t(rows[i].value) != i || rows[i].spelling.empty())
            return false;
        for (size_t j = 0; j < i; ++j)
            if (rows[j].spelling == rows[i].spelling)
                return false;
    }
    return true;
}

// The spellings of a table, in enum order, for enumNames<E>().
template <typename Row, size_t N> constexpr std::array<std::string_view, N> spellingsOf(const std::array<Row, N> &rows)
{
    std::array<std::string_view, N> out {};
    for (size_t i = 0; i < N; ++i)
        out[i] = rows[i].spelling;
    return out;
}

} // namespace seam
