// Citation graph: stored documents at the bottom, the documents they cite above them in bands by issuing level
// (central, ministries, local), drawn as plain SVG. Nodes are links; hovering or focusing one shows its edges.
import { api } from '../api.js';
import { h, svg, render, errorBox } from '../dom.js';
import { citeHref, docHref, docShort } from '../format.js';
import { replaceQuery } from '../router.js';

const BANDS = [
  ['trung-uong', 'Trung ương'],
  ['bo-nganh', 'Bộ, ngành'],
  ['dia-phuong', 'Địa phương'],
  ['khac', 'Khác'],
  ['kho', 'Văn bản trong kho'],
];
const NODE_W = 172;
const NODE_H = 46;
const GAP_X = 14;
const GAP_Y = 16;
const LEFT = 16;
const BAND_PAD = 16;
const BAND_LABEL = 26;

const clip = (text, n) => (text && text.length > n ? `${text.slice(0, n - 1)}…` : text ?? '');

function layout(nodes, edges) {
  const docs = nodes.filter((n) => n.kind === 'document');
  const perRow = Math.max(5, Math.min(7, Math.ceil(Math.sqrt(nodes.length * 2))));
  const width = LEFT + perRow * (NODE_W + GAP_X) + GAP_X;
  const positions = new Map();
  // Stored documents first, spread evenly, so cited nodes can be ordered by where their citers are.
  const docSlot = (width - LEFT) / Math.max(docs.length, 1);
  docs.forEach((d, i) => positions.set(d.id, { x: LEFT + docSlot * i + (docSlot - NODE_W) / 2 }));
  const citers = new Map();
  for (const e of edges) (citers.get(e.target) ?? citers.set(e.target, []).get(e.target)).push(e.source);
  const center = (id) => {
    const xs = (citers.get(id) ?? []).map((s) => positions.get(s)?.x).filter((x) => x !== undefined);
    return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : width / 2;
  };

  let y = 10;
  const bands = [];
  for (const [level, label] of BANDS) {
    const members = level === 'kho' ? docs : nodes.filter((n) => n.kind !== 'document' && (n.level === level || (level === 'khac' && !BANDS.some(([l]) => l === n.level))));
    if (!members.length) continue;
    const rows = level === 'kho' ? [members] : [];
    if (level !== 'kho') {
      const sorted = [...members].sort((a, b) => center(a.id) - center(b.id));
      for (let i = 0; i < sorted.length; i += perRow) rows.push(sorted.slice(i, i + perRow));
    }
    const top = y;
    y += BAND_LABEL;
    for (const row of rows) {
      if (level !== 'kho') {
        const rowWidth = row.length * (NODE_W + GAP_X) - GAP_X;
        let x = LEFT + Math.max(0, (width - LEFT - rowWidth) / 2);
        for (const n of row) { positions.set(n.id, { x }); x += NODE_W + GAP_X; }
      }
      for (const n of row) positions.get(n.id).y = y;
      y += NODE_H + GAP_Y;
    }
    y += BAND_PAD - GAP_Y;
    bands.push({ level, label, top, bottom: y });
    y += 10;
  }
  return { positions, bands, width, height: y + 30 };
}

