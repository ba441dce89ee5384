#include "calendardate.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>

namespace seam {

bool isCalendarDate(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return false;
    int parts[3] = {0, 0, 0};
    const size_t starts[3] = {0, 5, 8};
    const size_t lengths[3] = {4, 2, 2};
    for (int p = 0; p < 3; ++p)
        for (size_t i = starts[p]; i < starts[p] + lengths[p]; ++i) {
            if (text[i] < '0' || text[i] > '9')
                return false;
            parts[p] = parts[p] * 10 + (text[i] - '0');
        }
    const std::chrono::year_month_day day {std::chrono::year(parts[0]), std::chrono::month(unsigned(parts[1])),
                                           std::chrono::day(unsigned(parts[2]))};
    return day.ok();
}

std::optional<std::string> todayOverride()
{
    if (const char *pinned = std::getenv("SEAM_TODAY"); pinned && *pinned)
        return std::string(pinned);
    return std::nullopt;
}

std::string todayDate()
{
    if (const auto pinned = todayOverride(); pinned && isCalendarDate(*pinned))
        return *pinned;
    const auto now = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
    const std::chrono::year_month_day day {now};
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", int(day.year()), unsigned(day.month()), unsigned(day.day()));
    return buffer;
}

} // namespace seam
