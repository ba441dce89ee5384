#include "reviewreport.h"

#include "htmlmarkup.h"
#include "integrationdocument.h"
#include "specsummary.h"

namespace seam {

ReviewReport buildReviewReport(const Model &model, const ExportOptions &options)
{
    HtmlMarkup markup;
    writeIntegrationDocument(model, options, markup);
    writeSpecSummary(model, markup);
    ReviewReport report = markup.finish();
    report.title = "Integration Architecture: " + model.name;
    return report;
}

} // namespace seam
