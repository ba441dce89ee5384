#pragma once
// Canvas geometry, in pixels: the one card size and grid that the editor, its QML
// (the Geometry singleton), the edge layer and auto layout share. The format's examples
// are laid out for these cards (200 px columns).

namespace seam::geometry {

inline constexpr double cardWidth = 160;
inline constexpr double cardHeight = 72;
inline constexpr int grid = 10; // dragged and dropped cards snap to it

// A trust zone's boundary on the canvas: its members' cards plus this margin, and more
// above them for the zone's label.
inline constexpr double zonePadding = 18;
inline constexpr double zoneLabelHeight = 18;

// Top-left of the n-th component without a layout entry: 8 per row, well apart.
struct Slot {
    double x, y;
};
constexpr Slot fallbackSlot(int n)
{
    return {40.0 + 240.0 * (n % 8), 40.0 + 140.0 * (n / 8)};
}

} // namespace seam::geometry
