#!/bin/bash
# fullrun.sh REPO OUT : every set's halves (tuning, blind, seed+facts; -17 when it exists). DATA/FRESH passed through.
REPO=$1; OUT=$2
ALL="answers-unseen answers-unseen-2 answers-unseen-3 answers-unseen-4 answers-unseen-5 $(for i in $(seq 6 99); do [ -f $REPO/tests/eval/answers-unseen-$i.jsonl ] && echo answers-unseen-$i; done) answers-dev-5 answers-dev-6 answers-facts answers-facts-heldout"
SETS="$ALL" $(dirname "$0")/chatrun.sh "$REPO" "$OUT" dev test
SETS=answers $(dirname "$0")/chatrun.sh "$REPO" "$OUT" all
echo finished > "$OUT/DONE"
