"""apply_map.py MAP.tsv: replaces each mapped clause id (quoted) in tests/eval/*.jsonl; changes nothing else."""
import glob, re, sys
rows = [l.rstrip('\n').split('\t') for l in open(sys.argv[1], encoding='utf-8')][1:]
mapping = {old: new for old, new, _ in rows if new not in ('gone', '?') and new != old}
assert not set(mapping) & set(mapping.values()), 'an id is both replaced and a replacement'
def sub(text, m):
    if not m: return text, 0
    pattern = re.compile('"(' + '|'.join(re.escape(k) for k in sorted(m, key=len, reverse=True)) + ')"')
    return pattern.subn(lambda x: '"' + m[x.group(1)] + '"', text)
for f in sorted(glob.glob('tests/eval/*.jsonl')):
    before = open(f, encoding='utf-8').read()
    after, count = sub(before, mapping)
    if not count: continue
    assert sub(after, {v: k for k, v in mapping.items()})[0] == before, f
    open(f, 'w', encoding='utf-8').write(after)
    print(f, count, 'ids replaced')
