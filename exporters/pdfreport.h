#pragma once
// `pdf`: the review pack as a PDF (integration-architecture.pdf): the same content as the
// `html` export, laid out by Qt (QTextDocument, QPdfWriter) with a table of contents,
// each major section on a new page, page numbers, and the Graphviz diagrams drawn as
// vectors by Qt SVG. Needs a QGuiApplication for fonts: seam-cli starts a headless one
// (pdfreportgui.h), the editor has its own.

#include "exporter.h"
#include "reviewreport.h"

namespace seam {

// The PDF's bytes; on failure "" and `error` says why.
std::string renderReviewPdf(const ReviewReport &report, std::string &error);

class PdfReportExporter : public Exporter {
public:
    std::string_view id() const override { return "pdf"; }
    std::string_view description() const override;
    ExportResult run(const Model &model, const ExportOptions &options) const override;
    bool needsGuiApplication() const override { return true; }
};

} // namespace seam
