# Sourced by the shell tests that run ajv from the npm validators (tools/validators), after
# setting $validators: sets $ajv, failing the test when scripts/install-validators.sh has not
# installed it, and $work, a scratch folder removed when the test exits.
ajv="$validators/node_modules/.bin/ajv"
[ -x "$ajv" ] || { echo "FAIL: ajv not installed at $ajv (run scripts/install-validators.sh)"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
