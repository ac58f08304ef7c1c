#!/usr/bin/env bash
# Re-render the hicolor PNG icons from the SVG (needs rsvg-convert: Debian's librsvg2-bin).
# The PNGs are committed, so building or installing never needs this; run it after editing the SVG.
set -euo pipefail
cd "$(dirname "$0")/../../resources/icons"
ID=org.briefingbuilder.BriefingBuilder
for s in 16 22 24 32 48 64 128 256; do
  mkdir -p "hicolor/${s}x${s}/apps"
  rsvg-convert -w "$s" -h "$s" "$ID.svg" -o "hicolor/${s}x${s}/apps/$ID.png"
done
echo "rendered $(ls hicolor | wc -l) sizes from $ID.svg"
