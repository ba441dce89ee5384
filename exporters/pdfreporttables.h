#pragma once
// Tables of the review pack's HTML (htmlmarkup.cpp) made ready for Qt's rich text:
// borders and spacing as attributes, column widths from the cells' text, and long
// tables cut into runs of rows. Qt lays a table out in time that grows with the square
// of its rows (a 14,000-row flow table did not finish in 5 minutes); runs of a fixed
// size keep it linear, and the fixed widths line the runs up as one table.

#include <string>

namespace seam {

std::string qtTables(const std::string &html, size_t rowsPerRun);

} // namespace seam
