"""map_ids.py OLD_DUMP NEW_DUMP JUDGED_JSON OUT_TSV: for every judged clause id whose clause (by text) is not at the same
id in the new build, the id of the new clause with the same text (or near-same: the article label joined, a trailing
split "Điều" removed), else "gone". Ids missing from the old build too are left alone."""
import json, os, sys, re, difflib
old_dir, new_dir, judged_path, out_path = sys.argv[1:5]
judged = json.load(open(judged_path))
def load(d, doc):
    p = os.path.join(d, doc + '.json')
    if not os.path.exists(p) or os.path.getsize(p) == 0: return None
    return json.load(open(p))
def norm(t): return re.sub(r'\s+', ' ', t).strip()
def strip_split(t):
    # the article word left at the end of the clause before a split label
    return re.sub(r'\s*(Điều|ĐIỀU)\s*$', '', t)
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
    cands = sorted(new, key=lambda c: -difflib.SequenceMatcher(None, ot, norm(c['text'])).quick_ratio())[:5]
    scored = [(difflib.SequenceMatcher(None, ot, norm(c['text'])).ratio(), c['id']) for c in cands]
    scored.sort(reverse=True)
    if scored and scored[0][0] >= 0.9: rows.append((jid, scored[0][1], f'near-text {scored[0][0]:.2f}'))
    else: rows.append((jid, 'gone', f'best {scored[0][0]:.2f} {scored[0][1]}' if scored else 'gone'))
with open(out_path, 'w') as f:
    f.write('old_id\tnew_id\thow\n')
    for r in rows: f.write('\t'.join(r) + '\n')
print(len(rows), 'rows')
