#pragma once
// `seam-cli diff` output: one comparison printed as text, Markdown (a pull-request
// comment), JSON or SARIF 2.1.0 (commanddiff*.cpp, one file per format).

#include "diff/modeldiff.h"
#include "model/numbertext.h"

#include <ostream>
#include <string>

namespace seam::cli {

struct DiffSide {
    std::string label; // what diagnostics and reports name: a path, or REV:path
    std::string path; // the file in the working tree, for SARIF artifact URIs
};

struct DiffReport {
    DiffSide before;
    DiffSide after;
    diff::ModelDiff diff;

    // "after.label:LINE:COL" for an element in the new file, else the old file's; the label alone
    // when neither mark is known.
    std::string location(const Mark &oldMark, const Mark &newMark) const;
    size_t breakingCount(Severity severity) const;
};

void printDiffText(std::ostream &out, const DiffReport &report);
void printDiffMarkdown(std::ostream &out, const DiffReport &report);
void printDiffJson(std::ostream &out, const DiffReport &report);
void printDiffSarif(std::ostream &out, const DiffReport &report);

// "2 breaking (1 error, 1 warning), " then diffCounts.
std::string diffSummary(const DiffReport &report);
// "3 added, 1 removed, 4 changed; SLA and budgets: 2 changed (1 worse); lint: 1 new, 0 resolved, 5 unchanged"
std::string diffCounts(const DiffReport &report);
// "a, b and c", or "none".
std::string listOrNone(const std::vector<std::string> &items);

} // namespace seam::cli
