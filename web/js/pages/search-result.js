// One search result in the list: the clause's breadcrumb, heading, highlighted snippet and metadata.
import { h } from '../dom.js';
import { snippet } from '../highlight.js';
import { clauseHref, clauseLocator, crumbLabel, docShort, formatDate } from '../format.js';

/** One search hit: its place in the document, the heading, the highlighted snippet and the badges saying why it ranks. */
export function resultItem(hit, index, related = false) {
  const labels = [...hit.path, hit.label];
  const where = clauseLocator(labels);
  const doc = { type: hit.documentType, number: hit.documentNumber, title: hit.documentTitle, source: hit.source, id: hit.documentId };
  return h('li', { class: related ? 'result result--related' : 'result' },
    h('a', { class: 'result__link', href: clauseHref(hit.clauseId), id: `hit-${index}` },
      h('ol', { class: 'breadcrumb', 'aria-label': 'Vị trí' },
        h('li', {}, docShort(doc)), hit.path.map((p) => h('li', {}, crumbLabel(p))), h('li', {}, crumbLabel(hit.label))),
      h('p', { class: 'result__title' }, hit.heading ? `${where} — ${hit.heading}` : where),
      h('p', { class: 'result__snippet' }, body(hit)),
      h('p', { class: 'result__meta' },
        [hit.issuer, hit.issuedOn ? formatDate(hit.issuedOn) : null].filter(Boolean).join(' · '),
        hit.inNamedDocument ? [' ', h('span', { class: 'badge badge--basis' }, 'Văn bản có số hiệu được hỏi')] : null,
        hit.citesQueriedDocument ? [' ', h('span', { class: 'badge badge--basis' }, 'Trích dẫn văn bản được hỏi')] : null)));
}

/** The snippet without the first line when that line is only the label and the heading already shown as the title. */
function body(hit) {
  const newline = hit.text.indexOf('\n');
  if (hit.heading && newline > 0 && newline < hit.text.length - 1 && hit.text.slice(0, newline).includes(hit.heading)) {
    const cut = newline + 1;
    const spans = hit.highlights.filter((s) => s.start >= cut).map((s) => ({ start: s.start - cut, length: s.length }));
    return snippet(hit.text.slice(cut), spans);
  }
  return snippet(hit.text, hit.highlights);
}
