"""map_ids.py OLD_DUMP NEW_DUMP JUDGED_JSON OUT_TSV: for every judged clause id whose clause (by text) is not at the same
id in the new build, the id(s) of the new clause(s) holding its text, else "gone". Ids missing from the old build too
are left alone. In order of preference:
  same-text             one new clause has the same text (a trailing split "Điều" removed);
  article-label-joined  one new clause has the text with its split "Điều" label joined;
  split N               the old text is now cut over N new clauses, consecutive in the document, whose texts follow
                        one another inside it and cover it: the old id maps to ALL of them, in order (a preamble that
                        held the first articles maps to the preamble and every clause of those articles);
  merged                the old text lies inside one longer new clause (several old clauses joined into one: each
                        maps to it);
  near-text R           one new clause with nearly the same text (ratio >= 0.9).
Several new ids are written comma-separated in the new_id column."""
import json, os, sys, re, difflib
old_dir, new_dir, judged_path, out_path = sys.argv[1:5]
judged = json.load(open(judged_path))
COVER = 0.9  # share of the old text (letters and digits) the split pieces must cover
MERGE_MIN = 25  # shortest old text matched inside a longer clause (shorter texts match by chance)
def load(d, doc):
    p = os.path.join(d, doc + '.json')
    if not os.path.exists(p) or os.path.getsize(p) == 0: return None
    return json.load(open(p))
def norm(t): return re.sub(r'\s+', ' ', t).strip()
def strip_split(t):
    # the article word left at the end of the clause before a split label
    return re.sub(r'\s*(Điều|ĐIỀU)\s*$', '', t)
def key(t):
    # letters and digits only: a joined label or a moved line break changes no key
    return re.sub(r'[\W_]+', '', strip_split(t)).lower()
def split_run(ok, new):
    """The longest run of consecutive new clauses whose keys follow one another inside ok; (ids, covered share)."""
    best, best_cov = [], 0.0
    keys = [key(c['text']) for c in new]
    for i in range(len(new)):
        if not keys[i] or keys[i] not in ok: continue
        pos, covered, run = 0, 0, []
        for j in range(i, len(new)):
            k = keys[j]
            if not k: run.append(new[j]['id']); continue
            at = ok.find(k, pos)
            if at < 0 or (run and at - pos > 40): break  # the next piece is not where the text goes on
            run.append(new[j]['id']); covered += len(k); pos = at + len(k)
        cov = covered / len(ok)
        if len(run) >= 2 and cov > best_cov: best, best_cov = run, cov
    return best, best_cov
rows = []
cache = {}
for jid in sorted(judged):
    doc = jid.split('/')[0]
    if doc not in cache: cache[doc] = (load(old_dir, doc), load(new_dir, doc))
    old, new = cache[doc]
    if old is None or new is None: rows.append((jid, '?', 'no-dump')); continue
    o = {c['id']: c for c in old}; n = {c['id']: c for c in new}
    if jid not in o: rows.append((jid, jid, 'missing-before')); continue
    ot = norm(strip_split(o[jid]['text']))
    if jid in n and norm(strip_split(n[jid]['text'])) == ot: continue  # unchanged
    exact = [c['id'] for c in new if norm(strip_split(c['text'])) == ot]
    if len(exact) >= 1:
        # several clauses with one text (a repeated form line): the one in the same place of the order
        best = min(exact, key=lambda i: abs([c['id'] for c in new].index(i) - [c['id'] for c in old].index(jid)))
        rows.append((jid, best, 'same-text')); continue
    joined = [c['id'] for c in new if norm(c['text']) in ('Điều ' + ot, 'ĐIỀU ' + ot)]
    if joined: rows.append((jid, joined[0], 'article-label-joined')); continue
    ok = key(ot)
    run, cov = split_run(ok, new) if ok else ([], 0)
    if run and cov >= COVER: rows.append((jid, ','.join(run), f'split {len(run)} cover {cov:.2f}')); continue
    inside = [c['id'] for c in new if len(ok) >= MERGE_MIN and ok in key(c['text'])]
    if len(inside) == 1: rows.append((jid, inside[0], 'merged')); continue
    cands = sorted(new, key=lambda c: -difflib.SequenceMatcher(None, ot, norm(c['text'])).quick_ratio())[:5]
    scored = [(difflib.SequenceMatcher(None, ot, norm(c['text'])).ratio(), c['id']) for c in cands]
    scored.sort(reverse=True)
    if scored and scored[0][0] >= 0.9: rows.append((jid, scored[0][1], f'near-text {scored[0][0]:.2f}'))
    else: rows.append((jid, 'gone', f'best {scored[0][0]:.2f} {scored[0][1]}' if scored else 'gone'))
with open(out_path, 'w') as f:
    f.write('old_id\tnew_id\thow\n')
    for r in rows: f.write('\t'.join(r) + '\n')
print(len(rows), 'rows')
