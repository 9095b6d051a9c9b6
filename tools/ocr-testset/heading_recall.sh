#!/usr/bin/env bash
# Heading and citation recall of scanned documents against their text versions, dev and test splits, with and
# without the OCR heading repair (OcrHeadingRecallTests.Full_measure...). Whole documents are typeset and scanned at
# 300 dpi, OCR'd by the product's decoder and ingested by the real steps. CACHE_DIR (optional) keeps the decoded scans
# so a second run skips OCR (delete it after changing the decoder or make_scans.py).
# usage: tools/ocr-testset/heading_recall.sh [CACHE_DIR]   (build first: dotnet build PolicyKB.sln -c Release)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
export POLICYKB_OCR_MEASURE="${1:-1}"
cd "$root"
dotnet test PolicyKB.sln -c Release --no-build --filter "FullyQualifiedName~OcrHeadingRecallTests.Full_measure" \
  --logger "console;verbosity=detailed" 2>&1 | grep -E "^\s*(dev|test|ci|lost|Passed|Failed|Total)|    lost|Error" || true
