#!/bin/bash
# searchrun.sh REPO OUT : the search gate (issue #15). Hybrid (+ the shipped reranker, as appsettings.json has it)
# `policykb eval --json` of seed-queries and paraphrase-queries over content/, and of the blind paraphrase-unseen,
# -2 and -3 over content/ plus their .files, each in its own knowledge base under OUT/data (FRESH=1 re-ingests).
# Prints MRR@10 and R@10 per file (searchsum.py).
set -u
REPO=$(cd "$1" && pwd); OUT=$2; mkdir -p "$OUT"; OUT=$(cd "$OUT" && pwd)
CLI=$REPO/src/PolicyKB.Cli/bin/Release/net10.0/policykb
run() {  # run NAME QUERYFILE [FILES-LIST]
  local d=$OUT/data/$1 files=""
  if [ "${FRESH:-0}" = 1 ] || [ ! -f "$d/.ingested" ]; then
    rm -rf "$d"; mkdir -p "$d"
    [ -n "${3:-}" ] && files=$(grep -v '^#' "$REPO/$3" | sed '/^\s*$/d')
    (cd "$REPO" && $CLI --data "$d" ingest content $files) > "$OUT/$1.ingest.log" 2>&1 && touch "$d/.ingested"
  fi
  (cd "$REPO" && $CLI --data "$d" eval "$2" --modes hybrid --json) > "$OUT/$1.json" 2> "$OUT/$1.err"
}
run content tests/eval/seed-queries.jsonl
cp "$OUT/content.json" "$OUT/seed-queries.json"
(cd "$REPO" && $CLI --data "$OUT/data/content" eval tests/eval/paraphrase-queries.jsonl --modes hybrid --json) > "$OUT/paraphrase-queries.json" 2> "$OUT/paraphrase-queries.err"
for s in paraphrase-unseen paraphrase-unseen-2 paraphrase-unseen-3; do run "$s" "tests/eval/$s.jsonl" "tests/eval/$s.files"; done
python3 "$(dirname "$0")/searchsum.py" "$OUT"
