#!/usr/bin/env bash
# Every example and starter template, and every test model that seam-cli validate accepts
# without a warning, validates with ajv against docs/seam.schema.json (the schema an editor is
# pointed at), and models with a wrong spelling, an unknown key or a missing key do not.
# Usage: schema_examples.sh SEAM_CLI VALIDATORS_DIR SOURCE_DIR
set -euo pipefail
cli=$1 validators=$2 source=$3
schema="$source/docs/seam.schema.json"
[ -f "$schema" ] || { echo "FAIL: $schema is missing"; exit 1; }
source "$(dirname "${BASH_SOURCE[0]}")/../common/validators.sh"

# ajv reads YAML as js-yaml does (YAML 1.2 core, like VS Code's YAML extension).
validate() { "$ajv" validate --spec=draft7 --allow-union-types --all-errors -s "$schema" "$@"; }

failed=0
models=()
for model in "$source"/examples/*.seam.yaml "$source"/examples/*.seam.json; do
    [ -e "$model" ] && models+=("$model")
done
[ "${#models[@]}" -ge 4 ] || { echo "FAIL: only ${#models[@]} examples found in $source/examples"; exit 1; }
examples=${#models[@]}
# The starter templates (seam-cli new, File ▸ New from Template) are models users start from.
for model in "$source"/templates/*.seam.yaml; do
    [ -e "$model" ] && models+=("$model")
done

# Test models are meant to be valid when the reader takes them without a word.
skipped=()
while IFS= read -r model; do
    if "$cli" validate --quiet "$model" > /dev/null 2> "$work/stderr" && ! [ -s "$work/stderr" ]; then
        models+=("$model")
    else
        skipped+=("${model#"$source"/}")
    fi
done < <(find "$source/tests" -name '*.seam.yaml' -o -name '*.seam.json' | sort)

data=()
for model in "${models[@]}"; do data+=(-d "$model"); done
if ! validate "${data[@]}" > "$work/valid.log" 2>&1; then
    echo "FAIL: models the reader accepts do not match the schema:"; cat "$work/valid.log"; failed=1
fi

# The check must be able to fail: each of these is rejected.
cat > "$work/bad-enum.seam.yaml" <<'YAML'
seam: 1
name: bad enum
components: [{id: a, kind: service}, {id: b, kind: service}]
integrations: [{id: a-b, from: a, to: b, pattern: restful}]
YAML
cat > "$work/unknown-key.seam.yaml" <<'YAML'
seam: 1
name: unknown key
components: [{id: a, kind: service, zones: internal}]
YAML
cat > "$work/missing-kind.seam.yaml" <<'YAML'
seam: 1
name: missing kind
components: [{id: a}]
YAML
cat > "$work/out-of-range.seam.yaml" <<'YAML'
seam: 1
name: out of range
components: [{id: a, kind: service, sla: {availability: 101}}]
YAML
for bad in "$work"/bad-enum.seam.yaml "$work"/unknown-key.seam.yaml "$work"/missing-kind.seam.yaml "$work"/out-of-range.seam.yaml; do
    if validate -d "$bad" > /dev/null 2>&1; then
        echo "FAIL: the schema accepts $(basename "$bad")"; failed=1
    fi
done

echo "schema-examples: ${#models[@]} models valid ($examples examples), 4 broken ones rejected;" \
     "${#skipped[@]} test models not meant to be valid (errors or warnings): ${skipped[*]:-none}"
[ "$failed" -eq 0 ]
