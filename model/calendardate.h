#pragma once
// Calendar dates as the model writes them (YYYY-MM-DD), for suppression expiry.
// Valid dates in this form order as text, so callers compare the strings.

#include <optional>
#include <string>
#include <string_view>

namespace seam {

// True for an existing day written YYYY-MM-DD (2026-02-30 is false).
bool isCalendarDate(std::string_view text);

// Today in UTC as YYYY-MM-DD, unless SEAM_TODAY holds a valid date (tests and
// reproducible CI runs pin the day that way; an invalid value is ignored here,
// `seam-cli lint` rejects it).
std::string todayDate();

// SEAM_TODAY when set, else nullopt.
std::optional<std::string> todayOverride();

} // namespace seam
