// Exporters are pure functions of the model, so a multi-format export runs them
// side by side: on the 10k-component model the text formats take 2.3 s of CPU
// one after another (BENCHMARKS.md), which two cores halve.
#include "exporter.h"

#include <future>

namespace seam {

std::vector<ExportResult> runExporters(const std::vector<const Exporter *> &chosen, const Model &model,
                                       const ExportOptions &options)
{
    std::vector<std::future<ExportResult>> running;
    running.reserve(chosen.size());
    for (const Exporter *exporter : chosen)
        running.push_back(
            std::async(std::launch::async, [exporter, &model, &options] { return exporter->run(model, options); }));
    std::vector<ExportResult> results;
    results.reserve(running.size());
    for (auto &result : running)
        results.push_back(result.get());
    return results;
}

} // namespace seam
