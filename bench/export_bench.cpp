// Export time of a generated 10k-component / 30k-integration model, per text format and for
// all of them together (the target: all text formats < 2 s). Images are left out:
// they are a Graphviz layout (see layout_bench).
#include "exporters/exporter.h"
#include "synthetic/syntheticmodel.h"

#include <benchmark/benchmark.h>

namespace {

const seam::Model &model()
{
    static const seam::Model generated = seam::synthetic::serviceMesh(10000, 30000);
    return generated;
}

const char *const kTextFormats[]
    = {"markdown", "mermaid", "openapi", "asyncapi", "jsonschema", "proto", "graphql", "resilience", "dot"};

void exportOne(benchmark::State &state, const char *format)
{
    const seam::Exporter *exporter = seam::findExporter(format);
    if (!exporter) {
        state.SkipWithError("exporter not registered");
        return;
    }
    size_t bytes = 0;
    for (auto _ : state) {
        const seam::ExportResult result = exporter->run(model(), {"bench.seam.yaml"});
        bytes = 0;
        for (const auto &file : result.files)
            bytes += file.contents.size();
        benchmark::DoNotOptimize(bytes);
    }
    state.counters["MB"] = double(bytes) / 1e6;
}

void exportAllText(benchmark::State &state)
{
    for (auto _ : state)
        for (const char *format : kTextFormats)
            benchmark::DoNotOptimize(seam::findExporter(format)->run(model(), {"bench.seam.yaml"}));
}

// What `seam-cli export --format all` does: the exporters run concurrently.
void exportAllTextConcurrently(benchmark::State &state)
{
    std::vector<const seam::Exporter *> chosen;
    for (const char *format : kTextFormats)
        chosen.push_back(seam::findExporter(format));
    for (auto _ : state)
        benchmark::DoNotOptimize(seam::runExporters(chosen, model(), {"bench.seam.yaml"}));
}

} // namespace

BENCHMARK_CAPTURE(exportOne, markdown, "markdown")->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK_CAPTURE(exportOne, mermaid, "mermaid")->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK_CAPTURE(exportOne, openapi, "openapi")->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK_CAPTURE(exportOne, asyncapi, "asyncapi")->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK_CAPTURE(exportOne, jsonschema, "jsonschema")->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK_CAPTURE(exportOne, proto, "proto")->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK_CAPTURE(exportOne, graphql, "graphql")->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK_CAPTURE(exportOne, resilience, "resilience")->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK_CAPTURE(exportOne, dot, "dot")->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(exportAllText)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(exportAllTextConcurrently)->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();

BENCHMARK_MAIN();
