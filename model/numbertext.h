#pragma once
// The one way Seam writes a number as text: in saved files, exports, lint
// messages and the editor. Reading the text back gives the same number.

#include <string>

namespace seam {

// Shortest text that reads back as the same double: 99.95 → "99.95", 300.0 → "300",
// 1e-7 → "1e-07". Whole numbers below 1e15 have no decimals and no exponent.
std::string formatNumber(double value);
std::string formatNumber(long long value);
inline std::string formatNumber(int value)
{
    return formatNumber(static_cast<long long>(value));
}

// A computed figure (a sum of latencies, a product of availabilities): rounded to at
// most `decimals` digits, trailing zeros dropped, so binary noise never shows
// (0.1 + 0.2 → "0.3"). Values the user wrote go through formatNumber instead.
std::string formatRounded(double value, int decimals);

} // namespace seam
