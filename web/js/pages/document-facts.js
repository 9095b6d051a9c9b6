// Facts card of the document page (signer, issue and effective dates, what the document does to other documents) and
// the effect-status badges of the documents it cites ("Còn hiệu lực", "Đã bị bãi bỏ bởi …", "Chưa rõ").
import { api } from '../api.js';
import { h, render } from '../dom.js';
import { citeHref, clauseHref, clauseLocator, docHref, formatDate, labelsOfId } from '../format.js';
import { inferredBadge } from '../inferred.js';

/** Signing modes (Nghị định 30/2020/NĐ-CP Điều 8 khoản 7) in words. */
const MODES = { 'TM.': 'thay mặt', 'KT.': 'ký thay', 'Q.': 'quyền', 'TL.': 'thừa lệnh', 'TUQ.': 'thừa uỷ quyền' };

/** Relation kinds in Vietnamese, as the acting document states them. */
export const RELATIONS = {
  repeals: 'Bãi bỏ', replaces: 'Thay thế', amends: 'Sửa đổi, bổ sung', guides: 'Hướng dẫn', implements: 'Thực hiện', applies: 'Áp dụng',
};

// One answer per key per page load; the legal-basis panel, the chips and the relations list often ask about the same
// key. Keys asked for in the same turn of the event loop go to the server together in one request.
const pending = new Map();
let batch = null;

function flush() {
  const { keys, waiters } = batch;
  batch = null;
  api.statuses(keys).then(
    (list) => keys.forEach((key, i) => waiters.get(key)(list[i] ?? null)),
    () => keys.forEach((key) => waiters.get(key)(null)));
}

/** The effect status of a cited key, or null when the server could not say. */
export function statusOf(key) {
  if (!pending.has(key)) {
    if (!batch) {
      batch = { keys: [], waiters: new Map() };
      queueMicrotask(flush);
    }
    const current = batch;
    current.keys.push(key);
    pending.set(key, new Promise((resolve) => current.waiters.set(key, resolve)));
  }
  return pending.get(key);
}

/** Forgets answers from an earlier page (a document added or removed may change them). */
export const clearStatuses = () => pending.clear();

function signerText(signer) {
  if (!signer) return null;
  const who = [signer.title, signer.name].filter(Boolean).join(' ');
  const mode = signer.mode ? `${signer.mode} ${signer.onBehalfOf ?? ''}`.trim() : null;
  return [
    who || 'Không ghi tên',
    mode ? h('span', { class: 'badge', title: `Hình thức ký: ${MODES[signer.mode] ?? signer.mode}` }, mode) : null,
  ];
}

function issuedText(facts) {
  if (!facts.issuedOn) return null;
  return [formatDate(facts.issuedOn), ' ', facts.issuedOnInferred
    ? inferredBadge()
    : null];
}

function effectiveText(facts, documentId) {
  const text = facts.effectiveOn ? formatDate(facts.effectiveOn) : facts.effectiveOnSigning ? 'Kể từ ngày ký' : null;
  if (!text) return null;
  if (!facts.effectiveClauseId) return text;
  const where = clauseLocator(labelsOfId(facts.effectiveClauseId, documentId));
  return [text, h('span', { class: 'muted small' }, ' · nêu tại '),
    h('a', { class: 'small', href: clauseHref(facts.effectiveClauseId), title: `Mở ${where}` }, where)];
}

function relationItem(relation, documentId) {
  const target = h('a', { href: citeHref(relation.targetKey), title: `Các văn bản trích dẫn ${relation.targetKey}` }, relation.targetKey);
  // When the store holds the target, link to it instead of the citation page.
  statusOf(relation.targetKey).then((s) => {
    if (s?.documentId) {
      target.href = docHref(s.documentId);
      target.title = `Mở ${relation.targetKey} (có trong kho)`;
    }
  });
  const where = clauseLocator(labelsOfId(relation.clauseId, documentId));
  const when = relation.effectiveOn ? ` từ ${formatDate(relation.effectiveOn)}` : relation.effectiveOnSigning ? ' kể từ ngày ký' : '';
  return h('li', {},
    h('span', { class: `badge badge--rel-${relation.relation}` }, RELATIONS[relation.relation] ?? relation.relation), ' ',
    relation.scope === 'part' ? [relation.part ? `${relation.part} của ` : 'một phần ', target] : target,
    when, h('span', { class: 'muted small' }, ' · nêu tại '),
    h('a', { class: 'small', href: clauseHref(relation.clauseId), title: `Mở ${where}` }, where));
}

/**
 * The facts card: who signed, when issued and in force, and what the document does to other documents. The document's
 * own metadata fills in when the facts are empty (a store built before the facts layer).
 */
