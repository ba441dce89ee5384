#pragma once
// The details of a changed element: which of its keys differ, with the old and the new
// value when both are short enough to read in one line ("timeout_ms 500 → 800").

#include "model/enums.h"
#include "model/numbertext.h"

#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace seam::diff {

namespace fielddetail {

constexpr size_t kShortText = 40;

// Structures and trees: named as changed, without values.
template <typename T> std::optional<std::string> show(const T &)
{
    return std::nullopt;
}

inline std::optional<std::string> show(const std::string &value)
{
    if (value.size() > kShortText || value.find('\n') != std::string::npos)
        return std::nullopt;
    return "'" + value + "'";
}
inline std::optional<std::string> show(bool value)
{
    return value ? "true" : "false";
}
inline std::optional<std::string> show(long long value)
{
    return formatNumber(value);
}
inline std::optional<std::string> show(double value)
{
    return formatNumber(value);
}
inline std::optional<std::string> show(const std::vector<std::string> &values)
{
    std::string out = "[";
    for (const std::string &value : values)
        out += (out.size() > 1 ? ", " : "") + value;
    out += "]";
    if (out.size() > 2 * kShortText)
        return std::nullopt;
    return out;
}
template <typename E>
requires std::is_enum_v<E> std::optional<std::string> show(const E &value)
{
    return std::string(toString(value));
}
template <typename T> std::optional<std::string> show(const std::optional<T> &value)
{
    if (!value)
        return "none";
    return show(*value);
}

} // namespace fielddetail

class FieldDiff {
public:
    template <typename T> void add(std::string_view key, const T &before, const T &after)
    {
        if (before == after)
            return;
        const auto a = fielddetail::show(before), b = fielddetail::show(after);
        m_details.push_back(a && b ? std::string(key) + " " + *a + " → " + *b : std::string(key) + " changed");
    }
    void note(std::string text) { m_details.push_back(std::move(text)); }
    const std::vector<std::string> &details() const { return m_details; }
    bool empty() const { return m_details.empty(); }

private:
    std::vector<std::string> m_details;
};

} // namespace seam::diff
