#!/usr/bin/env bash
# Lighthouse scores of PolicyKB's home, document and search pages, desktop and mobile, in Debian's headless chromium.
#
#   npm ci --prefix tests/lighthouse            # once: Lighthouse pinned by tests/lighthouse/package-lock.json
#   tools/lighthouse.sh http://127.0.0.1:5000 [MIN_SCORE] [DOCUMENT_ID]
#
# Prints one line per page and form factor (the four category scores, first contentful paint, largest contentful
# paint, layout shift) and exits 1 when any category is below MIN_SCORE (default 95). Reports go to
# $LIGHTHOUSE_OUT (default a temporary folder), one JSON file per run. Run by LighthouseTests when POLICYKB_LIGHTHOUSE=1.
set -euo pipefail
base="${1:?usage: tools/lighthouse.sh BASE_URL [MIN_SCORE] [DOCUMENT_ID]}"
base="${base%/}"
min="${2:-95}"
document="${3:-son-duong-2021-cong-tac-y-te-huyen}"
root="$(cd "$(dirname "$0")/.." && pwd)"
lighthouse="$root/tests/lighthouse/node_modules/.bin/lighthouse"
[ -x "$lighthouse" ] || { echo "Lighthouse is not installed: run npm ci --prefix tests/lighthouse" >&2; exit 2; }
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
out="${LIGHTHOUSE_OUT:-$(mktemp -d)}"
mkdir -p "$out"

pages=("home|/" "document|/#/doc/$document" "search|/#/?q=y%20t%E1%BA%BF%20c%C6%A1%20s%E1%BB%9F")
failed=0
for form in desktop mobile; do
  preset=()
  [ "$form" = desktop ] && preset=(--preset=desktop)
  for entry in "${pages[@]}"; do
    name="${entry%%|*}"
    report="$out/$form-$name.json"
    # --no-sandbox: chromium's sandbox needs user namespaces, which CI containers often lack.
    "$lighthouse" "$base${entry#*|}" "${preset[@]}" --quiet --output=json --output-path="$report" \
      --only-categories=performance,accessibility,best-practices,seo \
      --chrome-flags="--headless=new --no-sandbox --disable-gpu" >/dev/null 2>"$out/$form-$name.log" \
      || { echo "$form $name: lighthouse failed (see $out/$form-$name.log)"; failed=1; continue; }
    node -e '
      const r = require(process.argv[1]), min = +process.argv[2], a = r.audits;
      const scores = Object.values(r.categories).map(c => [c.id, Math.round(c.score * 100)]);
      const low = scores.filter(([, s]) => s < min);
      console.log(`${process.argv[3].padEnd(8)} ${process.argv[4].padEnd(9)} ` + scores.map(([id, s]) => `${id} ${s}`).join(", ") +
        ` | FCP ${a["first-contentful-paint"].displayValue}, LCP ${a["largest-contentful-paint"].displayValue}, CLS ${a["cumulative-layout-shift"].displayValue}` +
        (low.length ? `  BELOW ${min}: ` + low.map(([id]) => id).join(", ") : ""));
      process.exit(low.length ? 1 : 0);' "$report" "$min" "$form" "$name" || failed=1
  done
done
exit "$failed"
