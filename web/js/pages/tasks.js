// "Nhiệm vụ theo cơ quan": every task the stored documents assign, across documents, for one agency (lead or
// cooperating) and a deadline bound; a timeline of deadlines by month, the full table, and an Excel download built by
// the server from the same filter.
import { api, query } from '../api.js';
import { h, render, errorBox } from '../dom.js';
import { clauseHref, clauseLocator, count, docHref, formatDate, labelsOfId, leadsOf } from '../format.js';
import { replaceQuery } from '../router.js';

const ROLES = [['', 'Chủ trì hoặc phối hợp'], ['lead', 'Chủ trì'], ['cooperating', 'Phối hợp']];

/** The date a task is due by (end of its period, else its start), or null. */
export const dueOf = (task) => task.deadline?.to ?? task.deadline?.from ?? null;

/** Tasks in the role asked for: the agency leads them, or only cooperates on them. */
export function inRole(found, agency, role) {
  if (!agency || !role) return found;
  const key = agency.toLocaleLowerCase('vi');
  const leads = (t) => leadsOf(t).some((l) => l.toLocaleLowerCase('vi').includes(key));
  return found.filter(({ task }) => (role === 'lead' ? leads(task) : !leads(task)));
}

/** Dated tasks grouped by the month they are due, earliest first: [{ month: '2025-06', items }]. */
export function byMonth(found) {
  const groups = new Map();
  for (const f of found.filter((x) => dueOf(x.task)).sort((a, b) => dueOf(a.task).localeCompare(dueOf(b.task)))) {
    const month = dueOf(f.task).slice(0, 7);
    if (!groups.has(month)) groups.set(month, []);
    groups.get(month).push(f);
  }
  return [...groups].map(([month, items]) => ({ month, items }));
}

const monthName = (month) => `Tháng ${month.slice(5, 7)}/${month.slice(0, 4)}`;

function where(f) {
  const text = clauseLocator(labelsOfId(f.task.clauseId, f.documentId)) || 'Điều khoản';
  return h('a', { href: clauseHref(f.task.clauseId), title: `Mở ${text} của văn bản` }, text);
}

function timeline(found, today) {
  const months = byMonth(found);
  if (!months.length) return h('p', { class: 'empty' }, 'Không nhiệm vụ nào ghi thời hạn cụ thể.');
  return h('ol', { class: 'timeline', 'aria-label': 'Thời hạn theo tháng' }, months.map(({ month, items }) =>
    h('li', { class: `timeline__month${month < today.slice(0, 7) ? ' timeline__month--past' : ''}` },
      h('h3', { class: 'timeline__label' }, monthName(month), h('span', { class: 'muted small' }, ` · ${count(items.length, 'nhiệm vụ')}`)),
      h('ul', { class: 'timeline__items' }, items.map((f) => h('li', {},
        h('span', { class: 'timeline__date' }, formatDate(dueOf(f.task))),
        h('span', {}, f.task.text.length > 160 ? `${f.task.text.slice(0, 157)}…` : f.task.text),
        h('span', { class: 'muted small' }, ` — ${leadsOf(f.task).join('; ') || 'không ghi cơ quan chủ trì'}; `, h('a', { href: docHref(f.documentId) }, f.documentName ?? 'văn bản'), ', ', where(f))))))));
}

function table(found) {
  return h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': 'Bảng nhiệm vụ' },
    h('table', { class: 'data-table' },
      h('caption', { class: 'visually-hidden' }, 'Nhiệm vụ được giao trong các văn bản của kho'),
      h('thead', {}, h('tr', {}, ['Nhiệm vụ', 'Chủ trì', 'Phối hợp', 'Thời hạn', 'Văn bản'].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, found.map((f) => h('tr', {},
        h('td', {}, f.task.text),
        h('td', {}, leadsOf(f.task).length ? leadsOf(f.task).join('; ') : h('span', { class: 'muted' }, 'Không ghi')),
        h('td', {}, (f.task.cooperating ?? []).join('; ')),
        h('td', {}, f.task.deadline?.text ?? '', dueOf(f.task) && f.task.deadline.kind !== 'date' ? h('div', { class: 'muted small' }, `đến ${formatDate(dueOf(f.task))}`) : null),
        h('td', {}, h('a', { href: docHref(f.documentId) }, f.documentName ?? 'Văn bản'), h('div', { class: 'small' }, where(f))))))));
}

