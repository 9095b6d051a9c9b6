#!/usr/bin/env python3
"""totals.py RUN... : answerable right / refused per group."""
import sys; sys.path.insert(0, __import__('os').path.dirname(__file__)); from sets import *
for run in sys.argv[1:]:
    print(run)
    for g, pairs in GROUPS.items():
        a, at, r, rt, miss = totals(run, pairs)
        print(f'  {g:10} {a+r:5} = answerable {a}/{at} + refused {r}/{rt}' + (f'  MISSING {len(miss)}: {" ".join(miss[:6])}' if miss else ''))
