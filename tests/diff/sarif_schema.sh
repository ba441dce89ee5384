#!/usr/bin/env bash
# `seam-cli diff --format sarif` validates against the official SARIF 2.1.0 JSON schema (from the
# @microsoft/sarif-multitool-linux npm package), for a diff with breaking changes, SLA changes and
# lint changes, and for one with no change; the check itself must reject a wrong version.
# Usage: sarif_schema.sh SEAM_CLI VALIDATORS_DIR DIFF_DATA_DIR
set -euo pipefail
cli=$1 validators=$2 data=$3
schema="$validators/node_modules/@microsoft/sarif-multitool-linux/sarif-2.1.0.json"
[ -f "$schema" ] || { echo "FAIL: SARIF schema not installed at $schema (run scripts/install-validators.sh)"; exit 1; }
source "$(dirname "${BASH_SOURCE[0]}")/../common/validators.sh"

validate() { "$ajv" validate --spec=draft2020 --strict=false -c ajv-formats -s "$schema" -d "$1"; }

before="$data/bakery-before.seam.yaml"
# Every section of the report at once: a removed field, a worse SLA, a new and a resolved finding.
sed -e 's/availability: 99.9,/availability: 99.5,/' -e 's/    timeout_ms: 2000/    timeout_ms: 2000\n    rate_limit: {requests: 50, per: second}/' \
    -e 's/  - id: ovens$/  - id: pantry\n    kind: database\n  - id: ovens/' \
    "$data/bakery-total-removed.seam.yaml" > "$work/everything.seam.yaml"

passed=0 failed=0
check() { # NAME NEW [expected status]
    local out="$work/$1.json" status=0
    "$cli" diff "$before" "$2" --format sarif > "$out" || status=$?
    if [ "$status" -ne "$3" ]; then echo "FAIL: seam-cli diff exited $status on $1, expected $3"; failed=$((failed + 1)); return; fi
    if validate "$out"; then passed=$((passed + 1)); else echo "FAIL: $out does not match the SARIF schema"; failed=$((failed + 1)); fi
}
check everything "$work/everything.seam.yaml" 1
check unchanged "$before" 0
for expected in '"ruleId": "field-removed"' '"ruleId": "availability-lowered"' '"ruleId": "orphan-component"'; do
    if grep -q "$expected" "$work/everything.json"; then passed=$((passed + 1)); else echo "FAIL: no $expected result"; failed=$((failed + 1)); fi
done

sed 's/"version": "2.1.0"/"version": "2.0.0"/' "$work/everything.json" > "$work/broken.json"
if validate "$work/broken.json" > /dev/null 2>&1; then
    echo "FAIL: the schema check accepted a SARIF log with version 2.0.0"; failed=$((failed + 1))
else
    passed=$((passed + 1))
fi

echo "diff sarif-schema: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
