// Document list: a search box over title, number and issuer; filters by type, issuer, province and year (behind a
// "Bộ lọc" button on small screens); paging.
import { api } from '../api.js';
import { h, render, debounce, errorBox } from '../dom.js';
import { count, docHref, docName } from '../format.js';
import { replaceQuery } from '../router.js';
import { issuedOnText, joined } from '../inferred.js';

const PAGE_SIZE = 20;
const FILTERS = [['type', 'Loại văn bản'], ['issuer', 'Cơ quan ban hành'], ['province', 'Tỉnh, thành phố'], ['year', 'Năm']];

function renderPage(root, ctx) {
  const state = Object.fromEntries(['q', 'type', 'issuer', 'province', 'year', 'page'].map((k) => [k, ctx.query.get(k) ?? '']));
  const selects = {};
  const titleInput = h('input', { class: 'input', id: 'doc-q', type: 'search', placeholder: 'Trích yếu, số hiệu hoặc cơ quan ban hành' });
  titleInput.value = state.q;
  const listEl = h('div', {});
  const status = h('p', { class: 'muted', role: 'status' });

  render(root,
    h('div', { class: 'page-head' }, h('h1', {}, 'Văn bản trong kho'), h('p', {}, 'Mới ban hành trước. Chọn một văn bản để xem toàn văn, mục lục và trích dẫn.')),
    h('div', { class: 'layout-2' },
      h('form', { class: 'card', role: 'search', 'aria-label': 'Lọc văn bản', onsubmit: (e) => { e.preventDefault(); state.page = ''; load(); } },
        h('div', { class: 'field' }, h('label', { for: 'doc-q' }, 'Tìm văn bản'), titleInput),
        // Open on a wide screen; on a phone the filters wait behind their button so the list shows first.
        h('details', { class: 'doc-filters', open: window.innerWidth > 760 || FILTERS.some(([key]) => state[key]) },
          h('summary', {}, 'Bộ lọc'),
          FILTERS.map(([key, label]) => {
            selects[key] = h('select', { class: 'select', id: `doc-${key}`, onchange: () => { state[key] = selects[key].value; state.page = ''; load(); } });
            return h('div', { class: 'field' }, h('label', { for: `doc-${key}` }, label), selects[key]);
          }))),
      h('section', { 'aria-label': 'Danh sách' }, status, listEl)));

  titleInput.addEventListener('input', debounce(() => { state.q = titleInput.value; state.page = ''; load(); }, 250));

  function fillSelects(facets) {
    for (const [key] of FILTERS) {
      const values = facets[key] ?? [];
      render(selects[key], h('option', { value: '' }, 'Tất cả'),
        values.map((f) => h('option', { value: f.value, selected: state[key] === f.value }, `${f.value} (${f.count})`)));
      if (state[key] && !values.some((f) => f.value === state[key])) selects[key].append(h('option', { value: state[key], selected: true }, state[key]));
    }
  }

  async function load() {
    replaceQuery(state);
    const page = Number(state.page) || 1;
    status.textContent = 'Đang tải…';
    try {
      const result = await api.documents({ q: state.q, type: state.type, issuer: state.issuer, province: state.province, year: state.year, page, pageSize: PAGE_SIZE });
      fillSelects(result.facets);
      status.textContent = `${count(result.total, 'văn bản')}${result.total > PAGE_SIZE ? ` · trang ${page}/${Math.ceil(result.total / PAGE_SIZE)}` : ''}`;
      render(listEl,
        result.items.length ? h('ul', { class: 'results' }, result.items.map((d) => h('li', { class: 'result' },
          h('a', { href: docHref(d.id), class: 'result__link' },
            h('p', { class: 'eyebrow' }, docName(d.type, d.number)),
            h('p', { class: 'result__title' }, d.title ?? d.source),
            h('p', { class: 'result__meta' }, joined([d.issuer, issuedOnText(d, 'không ghi ngày'),
              `${count(d.clauseCount, 'điều khoản')}, ${count(d.citationCount, 'trích dẫn')}`]))))))
          : h('p', { class: 'empty' }, 'Không có văn bản nào khớp bộ lọc.'),
        h('div', { class: 'pager' },
          page > 1 ? h('button', { class: 'btn btn--ghost', type: 'button', onclick: () => { state.page = String(page - 1); load(); } }, '‹ Trang trước') : null,
          page * PAGE_SIZE < result.total ? h('button', { class: 'btn btn--ghost', type: 'button', onclick: () => { state.page = String(page + 1); load(); } }, 'Trang sau ›') : null));
    } catch (error) {
      status.textContent = '';
      render(listEl, errorBox(error));
    }
  }

  load();
}

export default { title: 'Văn bản', render: renderPage };
