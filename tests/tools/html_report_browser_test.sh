#!/usr/bin/env bash
# The HTML report as a reader opens it: ingests the sample plus a hostile
# article into a scratch database, writes the HTML report, loads it in
# headless Chromium and checks the rendered DOM: controversies, the SVG
# drawing and the evidence are there, and nothing from article text ran
# (no script or img element, title and body untouched). Keeps the report,
# the DOM and a screenshot in ARTIFACT_DIR.
#
# usage: html_report_browser_test.sh CLAIMGRAPH_BINARY FIXTURES_DIR ARTIFACT_DIR
set -euo pipefail
bin=$1
fixtures=$2
artifacts=$3

fail() { echo "FAIL: $*" >&2; exit 1; }

chromium=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}
[ -n "$chromium" ] || fail "chromium is not installed: run 'make test' (tools/install-deps.sh --test installs Debian's chromium)"

mkdir -p "$artifacts"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
report="$artifacts/report.html"
dom="$artifacts/report.dom.html"
shot="$artifacts/report.png"
rm -f "$report" "$dom" "$shot"

"$bin" --db "$work/test.db" -q ingest "$fixtures/sample" "$fixtures/report/hostile.jsonl"
"$bin" --db "$work/test.db" -q report --format html -o "$report"

flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run
       --disable-background-networking --disable-component-update --disable-sync
       --user-data-dir="$work/profile")
timeout 180 "$chromium" "${flags[@]}" --dump-dom "file://$report" > "$dom" 2> "$work/chromium.log" ||
  { cat "$work/chromium.log" >&2; fail "chromium --dump-dom failed"; }
timeout 180 "$chromium" "${flags[@]}" --window-size=1280,2000 --screenshot="$shot" "file://$report" \
  >> "$work/chromium.log" 2>&1 || { cat "$work/chromium.log" >&2; fail "chromium --screenshot failed"; }

expect() { grep -q -- "$1" "$dom" || fail "rendered DOM lacks $2"; }
forbid() { if grep -qi -- "$1" "$dom"; then fail "rendered DOM has $2"; fi; }

expect '<section class="controversy" id="controversy-' "a controversy section"
expect '<svg' "the inline SVG drawing"
expect 'class="node"' "claim nodes in the drawing"
expect '<blockquote>' "quoted evidence"
expect 'Jens Stoltenberg' "the sample's speakers"
expect "&lt;script&gt;document.title='PWNED'&lt;/script&gt;" "the hostile text, shown as text"
expect 'Hostile &lt;script&gt;alert(1)&lt;/script&gt; Wire' "the hostile outlet, shown as text"
grep -q '<title>Claim graph report</title>' "$dom" || fail "document.title was changed"
forbid '<script' "a script element"
forbid '<img' "an img element from article text"
forbid '<body[^>]*data-pwned' "the attribute the onerror payload sets"
forbid '<b>bold</b>' "markup from an article title"
[ -s "$shot" ] || fail "no screenshot"
[ "$(stat -c %s "$shot")" -gt 20000 ] || fail "screenshot is suspiciously small"
echo "ok: report $report, screenshot $shot"
