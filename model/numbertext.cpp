#include "numbertext.h"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace seam {

namespace {

bool wholeBelow1e15(double value)
{
    return std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 1e15;
}

} // namespace

std::string formatNumber(double value)
{
    if (wholeBelow1e15(value))
        return std::to_string(static_cast<long long>(value));
    char buffer[64];
    const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value);
    return error == std::errc() ? std::string(buffer, end) : std::to_string(value);
}

std::string formatNumber(long long value)
{
    return std::to_string(value);
}

std::string formatRounded(double value, int decimals)
{
    if (wholeBelow1e15(value))
        return std::to_string(static_cast<long long>(value));
    char buffer[400]; // "%.*f" of 1e308 has 309 digits before the point
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    std::string text = buffer;
    if (text.find('.') != std::string::npos) {
        while (text.back() == '0')
            text.pop_back();
        if (text.back() == '.')
            text.pop_back();
    }
    return text;
}

} // namespace seam
