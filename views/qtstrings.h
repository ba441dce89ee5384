#pragma once
// The model speaks UTF-8 std::string; Qt speaks QString. One conversion for every view.

#include <QString>

#include <string_view>

namespace seam {

inline QString toQ(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

} // namespace seam
