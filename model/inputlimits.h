#pragma once
// What the loaders accept at most, so that any input (valid or hostile) finishes
// in bounded time and memory with an error naming FILE:LINE:COLUMN.
// docs/input-limits.md explains each limit and the measurements behind it.

#include <cstddef>

namespace seam::limits {

// A 10k-component, 30k-integration model is about 9 MB; files past this are refused before parsing.
constexpr std::size_t kMaxFileBytes = 64u << 20;

// One scalar (a description, a key, an id). Keeps every copy and message of a value small.
constexpr std::size_t kMaxScalarBytes = 1u << 20;

// Maps and lists inside each other. Deep enough for any JSON Schema written by hand;
// shallow enough that every recursive walker (copy, compare, writers, exporters) is safe.
constexpr int kMaxNestingDepth = 256;

// Anchors and aliases: every anchored node is kept and every alias copies it. These copies
// together may hold at most this many nodes and this much text (the "billion laughs" bound).
constexpr std::size_t kMaxAliasNodes = 1'000'000;
constexpr std::size_t kMaxAliasTextBytes = 64u << 20;

// Ids, event names and schema names become file names when exporting
// (schemas/NAME.vN.json.seam-partial must fit the 255-byte limit of file names).
constexpr std::size_t kMaxNameLength = 200;

// "Did you mean" hints compare one unknown reference with every known id: they are computed for the
// first kMaxSuggestions unknown references, and while all hints together compared at most
// kMaxSuggestionComparisons ids. Later unknown references are reported without a hint.
constexpr std::size_t kMaxSuggestions = 100;
constexpr std::size_t kMaxSuggestionComparisons = 1'000'000;

} // namespace seam::limits
