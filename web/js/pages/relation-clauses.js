// Pieces of the "Lược đồ" shared by its list and its drawing: where an entry leads, and one clause stating a relation.
import { h } from '../dom.js';
import { marked } from '../highlight.js';
import { citeHref, clauseHref, clauseLocator, docHref } from '../format.js';

/** Where an entry leads: the stored document, else the page of everything citing its key. */
export const entryHref = (entry) => (entry.documentId ? docHref(entry.documentId) : citeHref(entry.key));

/** One clause stating the relation: its place (a link to it) and the excerpt with the citation marked. */
export function clauseItem(clause) {
  const where = clauseLocator(clause.labels);
  const spans = clause.start >= 0 ? [{ start: clause.start, length: clause.length }] : [];
  return h('li', { class: 'map-clause' },
    h('a', { href: clauseHref(clause.clauseId), title: `Mở ${where}` }, where), clause.heading ? ` — ${clause.heading}` : '',
    h('p', { class: 'map-clause__text' }, marked(clause.excerpt, spans)));
}
