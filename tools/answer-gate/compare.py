#!/usr/bin/env python3
"""compare.py BASE RUN [group...]: totals of both and question-by-question fixed/broken per group (default tuning)."""
import sys; sys.path.insert(0, __import__('os').path.dirname(__file__)); from sets import *
base, run = sys.argv[1], sys.argv[2]; groups = sys.argv[3:] or ['tuning']
for g in groups:
    pairs = GROUPS[g]
    ta = totals(base, pairs); tb = totals(run, pairs)
    print(f'{g}: base {ta[0]+ta[2]} ({ta[0]}/{ta[1]} + {ta[2]}/{ta[3]})  run {tb[0]+tb[2]} ({tb[0]}/{tb[1]} + {tb[2]}/{tb[3]})  delta {tb[0]+tb[2]-ta[0]-ta[2]:+d}')
    if ta[4] or tb[4]: print('  MISSING', ta[4], tb[4])
    for s, sp in pairs:
        A = result(base, s, sp); B = result(run, s, sp)
        if A is None or B is None: continue
        fixed = [i for i in B if B[i][0] and i in A and not A[i][0]]
        broken = [i for i in B if not B[i][0] and i in A and A[i][0]]
        if fixed or broken: print(f'  {s}.{sp}: fixed {" ".join(fixed) or "-"} | broken {" ".join(broken) or "-"}')
