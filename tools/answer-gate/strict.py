"""strict.py RUN... : per group, right answers to answerable questions, and how many of them cite an expected clause first."""
import json, os, sys
sys.path.insert(0, os.path.dirname(__file__)); from sets import GROUPS, cases, result
for run in sys.argv[1:]:
    print(run)
    for g, pairs in GROUPS.items():
        right = notfirst = 0
        for s, sp in pairs:
            res = result(run, s, sp)
            if res is None: continue
            d = json.load(open(f'{run}/{s}.{sp}.json', encoding='utf-8'))
            nf = set(d.get('rightButNotFirst', []))
            for cid, (ok, ref) in res.items():
                if ok and not ref:
                    right += 1; notfirst += cid in nf
        print(f'  {g:10} answerable right {right}, expected clause cited first {right - notfirst}, only later {notfirst}')
