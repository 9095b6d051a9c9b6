"""apply_map.py MAP.tsv: replaces each mapped clause id (quoted) in tests/eval/*.jsonl by its new id, or by its new ids
(comma-separated in the map: the old clause's text is now cut over several clauses) as consecutive list items;
changes nothing else, which it checks line by line on the parsed JSON."""
import glob, json, re, sys
rows = [l.rstrip('\n').split('\t') for l in open(sys.argv[1], encoding='utf-8')][1:]
mapping = {old: new.split(',') for old, new, _ in rows if new not in ('gone', '?') and new != old}
def sub(text):
    if not mapping: return text, 0
    pattern = re.compile('"(' + '|'.join(re.escape(k) for k in sorted(mapping, key=len, reverse=True)) + ')"')
    return pattern.subn(lambda x: ', '.join('"' + i + '"' for i in mapping[x.group(1)]), text)
def expand(ids):
    out = []
    for i in ids:
        for j in mapping.get(i, [i]):
            if j not in out: out.append(j)
    return out
def expected(o):
    # the parsed line as it must read after the replacement: only the judged id lists change
    if 'expectClauses' in o: o['expectClauses'] = expand(o['expectClauses'])
    for r in o.get('relevant') or []:
        if isinstance(r, dict) and r.get('clauses'): r['clauses'] = expand(r['clauses'])
    return o
def dedupe_lists(line):
    # an old id and its replacement both listed: keep the first of each id, rewriting the lists in place only
    def fix(m):
        items = re.findall(r'"[^"]*"', m.group(2))
        seen = []
        for i in items:
            if i not in seen: seen.append(i)
        return m.group(1) + ', '.join(seen) + ']' if len(seen) < len(items) else m.group(0)
    return re.sub(r'("(?:expectClauses|clauses)": *\[)([^\]]*)\]', fix, line)
for f in sorted(glob.glob('tests/eval/*.jsonl')):
    before = open(f, encoding='utf-8').read().split('\n')
    after, count = [], 0
    for line in before:
        new, c = sub(line)
        comment = line.strip().startswith('//')
        if c and not comment: new = dedupe_lists(new)
        count += c; after.append(new)
        if c and not comment: assert json.loads(new) == expected(json.loads(line)), (f, line[:80])
    if not count: continue
    open(f, 'w', encoding='utf-8').write('\n'.join(after))
    print(f, count, 'ids replaced')