function drawGraph(graph) {
  const { positions, bands, width, height } = layout(graph.nodes, graph.edges);
  // No role="img": it would hide the node links from screen readers; the title and desc still name the drawing.
  const root = svg('svg', { class: 'graph', viewBox: `0 0 ${width} ${height}`, 'aria-labelledby': 'graph-title graph-desc' },
    svg('title', { id: 'graph-title' }, 'Đồ thị trích dẫn'),
    svg('desc', { id: 'graph-desc' }, 'Mỗi đường nối một văn bản trong kho với văn bản mà nó trích dẫn; đường đỏ là căn cứ pháp lý.'));
  for (const band of bands) {
    root.append(svg('rect', { class: 'band', x: 0, y: band.top, width, height: band.bottom - band.top, rx: 4 }),
      svg('text', { class: 'band-label', x: 12, y: band.top + 18 }, band.label));
  }
  const edgeEls = graph.edges.map((e) => {
    const from = positions.get(e.source);
    const to = positions.get(e.target);
    if (!from || !to) return null;
    const x1 = from.x + NODE_W / 2;
    const y1 = from.y;
    const x2 = to.x + NODE_W / 2;
    const toDoc = to.y === from.y;
    const y2 = toDoc ? to.y + NODE_H : to.y + NODE_H;
    const d = toDoc
      ? `M${x1},${from.y + NODE_H} C${x1},${from.y + NODE_H + 50} ${x2},${y2 + 50} ${x2},${y2}`
      : `M${x1},${y1} C${x1},${(y1 + y2) / 2} ${x2},${(y1 + y2) / 2} ${x2},${y2}`;
    return svg('path', {
      class: `edge${e.basis ? ' edge--basis' : ''}`, d, 'stroke-width': Math.min(1 + Math.log2(e.count) / 2, 2.5).toFixed(1),
      'data-source': e.source, 'data-target': e.target,
    }, svg('title', {}, `${e.count} điều khoản trích dẫn${e.basis ? ' (căn cứ pháp lý)' : ''}`));
  }).filter(Boolean);
  // Layers: boxes, then edges, then labels and links. An edge crossing an unrelated box stays visible over it, so it
  // never seems to end there; the labels stay readable on top.
  const boxes = new Map();
  const nodeEls = [];
  const tips = [];
  for (const n of graph.nodes) {
    const p = positions.get(n.id);
    if (!p) continue;
    boxes.set(n.id, svg('rect', { class: `box box--${n.kind} box--${n.level}`, x: p.x, y: p.y, width: NODE_W, height: NODE_H, rx: 4 }));
    const href = n.kind === 'document' ? docHref(n.documentId) : citeHref(n.key);
    const sub = n.kind === 'document' ? clip(n.title, 30) : n.citedBy > 1 ? `${n.citedBy} văn bản trích dẫn` : clip(n.title ?? '', 30);
    const shown = clip(n.label, 27);
    // The name starts with both visible lines as shown, so speech input ("click …") and screen readers agree with the screen.
    const cited = n.citedBy ? `Được ${n.citedBy} văn bản trong kho trích dẫn` : null;
    const name = [[shown, sub].filter(Boolean).join(' '), shown !== n.label ? n.label : null, n.title && n.title !== sub ? n.title : null, cited]
      .filter(Boolean).join('; ');
    const link = svg('a', { href, class: `node node--${n.kind} node--${n.level}`, 'data-id': n.id, 'aria-label': name },
      svg('rect', { class: 'hit', x: p.x, y: p.y, width: NODE_W, height: NODE_H, rx: 4 }),
      // The trailing space keeps the two lines two words apart in the link's text (SVG text elements join without one).
      svg('text', { x: p.x + 8, y: p.y + 18, 'font-weight': 600 }, `${shown} `),
      svg('text', { class: 'sub', x: p.x + 8, y: p.y + 35 }, sub));
    nodeEls.push(link);
    // The hover tooltip sits on a wrapper, outside the link: inside, its text would count as the link's own text.
    tips.push(svg('g', {}, svg('title', {}, [n.label, n.title, cited].filter(Boolean).join('\n')), link));
  }
  root.append(svg('g', {}, [...boxes.values()]), svg('g', {}, edgeEls), svg('g', {}, tips));

  const focus = (id) => {
    root.classList.toggle('is-focused', Boolean(id));
    const on = new Set([id]);
    for (const edge of edgeEls) {
      const hit = id && (edge.dataset.source === id || edge.dataset.target === id);
      edge.classList.toggle('is-on', Boolean(hit));
      if (hit) { on.add(edge.dataset.source); on.add(edge.dataset.target); }
    }
    for (const node of nodeEls) node.classList.toggle('is-on', on.has(node.dataset.id));
    for (const [nodeId, box] of boxes) box.classList.toggle('is-on', on.has(nodeId));
  };
  for (const node of nodeEls) {
    node.addEventListener('mouseenter', () => focus(node.dataset.id));
    node.addEventListener('focus', () => focus(node.dataset.id));
    node.addEventListener('mouseleave', () => focus(null));
    node.addEventListener('blur', () => focus(null));
  }
  return root;
}

const ALL = '*';

// The stored document the page opens on: the one other stored documents cite most, then the one citing most (the
// richest single view). The whole collection is a tangle of every act any plan mentions, so it is shown on request only.
function defaultDocument(graph) {
  const cites = new Map();
  for (const e of graph.edges) cites.set(e.source, (cites.get(e.source) ?? 0) + 1);
  const docs = graph.nodes.filter((n) => n.kind === 'document')
    .sort((a, b) => b.citedBy - a.citedBy || (cites.get(b.id) ?? 0) - (cites.get(a.id) ?? 0) || a.label.localeCompare(b.label, 'vi'));
  return docs[0]?.documentId ?? '';
}