export function factsCard(facts, documentId, doc = {}) {
  if (!facts) return null;
  const signer = facts.signer ?? (doc.signer ? { name: doc.signer, title: doc.signerPosition } : null);
  const row = (label, value) => (value ? [h('dt', {}, label), h('dd', {}, value)] : null);
  const relations = facts.relations ?? [];
  return h('section', { class: 'card facts-card', 'aria-labelledby': 'facts-title' },
    h('h2', { class: 'card__title', id: 'facts-title' }, 'Dữ kiện văn bản'),
    h('dl', { class: 'meta-grid' },
      row('Người ký', signerText(signer) ?? h('span', { class: 'muted' }, 'Văn bản không in phần ký')),
      row('Ngày ban hành', issuedText(facts.issuedOn ? facts : { issuedOn: doc.issuedOn }) ?? h('span', { class: 'muted' }, 'Không ghi')),
      row('Ngày hiệu lực', effectiveText(facts, documentId) ?? h('span', { class: 'muted' }, 'Văn bản không nêu'))),
    relations.length
      ? [h('h3', { class: 'facts-card__sub' }, 'Quan hệ với văn bản khác'), h('ul', { class: 'panel-list relations' }, relations.map((r) => relationItem(r, documentId)))]
      : null);
}

/** The badge for one effect status; "bởi …" links to the acting document. */
export function statusBadge(status) {
  if (!status) return h('span', { class: 'badge status', title: 'Không tra được tình trạng hiệu lực' }, 'Chưa rõ');
  const by = status.by ?? [];
  const first = by.find((b) => b.relation === status.status) ?? by[0];
  const actor = first ? h('a', { href: docHref(first.documentId) }, first.key) : null;
  const more = by.length > 1 ? ` và ${by.length - 1} văn bản khác` : '';
  const attrs = (tone) => ({ class: `badge status status--${status.status}${tone ? ` badge--${tone}` : ''}`, title: status.label });
  switch (status.status) {
    case 'in-force': return h('span', attrs('ok'), 'Còn hiệu lực');
    case 'repealed': return h('span', attrs('err'), 'Đã bị bãi bỏ', actor ? [' bởi ', actor, more] : null);
    case 'replaced': return h('span', attrs('err'), 'Bị thay thế', actor ? [' bởi ', actor, more] : null);
    case 'amended': return h('span', attrs('warn'), 'Sửa đổi một phần', actor ? [' bởi ', actor, more] : null);
    default: return h('span', attrs(null), 'Chưa rõ');
  }
}

/** Fills each ".status-slot[data-key]" under root with the key's badge, as the answers arrive. */
export function fillStatuses(root) {
  for (const slot of root.querySelectorAll('.status-slot[data-key]')) {
    statusOf(slot.dataset.key).then((s) => render(slot, statusBadge(s)));
  }
}

const CHANGED = { repealed: 'đã bị bãi bỏ', replaced: 'đã bị thay thế', amended: 'bị sửa đổi một phần' };

/**
 * Marks each citation chip (".chip[data-key]") under root whose document the store knows to be repealed, replaced or
 * amended: a class for the colour, the status in the tooltip and a visually hidden phrase for screen readers.
 */
export function markChips(root) {
  for (const chip of root.querySelectorAll('.chip[data-key]')) {
    statusOf(chip.dataset.key).then((s) => {
      const phrase = CHANGED[s?.status];
      if (!phrase) return;
      chip.classList.add(`chip--${s.status}`);
      chip.title = [chip.title, s.label].filter(Boolean).join(' · ');
      chip.append(h('span', { class: 'visually-hidden' }, ` (${phrase})`));
    });
  }
}

/**
 * "Văn bản này đã bị bãi bỏ bởi … từ ngày …" above a document the store knows to be repealed, replaced or amended;
 * an empty slot otherwise (most documents), filled when the answer arrives.
 */
export function effectBanner(number) {
  const slot = h('div', { class: 'effect-banner-slot' });
  if (!number) return slot;
  statusOf(number).then((s) => {
    const phrase = CHANGED[s?.status];
    if (!phrase) return;
    const changes = (s.by ?? []).filter((b) => s.status === 'amended' || b.relation === (s.status === 'replaced' ? 'replaces' : 'repeals'));
    render(slot, h('div', { class: `effect-banner effect-banner--${s.status}`, role: 'note' },
      h('strong', {}, `Văn bản này ${phrase}`), ' bởi ',
      changes.map((b, i) => [i ? ', ' : '', h('a', { href: b.clauseId ? clauseHref(b.clauseId) : docHref(b.documentId) }, b.key),
        b.effectiveOn ? ` từ ngày ${formatDate(b.effectiveOn)}` : '']),
      '.'));
  });
  return slot;
}
