#!/bin/sh
# Redraws build/icon.png (1024x1024) with ImageMagick 6 `convert`: two overlapping speech bubbles,
# the front one holding a waveform, on a rounded square in the UI's accent blue (theme.css).
# The 100 px margin follows the macOS icon grid; electron-builder derives .icns/.ico from it.
# No date chunks are written, so redrawing gives the same bytes (no spurious diffs).
set -eu
out=$(cd "$(dirname "$0")" && pwd)/icon.png
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"

convert -size 1024x1024 xc:black -fill white -draw "roundrectangle 100,100 923,923 185,185" mask.png
convert -size 1024x1024 gradient:'#4a72e6'-'#1f46b0' grad.png
convert grad.png mask.png -alpha off -compose CopyOpacity -composite base.png

front="roundrectangle 380,400 814,730 92,92"
front_tail="polygon 665,715 782,812 752,705"
convert -size 1024x1024 xc:none -fill white -draw "$front" -draw "$front_tail" front.png
# The back bubble is cut 20 px around the front one so the background shows between them.
convert front.png -channel A -morphology Dilate Disk:20 +channel gap.png
convert -size 1024x1024 xc:none -fill '#a9bfff' \
  -draw "roundrectangle 205,235 645,575 95,95" -draw "polygon 270,540 240,680 400,565" back.png
convert back.png gap.png -compose DstOut -composite back-cut.png

convert base.png back-cut.png -compose Over -composite front.png -compose Over -composite \
  -fill '#2c55c9' \
  -draw "roundrectangle 452,525 488,605 18,18" \
  -draw "roundrectangle 520,480 556,650 18,18" \
  -draw "roundrectangle 588,450 624,680 18,18" \
  -draw "roundrectangle 656,490 692,640 18,18" \
  -draw "roundrectangle 724,528 760,602 18,18" \
  -depth 8 -define png:color-type=6 -define png:exclude-chunks=date,time "$out"
echo "wrote $out"
