#!/usr/bin/env bash
# Runs Seam's own code under ASan + UBSan (leak detection on) and fuzzes it:
# builds the `fuzz` preset (clang) in build-fuzz, runs the model, lint, layout
# and exporter tests there, then each libFuzzer harness for SEAM_FUZZ_SECONDS
# (default 60) from the seed corpus. Any sanitizer report, leak, crash, hang or
# failed test fails the script. Extra arguments go to the tests' ctest.
# Sanitizer options and suppressions: CMakePresets.json (test preset "fuzz").
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

command -v clang++ > /dev/null || { echo "test-sanitizers: clang++ is missing (scripts/install-deps.sh installs it)" >&2; exit 1; }
seconds="${SEAM_FUZZ_SECONDS:-60}"
start=$SECONDS

cmake --preset fuzz -DSEAM_FUZZ_SECONDS="$seconds" > /dev/null
# Only what the tests below and the fuzzers run (no editor, no benchmarks, not the
# executables that only the spec validators' tests use): the build is most of this
# script's time.
tests_json="$(mktemp)"
trap 'rm -f "$tests_json"' EXIT
ctest --preset fuzz --show-only=json-v1 -LE validators > "$tests_json"
mapfile -t targets < <(cmake -DTESTS_JSON="$tests_json" -DBUILD_DIR="$root/build-fuzz" \
                             -P scripts/ctest-executables.cmake | grep .)
cmake --build --preset fuzz --parallel "$(nproc)" --target seam-cli fuzz_corpus "${targets[@]}"
echo "test-sanitizers: built in $((SECONDS - start)) s"

# The spec validators (npm) are exercised by scripts/test.sh; here only Seam's code matters.
ctest --preset fuzz --parallel "$(nproc)" -LE 'validators|fuzz' "$@"
echo "test-sanitizers: tests passed under ASan/UBSan after $((SECONDS - start)) s"

# All harnesses at once: each is bounded by wall time, not by executions.
ctest --preset fuzz --parallel 3 -L fuzz
echo "test-sanitizers: fuzzers found nothing in ${seconds} s each; total $((SECONDS - start)) s"
