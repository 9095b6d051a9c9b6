// "Lược đồ" of one document (#/doc/{id}/luoc-do): its relations grouped as legal databases list them (căn cứ, văn bản
// được thực hiện, văn bản thực hiện nó, bãi bỏ / thay thế / sửa đổi both ways, dẫn chiếu), each entry opening the clauses
// that state it; a second tab draws the same relations around the document. ?xem=do-thi opens the drawing, &chon=kind~n
// the clauses of one edge.
import { api } from '../api.js';
import { h, render, errorBox } from '../dom.js';
import { replaceQuery } from '../router.js';
import { count, docHref, docShort, formatDate } from '../format.js';
import { drawMap } from './document-map-graph.js';
import { clauseItem, entryHref } from './relation-clauses.js';

const TABS = [['danh-sach', 'Danh sách quan hệ'], ['do-thi', 'Đồ thị']];

function badges(entry, group) {
  const incoming = group.kind.endsWith('By');
  return [
    entry.documentId ? h('span', { class: 'badge badge--ok' }, 'Có trong kho') : null,
    entry.implements && group.kind !== 'implements' ? h('span', { class: 'badge' }, incoming ? 'Nêu rõ thực hiện' : 'Thực hiện') : null,
    entry.basis && group.kind !== 'basis' ? h('span', { class: 'badge badge--basis' }, 'Căn cứ') : null,
  ].filter(Boolean).flatMap((b) => [' ', b]);
}

function entryItem(entry, group) {
  const facts = [entry.issuer, entry.date ? formatDate(entry.date) : null].filter(Boolean).join(' · ');
  const part = entry.part ? `Phần liên quan: ${entry.part}` : null;
  const from = entry.effectiveOn ? `Từ ${formatDate(entry.effectiveOn)}` : null;
  const clauses = entry.clauses ?? [];
  return h('li', { class: 'map-entry', dataset: { key: entry.key ?? '', documentId: entry.documentId ?? '' } },
    h('div', { class: 'map-entry__head' }, h('a', { class: 'map-entry__name', href: entryHref(entry) }, entry.label), badges(entry, group)),
    entry.title ? h('div', { class: 'map-entry__title' }, entry.title) : null,
    facts || part || from ? h('div', { class: 'muted small' }, [facts, part, from].filter(Boolean).join(' · ')) : null,
    clauses.length
      ? h('details', { class: 'map-entry__clauses' }, h('summary', {}, `${count(clauses.length, 'điều khoản')} nêu quan hệ`),
        h('ul', { class: 'panel-list' }, clauses.map(clauseItem)))
      : null);
}

function listPanel(map) {
  const full = map.groups.filter((g) => g.entries.length);
  const empty = map.groups.filter((g) => !g.entries.length);
  return [
    full.length ? null : h('p', { class: 'empty' }, 'Kho chưa có quan hệ nào của văn bản này.'),
    full.map((g) => h('section', { class: 'card map-group', 'aria-labelledby': `map-${g.kind}`, dataset: { kind: g.kind } },
      h('h2', { class: 'card__title', id: `map-${g.kind}` }, g.label, ' ', h('span', { class: 'badge' }, String(g.entries.length))),
      h('ul', { class: 'map-entries' }, g.entries.map((e) => entryItem(e, g))))),
    empty.length
      ? h('p', { class: 'muted small map-empty' }, 'Không có văn bản nào (trong kho) thuộc các nhóm: ', empty.map((g) => g.label.toLowerCase()).join('; '), '.')
      : null,
  ];
}

function renderPage(root, ctx) {
  const documentId = ctx.params.id;
  let map = null;
  const tabs = new Map();
  const panels = new Map();
  const state = { tab: ctx.query.get('xem') === 'do-thi' ? 'do-thi' : 'danh-sach', pick: ctx.query.get('chon') ?? '' };
  render(root, h('p', { class: 'loading' }, 'Đang tải lược đồ…'));

  function select(tab, focus = false) {
    state.tab = tab;
    for (const [name, button] of tabs) {
      const on = name === tab;
      button.setAttribute('aria-selected', String(on));
      button.tabIndex = on ? 0 : -1;
      panels.get(name).hidden = !on;
    }
    if (focus) tabs.get(tab).focus();
    replaceQuery({ xem: tab === 'do-thi' ? 'do-thi' : '', chon: tab === 'do-thi' ? state.pick : '' });
  }

  function show(pick) {
    state.pick = pick;
    const panel = panels.get('do-thi');
    render(panel, drawMap(map, documentId, pick, (next) => { show(next); replaceQuery({ xem: 'do-thi', chon: next }); }));
  }

  api.relations(documentId).then((result) => {
    map = result;
    const name = docShort(map.document);
    document.title = `Lược đồ ${name} — PolicyKB`;
    const tablist = h('div', { class: 'tabs', role: 'tablist', 'aria-label': 'Cách xem lược đồ' });
    for (const [id, label] of TABS) {
      const button = h('button', { type: 'button', role: 'tab', id: `tab-${id}`, 'aria-controls': `panel-${id}`, class: 'tab' }, label);
      button.addEventListener('click', () => select(id));
      tabs.set(id, button);
      panels.set(id, h('div', { role: 'tabpanel', id: `panel-${id}`, 'aria-labelledby': `tab-${id}`, class: 'tab-panel', tabindex: '0' }));
      tablist.append(button);
    }
    // Arrow keys move between tabs (WAI-ARIA tabs pattern), Home/End to the ends.
    tablist.addEventListener('keydown', (event) => {
      const names = [...tabs.keys()];
      const at = names.indexOf(state.tab);
      const next = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: names.length - 1 }[event.key];
      if (next === undefined) return;
      event.preventDefault();
      select(names[(next + names.length) % names.length], true);
    });
    render(panels.get('danh-sach'), listPanel(map));
    show(state.pick);
    render(root,
      h('header', { class: 'card doc-header' },
        h('p', { class: 'eyebrow' }, 'Lược đồ văn bản'),
        h('h1', { class: 'doc-title' }, name),
        map.document.number && map.document.title ? h('p', { class: 'basis-sentence' }, map.document.title) : null,
        h('p', { class: 'muted small' }, [map.document.issuer, map.document.issuedOn ? formatDate(map.document.issuedOn) : null].filter(Boolean).join(' · ')),
        h('p', { class: 'actions' }, h('a', { class: 'btn btn--ghost btn--small', href: docHref(documentId) }, 'Đọc toàn văn'))),
      tablist, ...panels.values());
    select(state.tab);
  }).catch((error) => {
    const shown = error?.status === 404
      ? { title: 'Không tìm thấy văn bản', detail: 'Văn bản này không có trong kho (có thể đã bị xoá hoặc đường dẫn chưa đúng).' }
      : error;
    render(root, errorBox(shown), h('p', {}, h('a', { href: '#/docs' }, 'Xem danh sách văn bản')));
  });

  return {
    // Back and forward between tabs or edges of the same map re-use it instead of loading again.
    update(next) {
      if (!map || next.params.id !== documentId) return false;
      const pick = next.query.get('chon') ?? '';
      if (pick !== state.pick) show(pick);
      select(next.query.get('xem') === 'do-thi' ? 'do-thi' : 'danh-sach');
      return true;
    },
  };
}

export default { title: 'Lược đồ văn bản', render: renderPage };
