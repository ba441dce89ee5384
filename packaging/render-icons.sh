#!/usr/bin/env bash
# Renders icons/seam.svg into the hicolor PNG sizes committed under icons/hicolor/.
# Run after editing the SVG (needs rsvg-convert: apt-get install librsvg2-bin). The PNGs are
# committed so that building the package needs no SVG renderer.
set -euo pipefail
cd "$(dirname "$0")/icons"
for size in 16 22 24 32 48 64 128 256; do
    mkdir -p "hicolor/${size}x${size}"
    rsvg-convert -w "$size" -h "$size" seam.svg -o "hicolor/${size}x${size}/seam.png"
done
