"""searchsum.py OUT [BASE_OUT] : MRR@10 and R@10 of each searchrun.sh file (hybrid, and hybrid+rerank when present),
the seed and paraphrase-queries kinds too; with BASE_OUT, the difference from that run beside each figure."""
import json, os, sys

FILES = ['seed-queries', 'paraphrase-queries', 'paraphrase-unseen', 'paraphrase-unseen-2', 'paraphrase-unseen-3']

def load(out, name):
    p = os.path.join(out, f'{name}.json')
    if not os.path.exists(p) or os.path.getsize(p) == 0: return None
    rows = {}
    for s in json.load(open(p, encoding='utf-8'))['systems']:
        rows[(s['system'], 'overall')] = s['overall']
        for kind, m in s.get('byKind', {}).items(): rows[(s['system'], kind)] = m
    return rows

def main():
    out, base = sys.argv[1], (sys.argv[2] if len(sys.argv) > 2 else None)
    for name in FILES:
        rows = load(out, name)
        if rows is None: print(f'{name}: missing'); continue
        old = load(base, name) if base else None
        for (system, kind), m in sorted(rows.items()):
            line = f'{name:22} {system:14} {kind:18} n={m["queries"]:3} MRR@10 {m["mrrAt10"]:.3f} R@10 {m["recallAt10"]:.3f}'
            if old and (system, kind) in old:
                line += f'  (Δ MRR {m["mrrAt10"] - old[(system, kind)]["mrrAt10"]:+.3f})'
            print(line)

main()
