// Automatic layout cost at the sizes the editor meets: dot for ordinary
// models (100–1000 components), sfdp for the big ones (2000, 5000), each with
// three integrations per component. All runs share the process's Graphviz
// context, as the editor's do.

#include "model/layout/graphlayout.h"
#include "synthetic/syntheticmodel.h"

#include <benchmark/benchmark.h>

namespace {

void layout(benchmark::State &state, seam::LayoutEngine engine)
{
    const int components = int(state.range(0));
    const seam::Model model = seam::synthetic::serviceMesh(components, 3 * components);
    seam::LayoutRequest request;
    request.engine = engine;
    for (auto _ : state) {
        seam::LayoutResult result = seam::computeLayout(model, request);
        if (!result.ok()) {
            state.SkipWithError(result.error.c_str());
            break;
        }
        benchmark::DoNotOptimize(result.positions.data());
    }
    state.counters["components"] = components;
    state.counters["integrations"] = 3 * components;
}

void BM_LayoutDot(benchmark::State &state)
{
    layout(state, seam::LayoutEngine::Dot);
}
void BM_LayoutSfdp(benchmark::State &state)
{
    layout(state, seam::LayoutEngine::Sfdp);
}

} // namespace

// dot at 500 components / 1,500 random integrations takes minutes and at 1,000 more than a quarter
// of an hour (BENCHMARKS.md): add ->Arg(500) here to measure that by hand.
BENCHMARK(BM_LayoutDot)->Arg(100)->Arg(200)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_LayoutSfdp)->Arg(2000)->Arg(5000)->Unit(benchmark::kMillisecond)->Iterations(1);

BENCHMARK_MAIN();
