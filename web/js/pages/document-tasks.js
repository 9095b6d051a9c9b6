// "Nhiệm vụ" section of the document page: the tasks a plan assigns, as a table a person can sort by deadline, filter
// by agency (lead or cooperating) and take to Excel as CSV (built here, in the browser, from what the table shows).
import { query } from '../api.js';
import { h, render } from '../dom.js';
import { clauseHref, clauseLocator, formatDate, labelsOfId, leadsOf } from '../format.js';

const collator = new Intl.Collator('vi');

/** The deadline as people read it: the printed phrase, with the resolved date when it says more. */
function deadlineText(deadline) {
  if (!deadline) return '';
  return deadline.text;
}

/** The date a task is due by, for sorting: end of the period, else its start; none sorts last. */
function dueKey(task) {
  return task.deadline?.to ?? task.deadline?.from ?? null;
}

/** Every agency named as lead or cooperating, in Vietnamese order. */
export function agenciesOf(tasks) {
  const names = new Set();
  for (const t of tasks) {
    for (const l of leadsOf(t)) names.add(l);
    for (const c of t.cooperating ?? []) names.add(c);
  }
  return [...names].sort(collator.compare);
}

/** The tasks to show: those naming the agency (lead or cooperating), sorted by due date when asked. */
export function visibleTasks(tasks, { agency, sort }) {
  const rows = tasks.map((task, index) => ({ task, index }))
    .filter(({ task }) => !agency || leadsOf(task).includes(agency) || (task.cooperating ?? []).includes(agency));
  if (sort === 'none') return rows;
  const direction = sort === 'descending' ? -1 : 1;
  return rows.sort((a, b) => {
    const x = dueKey(a.task);
    const y = dueKey(b.task);
    if (x === y) return a.index - b.index;
    if (x === null) return 1; // undated tasks stay last either way
    if (y === null) return -1;
    return x < y ? -direction : direction;
  });
}

// A cell starting with = + @ (or - before a non-space) would be read by Excel as a formula; a leading quote keeps it text.
const csvCell = (value) => {
  let text = String(value ?? '');
  if (/^[=+@\t\r]|^-\S/.test(text)) text = `'${text}`;
  return /[",\r\n;]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** CSV of the rows (UTF-8 with a BOM so Excel reads Vietnamese; CRLF line ends as RFC 4180 says). */
export function tasksCsv(rows, documentId) {
  const header = ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời hạn', 'Từ ngày', 'Đến ngày', 'Sản phẩm', 'Điều khoản'];
  const lines = rows.map(({ task, index }) => [
    index + 1, task.text, leadsOf(task).join('; '), (task.cooperating ?? []).join('; '), deadlineText(task.deadline),
    formatDate(task.deadline?.from), formatDate(task.deadline?.to), task.output ?? '', clauseLocator(labelsOfId(task.clauseId, documentId)),
  ]);
  return `\uFEFF${[header, ...lines].map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

function taskRow({ task, index }, documentId) {
  const where = clauseLocator(labelsOfId(task.clauseId, documentId));
  return h('tr', {},
    h('td', { class: 'num' }, index + 1),
    h('td', {}, task.text),
    h('td', {}, leadsOf(task).length ? leadsOf(task).join('; ') : h('span', { class: 'muted' }, 'Không ghi')),
    h('td', {}, (task.cooperating ?? []).join('; ')),
    h('td', {}, deadlineText(task.deadline),
      task.deadline?.to && task.deadline.kind !== 'date' ? h('div', { class: 'muted small' }, `đến ${formatDate(task.deadline.to)}`) : null),
    h('td', {}, task.output ?? ''),
    h('td', {}, h('a', { href: clauseHref(task.clauseId), title: `Mở ${where}` }, where || 'Điều khoản')));
}

/** The "Nhiệm vụ" section, or null when the document assigns no task. */
export function tasksSection(tasks, documentId, fileName) {
  if (!tasks?.length) return null;
  const state = { agency: '', sort: 'none' };
  const body = h('tbody');
  const status = h('p', { class: 'muted small', role: 'status', 'aria-live': 'polite' });
  const sortButton = h('button', { type: 'button', class: 'th-sort', id: 'tasks-sort' }, 'Thời hạn');
  const deadlineHeader = h('th', { scope: 'col', 'aria-sort': 'none' }, sortButton);
  const csv = h('a', { class: 'btn btn--ghost btn--small', id: 'tasks-csv', download: fileName }, 'Tải CSV');
  // The server builds the .xlsx from the same filter (dates as Excel dates, frozen header, auto filter).
  const xlsx = h('a', { class: 'btn btn--ghost btn--small', id: 'tasks-doc-xlsx' }, 'Tải Excel (.xlsx)');
  const select = h('select', { id: 'tasks-agency' },
    h('option', { value: '' }, 'Tất cả cơ quan'),
    agenciesOf(tasks).map((a) => h('option', { value: a }, a)));

  function update() {
    const rows = visibleTasks(tasks, state);
    render(body, rows.map((row) => taskRow(row, documentId)));
    status.textContent = state.agency
      ? `${rows.length}/${tasks.length} nhiệm vụ có ${state.agency} chủ trì hoặc phối hợp.`
      : `${tasks.length} nhiệm vụ.`;
    deadlineHeader.setAttribute('aria-sort', state.sort);
    sortButton.title = state.sort === 'ascending' ? 'Đang xếp hạn sớm trước; bấm để xếp hạn muộn trước' : 'Bấm để xếp hạn sớm trước';
    csv.href = `data:text/csv;charset=utf-8,${encodeURIComponent(tasksCsv(rows, documentId))}`;
    xlsx.href = `/api/tasks/export.xlsx${query({ documentId, agency: state.agency })}`;
  }

  sortButton.addEventListener('click', () => {
    state.sort = state.sort === 'ascending' ? 'descending' : 'ascending';
    update();
  });
  select.addEventListener('change', () => {
    state.agency = select.value;
    update();
  });
  update();

  return h('section', { class: 'card tasks', 'aria-labelledby': 'tasks-title' },
    h('details', { class: 'tasks__details', open: tasks.length <= 8 },
      h('summary', {}, h('h2', { class: 'card__title', id: 'tasks-title' }, `Nhiệm vụ (${tasks.length})`)),
      h('div', { class: 'tasks__tools' },
        h('label', { for: 'tasks-agency' }, 'Cơ quan '), select, csv, xlsx),
      status,
      h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': 'Bảng nhiệm vụ' },
        h('table', { class: 'data-table' },
          h('caption', { class: 'visually-hidden' }, 'Nhiệm vụ được giao, bấm tiêu đề "Thời hạn" để xếp theo hạn'),
          h('thead', {}, h('tr', {},
            h('th', { scope: 'col' }, 'STT'), h('th', { scope: 'col' }, 'Nhiệm vụ'), h('th', { scope: 'col' }, 'Cơ quan chủ trì'),
            h('th', { scope: 'col' }, 'Phối hợp'), deadlineHeader, h('th', { scope: 'col' }, 'Sản phẩm'), h('th', { scope: 'col' }, 'Điều khoản'))),
          body))));
}
