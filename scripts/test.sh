#!/usr/bin/env bash
# Installs what is missing (Debian packages, the npm spec validators), checks the C++ format,
# builds, and runs the whole test suite with ctest, then Seam's own code again under ASan/UBSan
# with a bounded fuzz run (scripts/test-sanitizers.sh). Extra arguments go to ctest
# (e.g. -L validators) and make it a partial run: the sanitizer pass is then left out.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

"$root/scripts/install-deps.sh"
"$root/scripts/check-format.sh"
"$root/scripts/install-validators.sh"
"$root/scripts/build.sh"

(cd "$root/build" && ctest --output-on-failure --parallel "$(nproc)" --timeout 900 "$@")
if [ $# -eq 0 ]; then
    "$root/scripts/test-sanitizers.sh"
fi
