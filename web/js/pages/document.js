// Document page: metadata card, collapsible outline, every clause with a deep link and its citations,
// "Căn cứ pháp lý" and "Văn bản cùng thực hiện" panels. Deep link: #/doc/{docId}/{labelPath}.
import { api } from '../api.js';
import { h, render, errorBox, copyText, toast } from '../dom.js';
import { marked } from '../highlight.js';
import { clearStatuses, effectBanner, factsCard, fillStatuses, markChips } from './document-facts.js';
import { tasksSection } from './document-tasks.js';
import { correctionSection } from './document-correction.js';
import { citeHref, clauseHref, clauseLocator, count, docHref, docName, docShort, draftingCitation, formatDate, labelsOfId, withoutLabel } from '../format.js';

const OUTLINE_KINDS = new Set(['preamble', 'part', 'chapter', 'section', 'article', 'clause', 'item', 'appendix', 'attachment', 'point', 'footnote']);

function citationLabel(c) {
  return c.number ? `${c.type ?? ''} ${c.number}`.trim() : c.key;
}

function chip(c) {
  return h('a', {
    class: `chip${c.basis ? ' chip--basis' : ''}${c.targetDocumentId ? ' chip--internal' : ''}`, href: citeHref(c.key), dataset: { key: c.key },
    title: [c.raw, c.basis ? 'căn cứ pháp lý' : null, c.targetDocumentId ? 'có trong kho' : null].filter(Boolean).join(' · '),
  }, citationLabel(c));
}

/** "3/5 trang, độ tin cậy trung bình 91 %", with a warning to check the original when the confidence was low. */
function ocrText(ocr) {
  if (!ocr.lowConfidence) return ocr.text;
  return [ocr.text, ' ', h('span', { class: 'badge badge--warn', title: 'Độ tin cậy nhận dạng dưới ngưỡng cấu hình' },
    'độ tin cậy thấp — hãy đối chiếu với bản gốc')];
}

function metadataCard(doc, id, citedBy, hasFacts, correction) {
  const row = (label, value) => (value ? [h('dt', {}, label), h('dd', {}, value)] : null);
  // With facts, the facts card says who signed and when (inferred dates included); saying it twice could disagree.
  return h('header', { class: 'card doc-header' },
    h('p', { class: 'eyebrow' }, docName(doc.type, doc.number)),
    h('h1', { class: 'doc-title' }, doc.title ?? doc.source),
    h('dl', { class: 'meta-grid' },
      row('Số, ký hiệu', doc.number ?? 'Không ghi số'),
      row('Cơ quan ban hành', doc.issuer),
      hasFacts ? null : row('Ngày ban hành', doc.issuedOn ? formatDate(doc.issuedOn) : 'Không ghi ngày'),
      row('Nơi ban hành', doc.place),
      hasFacts ? null : row('Người ký', doc.signer ? `${doc.signer}${doc.signerPosition ? ` (${doc.signerPosition})` : ''}` : null),
      row('Điều khoản, trích dẫn', `${count(doc.clauseCount, 'điều khoản')} · ${count(doc.citationCount, 'trích dẫn')}`),
      row('Tệp gốc', doc.source),
      doc.ocr ? row('Nhận dạng ký tự (OCR)', ocrText(doc.ocr)) : null),
    h('p', { class: 'actions', style: 'margin-top:.75rem' },
      h('a', { class: 'btn btn--ghost btn--small', href: `#/doc/${encodeURIComponent(id)}/luoc-do` }, 'Lược đồ'),
      // The file as it was received (kept in the store); documents stored before originals were kept answer 404.
      h('a', { class: 'btn btn--ghost btn--small', href: `/api/documents/${encodeURIComponent(id)}/original`, download: doc.source ?? '' }, 'Tải tệp gốc'),
      citedBy > 0 ? h('a', { class: 'btn btn--ghost btn--small', href: `#/cite/${encodeURIComponent(doc.number)}` }, `Được ${citedBy} văn bản trong kho trích dẫn`) : null,
      correction.opener),
    correction.panel);
}

