#!/usr/bin/env bash
# `seam-cli lint --format sarif` output validates against the official SARIF 2.1.0
# JSON schema (shipped in the @microsoft/sarif-multitool-linux npm package), for
# every example: the clean ones, the one with suppressions and the one with 35 findings.
# Usage: sarif_schema.sh SEAM_CLI VALIDATORS_DIR EXAMPLES_DIR
set -euo pipefail
cli=$1 validators=$2 examples=$3
schema="$validators/node_modules/@microsoft/sarif-multitool-linux/sarif-2.1.0.json"
[ -f "$schema" ] || { echo "FAIL: SARIF schema not installed at $schema (run scripts/install-validators.sh)"; exit 1; }
source "$(dirname "${BASH_SOURCE[0]}")/../common/validators.sh"

validate() { "$ajv" validate --spec=draft2020 --strict=false -c ajv-formats -s "$schema" -d "$1"; }

passed=0 failed=0
for model in "$examples"/*.seam.yaml; do
    out="$work/$(basename "$model" .seam.yaml).json"   # ajv picks its parser by extension
    status=0
    "$cli" lint "$model" --format sarif > "$out" || status=$?
    if [ "$status" -gt 1 ]; then
        echo "FAIL: seam-cli lint exited $status on $model"; failed=$((failed + 1)); continue
    fi
    if validate "$out"; then passed=$((passed + 1)); else echo "FAIL: $out does not match the SARIF schema"; failed=$((failed + 1)); fi
done

# The check itself must be able to fail: a log with a wrong version is rejected.
sed 's/"version": "2.1.0"/"version": "2.0.0"/' "$work/legacy-monolith.json" > "$work/broken.json"
if validate "$work/broken.json" > /dev/null 2>&1; then
    echo "FAIL: the schema check accepted a SARIF log with version 2.0.0"; failed=$((failed + 1))
else
    passed=$((passed + 1))
fi

echo "sarif-schema: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
