#!/usr/bin/env python3
"""Metadata scan: compares each stored document's type, number, issue date and issuer with a best-effort oracle
(../shared/train/SOURCES.tsv: columns file, type, number, date, issuer). Measuring only: the product never reads
the oracle. A disagreement is "product wrong" unless listed in a judgement file (file<TAB>field<TAB>note) as the
oracle's error after reading the text.

usage: scan_documents.py DOCUMENTS_JSON SOURCES_TSV [--files LIST] [--oracle-wrong TSV] [--show FIELD] [--json]
DOCUMENTS_JSON is the output of `policykb --data DIR documents --json`.
"""
import argparse, csv, json, re, sys, unicodedata

FIELDS = ["type", "number", "date", "issuer"]


def fold(s):
    s = unicodedata.normalize("NFC", s or "").upper().replace("Đ", "D")
    s = "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")
    return s


def norm_number(s):
    return re.sub(r"\s+", "", fold(s)).replace("–", "-")


def norm_date(s):
    s = (s or "").strip()
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", s)
    if m: return f"{int(m[3]):04d}-{int(m[2]):02d}-{int(m[1]):02d}"
    return s


ABBREVIATIONS = [("UBND", "UY BAN NHAN DAN"), ("HDND", "HOI DONG NHAN DAN"), ("TP.", "THANH PHO "), ("TP ", "THANH PHO ")]


def norm_issuer(s):
    s = fold(s)
    for a, b in ABBREVIATIONS: s = s.replace(a, b)
    s = re.sub(r"^CHU TICH ", "", s)
    s = re.sub(r"[^A-Z0-9]+", " ", s).strip()
    return s


def same_issuer(product, oracle):
    """The product writes a unit before its parent ("Cục Thuế, Bộ Tài chính") and a department of a province with
    the province ("Sở Giáo dục và Đào tạo thành phố Hà Nội"); the oracle copies the letterhead top-down. Same words
    in another order agree, provided no unit is a lone word ("Vụ, Bộ Nội" is a broken name, not a reordering)."""
    p, o = norm_issuer(product), norm_issuer(oracle)
    if p == o: return True
    units = [norm_issuer(u) for u in (product or "").split(",")]
    if any(len(u.split()) < 2 for u in units): return False
    # A unit under a province's people's committee (a Sở, a "Trung tâm Phục vụ hành chính công") is written with the
    # province, without the committee the letterhead prints above it.
    o = re.sub(r"^UY BAN NHAN DAN ", "", o) if not p.startswith("UY BAN NHAN DAN") else o
    return sorted(p.split()) == sorted(o.split())


def same_type(product, oracle):
    """The oracle names the consolidated act's type in brackets ("Văn bản hợp nhất (Luật)")."""
    return fold(product).strip() == fold(re.sub(r"\s*\(.*\)$", "", oracle)).strip()


SAME = {"type": same_type, "number": lambda a, b: norm_number(a) == norm_number(b),
        "date": lambda a, b: norm_date(a) == norm_date(b), "issuer": same_issuer}


def main():
    p = argparse.ArgumentParser()
    p.add_argument("documents"); p.add_argument("sources")
    p.add_argument("--files"); p.add_argument("--oracle-wrong"); p.add_argument("--show", action="append", default=[])
    p.add_argument("--json", action="store_true")
    a = p.parse_args()
    docs = {d["source"].split("/")[-1]: d for d in json.load(open(a.documents))}
    oracle = {r["file"]: r for r in csv.DictReader(open(a.sources), delimiter="\t")}
    files = [l.strip() for l in open(a.files) if l.strip() and not l.startswith("#")] if a.files else sorted(docs)
    judged = set()
    if a.oracle_wrong:
        for line in open(a.oracle_wrong):
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 2 and not line.startswith("#"): judged.add((parts[0], parts[1]))
    counts = {f: {"agree": 0, "product wrong": 0, "oracle wrong": 0, "missing": 0, "no oracle": 0} for f in FIELDS}
    rows = []
    for name in files:
        d, o = docs.get(name), oracle.get(name)
        if o is None: continue
        product = {"type": d and d.get("type"), "number": d and d.get("number"), "date": d and d.get("issuedOn"),
                   "issuer": d and d.get("issuer")}
        for f in FIELDS:
            want = o[f].strip()
            got = product[f]
            if not want: verdict = "no oracle"
            # A field the text does not print at all, judged so after reading it, is the oracle's error, not a miss.
            elif not got: verdict = "oracle wrong" if (name, f) in judged else "missing"
            elif SAME[f](got, want): verdict = "agree"
            elif (name, f) in judged: verdict = "oracle wrong"
            else: verdict = "product wrong"
            counts[f][verdict] += 1
            if verdict != "agree": rows.append({"file": name, "field": f, "verdict": verdict, "product": got, "oracle": want})
    if a.json:
        json.dump({"counts": counts, "disagreements": rows}, sys.stdout, ensure_ascii=False, indent=1); return
    print("field\tagree\tproduct wrong\toracle wrong\tmissing\tno oracle")
    for f in FIELDS:
        c = counts[f]
        print(f"{f}\t{c['agree']}\t{c['product wrong']}\t{c['oracle wrong']}\t{c['missing']}\t{c['no oracle']}")
    for r in rows:
        if r["field"] in a.show or "all" in a.show:
            print(f"  {r['field']}\t{r['verdict']}\t{r['file']}\tproduct={r['product']!r}\toracle={r['oracle']!r}")


if __name__ == "__main__":
    main()
