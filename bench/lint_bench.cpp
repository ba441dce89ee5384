// Lint time of generated models (1k and 10k components, 3× as many
// integrations, seeded mix of kinds and patterns) next to the parse time of
// the same model, so BENCHMARKS.md can report lint as a ratio of parsing.
// Target (issue 3): lint alone ≤ parse time; 10k validate + lint < 1 s.
#include "model/lint/linter.h"
#include "model/modelio.h"
#include "synthetic/lintshapes.h"
#include "synthetic/syntheticmodel.h"

#include <benchmark/benchmark.h>

#include <chrono>

namespace {

constexpr unsigned kSeed = 7;

std::string modelText(int components, seam::FileFormat format)
{
    return seam::saveModelToString(seam::synthetic::serviceMesh(components, components * 3, kSeed), format);
}

void parse(benchmark::State &state, seam::FileFormat format)
{
    const std::string text = modelText(int(state.range(0)), format);
    for (auto _ : state) {
        seam::LoadResult result = seam::loadModelFromString(text, "bench", format);
        if (!result.ok())
            state.SkipWithError("generated model does not load");
        benchmark::DoNotOptimize(result);
    }
    state.counters["MB"] = double(text.size()) / 1e6;
}

void lint(benchmark::State &state)
{
    // Lint the loaded model (with marks), exactly what the CLI lints.
    const seam::LoadResult loaded = seam::loadModelFromString(modelText(int(state.range(0)), seam::FileFormat::Yaml),
                                                              "bench", seam::FileFormat::Yaml);
    if (!loaded.ok()) {
        state.SkipWithError("generated model does not load");
        return;
    }
    size_t findings = 0;
    for (auto _ : state) {
        seam::LintResult result = seam::lint(*loaded.model);
        findings = result.findings.size();
        benchmark::DoNotOptimize(result);
    }
    state.counters["findings"] = double(findings);
}

// What `seam-cli lint` does per file after reading it: validate (load) + lint.
void validateAndLint(benchmark::State &state, seam::FileFormat format)
{
    const std::string text = modelText(int(state.range(0)), format);
    for (auto _ : state) {
        seam::LoadResult loaded = seam::loadModelFromString(text, "bench", format);
        if (!loaded.ok()) {
            state.SkipWithError("generated model does not load");
            break;
        }
        benchmark::DoNotOptimize(seam::lint(*loaded.model));
    }
}

// Both measured in the same iteration, so the ratio is immune to machine load
// drifting between separate benchmarks (the machine is shared).
void lintToParseRatio(benchmark::State &state, seam::FileFormat format)
{
    using Clock = std::chrono::steady_clock;
    const std::string text = modelText(int(state.range(0)), format);
    double parseSeconds = 0;
    double lintSeconds = 0;
    for (auto _ : state) {
        const auto start = Clock::now();
        seam::LoadResult loaded = seam::loadModelFromString(text, "bench", format);
        const auto parsed = Clock::now();
        if (!loaded.ok()) {
            state.SkipWithError("generated model does not load");
            break;
        }
        seam::LintResult result = seam::lint(*loaded.model);
        const auto linted = Clock::now();
        benchmark::DoNotOptimize(result);
        parseSeconds += std::chrono::duration<double>(parsed - start).count();
        lintSeconds += std::chrono::duration<double>(linted - parsed).count();
    }
    const double n = double(state.iterations());
    state.counters["parse_ms"] = parseSeconds / n * 1e3;
    state.counters["lint_ms"] = lintSeconds / n * 1e3;
    state.counters["lint/parse"] = parseSeconds > 0 ? lintSeconds / parseSeconds : 0;
}

// The shapes that make a naive lint quadratic (tests/lint checks what it finds
// on them): a synchronous chain of N components, and one topic between N
// producers and N consumers. Linear means time/N stays flat as N grows.
void lintShape(benchmark::State &state, seam::Model (*shape)(int))
{
    const seam::Model model = shape(int(state.range(0)));
    for (auto _ : state)
        benchmark::DoNotOptimize(seam::lint(model));
    state.SetComplexityN(state.range(0));
}

} // namespace

BENCHMARK_CAPTURE(lintShape, longSyncChain, seam::synthetic::longSyncChain)
    ->Arg(5000)
    ->Arg(20000)
    ->Arg(80000)
    ->Unit(benchmark::kMillisecond)
    ->Complexity();
BENCHMARK_CAPTURE(lintShape, busyTopic, seam::synthetic::busyTopic)
    ->Arg(750)
    ->Arg(3000)
    ->Arg(12000)
    ->Unit(benchmark::kMillisecond)
    ->Complexity();
BENCHMARK_CAPTURE(parse, yaml, seam::FileFormat::Yaml)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(parse, json, seam::FileFormat::Json)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(lint)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(validateAndLint, yaml, seam::FileFormat::Yaml)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(lintToParseRatio, yaml, seam::FileFormat::Yaml)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(lintToParseRatio, json, seam::FileFormat::Json)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