function renderPage(root, ctx) {
  const state = { agency: ctx.query.get('agency') ?? '', role: ctx.query.get('role') ?? '', dueBefore: ctx.query.get('dueBefore') ?? '' };
  const agency = h('select', { class: 'select', id: 'tasks-agency' }, h('option', { value: '' }, 'Tất cả cơ quan'));
  const role = h('select', { class: 'select', id: 'tasks-role' }, ROLES.map(([v, l]) => h('option', { value: v, selected: v === state.role }, l)));
  const due = h('input', { class: 'input', id: 'tasks-due', type: 'date', value: state.dueBefore });
  const excel = h('a', { class: 'btn btn--ghost', id: 'tasks-xlsx' }, 'Tải Excel (.xlsx)');
  const status = h('p', { class: 'muted', id: 'tasks-status', role: 'status', 'aria-live': 'polite' });
  const body = h('div', {});

  render(root,
    h('div', { class: 'page-head' }, h('h1', {}, 'Nhiệm vụ theo cơ quan'),
      h('p', {}, 'Các nhiệm vụ mà văn bản trong kho giao cho từng cơ quan, với thời hạn và điều khoản nêu nhiệm vụ.')),
    h('div', { class: 'layout-2' },
      h('form', { class: 'card', 'aria-label': 'Lọc nhiệm vụ', onsubmit: (e) => { e.preventDefault(); load(); } },
        h('div', { class: 'field' }, h('label', { for: 'tasks-agency' }, 'Cơ quan'), agency),
        h('div', { class: 'field' }, h('label', { for: 'tasks-role' }, 'Vai trò'), role),
        h('div', { class: 'field' }, h('label', { for: 'tasks-due' }, 'Hạn đến hết ngày'), due),
        h('p', {}, excel)),
      h('section', { 'aria-label': 'Nhiệm vụ' }, status, body)));

  for (const [el, key] of [[agency, 'agency'], [role, 'role'], [due, 'dueBefore']]) {
    el.addEventListener('change', () => { state[key] = el.value; load(); });
  }

  api.taskAgencies().then((agencies) => {
    agency.append(...agencies.map((a) => h('option', { value: a.name, selected: a.name === state.agency },
      `${a.name} (${a.lead} chủ trì, ${a.cooperating} phối hợp)`)));
    if (state.agency && !agencies.some((a) => a.name === state.agency)) agency.append(h('option', { value: state.agency, selected: true }, state.agency));
  }).catch(() => { /* the list stays usable without the agency choices */ });

  async function load() {
    replaceQuery(state);
    excel.href = `/api/tasks/export.xlsx${query({ agency: state.agency, dueBefore: state.dueBefore })}`;
    status.textContent = 'Đang tải…';
    try {
      const found = inRole(await api.tasks({ agency: state.agency, dueBefore: state.dueBefore }), state.agency, state.role);
      const dated = found.filter((f) => dueOf(f.task)).length;
      const documents = new Set(found.map((f) => f.documentId)).size;
      status.textContent = found.length
        ? `${count(found.length, 'nhiệm vụ')} trong ${count(documents, 'văn bản')}; ${dated} có thời hạn cụ thể.`
        : '';
      render(body, found.length
        ? [h('section', { class: 'card', 'aria-labelledby': 'timeline-title' }, h('h2', { class: 'card__title', id: 'timeline-title' }, 'Thời hạn theo tháng'),
            timeline(found, new Date().toISOString())),
          h('section', { class: 'card', 'aria-labelledby': 'all-tasks-title' }, h('h2', { class: 'card__title', id: 'all-tasks-title' }, 'Tất cả nhiệm vụ'), table(found))]
        : h('p', { class: 'empty' }, 'Không có nhiệm vụ nào khớp bộ lọc.'));
    } catch (error) {
      status.textContent = '';
      render(body, errorBox(error));
    }
  }

  load();
}

export default { title: 'Nhiệm vụ theo cơ quan', render: renderPage };
