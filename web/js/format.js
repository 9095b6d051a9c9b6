// Vietnamese display conventions for dates, document names and clause locations
// (Nghị định 30/2020/NĐ-CP: "Kế hoạch số 36/KH-SYT ngày 29/01/2021 của Sở Y tế tỉnh Hà Giang").

/** "2021-01-29" → "29/01/2021"; partial dates keep only what is known. */
export function formatDate(iso) {
  if (!iso) return '';
  const [y, m, d] = iso.split('-');
  if (d) return `${d}/${m}/${y}`;
  if (m) return `tháng ${m}/${y}`;
  return `năm ${y}`;
}

/** The date as it follows a document name: "ngày 29/01/2021", "tháng 01/2021", "năm 2021". */
export function dateClause(iso) {
  if (!iso) return '';
  const text = formatDate(iso);
  return /^\d/.test(text) ? `ngày ${text}` : text;
}

/** "Kế hoạch số 36/KH-SYT" (or just the type when the number is blank). */
export function docName(type, number) {
  if (type && number) return `${type} số ${number}`;
  return type || (number ? `Văn bản số ${number}` : 'Văn bản');
}

/** Short label of a document summary for lists: "Kế hoạch 36/KH-SYT" or the title. */
export function docShort(doc) {
  if (!doc) return '';
  if (doc.number) return `${doc.type ?? 'Văn bản'} ${doc.number}`;
  return doc.title ? `${doc.type ?? 'Văn bản'}: ${doc.title}` : doc.source ?? doc.id;
}

const LEGAL_UNITS = ['khoản', 'điểm'];

/**
 * Where a clause sits, in words: "Mục III.2", "khoản 2 Điều 5", "Phần mở đầu".
 * labels are the ancestors' labels then the clause's own ("III", "2", "b").
 */
export function clauseLocator(labels) {
  const parts = labels.filter(Boolean);
  if (parts.length === 0) return '';
  if (parts[0] === 'preamble') return 'Phần mở đầu';
  if (parts[0] === 'title') return 'Trích yếu';
  // Footnotes after the signature are one clause labelled by the parser; it is not a numbered "Mục".
  if (parts[0] === 'Chú thích') return 'Chú thích';
  const bullets = parts.filter((p) => p.startsWith('-'));
  const numbered = parts.filter((p) => !p.startsWith('-'));
  const bullet = bullets.length ? ` (ý thứ ${bullets.at(-1).slice(1)})` : '';
  const article = numbered.findIndex((p) => /^Điều\s/i.test(p));
  if (article >= 0) {
    // Legal documents are cited innermost first: "điểm a khoản 2 Điều 5" (Nghị định 34/2016/NĐ-CP Điều 58).
    const inner = numbered.slice(article + 1).map((p, i) => `${LEGAL_UNITS[i] ?? ''} ${p}`.trim()).reverse();
    const outer = numbered.slice(0, article + 1).reverse();
    return [...inner, ...outer].join(' ') + bullet;
  }
  if (numbered.length === 0) return `Ý thứ ${bullets.at(-1).slice(1)}`;
  return `Mục ${numbered.join('.')}${bullet}`;
}

/** A label as a breadcrumb shows it: bullets ("-4") read "ý 4". */
export const crumbLabel = (label) => (label.startsWith('-') ? `ý ${label.slice(1)}` : label);

/** The labels of a clause id: "doc/III.2.b" → ["III", "2", "b"]. */
export function labelsOfId(clauseId, documentId) {
  const path = clauseId.startsWith(`${documentId}/`) ? clauseId.slice(documentId.length + 1) : clauseId.split('/').slice(1).join('/');
  return path.split('.');
}

const ROMAN = /^[IVXLC]+$/;
const NAMED_UNIT = /^(Phần|Chương|Mục|Tiểu mục|Điều|Tiết|Phụ lục)\s/i;

