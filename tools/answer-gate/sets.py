"""The measuring material of a round: tuning halves, blind halves, the newest set and the seed/facts floors."""
import json, os
REPO = os.environ.get('REPO', os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..')))
OLD5 = ['answers-unseen', 'answers-unseen-2', 'answers-unseen-3', 'answers-unseen-4', 'answers-unseen-5']
# The newest numbered set is this round's wholly blind set; -6 … the one before it give their test halves to the blind
# measure and their dev halves to tuning (each set's dev half joins tuning the round after it was written).
_LATEST = max(int(f[len('answers-unseen-'):-len('.jsonl')]) for f in os.listdir(f'{REPO}/tests/eval')
              if f.startswith('answers-unseen-') and f.endswith('.jsonl') and f[len('answers-unseen-'):-len('.jsonl')].isdigit())
MID = [f'answers-unseen-{i}' for i in range(6, _LATEST)]
NEW = [f'answers-unseen-{_LATEST}']
# (set, split) pairs
TUNING = [(s, sp) for s in OLD5 for sp in ('dev', 'test')] + [(s, 'dev') for s in MID] + [('answers-dev-5', 'dev'), ('answers-dev-6', 'dev')]
BLIND = [(s, 'test') for s in MID] + [(s, sp) for s in NEW for sp in ('dev', 'test')]
SEEDFACTS = [('answers', 'all'), ('answers-facts', 'dev'), ('answers-facts', 'test'), ('answers-facts-heldout', 'test')]
GROUPS = {'tuning': TUNING, 'blind': BLIND, 'newest': [(s, sp) for s in NEW for sp in ('dev', 'test')], 'seedfacts': SEEDFACTS}

def cases(s, repo=REPO):
    out = {}
    p = f'{repo}/tests/eval/{s}.jsonl'
    if not os.path.exists(p): return out
    for line in open(p, encoding='utf-8'):
        line = line.strip()
        if not line or line.startswith('//'): continue
        c = json.loads(line); out[c['id']] = c
    return out

def result(run, s, sp, repo=REPO):
    """{id: (passed, refusalCase)} for one half of one run, or None if missing."""
    p = f'{run}/{s}.{sp}.json'
    if not os.path.exists(p) or os.path.getsize(p) == 0: return None
    d = json.load(open(p, encoding='utf-8'))
    failed = {f['id'] for f in d['failures']}
    cs = cases(s, repo)
    sel = [c for c in cs.values() if sp == 'all' or c.get('split') == sp]
    return {c['id']: (c['id'] not in failed, bool(c.get('expectRefusal'))) for c in sel}

def totals(run, pairs, repo=REPO):
    a = r = at = rt = 0; missing = []
    for s, sp in pairs:
        res = result(run, s, sp, repo)
        if res is None: missing.append(f'{s}.{sp}'); continue
        for ok, ref in res.values():
            if ref: rt += 1; r += ok
            else: at += 1; a += ok
    return a, at, r, rt, missing
