#!/usr/bin/env bash
# Installs the real spec validators the exporter tests run, when missing:
#   Debian: chromium (for mermaid-cli), protobuf-compiler (protoc + well-known types), nodejs/npm,
#           prometheus (promtool, for the SLO rules)
#   npm:    tools/validators (redocly, @asyncapi/parser, ajv-cli, graphql, mermaid-cli,
#           kubernetes-models, @kubernetes-models/istio, @grpc/grpc-js-xds for Envoy's v3 API
#           protos) via `npm ci`
# Idempotent: a second run only checks. Prints what it does. Exit status non-zero on failure.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
validators="$root/tools/validators"

say() { echo "install-validators: $*"; }

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo > /dev/null; then sudo_cmd=(sudo); fi
fi

missing_apt=()
[ -x /usr/bin/chromium ] || missing_apt+=(chromium)
command -v protoc > /dev/null || missing_apt+=(protobuf-compiler)
# protoc resolves google/protobuf/*.proto imports from /usr/include.
[ -f /usr/include/google/protobuf/struct.proto ] || missing_apt+=(libprotobuf-dev)
command -v node > /dev/null || missing_apt+=(nodejs)
command -v npm > /dev/null || missing_apt+=(npm)
command -v promtool > /dev/null || missing_apt+=(prometheus)

if [ ${#missing_apt[@]} -gt 0 ]; then
    say "apt-get install ${missing_apt[*]}"
    export DEBIAN_FRONTEND=noninteractive
    # A stale package list makes install fail on superseded security updates.
    "${sudo_cmd[@]}" apt-get update -qq
    "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing_apt[@]}"
else
    say "Debian packages present (chromium, protoc, well-known protos, node, npm, promtool)"
fi

# node_modules is stale when package-lock.json changed since the last `npm ci`
# (npm keeps its own copy of the lock at node_modules/.package-lock.json).
stamp="$validators/node_modules/.seam-installed-lock"
if [ -f "$stamp" ] && cmp -s "$stamp" "$validators/package-lock.json"; then
    say "tools/validators/node_modules up to date"
else
    say "npm ci in tools/validators (PUPPETEER_SKIP_DOWNLOAD=1: Debian's chromium is used)"
    (cd "$validators" && PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
    cp "$validators/package-lock.json" "$stamp"
fi

for tool in redocly ajv mmdc; do
    [ -x "$validators/node_modules/.bin/$tool" ] || { say "missing $tool after install"; exit 1; }
done
[ -f "$validators/node_modules/@kubernetes-models/istio/package.json" ] || { say "missing @kubernetes-models/istio after install"; exit 1; }
[ -f "$validators/node_modules/@grpc/grpc-js-xds/deps/envoy-api/envoy/config/bootstrap/v3/bootstrap.proto" ] || { say "missing Envoy's protos (@grpc/grpc-js-xds) after install"; exit 1; }
say "ready: $(protoc --version), node $(node --version), $(/usr/bin/chromium --version 2>/dev/null | head -1), $(promtool --version 2>&1 | head -1)"
