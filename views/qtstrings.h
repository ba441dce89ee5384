#pragma once
// The model speaks UTF-8 std::string; Qt speaks QString. One conversion for every view.

#include "model/numbertext.h"

#include <QString>

#include <string_view>

namespace seam {

inline QString toQ(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// A number as the model writes it (model/numbertext.h): "99.95", "300", "1e-07".
inline QString numberQ(double value)
{
    return toQ(formatNumber(value));
}

} // namespace seam