/** One level of a clause's place as a drafter cites it, read from the printed label's shape. */
function draftingUnit(label) {
  if (NAMED_UNIT.test(label)) return label;
  if (ROMAN.test(label)) return `Mục ${label}`;
  if (/^\d+$/.test(label)) return `khoản ${label}`;
  if (/^\d+(\.\d+)+$/.test(label)) return `tiểu mục ${label}`;
  if (/^[a-zđ]$/i.test(label)) return `điểm ${label}`;
  return label;
}

/**
 * Where a clause sits, innermost first, as a drafter cites it (Nghị định 30/2020/NĐ-CP; Nghị định 34/2016/NĐ-CP Điều 58):
 * ["III", "2", "b"] → "điểm b khoản 2 Mục III"; ["Điều 5", "2", "a"] → "điểm a khoản 2 Điều 5"; a bullet becomes
 * "gạch đầu dòng thứ 3".
 */
export function draftingLocator(labels) {
  const parts = labels.filter(Boolean);
  if (parts[0] === 'preamble') return 'phần mở đầu';
  if (parts[0] === 'title') return 'trích yếu';
  if (parts[0] === 'Chú thích') return 'phần chú thích';
  const bullet = parts.filter((p) => p.startsWith('-')).at(-1);
  const units = parts.filter((p) => !p.startsWith('-')).map(draftingUnit).reverse();
  return [bullet ? `gạch đầu dòng thứ ${bullet.slice(1)}` : null, ...units].filter(Boolean).join(' ');
}

/**
 * The citation a drafter appends to a quoted clause (issue #16, drafting format):
 * "(theo điểm b khoản 2 Mục III Kế hoạch số 36/KH-SYT ngày 29/01/2021 của Sở Y tế tỉnh Hà Giang)"; an unnumbered
 * document is named by its trích yếu in quotes.
 */
export function draftingCitation({ labels, type, number, title, issuedOn, issuer }) {
  const parts = [draftingLocator(labels), docName(type, number)];
  if (!number && title) parts.push(`“${title}”`);
  if (issuedOn) parts.push(dateClause(issuedOn));
  if (issuer) parts.push(`của ${issuer}`);
  return `(theo ${parts.filter(Boolean).join(' ')})`;
}

/** The clause text without its printed label ("2. ", "b) ", "- "), as it reads when quoted. */
export const withoutLabel = (text) => text.replace(/^\s*(?:[IVXLC]+\.|\d+(?:\.\d+)*\.?|[a-zđ]\)|[-+•*])\s+/u, '').trim();

/** "12 văn bản" style counts. */
export const count = (n, noun) => `${n.toLocaleString('vi-VN')} ${noun}`;

/** Hash link to a clause: "#/doc/{docId}/{labelPath}". */
export function clauseHref(clauseId) {
  const slash = clauseId.indexOf('/');
  return slash < 0 ? `#/doc/${encodeURIComponent(clauseId)}` : `#/doc/${encodeURIComponent(clauseId.slice(0, slash))}/${encodeURIComponent(clauseId.slice(slash + 1))}`;
}

/** Hash link to a citation page. */
export const citeHref = (key) => `#/cite/${encodeURIComponent(key)}`;

/** Hash link to a document. */
export const docHref = (id) => `#/doc/${encodeURIComponent(id)}`;

/** Clause kinds in Vietnamese. */
export const KIND_NAMES = {
  title: 'Trích yếu', preamble: 'Phần mở đầu', part: 'Phần', chapter: 'Chương', section: 'Mục', article: 'Điều', clause: 'Khoản',
  point: 'Điểm', item: 'Tiểu mục', bullet: 'Gạch đầu dòng', paragraph: 'Đoạn', appendix: 'Phụ lục', attachment: 'Văn bản kèm theo',
  footnote: 'Chú thích',
};

/** Every lead agency of a task: `leads` (a cell may name several), else `lead` alone (facts stored before they were kept). */
export const leadsOf = (task) => (task.leads?.length ? task.leads : task.lead ? [task.lead] : []);
