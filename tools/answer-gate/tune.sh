#!/bin/bash
# tune.sh REPO OUT : runs exactly the TUNING material of sets.py (plus the seed and facts floors) — never a blind half.
# Env: DATA (per-set data folders; default OUT/data; reuse one folder per worktree), FRESH=1 re-ingests.
REPO=$1; OUT=$2
SETS="answers-unseen answers-unseen-2 answers-unseen-3 answers-unseen-4 answers-unseen-5" $(dirname "$0")/chatrun.sh "$REPO" "$OUT" dev test
SETS="$(python3 -c "import sys; sys.path.insert(0, '$(dirname "$0")'); from sets import MID; print(' '.join(MID))") answers-dev-5 answers-dev-6 answers-facts" $(dirname "$0")/chatrun.sh "$REPO" "$OUT" dev
SETS="answers-facts answers-facts-heldout" $(dirname "$0")/chatrun.sh "$REPO" "$OUT" test
SETS=answers $(dirname "$0")/chatrun.sh "$REPO" "$OUT" all
python3 $(dirname "$0")/totals.py "$OUT" | grep -E "^/|tuning|seedfacts"
