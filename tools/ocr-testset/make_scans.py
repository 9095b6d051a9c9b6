#!/usr/bin/python3
"""Makes an OCR test set from real text: pages rendered as a printer would, then "scanned" with mild noise.

Each page is typeset from the text (DejaVu Serif 12 pt, A4, 2.5 cm margins), rotated by a random angle within
+-1 degree, blurred slightly, speckled, and saved as a JPEG at the given quality; the pages are wrapped into an
image-only PDF with img2pdf. The text of each page, exactly as typeset, is written beside it as the reference.
A Markdown source (.md, or any with --as-printed: several corpus .txt files carry "**" emphasis) is typeset as
printed, without its markup. Deterministic for a given --seed. Uses Debian's python3-pil (an ocrmypdf dependency) and img2pdf; nothing is fetched.

usage: make_scans.py TEXT OUT_DIR --dpi 300 --pages 2 [--first-page 1] [--seed 14] [--quality 70] [--name scan] [--keep-images] [--as-printed]
writes OUT_DIR/NAME.pdf and OUT_DIR/NAME-pN.txt (reference text of page N of the PDF).
"""
import argparse
import random
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

# DejaVu Serif (fonts-dejavu-core) draws every Vietnamese letter; Debian's Liberation 1.07 lacks the precomposed ones.
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"


# LaTeX commands Markdown converters leave in formulas ("$\\geq 85$"), as the printed page shows them.
LATEX = {"geq": "≥", "leq": "≤", "ge": "≥", "le": "≤", "times": "×", "pm": "±", "%": "%", "neq": "≠", "approx": "≈"}


def as_printed(line):
    """A Markdown line as a reader sees it printed: no heading hashes, emphasis stars, escapes, table pipes or formula
    markup (a scan shows formatted text, never "**" or "#")."""
    line = re.sub(r"^\s{0,3}#{1,6}\s+", "", line)
    line = re.sub(r"\$([^$]*)\$", lambda m: re.sub(r"\\([A-Za-z]+|%)", lambda c: LATEX.get(c.group(1), ""), m.group(1)), line)
    line = re.sub(r"(\*\*|__)(.+?)\1", r"\2", line)
    line = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"\1", line)
    line = line.replace("**", "")
    line = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", line)
    line = re.sub(r"\\([\\`*_{}\[\]()#+\-.!|])", r"\1", line)
    if re.fullmatch(r"\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*", line):
        return ""
    if line.strip().startswith("|"):
        line = "   ".join(cell.strip() for cell in line.strip().strip("|").split("|"))
    return line


def paragraphs(text, markdown=False):
    """Non-empty paragraphs of the source, with Word bookmark debris removed (it is not page text); Markdown as printed."""
    text = unicodedata.normalize("NFC", text)
    for raw in text.splitlines():
        line = re.sub(r"\[bookmark: [^\]]*\]", "", raw)
        if markdown:
            line = as_printed(line)
        line = re.sub(r"\s+", " ", line).strip()
        if line:
            yield line


def wrap(paragraph, font, width):
    words, line = paragraph.split(" "), ""
    for word in words:
        candidate = word if not line else line + " " + word
        if font.getlength(candidate) <= width or not line:
            line = candidate
        else:
            yield line
            line = word
    if line:
        yield line


def typeset(text, dpi, markdown=False):
    """Lines of every page, A4 at the given resolution."""
    font = ImageFont.truetype(FONT, round(12 * dpi / 72))
    width, height, margin = round(8.27 * dpi), round(11.69 * dpi), round(dpi / 2.54 * 2.5)
    line_height = round(12 * dpi / 72 * 1.5)
    per_page = (height - 2 * margin) // line_height
    lines = [l for p in paragraphs(text, markdown) for l in wrap(p, font, width - 2 * margin)]
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)]
    return pages, font, (width, height), margin, line_height


def scan(lines, font, size, margin, line_height, rng, quality, dpi, path):
    page = Image.new("L", size, 255)
    draw = ImageDraw.Draw(page)
    for i, line in enumerate(lines):
        draw.text((margin, margin + i * line_height), line, font=font, fill=rng.randint(0, 40))
    page = page.rotate(rng.uniform(-1.0, 1.0), resample=Image.BICUBIC, expand=False, fillcolor=255)
    page = page.filter(ImageFilter.GaussianBlur(radius=0.5 * dpi / 300))
    pixels = page.load()
    for _ in range(size[0] * size[1] // 1000):  # speckle: a dust dot on 0.1 % of the pixels
        x, y = rng.randrange(size[0]), rng.randrange(size[1])
        pixels[x, y] = rng.randint(0, 255)
    page.save(path, "JPEG", quality=quality, dpi=(dpi, dpi))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("text")
    parser.add_argument("out")
    parser.add_argument("--dpi", type=int, default=300)
    parser.add_argument("--pages", type=int, default=1)
    parser.add_argument("--first-page", type=int, default=1)
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--quality", type=int, default=70)
    parser.add_argument("--name", default="scan")
    parser.add_argument("--keep-images", action="store_true", help="keep NAME-pN.jpg beside the PDF")
    parser.add_argument("--as-printed", action="store_true", help="typeset Markdown markup in a .txt as printed too (.md always is)")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(args.seed)
    pages, font, size, margin, line_height = typeset(Path(args.text).read_text(encoding="utf-8"), args.dpi, args.as_printed or args.text.endswith(".md"))
    chosen = pages[args.first_page - 1:args.first_page - 1 + args.pages]
    if not chosen:
        sys.exit(f"{args.text} has only {len(pages)} pages")
    images = []
    for n, lines in enumerate(chosen, start=1):
        image = out / f"{args.name}-p{n}.jpg"
        scan(lines, font, size, margin, line_height, rng, args.quality, args.dpi, image)
        (out / f"{args.name}-p{n}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        images.append(str(image))
    subprocess.run(["img2pdf", *images, "-o", str(out / f"{args.name}.pdf")], check=True)
    if not args.keep_images:
        for image in images:
            Path(image).unlink()


if __name__ == "__main__":
    main()