function outlineTree(nodes, clausesById, depth = 0) {
  const items = nodes.filter((n) => OUTLINE_KINDS.has(n.kind) && n.label !== 'title').map((node) => {
    const clause = clausesById.get(node.id);
    const text = node.heading || (clause?.text ?? '').replace(/^\S+\s*/, '').slice(0, 70);
    const label = node.label === 'preamble' ? 'Phần mở đầu (căn cứ)' : `${node.displayLabel || node.label} ${text}`.trim();
    const link = h('a', { href: clauseHref(node.id), dataset: { id: node.id }, title: label }, label.length > 80 ? `${label.slice(0, 78)}…` : label);
    const children = node.children.filter((c) => OUTLINE_KINDS.has(c.kind));
    if (!children.length) return h('li', {}, h('span', { class: 'leaf' }), link);
    // A toggle button beside the link, not a <summary> around it: a link inside a summary is a control nested in a
    // control, which screen readers announce as one (axe: nested-interactive).
    const sub = outlineTree(children, clausesById, depth + 1);
    const toggle = h('button', {
      type: 'button', class: 'outline__toggle', 'aria-label': `Mục con của ${node.displayLabel || node.label}`,
    });
    const item = h('li', { class: 'outline__branch' }, toggle, link, sub);
    setBranchOpen(item, depth === 0);
    toggle.addEventListener('click', () => setBranchOpen(item, !item.classList.contains('is-open')));
    return item;
  });
  return h('ul', {}, items);
}

/** Opens or closes an outline branch (its toggle says which, its sub-list shows or hides). */
function setBranchOpen(item, open) {
  item.classList.toggle('is-open', open);
  item.querySelector(':scope > .outline__toggle').setAttribute('aria-expanded', String(open));
  item.querySelector(':scope > ul').hidden = !open;
}

/** Copies the clause's text with its drafting citation ("… (theo điểm b khoản 2 Mục III Kế hoạch số …)"). */
async function copyWithCitation(clause, documentId, doc) {
  const labels = labelsOfId(clause.id, documentId);
  const quote = `${withoutLabel(clause.text)} ${draftingCitation({
    labels, type: doc.type, number: doc.number, title: doc.title, issuedOn: doc.issuedOn, issuer: doc.issuer,
  })}`;
  toast(await copyText(quote) ? 'Đã sao chép điều khoản kèm trích dẫn.' : 'Trình duyệt không cho sao chép; hãy chọn và sao chép thủ công.');
}

function clauseBlock(clause, citations, documentId, doc) {
  const where = clauseLocator(labelsOfId(clause.id, documentId));
  // The printed label ("b)", "III.") is the clause's deep link, so every numbered clause can be linked to in place.
  const label = clause.displayLabel && clause.text.startsWith(clause.displayLabel) ? clause.displayLabel : '';
  const inline = citations.filter((c) => c.start >= label.length).map((c) => ({ start: c.start - label.length, length: c.length, data: c }));
  const text = marked(clause.text.slice(label.length), inline, (t, span) => h('a', {
    class: `cite-inline${span.data.basis ? ' cite-inline--basis' : ''}`, href: citeHref(span.data.key), title: `Xem ${citationLabel(span.data)} và các văn bản trích dẫn`,
  }, t));
  const keys = [...new Map(citations.map((c) => [c.key, c])).values()];
  return h('div', {
    class: `clause clause--${clause.kind}`, id: `clause-${clause.id}`, dataset: { id: clause.id }, tabindex: '-1',
    style: `--depth:${Math.min(clause.path.length, 4)}`,
  },
    h('div', { class: 'clause__tools' },
      h('a', { href: clauseHref(clause.id), title: `Đường dẫn tới ${where}` }, 'Liên kết', h('span', { class: 'visually-hidden' }, ` tới ${where}`)),
      h('a', { href: `#/similar?clause=${encodeURIComponent(clause.id)}`, title: `Tìm tiền lệ cho ${where} ở văn bản khác` }, 'Tiền lệ'),
      h('button', { type: 'button', class: 'clause__copy', title: `Sao chép ${where} kèm trích dẫn`, onclick: () => copyWithCitation(clause, documentId, doc) },
        'Sao chép kèm trích dẫn', h('span', { class: 'visually-hidden' }, ` ${where}`))),
    h('p', { class: 'clause__text' },
      label ? h('a', { class: 'clause__label', href: clauseHref(clause.id), title: `Đường dẫn tới ${where}` }, label) : null,
      text),
    keys.length ? h('div', { class: 'chips', 'aria-label': 'Văn bản được trích dẫn' }, keys.map(chip)) : null);
}

