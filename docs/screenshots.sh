#!/usr/bin/env bash
# Remakes the screenshots in docs/ from the shipped Gateshead 2015 fixture: the HTML report, the
# letter and the serve page, each at 1200 and 390 pixels wide, with Debian's headless chromium
# (apt-get install chromium). Run from the checkout: bash docs/screenshots.sh
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'kill "${serve_pid:-}" 2>/dev/null || true; rm -rf "$work"' EXIT

shoot() { # WIDTH HEIGHT URL OUT
  chromium --headless=new --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --hide-scrollbars \
    --user-data-dir="$work/profile" --virtual-time-budget=8000 \
    --window-size="$1,$2" --screenshot="$4" "$3" 2>/dev/null
}

fixture=fixtures/seeds/gateshead-2015.yaml
./selfcheck check "$fixture" --format html --output "$work/report.html"
./selfcheck check "$fixture" --letter --format html --output "$work/letter.html"
shoot 1200 2300 "file://$work/report.html" docs/report-1200.png
shoot 390 2000 "file://$work/report.html" docs/report-390.png
shoot 1200 2300 "file://$work/letter.html" docs/letter-1200.png
shoot 390 2000 "file://$work/letter.html" docs/letter-390.png

cp "$fixture" "$work/gateshead-2015.yaml"
./selfcheck serve "$work/gateshead-2015.yaml" > "$work/serve.out" 2> "$work/serve.err" &
serve_pid=$!
for _ in $(seq 1 120); do [ -s "$work/serve.out" ] && break; sleep 0.5; done
url=$(head -n 1 "$work/serve.out")
[ -n "$url" ] || { cat "$work/serve.err" >&2; exit 1; }
shoot 1200 2300 "$url" docs/serve-1200.png
shoot 390 2000 "$url" docs/serve-390.png
echo "screenshots written to docs/" >&2
