#include "geometrysingleton.h"

#include "model/geometry.h"

namespace seam {

qreal Geometry::cardWidth()
{
    return geometry::cardWidth;
}

qreal Geometry::cardHeight()
{
    return geometry::cardHeight;
}

int Geometry::grid()
{
    return geometry::grid;
}

} // namespace seam
