#!/usr/bin/env bash
# Compares ocrmypdf option sets on the same scanned pages: pages/s, peak memory of the largest process, CER of the
# text layer and Tesseract's mean word confidence (the TSV sidecar PolicyKB reads), so an option that saves time is
# kept only when it leaves recognition unchanged. Each variant runs RUNS times (default 2); the best time is reported,
# because the machine is shared and the slower runs measure the neighbours. CPU seconds per page (user + system, the
# tools included) do not depend on the neighbours: 1 / (CPU s per page) is the pace one free core would reach.
# usage: tools/ocr-testset/bench_options.sh [PAGES] [DPI] [RUNS]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
pages="${1:-4}"; dpi="${2:-300}"; runs="${3:-2}"
out="$(mktemp -d)"; trap 'rm -rf "$out"' EXIT
name="bench${dpi}"
/usr/bin/python3 "$root/tools/ocr-testset/make_scans.py" "$root/content/ha-tinh-2024-cung-co-y-te-co-so.txt" "$out" \
  --dpi "$dpi" --pages "$pages" --seed 14 --name "$name"
printf 'tessedit_create_tsv 1\n' > "$out/tsv.cfg"
common=(-l vie+eng --skip-text --output-type pdf --quiet --tesseract-timeout 180 --tesseract-config "$out/tsv.cfg" --keep-temporary-files --pages "1-$pages")
# "ENV | OPTIONS": without OMP_THREAD_LIMIT ocrmypdf picks Tesseract's threads itself (jobs / pages, 1 to 3).
declare -A variants=(
  [1-before]="| --jobs 1"
  [2-no-optimize]="| --jobs 1 --optimize 0 --fast-web-view 999999"
  [3-jobs2]="| --jobs 2 --optimize 0 --fast-web-view 999999"
  [4-jobs2-oem1]="| --jobs 2 --optimize 0 --fast-web-view 999999 --tesseract-oem 1"
  [5-jobs2-psm6]="| --jobs 2 --optimize 0 --fast-web-view 999999 --tesseract-pagesegmode 6"
  [6-jobs1-omp2]="OMP_THREAD_LIMIT=2 | --jobs 1 --optimize 0 --fast-web-view 999999"
  [7-jobs2-vie]="| --jobs 2 --optimize 0 --fast-web-view 999999 -l vie"
)
for variant in $(printf '%s\n' "${!variants[@]}" | sort); do
  best=""
  for run in $(seq "$runs"); do
    work="$out/$variant-$run"; mkdir -p "$work"
    # shellcheck disable=SC2086
    environment="${variants[$variant]%%|*}"; options="${variants[$variant]#*|}"
    (cd "$work" && env TMPDIR="$work" $environment /usr/bin/time -f "%e %M %U %S" -o "$work/time" \
      ocrmypdf "${common[@]}" $options "$out/$name.pdf" "$work/out.pdf" 2> "$work/stderr")
    read -r seconds kb user system < "$work/time"
    if [[ -z "$best" ]] || awk -v a="$seconds" -v b="${best%% *}" 'BEGIN { exit !(a < b) }'; then best="$seconds $kb $user $system $run"; fi
  done
  read -r seconds kb user system run <<< "$best"
  quality=$(/usr/bin/python3 "$root/tools/ocr-testset/cer.py" "$out/$variant-$run/out.pdf" "$out" "$name" "$pages" "$out/$variant-$run")
  awk -v v="$variant" -v p="$pages" -v s="$seconds" -v kb="$kb" -v c="$(awk -v u="$user" -v y="$system" 'BEGIN { print u + y }')" -v q="$quality" -v o="${variants[$variant]}" \
    'BEGIN { printf "%-14s %d pages in %5.1f s = %.2f pages/s, CPU %.2f s/page (%.2f pages/s a free core), peak %3.0f MB, %s  [%s]\n", v, p, s, p / s, c / p, p / c, kb / 1024, q, o }'
done
