#!/bin/bash
# gate.sh NAME BRANCH... : a worktree of main with the branches merged in order, built, every set run (fullrun.sh) and
# compared question by question with BASE. Worktrees go to GATES (default ../gates beside the repository, with a
# ../shared link so the .files lists resolve), runs to RUNS (default ../runs). FRESH=1 ingests every set with this
# build (for ingestion changes); otherwise the per-set knowledge bases in RUNS/data-main are reused.
set -u
HERE=$(cd "$(dirname "$0")" && pwd); REPO=$(cd "$HERE/../.." && pwd)
GATES=${GATES:-$REPO/../gates}; RUNS=${RUNS:-$REPO/../runs}; mkdir -p "$GATES" "$RUNS"
[ -e "$GATES/shared" ] || ln -s "$(cd "$REPO/../shared" && pwd)" "$GATES/shared"
NAME=$1; shift; W=$GATES/$NAME; OUT=$RUNS/$NAME; BASE=${BASE:?give BASE=a run folder to compare with}
cd "$REPO"; git worktree remove --force "$W" 2>/dev/null; rm -rf "$W"
git worktree add -q --detach "$W" main
cd "$W"; for b in "$@"; do git merge -q --no-edit "$b" || { echo "merge of $b failed" >&2; exit 1; }; done
dotnet build PolicyKB.sln -c Release 2>&1 | grep -E " error |rror\(s\)"
mkdir -p "$OUT"
if [ "${FRESH:-0}" = 1 ]; then DATA=$OUT/data FRESH=1 "$HERE/fullrun.sh" "$W" "$OUT"; else DATA=$RUNS/data-main "$HERE/fullrun.sh" "$W" "$OUT"; fi
python3 "$HERE/compare.py" "$BASE" "$OUT" tuning blind seedfacts > "$OUT/compare.txt"
cat "$OUT/compare.txt"
