#!/usr/bin/env bash
# Installs what is missing, builds, and opens the Seam editor on the bundled example.
# Without a display it says so and runs the command-line tool on the example instead.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
example="${1:-$root/examples/checkout.seam.yaml}"

"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"

cli="$root/build/app/cli/seam-cli"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo
    echo "No display found (DISPLAY and WAYLAND_DISPLAY are unset): running seam-cli on $example instead of the editor."
    echo "On a desktop session, the same command opens the editor."
    echo
    "$cli" validate "$example"
    "$cli" lint "$example" || true
    exit 0
fi
exec "$root/build/app/seam" "$example"
