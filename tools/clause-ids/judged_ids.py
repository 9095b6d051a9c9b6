"""judged_ids.py OUT.json: every clause id named in tests/eval/*.jsonl (expectClauses, relevant[].clauses) and the files naming it."""
import glob, json, sys, collections
ids = collections.defaultdict(set)
for f in sorted(glob.glob('tests/eval/*.jsonl')):
    for line in open(f, encoding='utf-8'):
        line = line.strip()
        if not line or line.startswith('//'): continue
        o = json.loads(line)
        for x in o.get('expectClauses') or []:
            ids[x].add(f)
        for r in o.get('relevant') or []:
            for x in (r.get('clauses') or []) if isinstance(r, dict) else [r]:
                ids[x].add(f)
json.dump({k: sorted(v) for k, v in sorted(ids.items())}, open(sys.argv[1], 'w'), ensure_ascii=False, indent=0)
print(len(ids), 'ids in', len({i.split('/')[0] for i in ids}), 'documents')
