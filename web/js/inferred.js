// Values the document does not print but PolicyKB infers (the issue date from the latest date it cites) are shown
// marked "suy ra", with the reason in a tooltip and, for screen readers, in hidden text.
import { h } from './dom.js';
import { formatDate } from './format.js';

/** Why an issue date is marked inferred. */
export const INFERRED_DATE_REASON = 'Văn bản không in ngày ban hành; ngày này suy ra từ ngày muộn nhất của các văn bản được trích dẫn.';

/** The "suy ra" badge with its reason. */
export function inferredBadge(reason = INFERRED_DATE_REASON) {
  return h('span', { class: 'badge badge--warn', title: reason }, 'suy ra', h('span', { class: 'visually-hidden' }, ` (${reason})`));
}

/**
 * A document's issue date as shown in lists: the printed date, else the inferred one marked "suy ra", else
 * <paramref name="missing"/>.
 */
export function issuedOnText(doc, missing = '') {
  if (doc.issuedOn) return formatDate(doc.issuedOn);
  if (doc.inferredIssuedOn) return h('span', { class: 'inferred' }, formatDate(doc.inferredIssuedOn), ' ', inferredBadge());
  return missing;
}

/** Joins parts (strings or nodes) with " · ", skipping empty ones. */
export function joined(parts) {
  return parts.filter(Boolean).flatMap((part, i) => (i ? [' · ', part] : [part]));
}
