#include "arrangement.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>
#include <utility>

namespace seam {

namespace {

constexpr std::array<std::pair<const char *, Alignment>, 6> kAlignments {{
    {"left", Alignment::Left},
    {"centre", Alignment::Centre},
    {"right", Alignment::Right},
    {"top", Alignment::Top},
    {"middle", Alignment::Middle},
    {"bottom", Alignment::Bottom},
}};

double along(const QPointF &p, bool horizontal)
{
    return horizontal ? p.x() : p.y();
}

void setAlong(QPointF &p, bool horizontal, double value)
{
    if (horizontal)
        p.setX(std::round(value));
    else
        p.setY(std::round(value));
}

} // namespace

std::optional<Alignment> alignmentNamed(const QString &name)
{
    for (const auto &[spelling, alignment] : kAlignments)
        if (name == QLatin1String(spelling))
            return alignment;
    return std::nullopt;
}

std::vector<QPointF> alignedPositions(const std::vector<QPointF> &topLefts, Alignment alignment)
{
    std::vector<QPointF> out = topLefts;
    if (out.empty())
        return out;
    const bool horizontal
        = alignment == Alignment::Left || alignment == Alignment::Centre || alignment == Alignment::Right;
    const auto [low, high] = std::minmax_element(out.begin(), out.end(), [&](const QPointF &a, const QPointF &b) {
        return along(a, horizontal) < along(b, horizontal);
    });
    const double lowest = along(*low, horizontal), highest = along(*high, horizontal);
    double target = lowest;
    if (alignment == Alignment::Right || alignment == Alignment::Bottom)
        target = highest;
    else if (alignment == Alignment::Centre || alignment == Alignment::Middle)
        target = (lowest + highest) / 2;
    for (QPointF &p : out)
        setAlong(p, horizontal, target);
    return out;
}

std::vector<QPointF> distributedPositions(const std::vector<QPointF> &topLefts, Qt::Orientation axis)
{
    std::vector<QPointF> out = topLefts;
    if (out.size() < 3)
        return out;
    const bool horizontal = axis == Qt::Horizontal;
    std::vector<size_t> order(out.size());
    std::iota(order.begin(), order.end(), size_t(0));
    // Stable: cards at one place keep the order they were selected in.
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return along(out[a], horizontal) < along(out[b], horizontal); });
    const double first = along(out[order.front()], horizontal), last = along(out[order.back()], horizontal);
    const double step = (last - first) / double(order.size() - 1);
    for (size_t rank = 1; rank + 1 < order.size(); ++rank)
        setAlong(out[order[rank]], horizontal, first + step * double(rank));
    return out;
}

} // namespace seam
