// Load time of generated models (100, 1k, 10k components; 3× as many integrations),
// YAML and JSON, through the same loader the editor and the CLI use.
#include "model/modelio.h"
#include "synthetic/syntheticmodel.h"

#include <benchmark/benchmark.h>

namespace {

void loadModel(benchmark::State &state, seam::FileFormat format)
{
    const int components = static_cast<int>(state.range(0));
    const std::string text = seam::saveModelToString(seam::synthetic::serviceMesh(components, components * 3), format);
    for (auto _ : state) {
        seam::LoadResult result = seam::loadModelFromString(text, "bench", format);
        if (!result.ok())
            state.SkipWithError("generated model does not load");
        benchmark::DoNotOptimize(result);
    }
    state.counters["MB"] = double(text.size()) / 1e6;
    state.SetBytesProcessed(int64_t(state.iterations()) * int64_t(text.size()));
}

void saveModel(benchmark::State &state, seam::FileFormat format)
{
    const int components = static_cast<int>(state.range(0));
    const seam::Model model = seam::synthetic::serviceMesh(components, components * 3);
    for (auto _ : state)
        benchmark::DoNotOptimize(seam::saveModelToString(model, format));
}

// A minimal-diff save after moving one card: parse the original, diff, verify by
// loading the patch and the canonical text (what the editor's Ctrl+S costs).
void patchAfterMove(benchmark::State &state)
{
    const int components = static_cast<int>(state.range(0));
    seam::Model model = seam::synthetic::serviceMesh(components, components * 3);
    const std::string original = seam::saveModelToString(model, seam::FileFormat::Yaml);
    (*model.layout)[model.layout->size() / 2].x += 40;
    for (auto _ : state) {
        std::optional<std::string> patched = seam::patchModelText(original, seam::FileFormat::Yaml, model);
        if (!patched)
            state.SkipWithError("no patch");
        benchmark::DoNotOptimize(patched);
    }
}

} // namespace

BENCHMARK(patchAfterMove)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(loadModel, yaml, seam::FileFormat::Yaml)
    ->Arg(100)
    ->Arg(1000)
    ->Arg(10000)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(loadModel, json, seam::FileFormat::Json)
    ->Arg(100)
    ->Arg(1000)
    ->Arg(10000)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(saveModel, yaml, seam::FileFormat::Yaml)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(saveModel, json, seam::FileFormat::Json)->Arg(10000)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
