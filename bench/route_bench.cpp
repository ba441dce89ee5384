// Route-only cost (computeRoutes: neato -n2, splines=true) for cards at fixed
// places, as the editor asks after every move: 30 to 1000 components with
// three integrations each, on the synthetic model's grid layout. The figures
// choose kRouteComponentLimit (graphlayout.h); see BENCHMARKS.md.

#include "model/layout/graphlayout.h"
#include "synthetic/syntheticmodel.h"

#include <benchmark/benchmark.h>

namespace {

void BM_Routes(benchmark::State &state)
{
    const int components = int(state.range(0));
    const seam::Model model = seam::synthetic::serviceMesh(components, 3 * components);
    seam::RouteRequest request;
    for (const seam::LayoutEntry &entry : model.layoutList())
        request.positions.push_back({entry.id, {entry.x, entry.y}});
    size_t points = 0;
    for (auto _ : state) {
        seam::LayoutResult result = seam::computeRoutes(model, request);
        if (!result.ok()) {
            state.SkipWithError(result.error.c_str());
            break;
        }
        points = 0;
        for (const auto &edge : result.edges)
            points += edge.points.size();
        benchmark::DoNotOptimize(result.edges.data());
    }
    state.counters["components"] = components;
    state.counters["integrations"] = 3 * components;
    state.counters["bezier_points"] = double(points);
}

} // namespace

BENCHMARK(BM_Routes)
    ->Arg(30)
    ->Arg(100)
    ->Arg(150)
    ->Arg(200)
    ->Arg(300)
    ->Arg(1000)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1);

BENCHMARK_MAIN();
