#pragma once
// Align and distribute (Edit ▸ Align): where selected cards go, as pure geometry so the
// rules are tested without a window. Every card has the same size (model/geometry.h), so
// a card is its top-left corner; results are whole pixels, as `layout:` writes them.

#include <QPointF>
#include <QString>

#include <optional>
#include <vector>

namespace seam {

enum class Alignment { Left, Centre, Right, Top, Middle, Bottom };
// "left", "centre", "right", "top", "middle", "bottom"; nullopt for anything else.
std::optional<Alignment> alignmentNamed(const QString &name);

// Every card moves on one axis only: to the leftmost (topmost, …) card's edge, or to the
// middle of the selection's extent for Centre and Middle.
std::vector<QPointF> alignedPositions(const std::vector<QPointF> &topLefts, Alignment alignment);

// The outermost cards along the axis stay; the others are spread between them at equal
// steps, in the order they already had along it. Fewer than three cards: unchanged.
std::vector<QPointF> distributedPositions(const std::vector<QPointF> &topLefts, Qt::Orientation axis);

} // namespace seam
