#!/usr/bin/env bash
# Speed and memory of OCR on the generated test set: makes the scans (as OcrTestSet in the tests does), then runs
# ocrmypdf with the arguments OcrEngine uses and prints pages/s and peak resident memory (largest process, KB).
# usage: tools/ocr-testset/measure.sh [OUT_DIR]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
out="${1:-$(mktemp -d)}"
make() { /usr/bin/python3 "$root/tools/ocr-testset/make_scans.py" "$root/content/$1" "$out" --dpi "$2" --pages "$3" --seed "$4" --name "$5"; }
make ha-tinh-2024-cung-co-y-te-co-so.txt 300 2 14 ha-tinh-2024-300dpi
make ha-tinh-2021-thi-dua-nganh-y-te.txt 200 1 7 ha-tinh-2021-200dpi
for name in ha-tinh-2024-300dpi ha-tinh-2021-200dpi; do
  pages=$(pdfinfo "$out/$name.pdf" | awk '/^Pages:/ {print $2}')
  OMP_THREAD_LIMIT=1 /usr/bin/time -f "%e %M %U %S" -o "$out/$name.time" ocrmypdf -l vie+eng --skip-text --output-type pdf \
    --optimize 0 --fast-web-view 999999 --jobs "$(nproc)" --quiet --tesseract-timeout 180 "$out/$name.pdf" "$out/$name-ocr.pdf"
  read -r seconds kb user system < "$out/$name.time"
  awk -v n="$name" -v p="$pages" -v s="$seconds" -v kb="$kb" -v c="$user" -v y="$system" \
    'BEGIN { printf "%s: %d page(s) in %.1f s = %.2f pages/s (CPU %.2f s/page), peak memory %.0f MB (largest process)\n", n, p, s, p / s, (c + y) / p, kb / 1024 }'
done
