#!/usr/bin/env bash
# Installs the Debian 12 packages Seam builds and runs with, when missing. Idempotent.
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-declarative-dev qt6-declarative-dev-tools qt6-qpa-plugins qt6-svg-dev libqt6svg6
    qml6-module-qtqml qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-templates
    qml6-module-qtquick-layouts qml6-module-qtquick-shapes qml6-module-qtquick-dialogs qml6-module-qtquick-window
    qml6-module-qtqml-workerscript qml6-module-qtqml-models qml6-module-qttest qml6-module-qt-labs-platform
    qml6-module-qt-labs-settings qml6-module-qtcore
    libgraphviz-dev nlohmann-json3-dev libyaml-cpp-dev libfyaml-dev libbenchmark-dev
    libprotobuf-dev libprotoc-dev protobuf-compiler  # import parses .proto (compiler/importer.h is in libprotoc-dev); tests run protoc
    xvfb xauth libgl1-mesa-dri fonts-dejavu-core
    qml6-module-qt-labs-folderlistmodel dpkg-dev desktop-file-utils appstream lintian shared-mime-info binutils  # packaging (issue 6)
    poppler-utils  # tests read the PDF review pack back (pdftotext, pdftoppm, pdfinfo)
    clang clang-format libclang-rt-14-dev llvm-14  # sanitizers + libFuzzer, llvm-symbolizer for their stacks (scripts/test-sanitizers.sh)
)

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} Debian packages present"
    exit 0
fi

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo > /dev/null || { echo "install-deps: run as root (missing: ${missing[*]})" >&2; exit 1; }
    sudo_cmd=(sudo)
fi
echo "install-deps: apt-get install ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
