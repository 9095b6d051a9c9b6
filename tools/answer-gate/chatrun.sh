#!/bin/bash
# chatrun.sh REPO OUT SPLIT...   (SETS="answers-unseen-16 ..." required; FRESH=1 re-ingests; DATA=dir of per-set data, default OUT/data)
# Runs `policykb eval-answers tests/eval/SET.jsonl --split SPLIT --json` for each set and split; split "all" = no --split.
set -u
REPO=$(cd "$1" && pwd); OUT=$2; shift 2
if [ -z "${SETS:-}" ] || [ $# -eq 0 ]; then echo "chatrun: give SETS=... and at least one split (dev|test|all)" >&2; exit 2; fi
mkdir -p "$OUT"; OUT=$(cd "$OUT" && pwd)
DATA=${DATA:-$OUT/data}; mkdir -p "$DATA"
CLI=$REPO/src/PolicyKB.Cli/bin/Release/net10.0/policykb
for s in $SETS; do
  d=$DATA/$s
  if [ "${FRESH:-0}" = 1 ] || [ ! -f "$d/.ingested" ]; then
    rm -rf "$d"
    files=""
    [ -f "$REPO/tests/eval/$s.files" ] && files=$(grep -v '^#' "$REPO/tests/eval/$s.files" | sed '/^\s*$/d')
    (cd "$REPO" && $CLI --data "$d" ingest content $files) > "$OUT/$s.ingest.log" 2>&1
    if grep -q " 0 lỗi" "$OUT/$s.ingest.log"; then touch "$d/.ingested"; else echo "chatrun: INGEST ERRORS for $s (see $OUT/$s.ingest.log); is ../shared beside $REPO?" >&2; fi
  fi
  for sp in "$@"; do
    arg="--split $sp"; [ "$sp" = all ] && arg=""
    (cd "$REPO" && $CLI --data "$d" eval-answers "tests/eval/$s.jsonl" $arg --json) > "$OUT/$s.$sp.json" 2> "$OUT/$s.$sp.err"
  done
done
