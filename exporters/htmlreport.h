#pragma once
// `html`: the review pack as one self-contained page (integration-architecture.html):
// the integration document, the diagrams as inline SVG, the lint findings and risk
// register, and the specification summary. No script, no external font, style sheet
// or image, nothing fetched: it opens anywhere, and prints with each major section
// on a new page.

#include "exporter.h"
#include "reviewreport.h"

namespace seam {

// The page for a report (also what tests check).
std::string reviewHtml(const ReviewReport &report);

class HtmlReportExporter : public Exporter {
public:
    std::string_view id() const override { return "html"; }
    std::string_view description() const override;
    ExportResult run(const Model &model, const ExportOptions &options) const override;
};

} // namespace seam
