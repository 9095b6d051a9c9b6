// "Chỉ tiêu": one indicator compared across documents and places, as a table and a bar chart. Targets share an
// indicator key when they mean the same thing, so "Tỷ lệ người dân tham gia BHYT" in two provinces line up.
import { api, query } from '../api.js';
import { h, svg, render, errorBox, debounce } from '../dom.js';
import { clauseHref, clauseLocator, count, docHref, labelsOfId } from '../format.js';
import { replaceQuery } from '../router.js';
import { inferredBadge } from '../inferred.js';

const COMPARATORS = { '>=': '≥', '<=': '≤', '>': '>', '<': '<', '=': '' };

const number = (v) => Number(v).toLocaleString('vi-VN', { maximumFractionDigits: 2 });

/** "≥ 95 %", "420 giường". */
export function valueText(t) {
  const sign = COMPARATORS[t.comparator] ?? t.comparator;
  const unit = t.unit ? (t.unit === '%' ? '%' : ` ${t.unit}`) : '';
  return `${sign ? `${sign} ` : ''}${number(t.value)}${unit}`;
}

/** Where the target applies: its own scope, else the issuing document's place. */
export const placeOf = (f) => f.target.scope ?? f.documentPlace ?? '';

/** The targets the chart can compare: those in the commonest unit (values in other units are not comparable). */
export function comparable(found) {
  const units = new Map();
  for (const f of found) units.set(f.target.unit ?? '', (units.get(f.target.unit ?? '') ?? 0) + 1);
  const [unit] = [...units].sort((a, b) => b[1] - a[1])[0] ?? [''];
  return { unit, rows: found.filter((f) => (f.target.unit ?? '') === unit).sort((a, b) => b.target.value - a.target.value) };
}

function chart({ unit, rows }) {
  if (rows.length < 2) return null;
  const width = 640;
  const labelWidth = 230;
  const barHeight = 22;
  const max = Math.max(...rows.map((f) => f.target.value)) || 1;
  const height = rows.length * (barHeight + 8) + 8;
  const label = (f) => [placeOf(f), f.target.period].filter(Boolean).join(' · ') || f.documentName || 'Văn bản';
  return h('figure', { class: 'chart' },
    svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': 'chart-caption', class: 'chart__svg' },
      rows.map((f, i) => {
        const y = 8 + i * (barHeight + 8);
        const w = Math.max(2, ((width - labelWidth - 90) * f.target.value) / max);
        return svg('g', {},
          svg('text', { x: labelWidth - 8, y: y + 15, 'text-anchor': 'end', class: 'chart__label' }, label(f).slice(0, 34)),
          svg('rect', { x: labelWidth, y, width: w, height: barHeight, class: 'chart__bar' }, svg('title', {}, `${label(f)}: ${valueText(f.target)}`)),
          svg('text', { x: labelWidth + w + 6, y: y + 15, class: 'chart__value' }, valueText(f.target)));
      })),
    h('figcaption', { id: 'chart-caption', class: 'muted small' },
      `So sánh ${count(rows.length, 'chỉ tiêu')} cùng đơn vị${unit ? ` (${unit})` : ''}, giá trị lớn trước.`));
}

function table(found) {
  return h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': 'Bảng chỉ tiêu' },
    h('table', { class: 'data-table' },
      h('caption', { class: 'visually-hidden' }, 'Chỉ tiêu theo văn bản và địa phương'),
      h('thead', {}, h('tr', {}, ['Địa phương', 'Năm/giai đoạn', 'Chỉ tiêu', 'Giá trị', 'Văn bản'].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, found.map((f) => {
        const at = clauseLocator(labelsOfId(f.target.clauseId, f.documentId)) || 'Điều khoản';
        return h('tr', {},
          h('td', {}, placeOf(f) || h('span', { class: 'muted' }, 'Không ghi')),
          h('td', {}, f.target.period ?? (f.documentYear ? [`${f.documentYear} (năm văn bản)`, f.documentYearInferred ? [' ', inferredBadge()] : null] : '')),
          h('td', {}, f.target.indicator),
          h('td', { class: 'nowrap' }, valueText(f.target)),
          h('td', {}, h('a', { href: docHref(f.documentId) }, f.documentName ?? 'Văn bản'), h('div', { class: 'small' }, h('a', { href: clauseHref(f.target.clauseId) }, at))));
      }))));
}

function renderPage(root, ctx) {
  const state = { indicator: ctx.query.get('indicator') ?? '', place: ctx.query.get('place') ?? '' };
  const indicator = h('select', { class: 'select', id: 'targets-indicator' }, h('option', { value: '' }, 'Tất cả chỉ số'));
  const place = h('input', { class: 'input', id: 'targets-place', type: 'search', placeholder: 'Ví dụ: Hà Tĩnh', value: state.place });
  const excel = h('a', { class: 'btn btn--ghost', id: 'targets-xlsx' }, 'Tải Excel (.xlsx)');
  const status = h('p', { class: 'muted', role: 'status', 'aria-live': 'polite' });
  const body = h('div', {});

  render(root,
    h('div', { class: 'page-head' }, h('h1', {}, 'Chỉ tiêu'),
      h('p', {}, 'So sánh một chỉ tiêu giữa các văn bản và địa phương; mỗi giá trị dẫn về điều khoản nêu nó.')),
    h('div', { class: 'layout-2' },
      h('form', { class: 'card', 'aria-label': 'Chọn chỉ tiêu', onsubmit: (e) => { e.preventDefault(); load(); } },
        h('div', { class: 'field' }, h('label', { for: 'targets-indicator' }, 'Chỉ số'), indicator),
        h('div', { class: 'field' }, h('label', { for: 'targets-place' }, 'Địa phương'), place),
        h('p', {}, excel)),
      h('section', { 'aria-label': 'Chỉ tiêu' }, status, body)));

  indicator.addEventListener('change', () => { state.indicator = indicator.value; load(); });
  place.addEventListener('input', debounce(() => { state.place = place.value.trim(); load(); }, 250));

  api.indicators().then((list) => {
    indicator.append(...list.map((i) => h('option', { value: i.key, selected: i.key === state.indicator },
      `${i.label} (${count(i.documents, 'văn bản')})`)));
  }).catch(() => { /* the page still lists every target */ });

  async function load() {
    replaceQuery(state);
    excel.href = `/api/targets/export.xlsx${query(state)}`;
    status.textContent = 'Đang tải…';
    try {
      const found = await api.targets(state);
      const documents = new Set(found.map((f) => f.documentId)).size;
      status.textContent = found.length ? `${count(found.length, 'chỉ tiêu')} trong ${count(documents, 'văn bản')}.` : '';
      render(body, found.length
        ? [state.indicator ? chart(comparable(found)) : null,
            h('section', { class: 'card', 'aria-label': 'Bảng chỉ tiêu' }, table(found))]
        : h('p', { class: 'empty' }, 'Không có chỉ tiêu nào khớp lựa chọn.'));
    } catch (error) {
      status.textContent = '';
      render(body, errorBox(error));
    }
  }

  load();
}

export default { title: 'Chỉ tiêu', render: renderPage };