function sidePanels(detail) {
  const basis = detail.legalBasis;
  return h('aside', { class: 'side-right' },
    h('section', { class: 'card', 'aria-labelledby': 'basis-title' },
      h('h2', { class: 'card__title', id: 'basis-title' }, 'Căn cứ pháp lý'),
      basis.sentences.length || basis.citations.length
        ? [basis.sentences.map((s) => h('p', { class: 'basis-sentence' }, s)),
          // Each cited document with its effect status, filled in as /api/status answers.
          h('ul', { class: 'basis-list' }, basis.citations.map((c) => h('li', {},
            chip(c), ' ', h('span', { class: 'status-slot', dataset: { key: c.key } }, h('span', { class: 'badge' }, 'Đang tra…')))))]
        : h('p', { class: 'muted small' }, 'Văn bản không nêu căn cứ.')),
    h('section', { class: 'card', 'aria-labelledby': 'related-title' },
      h('h2', { class: 'card__title', id: 'related-title' }, 'Văn bản cùng thực hiện'),
      detail.related.length
        ? h('ul', { class: 'panel-list' }, detail.related.map((r) => h('li', {},
          h('a', { href: docHref(r.document.id) }, docShort(r.document)),
          h('div', { class: 'muted small' }, r.document.issuer ?? ''),
          h('div', { class: 'chips' }, 'Cùng thực hiện: ', r.sharedKeys.map((key) => h('a', { class: 'chip', href: citeHref(key) }, key))))))
        : h('p', { class: 'muted small' }, 'Chưa có văn bản nào khác trong kho cùng thực hiện các văn bản mà văn bản này trích dẫn.')),
    detail.recipients.length
      ? h('section', { class: 'card' }, h('h2', { class: 'card__title' }, 'Nơi nhận'),
        h('ul', { class: 'panel-list small' }, detail.recipients.map((r) => h('li', {}, r))))
      : null);
}

/**
 * The slim bar that stays at the top while reading (on a phone above all, where the metadata card scrolls away): the
 * document's short name and number, a jump to its outline and back to its metadata card and tools.
 */
function docBar(doc) {
  const jump = (selector) => () => {
    const target = document.querySelector(selector);
    target?.scrollIntoView({ block: 'start' });
    target?.querySelector('summary, a, button')?.focus({ preventScroll: true });
  };
  return h('div', { class: 'doc-bar', role: 'region', 'aria-label': 'Thanh công cụ văn bản' },
    h('span', { class: 'doc-bar__name' }, docShort(doc)),
    h('span', { class: 'doc-bar__tools' },
      h('button', { type: 'button', class: 'btn btn--ghost btn--small', onclick: jump('.outline-panel') }, 'Mục lục'),
      h('button', { type: 'button', class: 'btn btn--ghost btn--small', onclick: jump('.doc-header') }, 'Thông tin, công cụ')));
}

