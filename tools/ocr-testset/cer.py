#!/usr/bin/python3
"""Character error rate of an OCR'd PDF against make_scans.py's reference pages, and Tesseract's mean word confidence.

Two CERs: "layer", the text layer read with pdftotext (poppler-utils; a proxy for PdfPig, which can order a line
differently), and "tsv", Tesseract's own words in its reading order (what an option changing recognition changes).
The CER the product reaches is measured through PolicyKB's own decoder by OcrTestSetTests.
usage: cer.py OCR_PDF REFERENCE_DIR NAME PAGES [TSV_DIR]
prints "layer=0.0389 tsv=0.0031 confidence=96.0 words=2029" (the last three only with TSV_DIR).
"""
import re
import subprocess
import sys
import unicodedata
from pathlib import Path


def normalize(text):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def distance(a, b):
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            current[j] = min(previous[j - 1] + (a[i - 1] != b[j - 1]), previous[j] + 1, current[j - 1] + 1)
        previous = current
    return previous[len(b)]


def main():
    pdf, folder, name, pages = sys.argv[1], Path(sys.argv[2]), sys.argv[3], int(sys.argv[4])
    edits = length = 0
    for page in range(1, pages + 1):
        reference = normalize((folder / f"{name}-p{page}.txt").read_text())
        text = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), "-layout", pdf, "-"], capture_output=True, text=True, check=True).stdout
        edits += distance(reference, normalize(text))
        length += len(reference)
    line = f"layer={edits / length:.4f}"
    if len(sys.argv) > 5:
        words = total = tsv_edits = 0
        for page in range(1, pages + 1):
            recognised = []
            for tsv in Path(sys.argv[5]).rglob(f"{page:06d}_ocr_tess.tsv"):
                for row in tsv.read_text().splitlines()[1:]:
                    cells = row.split("\t")
                    if len(cells) == 12 and cells[0] == "5" and cells[11].strip() and float(cells[10]) >= 0:
                        words += 1
                        total += float(cells[10])
                        recognised.append(cells[11])
            tsv_edits += distance(normalize((folder / f"{name}-p{page}.txt").read_text()), normalize(" ".join(recognised)))
        line += f" tsv={tsv_edits / length:.4f} confidence={total / words:.1f} words={words}" if words else " tsv=none"
    print(line)


if __name__ == "__main__":
    main()
