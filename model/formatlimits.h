#pragma once
// The ranges and name patterns of the model format (docs/model-format.md), shared by the
// reader, which enforces them, and the JSON Schema of `seam-cli schema`, which states them.

#include <string_view>

namespace seam::limits {

inline constexpr double kMaxAvailabilityPercent = 100;
inline constexpr double kMaxLatencyMs = 1e12; // 31 years: larger is a typo, not a budget
inline constexpr double kMaxThroughputRps = 1e15;
inline constexpr double kMaxJitter = 1; // a fraction of the delay

// What isValidId() and isValidSchemaName() accept, as the regular expressions the schema states.
inline constexpr std::string_view kIdPattern = "^[a-z][a-z0-9]*([._-][a-z0-9]+)*$";
inline constexpr std::string_view kSchemaNamePattern = "^[A-Za-z][A-Za-z0-9_]*$";

} // namespace seam::limits
