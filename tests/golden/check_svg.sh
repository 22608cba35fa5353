#!/usr/bin/env bash
# Renders a timeline to SVG and checks that it is well-formed XML that an independent SVG
# renderer (librsvg) converts, at the size the SVG declares in px.
# Usage: check_svg.sh DATELINES INPUT...
set -euo pipefail
datelines=$1
shift
for tool in xmllint rsvg-convert; do
	if ! command -v "$tool" > /dev/null; then
		echo "SKIP: $tool not installed"
		exit 77
	fi
done
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
"$datelines" render -o "$dir/t.svg" "$@"
xmllint --noout "$dir/t.svg"
echo "PASS: xmllint accepts the SVG"
width=$(xmllint --xpath 'string(/*[local-name()="svg"]/@width)' "$dir/t.svg")
height=$(xmllint --xpath 'string(/*[local-name()="svg"]/@height)' "$dir/t.svg")
case "$width$height" in
*px*px) ;;
*) echo "FAIL: SVG size is not in px: width=$width height=$height"; exit 1 ;;
esac
rsvg-convert -o "$dir/t.png" "$dir/t.svg"
# The PNG's IHDR holds width and height as big-endian 32-bit numbers at bytes 16..23.
read -r -a b <<< "$(od -An -tu1 -j16 -N8 "$dir/t.png")"
png_size="$(( (b[0] << 24) | (b[1] << 16) | (b[2] << 8) | b[3] )) x $(( (b[4] << 24) | (b[5] << 16) | (b[6] << 8) | b[7] ))"
expected="${width%px} x ${height%px}"
if [ "$png_size" != "$expected" ]; then
	echo "FAIL: rsvg-convert made $png_size, the SVG says $expected"
	exit 1
fi
echo "PASS: rsvg-convert renders it ($expected)"
