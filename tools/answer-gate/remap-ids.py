#!/usr/bin/env python3
"""Remap the clause ids judged eval files pin, after a parser change renamed them (round 23 rules, answers-unseen-7-ab.md).

    remap-ids.py --old OLD_ROOT --new NEW_ROOT [--cli POLICYKB] [--write] [--log FILE] tests/eval/*.jsonl

OLD_ROOT and NEW_ROOT each hold knowledge bases (one folder per set, as the gate scripts ingest them) built from the same
files by the old and the new build. For every clause id in an `expectClauses` array (the search sets judge by snippet,
so their informational `clauses` lists are left alone), the clause's source lines are read from the old knowledge base:
when the new one gives the same id the same lines, the id stays; otherwise it becomes every new clause that holds some of
those lines, most lines first. An answer passed when it cited the old clause, which held all those lines; after a split
it passes when it cites any of the pieces, so the judgement keeps its grain (a first version kept only the piece with
most lines, and so failed answers citing another piece of the same old text). A clause that shares only the old one's last
line and starts on it is no piece (a heading word the old tree misplaced). The tool reads clause ids and line spans only, never a
question, an answer or an expected text, so it can run over blind files. Without --write it only reports. Every change
is one row of the log (TSV). A no-op check (old = new = main's knowledge bases) remaps nothing.
"""
import argparse, json, os, re, subprocess, sys
from concurrent.futures import ThreadPoolExecutor

ID_ARRAYS = re.compile(r'"(expectClauses)": \[([^\]]*)\]')


def documents(cli, root):
    """doc id -> knowledge-base folder, over every folder of root."""
    where = {}
    for name in sorted(os.listdir(root)):
        folder = os.path.join(root, name)
        if not os.path.isdir(folder):
            continue
        out = subprocess.run([cli, '--data', folder, 'documents', '--json'], capture_output=True, text=True)
        if out.returncode != 0:
            continue
        for d in json.loads(out.stdout or '[]'):
            where.setdefault(d['id'], folder)
    return where


def clauses(cli, folder, doc):
    """clause id -> (first line, last line) of one document."""
    out = subprocess.run([cli, '--data', folder, 'clauses', doc, '--json'], capture_output=True, text=True)
    if out.returncode != 0:
        return {}
    return {c['id']: (c['lineStart'], c['lineEnd']) for c in json.loads(out.stdout)}


def pieces(span, new):
    """The new clauses holding some of the old clause's lines, most lines first (then shorter, then earlier)."""
    lo, hi = span
    scored = []
    for cid, (a, b) in new.items():
        overlap = min(hi, b) - max(lo, a) + 1
        # A new clause that shares only the old clause's last line, and starts on it, took over a heading word the old
        # tree had left at the end of the clause before ("Điều" printed on a line of its own before "10. Tên điều"):
        # the old judgement never covered that clause's text, so citing it must not pass.
        if overlap == 1 and lo < hi and a == hi and b > hi:
            continue
        if overlap > 0:
            scored.append((-overlap, b - a, a, cid))
    return [cid for *_, cid in sorted(scored)]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--old', required=True)
    ap.add_argument('--new', required=True)
    ap.add_argument('--cli', default='src/PolicyKB.Cli/bin/Release/net10.0/policykb')
    ap.add_argument('--write', action='store_true')
    ap.add_argument('--log', default='-')
    ap.add_argument('files', nargs='+')
    args = ap.parse_args()

    texts = {f: open(f, encoding='utf-8').read() for f in args.files}
    ids = sorted({i for t in texts.values() for m in ID_ARRAYS.finditer(t) for i in re.findall(r'"([^"]+)"', m.group(2))})
    docs = sorted({i.split('/')[0] for i in ids})
    old_where, new_where = documents(args.cli, args.old), documents(args.cli, args.new)
    wanted = [d for d in docs if d in old_where and d in new_where]
    with ThreadPoolExecutor(2) as pool:
        old = dict(zip(wanted, pool.map(lambda d: clauses(args.cli, old_where[d], d), wanted)))
        new = dict(zip(wanted, pool.map(lambda d: clauses(args.cli, new_where[d], d), wanted)))

    mapping, rows = {}, []
    for i in ids:
        doc = i.split('/')[0]
        if doc not in old:
            rows.append((i, '', '', 'document in neither knowledge base: not checked'))
            continue
        span = old[doc].get(i)
        if span is None:
            rows.append((i, '', '', 'not in the old knowledge base: left as it is'))
            continue
        if new[doc].get(i) == span:
            continue
        targets = pieces(span, new[doc])
        if not targets:
            rows.append((i, '', f'{span[0]}-{span[1]}', 'no new clause holds its lines: left as it is'))
            continue
        if targets != [i]:
            mapping[i] = targets
        rows.append((i, ' '.join(targets), f'{span[0]}-{span[1]}', 'same id, other lines' if targets == [i] else 'remapped'))

    changed = 0
    for f, t in texts.items():
        def swap(m):
            seen, out = set(), []
            for i in re.findall(r'"([^"]+)"', m.group(2)):
                for j in mapping.get(i, [i]):
                    if j not in seen:
                        seen.add(j); out.append(j)
            return f'"{m.group(1)}": [' + ', '.join(json.dumps(j, ensure_ascii=False) for j in out) + ']'
        u = ID_ARRAYS.sub(swap, t)
        if u != t:
            changed += 1
            if args.write:
                open(f, 'w', encoding='utf-8').write(u)

    log = sys.stdout if args.log == '-' else open(args.log, 'w', encoding='utf-8')
    log.write('# old id\tnew id\told lines\tstatus\n')
    for r in rows:
        log.write('\t'.join(r) + '\n')
    print(f'{len(ids)} ids in {len(args.files)} files; {len(mapping)} remapped; {changed} files '
          f'{"written" if args.write else "would change"}', file=sys.stderr)


if __name__ == '__main__':
    main()
