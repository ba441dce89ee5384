#!/usr/bin/env bash
# Installs what is missing (Debian packages, the npm spec validators), builds,
# and runs the whole test suite with ctest. Extra arguments go to ctest (e.g. -L validators).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

"$root/scripts/install-deps.sh"
"$root/scripts/install-validators.sh"
"$root/scripts/build.sh"

cd "$root/build"
ctest --output-on-failure --parallel "$(nproc)" --timeout 900 "$@"
