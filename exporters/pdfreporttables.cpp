#include "pdfreporttables.h"

#include <algorithm>
#include <numeric>
#include <string_view>
#include <vector>

namespace seam {

namespace {

constexpr std::string_view kOpen = "<table>\n<thead><tr>";
constexpr std::string_view kBody = "</tr></thead>\n<tbody>\n";
constexpr std::string_view kClose = "</tbody>\n</table>\n";
constexpr std::string_view kRowEnd = "</tr>\n";

// The cells of one row: what lies between <td>/<th> and its end tag.
std::vector<std::string_view> cells(std::string_view row, std::string_view open, std::string_view close)
{
    std::vector<std::string_view> out;
    for (size_t at = row.find(open); at != std::string_view::npos; at = row.find(open, at)) {
        const size_t start = at + open.size();
        const size_t end = row.find(close, start);
        if (end == std::string_view::npos)
            break;
        out.push_back(row.substr(start, end - start));
        at = end + close.size();
    }
    return out;
}

// What a reader sees of a cell: its characters (tags dropped, an entity counted once)
// and its longest word, which cannot wrap.
struct Extent {
    size_t length = 0;
    size_t longestWord = 0;
};

Extent extent(std::string_view html)
{
    Extent e;
    size_t word = 0;
    bool tag = false, entity = false;
    const auto character = [&](bool space) {
        ++e.length;
        word = space ? 0 : word + 1;
        e.longestWord = std::max(e.longestWord, word);
    };
    for (const char c : html) {
        if (tag) {
            tag = c != '>';
        } else if (entity) {
            entity = c != ';';
        } else if (c == '<') {
            tag = true;
        } else if (c == '&') {
            entity = true;
            character(false);
        } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) { // one per UTF-8 character
            character(c == ' ');
        }
    }
    return e;
}

// Percent widths: each column gets room for its longest word and its share of the average
// text it holds, so a column of short ids does not get as much as one of sentences.
std::vector<int> columnWidths(const std::vector<std::string_view> &header, const std::vector<std::string_view> &rows)
{
    std::vector<double> weight(header.size(), 4.0), sum(header.size(), 0);
    for (size_t c = 0; c < header.size(); ++c)
        weight[c] = std::max(weight[c], double(extent(header[c]).longestWord));
    for (std::string_view row : rows) {
        const auto values = cells(row, "<td>", "</td>");
        for (size_t c = 0; c < values.size() && c < sum.size(); ++c) {
            const Extent e = extent(values[c]);
            sum[c] += double(std::min<size_t>(e.length, 60));
            weight[c] = std::max(weight[c], double(std::min<size_t>(e.longestWord, 24)));
        }
    }
    for (size_t c = 0; c < header.size(); ++c)
        weight[c] = std::max(weight[c], rows.empty() ? 0.0 : sum[c] / double(rows.size()));
    const double total = std::accumulate(weight.begin(), weight.end(), 0.0);
    std::vector<int> percent;
    for (double w : weight)
        percent.push_back(std::max(4, int(w / total * 100)));
    return percent;
}

// `row` with width="P%" on its first cells.
std::string withWidths(std::string_view row, std::string_view cell, const std::vector<int> &widths)
{
    std::string out;
    size_t column = 0, at = 0;
    for (size_t found = row.find(cell); found != std::string_view::npos; found = row.find(cell, at)) {
        out.append(row.substr(at, found - at));
        out.append(cell.substr(0, cell.size() - 1));
        if (column < widths.size())
            out += " width=\"" + std::to_string(widths[column++]) + "%\"";
        out += '>';
        at = found + cell.size();
    }
    out.append(row.substr(at));
    return out;
}

} // namespace

std::string qtTables(const std::string &html, size_t rowsPerRun)
{
    const std::string open = "<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\"";
    std::string out;
    size_t at = 0;
    for (size_t start = html.find(kOpen); start != std::string::npos; start = html.find(kOpen, at)) {
        const size_t body = html.find(kBody, start);
        const size_t close = body == std::string::npos ? body : html.find(kClose, body);
        if (close == std::string::npos)
            break; // not a table of ours: leave the rest as it is
        out.append(html, at, start - at);
        const std::string_view headerRow(html.data() + start + kOpen.size(), body - start - kOpen.size());
        std::vector<std::string_view> rows;
        for (size_t row = body + kBody.size(); row < close;) {
            const size_t end = html.find(kRowEnd, row);
            if (end == std::string::npos || end > close)
                break;
            rows.emplace_back(html.data() + row, end - row);
            row = end + kRowEnd.size();
        }
        // Qt sizes a short table's columns well itself; runs of a long one need the same widths.
        const std::vector<int> widths
            = rows.size() > rowsPerRun ? columnWidths(cells(headerRow, "<th>", "</th>"), rows) : std::vector<int> {};
        out += open + ">\n<thead><tr>" + withWidths(headerRow, "<th>", widths) + std::string(kBody);
        for (size_t r = 0; r < rows.size(); ++r) {
            if (r > 0 && r % rowsPerRun == 0) // the next run, flush with the one before
                out += "</tbody>\n</table>\n" + open + " style=\"margin-top: 0\">\n<tbody>\n";
            out += (r % rowsPerRun == 0 ? withWidths(rows[r], "<td>", widths) : std::string(rows[r]))
                + std::string(kRowEnd);
        }
        out += kClose;
        at = close + kClose.size();
    }
    out.append(html, at);
    return out;
}

} // namespace seam
