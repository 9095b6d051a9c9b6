// Citation page: the cited document and every citing clause grouped by document ("which plans implement this").
import { api } from '../api.js';
import { h, render, errorBox } from '../dom.js';
import { marked } from '../highlight.js';
import { clauseHref, clauseLocator, count, docHref, docName, docShort, formatDate } from '../format.js';

function excerpt(clause) {
  // Keep the citation with some context on both sides; long clauses are cut at word boundaries.
  const from = Math.max(0, clause.start - 160);
  const to = Math.min(clause.text.length, clause.start + clause.length + 200);
  const start = from === 0 ? 0 : clause.text.indexOf(' ', from) + 1 || from;
  const endSpace = clause.text.lastIndexOf(' ', to);
  const end = to === clause.text.length ? to : endSpace > clause.start + clause.length ? endSpace : to;
  return [start > 0 ? '… ' : '', ...marked(clause.text.slice(start, end), [{ start: clause.start - start, length: clause.length }]), end < clause.text.length ? ' …' : ''];
}

function renderPage(root, ctx) {
  const key = ctx.params.key;
  render(root, h('p', { class: 'loading' }, 'Đang tải…'));

  api.citation(key).then((detail) => {
    const cited = detail.cited;
    const clauses = detail.citingDocuments.reduce((n, g) => n + g.clauses.length, 0);
    document.title = `${cited.key} — PolicyKB`;
    const row = (label, value) => (value ? [h('dt', {}, label), h('dd', {}, value)] : null);
    render(root,
      h('header', { class: 'card doc-header' },
        h('p', { class: 'eyebrow' }, 'Văn bản được trích dẫn'),
        h('h1', { class: 'doc-title' }, cited.number ? docName(cited.type, cited.number) : cited.key),
        cited.name ? h('p', { class: 'basis-sentence' }, cited.name) : null,
        h('dl', { class: 'meta-grid' },
          row('Cơ quan ban hành', cited.issuer),
          row('Ngày ban hành', cited.date ? formatDate(cited.date) : null),
          row('Được trích dẫn', `${count(cited.documents, 'văn bản')}, ${count(cited.clauses, 'điều khoản')}${cited.basis ? ' (có văn bản dùng làm căn cứ)' : ''}`)),
        detail.target
          ? h('p', { class: 'note-box', style: 'margin-top:.75rem' }, 'Văn bản này có trong kho: ',
            h('a', { href: docHref(detail.target.id) }, `${docShort(detail.target)} — ${detail.target.issuer ?? ''}`))
          : h('p', { class: 'muted small', style: 'margin-top:.75rem' }, 'Toàn văn văn bản này chưa có trong kho; thông tin trên lấy từ các câu trích dẫn.')),
      h('h2', { style: 'margin-top:1.25rem' }, `Các văn bản thực hiện, trích dẫn (${detail.citingDocuments.length})`),
      detail.citingDocuments.map((group) => h('section', { class: 'card cite-group' },
        h('div', { class: 'cite-group__head' },
          h('h3', {}, h('a', { href: docHref(group.document.id) }, docShort(group.document))),
          h('span', { class: 'muted small' }, [group.document.issuer, group.document.issuedOn ? formatDate(group.document.issuedOn) : null, count(group.clauses.length, 'điều khoản')].filter(Boolean).join(' · '))),
        group.clauses.map((c) => h('div', { class: 'citing' },
          h('a', { href: clauseHref(c.clauseId) }, clauseLocator([...c.path, c.label])), c.heading ? ` — ${c.heading}` : '',
          c.basis ? [' ', h('span', { class: 'badge badge--basis' }, 'Căn cứ')] : null,
          h('p', { class: 'citing__text' }, excerpt(c)))))),
      clauses === 0 ? h('p', { class: 'empty' }, 'Chưa có điều khoản nào trích dẫn.') : null);
  }).catch((error) => render(root, errorBox(error), h('p', {}, h('a', { href: '#/graph' }, 'Xem đồ thị trích dẫn'))));
}

export default { title: 'Trích dẫn', render: renderPage };