function renderPage(root, ctx) {
  const state = { doc: ctx.query.get('doc') ?? '', all: ctx.query.get('all') === '1', min: ctx.query.get('min') ?? '', basis: ctx.query.get('basis') === '1' };
  const docSelect = h('select', { class: 'select', id: 'graph-doc' }, h('option', { value: ALL, selected: state.all }, 'Toàn bộ kho (mọi văn bản)'));
  const note = h('p', { class: 'graph-note small', role: 'status' });
  const minSelect = h('select', { class: 'select', id: 'graph-min' },
    [['1', 'Mọi văn bản được trích dẫn'], ['2', 'Được từ 2 văn bản trở lên trích dẫn'], ['3', 'Được từ 3 văn bản trở lên trích dẫn']]
      .map(([v, t]) => h('option', { value: v }, t)));
  const basisBox = h('input', { type: 'checkbox', id: 'graph-basis', checked: state.basis });
  const canvas = h('div', { class: 'graph-wrap' }, h('p', { class: 'loading', style: 'padding:1rem' }, 'Đang vẽ đồ thị…'));
  const table = h('div', {});

  render(root,
    h('div', { class: 'page-head' }, h('h1', {}, 'Đồ thị trích dẫn'),
      h('p', {}, 'Một văn bản trong kho (dưới cùng) và các văn bản cấp trên mà nó trích dẫn, xếp theo cấp ban hành. Nhấn vào một ô để mở.')),
    h('div', { class: 'graph-tools card' },
      h('div', { class: 'field' }, h('label', { for: 'graph-doc' }, 'Văn bản'), docSelect),
      h('div', { class: 'field' }, h('label', { for: 'graph-min' }, 'Hiển thị'), minSelect),
      h('label', { class: 'small' }, basisBox, ' Chỉ căn cứ pháp lý')),
    note,
    canvas,
    h('p', { class: 'legend' },
      h('span', {}, h('i', { style: 'background:#13294b' }), 'Văn bản trong kho'),
      h('span', {}, h('i', { style: 'background:#fff;border:1.5px solid #a3212b' }), 'Văn bản trung ương'),
      h('span', {}, h('i', { style: 'background:#a3212b;height:3px' }), 'Căn cứ pháp lý'),
      h('span', {}, h('i', { style: 'background:#9aa6b5;height:3px' }), 'Trích dẫn khác')),
    table);

  let graph = null;

  function redraw() {
    const min = Number(state.min || 1);
    minSelect.value = String(min);
    const edges = graph.edges.filter((e) => !state.basis || e.basis);
    const citedBy = new Map();
    for (const e of edges) citedBy.set(e.target, (citedBy.get(e.target) ?? 0) + 1);
    const nodes = graph.nodes.filter((n) => n.kind === 'document' || (citedBy.get(n.id) ?? 0) >= min);
    const kept = new Set(nodes.map((n) => n.id));
    const shown = { nodes, edges: edges.filter((e) => kept.has(e.source) && kept.has(e.target)) };
    render(canvas, drawGraph(shown));
    const top = nodes.filter((n) => n.kind !== 'document' || n.citedBy > 0).sort((a, b) => b.citedBy - a.citedBy).slice(0, 12);
    render(table, h('section', { class: 'card', style: 'margin-top:1rem' },
      h('h2', { class: 'card__title' }, 'Được trích dẫn nhiều nhất'),
      h('div', { class: 'table-wrap' }, h('table', { class: 'table' },
        h('thead', {}, h('tr', {}, h('th', {}, 'Văn bản'), h('th', {}, 'Cấp'), h('th', {}, 'Số văn bản trích dẫn'))),
        h('tbody', {}, top.map((n) => h('tr', {},
          h('td', {}, h('a', { href: n.kind === 'document' ? docHref(n.documentId) : citeHref(n.key) }, n.label), n.title ? h('div', { class: 'muted small' }, clip(n.title, 110)) : null),
          h('td', {}, BANDS.find(([l]) => l === n.level)?.[1] ?? 'Khác'),
          h('td', {}, String(n.citedBy)))))))));
  }

  const query = () => ({ doc: state.all ? '' : state.doc, all: state.all ? '1' : '', min: state.min, basis: state.basis ? '1' : '' });

  function describe() {
    if (state.all) {
      render(note, 'Đang xem toàn bộ kho: mọi văn bản trong kho và mọi văn bản chúng trích dẫn.');
      return;
    }
    const node = graph.nodes.find((n) => n.kind === 'document' && n.documentId === state.doc);
    // An unnumbered plan's label is only its type ("Kế hoạch"); its title says which one.
    const name = node ? [node.label, node.title && clip(node.title, 90)].filter(Boolean).join(': ') : 'văn bản đã chọn';
    render(note, 'Đồ thị quanh ', h('strong', {}, name), '. ',
      h('a', { href: `#/doc/${encodeURIComponent(state.doc)}/luoc-do` }, 'Xem lược đồ văn bản'),
      ' · chọn “Toàn bộ kho” ở ô Văn bản để xem mọi văn bản.');
  }

  async function load() {
    try {
      if (!state.all && !state.doc) state.doc = defaultDocument(await api.graph());
      replaceQuery(query());
      for (const option of docSelect.options) option.selected = option.value === (state.all ? ALL : state.doc);
      graph = await api.graph(state.all ? undefined : state.doc || undefined);
      describe();
      redraw();
    } catch (error) {
      render(canvas, errorBox(error));
    }
  }

  api.documents({ pageSize: 100 }).then((page) => {
    docSelect.append(...page.items.map((d) => h('option', { value: d.id, selected: !state.all && d.id === state.doc }, docShort(d).slice(0, 90))));
  }).catch(() => {});
  docSelect.addEventListener('change', () => {
    state.all = docSelect.value === ALL;
    if (!state.all) state.doc = docSelect.value;
    state.min = '';
    load();
  });
  minSelect.addEventListener('change', () => { state.min = minSelect.value; replaceQuery(query()); redraw(); });
  basisBox.addEventListener('change', () => { state.basis = basisBox.checked; replaceQuery(query()); redraw(); });
  load();
}

export default { title: 'Đồ thị trích dẫn', render: renderPage };
