// The "Lược đồ" drawn: the document in the centre, the stored documents acting on it above, the documents it rests on,
// implements or cites below (stored ones first, then by issuing level). Every edge is a link: choosing it lists the
// clauses that state the relation under the drawing.
import { h, svg, render } from '../dom.js';
import { count, docShort } from '../format.js';
import { clauseItem, entryHref } from './relation-clauses.js';

const NODE_W = 176;
const NODE_H = 46;
const GAP_X = 14;
const ROW_GAP = 70;
const PER_ROW = 5;
const LEVELS = ['kho', 'trung-uong', 'bo-nganh', 'dia-phuong', 'khac'];
const STRONG = new Set(['repeals', 'replaces', 'amends', 'repealedBy', 'replacedBy', 'amendedBy']);

const clip = (text, n) => (text && text.length > n ? `${text.slice(0, n - 1)}…` : text ?? '');
const nodeKey = (entry) => entry.documentId ?? `key:${entry.key}`;

/** Nodes and edges of the map: one node per document (merged across groups), one edge per group entry. */
function collect(map) {
  const nodes = new Map();
  const edges = [];
  for (const group of map.groups) {
    const incoming = group.kind.endsWith('By');
    group.entries.forEach((entry, i) => {
      const id = nodeKey(entry);
      if (!nodes.has(id)) nodes.set(id, { id, entry, incoming, groups: [] });
      nodes.get(id).groups.push(group.label);
      edges.push({ pick: `${group.kind}~${i}`, node: id, incoming, group, entry });
    });
  }
  return { nodes: [...nodes.values()], edges };
}

function rowsOf(list) {
  const rows = [];
  for (let i = 0; i < list.length; i += PER_ROW) rows.push(list.slice(i, i + PER_ROW));
  return rows;
}

function layout(nodes) {
  const width = PER_ROW * (NODE_W + GAP_X) + GAP_X;
  const place = new Map();
  let y = 12;
  const putRow = (row) => {
    let x = (width - (row.length * (NODE_W + GAP_X) - GAP_X)) / 2;
    for (const n of row) { place.set(n.id, { x, y }); x += NODE_W + GAP_X; }
    y += NODE_H + 14;
  };
  rowsOf(nodes.filter((n) => n.incoming)).forEach(putRow);
  if (place.size) y += ROW_GAP - 14;
  const centre = { x: (width - NODE_W) / 2, y };
  y += NODE_H + ROW_GAP;
  const below = nodes.filter((n) => !n.incoming && !place.has(n.id));
  const level = (n) => LEVELS.indexOf(n.entry.documentId ? 'kho' : n.entry.level);
  rowsOf([...below].sort((a, b) => level(a) - level(b))).forEach(putRow);
  return { place, centre, width, height: y + 8 };
}

function edgePath(from, to) {
  const x1 = from.x + NODE_W / 2;
  const x2 = to.x + NODE_W / 2;
  const down = from.y < to.y;
  const y1 = down ? from.y + NODE_H : from.y;
  const y2 = down ? to.y : to.y + NODE_H;
  const mid = (y1 + y2) / 2;
  return `M${x1},${y1} C${x1},${mid} ${x2},${mid} ${x2},${y2}`;
}

/** The drawing and, under it, the clauses of the chosen edge. onPick(pick) is called when an edge is chosen. */
export function drawMap(map, documentId, pick, onPick) {
  const { nodes, edges } = collect(map);
  const { place, centre, width, height } = layout(nodes);
  const name = docShort(map.document);
  const root = svg('svg', { class: 'graph map-graph', viewBox: `0 0 ${width} ${height}`, 'aria-labelledby': 'map-graph-title map-graph-desc' },
    svg('title', { id: 'map-graph-title' }, `Lược đồ ${name}`),
    svg('desc', { id: 'map-graph-desc' }, 'Văn bản ở giữa; phía trên là văn bản trong kho tác động đến nó, phía dưới là văn bản nó căn cứ, thực hiện hoặc trích dẫn. Chọn một đường nối để xem các điều khoản.'));

  const edgeLinks = edges.map((e) => {
    const other = place.get(e.node);
    const d = e.incoming ? edgePath(other, centre) : edgePath(centre, other);
    const label = `${e.entry.label} — ${e.group.label}: ${count(e.entry.clauses.length, 'điều khoản')}`;
    const link = svg('a', {
      href: `#/doc/${encodeURIComponent(documentId)}/luoc-do?xem=do-thi&chon=${encodeURIComponent(e.pick)}`,
      class: `edge-link${e.pick === pick ? ' is-on' : ''}`, 'aria-label': label, 'data-pick': e.pick,
    },
    svg('path', { class: 'edge-hit', d }),
    svg('path', { class: `edge edge--${e.group.kind}${e.entry.basis ? ' edge--basis' : ''}${STRONG.has(e.group.kind) ? ' edge--strong' : ''}`, d }));
    link.addEventListener('click', (event) => { event.preventDefault(); onPick(e.pick); });
    return svg('g', {}, svg('title', {}, label), link);
  });

  const nodeEls = nodes.map((n) => {
    const p = place.get(n.id);
    const sub = clip(n.groups.join(', '), 32);
    const shown = clip(n.entry.label, 28);
    return svg('g', {}, svg('title', {}, [n.entry.label, n.entry.title, n.groups.join(', ')].filter(Boolean).join('\n')),
      svg('a', { href: entryHref(n.entry), class: `node node--${n.entry.documentId ? 'document' : 'cited'}`, 'aria-label': `${shown} ${sub}; ${n.entry.title ?? ''}`.trim() },
        svg('rect', { class: `box box--${n.entry.documentId ? 'document' : 'cited'} box--${n.entry.level}`, x: p.x, y: p.y, width: NODE_W, height: NODE_H, rx: 4 }),
        svg('text', { x: p.x + 8, y: p.y + 18, 'font-weight': 600 }, `${shown} `),
        svg('text', { class: 'sub', x: p.x + 8, y: p.y + 35 }, sub)));
  });
  const self = svg('g', { class: 'map-self' },
    svg('rect', { class: 'box box--self', x: centre.x, y: centre.y, width: NODE_W, height: NODE_H, rx: 4 }),
    svg('text', { x: centre.x + 8, y: centre.y + 18, 'font-weight': 600 }, `${clip(name, 28)} `),
    svg('text', { class: 'sub', x: centre.x + 8, y: centre.y + 35 }, 'Văn bản đang xem'));
  root.append(svg('g', {}, edgeLinks), svg('g', {}, nodeEls), self);

  const chosen = edges.find((e) => e.pick === pick);
  const detail = h('section', { class: 'card map-pick', 'aria-live': 'polite', 'aria-labelledby': 'map-pick-title' },
    chosen
      ? [h('h2', { class: 'card__title', id: 'map-pick-title' }, `${chosen.entry.label} — ${chosen.group.label}`),
        h('ul', { class: 'panel-list' }, chosen.entry.clauses.map(clauseItem))]
      : [h('h2', { class: 'card__title', id: 'map-pick-title' }, 'Điều khoản nêu quan hệ'),
        h('p', { class: 'muted small' }, edges.length ? 'Chọn một đường nối trên đồ thị để xem các điều khoản nêu quan hệ đó.' : 'Văn bản này chưa có quan hệ nào trong kho.')]);
  const wrap = h('div', { class: 'graph-wrap' });
  render(wrap, root);
  return [wrap, detail];
}
