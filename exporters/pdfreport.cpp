#include "pdfreport.h"

#include <QGuiApplication>
#include <QThread>

#include <memory>

namespace seam {

std::string_view PdfReportExporter::description() const
{
    return "integration-architecture.pdf: the review pack as a PDF, with contents, page numbers and the diagrams";
}

ExportResult PdfReportExporter::run(const Model &model, const ExportOptions &options) const
{
    ExportResult result;
    // Qt's fonts live in the GUI application: without one, QFont use aborts the process.
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        result.error = "pdf: needs a running QGuiApplication for fonts (seam-cli starts one)";
        return result;
    }
    ReviewReport report = buildReviewReport(model, options);
    for (auto &warning : report.warnings)
        result.warnings.push_back("pdf: " + warning);
    std::string error, bytes;
    // Qt's text layout starts timers, which only a QThread may do; exporters run on
    // std::async threads (runExporters), so the layout gets a QThread of its own.
    const std::unique_ptr<QThread> thread(QThread::create([&] { bytes = renderReviewPdf(report, error); }));
    thread->start();
    thread->wait();
    if (!error.empty()) {
        result.error = "pdf: " + error;
        return result;
    }
    result.files.push_back({"integration-architecture.pdf", std::move(bytes)});
    return result;
}

namespace {
const ExporterRegistration registration(12, std::make_unique<PdfReportExporter>());
}

} // namespace seam
