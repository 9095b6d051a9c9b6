// Search page: one box, results as you type, facets, mode switch, keyboard navigation.
import { api } from '../api.js';
import { h, render, debounce, errorBox } from '../dom.js';
import { citeHref, count } from '../format.js';
import { resultItem } from './search-result.js';
import { replaceQuery } from '../router.js';

const PAGE = 10;
const MODES = [
  ['hybrid', 'Kết hợp', 'Từ khoá và ngữ nghĩa, xếp hạng chung'],
  ['keyword', 'Từ khoá', 'Đúng các từ đã gõ (có dấu hay không dấu)'],
  ['semantic', 'Ngữ nghĩa', 'Các điều khoản cùng ý, dù dùng từ khác'],
];
const FACETS = [['type', 'Loại văn bản'], ['issuer', 'Cơ quan ban hành'], ['province', 'Tỉnh, thành phố'], ['year', 'Năm ban hành']];
const EXAMPLES = ['bao hiem y te', 'y tế cơ sở', 'QĐ 281', 'tiêm chủng mở rộng', 'thi đua khen thưởng'];

function stateFrom(query) {
  return {
    q: query.get('q') ?? '',
    mode: MODES.some(([m]) => m === query.get('mode')) ? query.get('mode') : 'hybrid',
    type: query.get('type') ?? '',
    issuer: query.get('issuer') ?? '',
    province: query.get('province') ?? '',
    year: query.get('year') ?? '',
  };
}

