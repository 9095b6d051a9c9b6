// "Sửa thông tin văn bản" on the document page: a keyboard-friendly form (behind the write key, like uploads) that
// corrects type, number, issuer, date, title and signer, and the history of corrections (who, when, old, new).
import { api, apiKey } from '../api.js';
import { h, render, errorBox, toast } from '../dom.js';
import { formatDate } from '../format.js';

// The form's fields in order: the API's name, the Vietnamese label, a hint, the document's value as typed.
const FIELDS = [
  ['type', 'Loại văn bản', 'Ví dụ: Kế hoạch, Quyết định', (d) => d.type],
  ['number', 'Số, ký hiệu', 'Ví dụ: 36/KH-SYT', (d) => d.number],
  ['issuer', 'Cơ quan ban hành', 'Ví dụ: Sở Y tế tỉnh Hà Giang', (d) => d.issuer],
  ['issuedOn', 'Ngày ban hành', 'Dạng 29/01/2021 (hoặc 01/2021, 2021)', (d) => typedDate(d.issuedOn)],
  ['title', 'Trích yếu', '', (d) => d.title],
  ['signer', 'Người ký', 'Họ tên người ký', (d) => d.signer],
];

/** An ISO partial date as a person types it: "29/01/2021", "01/2021", "2021". */
function typedDate(iso) {
  if (!iso) return '';
  return iso.split('-').reverse().join('/');
}

const tidy = (value) => value.replace(/\s+/g, ' ').trim();

/** The fields whose typed value differs from the document's ("" clears a field). */
function changes(form, doc) {
  const body = {};
  for (const [name, , , current] of FIELDS) {
    const typed = tidy(form.elements[name].value);
    if (typed !== tidy(current(doc) ?? '')) body[name] = typed;
  }
  return body;
}

function historyList(items) {
  if (!items.length) return h('p', { class: 'muted small' }, 'Chưa ai sửa thông tin văn bản này.');
  const shown = (field, value) => (value ? (field === 'issuedOn' ? formatDate(value) : value) : '(trống)');
  return h('ol', { class: 'panel-list small correction-history' }, items.slice().reverse().map((c) => h('li', {},
    h('strong', {}, c.fieldLabel), ': ', h('del', {}, shown(c.field, c.oldValue)), ' → ', h('ins', {}, shown(c.field, c.newValue)),
    h('div', { class: 'muted' }, `${c.correctedBy} · ${new Date(c.correctedAt).toLocaleString('vi-VN')}`))));
}

/**
 * The "Sửa thông tin văn bản" button and its form, hidden until opened. <paramref name="onSaved"/> runs after a
 * correction is stored (the page reloads the document so every panel shows the new values).
 */
export function correctionSection(doc, documentId, onSaved) {
  const opener = h('button', { type: 'button', class: 'btn btn--ghost btn--small', 'aria-expanded': 'false', 'aria-controls': 'correction' }, 'Sửa thông tin văn bản');
  const message = h('div', { 'aria-live': 'polite' });
  const history = h('div', {}, h('p', { class: 'muted small' }, 'Đang tải lịch sử…'));
  const keyField = apiKey.get()
    ? null
    : h('div', { class: 'field' }, h('label', { for: 'correction-key' }, 'Khoá quản trị'),
      h('input', { class: 'input', id: 'correction-key', name: 'key', type: 'password', autocomplete: 'off', required: true }));
  const form = h('form', { class: 'correction-form', novalidate: true },
    FIELDS.map(([name, label, hint, current]) => h('div', { class: 'field' },
      h('label', { for: `correction-${name}` }, label),
      name === 'title'
        ? h('textarea', { class: 'textarea', id: `correction-${name}`, name, rows: 3 })
        : h('input', { class: 'input', id: `correction-${name}`, name, type: 'text', autocomplete: 'off', placeholder: hint || null, value: current(doc) ?? '' }))),
    h('div', { class: 'field' }, h('label', { for: 'correction-by' }, 'Người sửa (họ tên, đơn vị)'),
      h('input', { class: 'input', id: 'correction-by', name: 'correctedBy', type: 'text', autocomplete: 'name', required: true })),
    keyField,
    message,
    h('p', { class: 'actions' },
      h('button', { type: 'submit', class: 'btn' }, 'Lưu thay đổi'),
      h('button', { type: 'button', class: 'btn btn--ghost', onclick: () => close() }, 'Huỷ')));
  form.elements.title.value = doc.title ?? '';
  const panel = h('section', { class: 'correction', id: 'correction', hidden: true, 'aria-labelledby': 'correction-title' },
    h('h2', { class: 'card__title', id: 'correction-title' }, 'Sửa thông tin văn bản'),
    h('p', { class: 'muted small' }, 'Ô để trống thì xoá giá trị đó. Mỗi thay đổi được lưu vào lịch sử kèm người sửa và được giữ khi nạp lại cùng tệp.'),
    form,
    h('h3', { class: 'card__title' }, 'Lịch sử sửa'), history);

  function open() {
    panel.hidden = false;
    opener.setAttribute('aria-expanded', 'true');
    form.elements.type.focus();
    api.metadataHistory(documentId)
      .then((items) => render(history, historyList(items)))
      .catch((error) => render(history, errorBox(error)));
  }

  function close() {
    panel.hidden = true;
    opener.setAttribute('aria-expanded', 'false');
    opener.focus();
  }

  opener.addEventListener('click', () => (panel.hidden ? open() : close()));
  panel.addEventListener('keydown', (e) => { if (e.key === 'Escape') close(); });
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const body = changes(form, doc);
    const who = tidy(form.elements.correctedBy.value);
    if (!who) {
      render(message, errorBox({ title: 'Thiếu người sửa', detail: 'Hãy ghi họ tên và đơn vị của người sửa: mỗi lần sửa được lưu lại kèm người sửa.' }));
      form.elements.correctedBy.focus();
      return;
    }
    if (!Object.keys(body).length) {
      render(message, errorBox({ title: 'Chưa có gì thay đổi', detail: 'Hãy sửa ít nhất một ô rồi bấm Lưu thay đổi.' }));
      return;
    }
    if (keyField) apiKey.set(form.elements.key.value.trim());
    try {
      const result = await api.correctMetadata(documentId, { correctedBy: who, ...body });
      toast(`Đã lưu ${result.corrections.length} thay đổi.`);
      onSaved();
    } catch (error) {
      render(message, errorBox(error));
    }
  });

  return { opener, panel };
}