function renderPage(root, ctx) {
  let documentId = ctx.params.id;
  let clauses = [];

  function showClause(labelPath) {
    for (const el of root.querySelectorAll('.clause.is-target')) el.classList.remove('is-target');
    for (const el of root.querySelectorAll('.outline a[aria-current]')) el.removeAttribute('aria-current');
    if (!labelPath) return;
    const id = `${documentId}/${labelPath}`;
    const target = labelPath === 'title' ? root.querySelector('.doc-header') : root.querySelector(`.clause[data-id="${CSS.escape(id)}"]`);
    if (!target) {
      root.querySelector('.doc-body')?.prepend(errorBox({ title: 'Không tìm thấy điều khoản', detail: `Văn bản không có mục "${labelPath}". Xem mục lục bên trái.` }));
      return;
    }
    if (labelPath !== 'title') target.classList.add('is-target');
    const entry = root.querySelector(`.outline a[data-id="${CSS.escape(id)}"]`)
      ?? root.querySelector(`.outline a[data-id="${CSS.escape(id.split('.').slice(0, -1).join('.'))}"]`);
    if (entry) {
      entry.setAttribute('aria-current', 'location');
      for (let b = entry.parentElement.closest('.outline__branch'); b; b = b.parentElement?.closest('.outline__branch')) setBranchOpen(b, true);
      const panel = root.querySelector('.outline-panel');
      if (panel) panel.scrollTop = Math.max(0, entry.offsetTop - panel.offsetTop - panel.clientHeight / 3);
    }
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  }

  async function load() {
    render(root, h('p', { class: 'loading' }, 'Đang tải văn bản…'));
    let detail;
    let facts;
    clearStatuses();
    try {
      // Facts are extra: a failure there leaves the rest of the page usable.
      [detail, facts] = await Promise.all([api.document(documentId), api.facts(documentId).catch(() => null)]);
    } catch (error) {
      const shown = error?.status === 404
        ? { title: 'Không tìm thấy văn bản', detail: 'Văn bản này không có trong kho (có thể đã bị xoá hoặc đường dẫn chưa đúng).' }
        : error;
      render(root, errorBox(shown), h('p', {}, h('a', { href: '#/docs' }, 'Xem danh sách văn bản')));
      return;
    }
    clauses = detail.clauses;
    const byClause = new Map();
    for (const c of detail.citations) (byClause.get(c.clauseId) ?? byClause.set(c.clauseId, []).get(c.clauseId)).push(c);
    const clausesById = new Map(clauses.map((c) => [c.id, c]));
    document.title = `${docShort(detail.document)} — PolicyKB`;
    const correction = correctionSection(detail.document, documentId, load);
    const outline = h('details', { open: window.innerWidth > 760 }, h('summary', { class: 'card__title' }, 'Mục lục'),
      h('nav', { class: 'outline', 'aria-label': 'Mục lục văn bản' }, outlineTree(detail.outline, clausesById)));
    render(root, h('div', { class: 'layout-3' },
      h('aside', { class: 'card outline-panel sticky' }, outline),
      h('article', { class: 'doc-main', 'aria-label': 'Nội dung văn bản' },
        docBar(detail.document),
        effectBanner(detail.document.number),
        metadataCard(detail.document, documentId, detail.citedBy, Boolean(facts), correction),
        factsCard(facts, documentId, detail.document),
        tasksSection(facts?.tasks, documentId, `nhiem-vu-${documentId}.csv`),
        h('section', { class: 'card doc-body' }, clauses.filter((c) => c.label !== 'title').map((c) => clauseBlock(c, byClause.get(c.id) ?? [], documentId, detail.document)))),
      sidePanels(detail)));
    fillStatuses(root);
    markChips(root);
    showClause(ctx.params.clause);
  }

  load();

  return {
    update(next) {
      if (next.params.id !== documentId || !clauses.length) return false;
      showClause(next.params.clause);
      return true;
    },
  };
}

export default { title: 'Văn bản', render: renderPage };