function renderPage(root, ctx) {
  let state = stateFrom(ctx.query);
  let hits = [];
  let loaded = 0; // matching and related hits shown so far (the API pages over both)
  let total = 0;
  let separator = null; // the "Có thể liên quan" heading inside the list, once related hits are shown
  let controller = null;
  let lastQuery = null;

  const input = h('input', {
    id: 'search-input', class: 'input search-box__input', type: 'search', autocomplete: 'off', spellcheck: 'false',
    placeholder: 'Nhập từ khoá, số hiệu văn bản… ví dụ: bảo hiểm y tế, QĐ 281', 'aria-describedby': 'search-hint',
    'aria-controls': 'search-results', 'aria-label': 'Tìm điều khoản',
  });
  input.value = state.q;
  const modeGroup = h('div', { class: 'segmented', role: 'radiogroup', 'aria-label': 'Cách tìm' },
    MODES.map(([value, label, title]) => h('label', { title },
      h('input', { type: 'radio', name: 'mode', value, checked: state.mode === value, onchange: () => { state.mode = value; search(); } }),
      h('span', {}, label))));
  const status = h('p', { class: 'search-status', role: 'status', 'aria-live': 'polite' });
  const facetsEl = h('div', { class: 'facets' });
  const list = h('ol', { id: 'search-results', class: 'results', 'aria-label': 'Kết quả tìm kiếm' });
  const more = h('div', { class: 'pager' });
  const intro = h('div', {});

  render(root,
    h('section', { class: 'search-hero card' },
      h('h1', { class: 'visually-hidden' }, 'Tìm kiếm điều khoản'),
      h('div', { class: 'search-box', role: 'search' }, input),
      h('p', { id: 'search-hint', class: 'search-box__hint' },
        'Nhấn ', h('kbd', {}, '/'), ' để gõ tìm · ', h('kbd', {}, '↓'), ' ', h('kbd', {}, '↑'), ' để chọn kết quả · ',
        h('kbd', {}, 'Enter'), ' để mở. Gõ có dấu hay không dấu đều được; hiểu viết tắt (BHYT, QĐ, KH).'),
      h('div', { class: 'search-tools' }, modeGroup, status)),
    h('div', { class: 'layout-2' },
      h('aside', { class: 'facets-panel card', 'aria-label': 'Bộ lọc' },
        h('details', { open: window.innerWidth > 760 }, h('summary', {}, 'Bộ lọc'), facetsEl)),
      h('section', { 'aria-label': 'Kết quả' }, intro, list, more)));

  const runDebounced = debounce(() => search(), 250);
  input.addEventListener('input', () => { state.q = input.value; runDebounced(); });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') { event.preventDefault(); focusResult(0); }
    if (event.key === 'Enter') {
      event.preventDefault();
      const first = list.querySelector('a');
      if (state.q === lastQuery && first) first.click();
      else { runDebounced.cancel(); search(); }
    }
    if (event.key === 'Escape' && input.value) { input.value = ''; state.q = ''; search(); }
  });
  list.addEventListener('keydown', (event) => {
    const links = [...list.querySelectorAll('a.result__link')];
    const index = links.indexOf(document.activeElement);
    if (index < 0) return;
    if (event.key === 'ArrowDown') { event.preventDefault(); focusResult(Math.min(index + 1, links.length - 1)); }
    else if (event.key === 'ArrowUp') { event.preventDefault(); if (index === 0) input.focus(); else focusResult(index - 1); }
    else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey && event.key !== ' ') input.focus();
  });
  list.addEventListener('focusin', (event) => markSelected(event.target.closest('.result')));

  function focusResult(i) {
    const links = list.querySelectorAll('a.result__link');
    if (links[i]) links[i].focus();
  }

  function markSelected(item) {
    // aria-current, not aria-selected: a list item is not an option, and screen readers ignore (axe: critical) the latter there.
    for (const li of list.querySelectorAll('.result')) if (li === item) li.setAttribute('aria-current', 'true'); else li.removeAttribute('aria-current');
  }

  async function search(append = false) {
    controller?.abort();
    replaceQuery({ q: state.q.trim(), mode: state.mode === 'hybrid' ? '' : state.mode, type: state.type, issuer: state.issuer, province: state.province, year: state.year });
    if (!state.q.trim()) {
      hits = []; loaded = 0; total = 0; lastQuery = ''; separator = null;
      render(list); render(more); render(facetsEl, h('p', { class: 'muted small' }, 'Bộ lọc hiện ra cùng kết quả.'));
      status.textContent = '';
      showIntro();
      return;
    }
    render(intro);
    controller = new AbortController();
    const offset = append ? loaded : 0;
    status.textContent = 'Đang tìm…';
    try {
      const result = await api.search({
        q: state.q.trim(), mode: state.mode, top: PAGE, offset, type: state.type, issuer: state.issuer, province: state.province, year: state.year,
      }, controller.signal);
      lastQuery = state.q;
      hits = append ? hits.concat(result.hits) : result.hits;
      loaded = (append ? loaded : 0) + result.hits.length + (result.related?.length ?? 0);
      total = result.total;
      showResults(result, append);
    } catch (error) {
      if (error.name === 'AbortError') return;
      status.textContent = '';
      render(list, h('li', {}, errorBox(error)));
      render(more);
    }
  }

  function showResults(result, append) {
    list.dataset.query = result.query; // which query the list shows (the box may already hold the next one)
    const filters = FACETS.filter(([key]) => state[key]).length;
    const related = result.related ?? [];
    status.textContent = total === 0
      ? `Không tìm thấy điều khoản nào khớp với “${result.query}”.`
      : `${count(total, 'điều khoản')} phù hợp${filters ? ` (đang lọc ${filters} điều kiện)` : ''} · ${result.tookMs} ms`;
    const first = append ? list.querySelectorAll('a.result__link').length : 0;
    const items = result.hits.map((hit, i) => resultItem(hit, first + i));
    const relatedItems = related.map((hit, i) => resultItem(hit, first + items.length + i, true));
    if (!append) {
      separator = null;
      render(list, total === 0 ? nothingFound(result) : null);
    }
    // Matching hits stay above the "Có thể liên quan" group; related ones go below it.
    if (separator) separator.before(...items);
    else list.append(...items);
    if (relatedItems.length) {
      if (!separator) {
        separator = h('li', { class: 'results__group' },
          h('h2', {}, 'Có thể liên quan'),
          h('p', { class: 'muted small' }, 'Gần nghĩa hoặc chỉ chung một số từ với câu tìm; không tính vào số kết quả phù hợp.'));
        list.append(separator);
      }
      list.append(...relatedItems);
    }
    if (!append && (result.note || result.references?.length || result.namedDocuments?.length)) {
      list.prepend(h('li', { class: 'note-box' },
        result.note ?? '',
        result.namedDocuments?.length ? ['Câu tìm nêu số hiệu của văn bản trong kho; tên văn bản và điều khoản đầu được xếp trước. '] : '',
        result.references?.length ? ['Câu tìm nhắc tới văn bản: ', result.references.map((key) => h('a', { class: 'chip', href: citeHref(key) }, key)),
          ' — các điều khoản trích dẫn văn bản đó được xếp trước.'] : ''));
    }
    render(more, loaded < (result.shown ?? total)
      ? h('button', { class: 'btn btn--ghost', type: 'button', onclick: () => search(true) }, `Xem thêm (${count(result.shown - loaded, 'kết quả')})`)
      : null);
    showFacets(result.facets);
  }

  /** "Không tìm thấy…" with the suggestions the API found to match something. */
  function nothingFound(result) {
    const suggestions = result.suggestions ?? [];
    return h('li', { class: 'empty nothing-found' },
      h('p', {}, h('strong', {}, 'Không tìm thấy'), ` điều khoản nào có đủ các từ “${result.query}”.`),
      suggestions.length
        ? h('ul', { class: 'suggestions' }, suggestions.map((s) => h('li', {}, h('button', {
          type: 'button', class: 'btn btn--ghost btn--small',
          onclick: () => {
            if (s.kind === 'no-filters') for (const [key] of FACETS) state[key] = '';
            state.q = s.query; input.value = s.query; search();
          },
        }, s.label, ' ', h('span', { class: 'count' }, count(s.matches, 'điều khoản'))))))
        : h('p', { class: 'muted small' }, 'Thử bỏ bớt từ, kiểm tra chính tả, hoặc chuyển sang cách tìm "Ngữ nghĩa".'));
  }

  function showFacets(facets) {
    const groups = FACETS.map(([key, label]) => {
      const values = facets?.[key] ?? [];
      if (!values.length) return null;
      return [h('h2', {}, label), h('ul', { class: 'facet-list' }, values.slice(0, 8).map((f) => {
        const pressed = state[key] === f.value;
        return h('li', {}, h('button', {
          type: 'button', 'aria-pressed': String(pressed), title: `${f.count} văn bản`,
          onclick: () => { state[key] = pressed ? '' : f.value; search(); },
        }, h('span', {}, f.value), h('span', { class: 'count' }, f.count)));
      }))];
    });
    const active = FACETS.some(([key]) => state[key]);
    render(facetsEl, groups, h('p', { class: 'muted small' }, 'Số đếm là số văn bản trong kho.'),
      active ? h('button', { class: 'btn btn--ghost btn--small facet-clear', type: 'button', onclick: () => { for (const [key] of FACETS) state[key] = ''; search(); } }, 'Bỏ mọi bộ lọc') : null);
  }

  async function showIntro() {
    render(intro, h('div', { class: 'card' },
      h('h2', {}, 'Tra cứu nhanh trong kho văn bản'),
      h('p', {}, 'Gõ vài từ về nội dung cần tìm; kết quả hiện ngay khi gõ, mỗi kết quả là một điều khoản kèm vị trí trong văn bản. ' +
        'Nhấn vào kết quả để mở văn bản đúng chỗ đó.'),
      h('p', { class: 'small' }, 'Thử: ', EXAMPLES.map((q) => [h('a', { class: 'chip', href: `#/?q=${encodeURIComponent(q)}` }, q), ' '])),
      h('p', { class: 'muted small', id: 'kb-stats' }, '')));
    try {
      const health = await api.health();
      const stats = intro.querySelector('#kb-stats');
      if (stats) stats.textContent = `Kho hiện có ${count(health.documents, 'văn bản')}, ${count(health.clauses, 'điều khoản')}, ${count(health.citations, 'trích dẫn')}.`;
    } catch { /* the stats line is optional */ }
  }

  search();
  input.focus();

  return {
    update(next) {
      const wanted = stateFrom(next.query);
      if (JSON.stringify(wanted) === JSON.stringify(state)) return true;
      state = wanted;
      input.value = state.q;
      for (const radio of modeGroup.querySelectorAll('input')) radio.checked = radio.value === state.mode;
      search();
      return true;
    },
    dispose() { controller?.abort(); runDebounced.cancel(); },
  };
}

export default { title: 'Tìm kiếm', render: renderPage };
