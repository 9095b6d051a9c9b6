// Text with marked spans: search highlights, citation links and word diffs.
import { h } from './dom.js';

function normalize(spans, length) {
  const sorted = [...spans].filter((s) => s.length > 0 && s.start >= 0 && s.start < length).sort((a, b) => a.start - b.start);
  const merged = [];
  for (const span of sorted) {
    const end = Math.min(length, span.start + span.length);
    const last = merged.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, end);
    else merged.push({ start: span.start, end, data: span.data });
  }
  return merged;
}

/** The text with each span wrapped by wrap(textOfSpan, span). Spans are {start, length}. */
export function marked(text, spans, wrap = (t) => h('mark', {}, t)) {
  const nodes = [];
  let at = 0;
  for (const span of normalize(spans, text.length)) {
    if (span.start > at) nodes.push(text.slice(at, span.start));
    nodes.push(wrap(text.slice(span.start, span.end), span));
    at = span.end;
  }
  if (at < text.length) nodes.push(text.slice(at));
  return nodes;
}

/**
 * A window of about max characters around the first highlight, cut at word boundaries, with the highlights
 * inside it marked; the whole text when it is short.
 */
export function snippet(text, spans, max = 320) {
  if (text.length <= max) return marked(text, spans);
  const first = normalize(spans, text.length)[0];
  let start = first ? Math.max(0, first.start - 90) : 0;
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space >= 0 && space < start + 20 ? space + 1 : start;
  }
  let end = Math.min(text.length, start + max);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    end = space > start + max / 2 ? space : end;
  }
  const inside = spans
    .map((s) => ({ start: s.start - start, length: s.length }))
    .filter((s) => s.start >= 0 && s.start + s.length <= end - start);
  return [start > 0 ? '… ' : '', ...marked(text.slice(start, end), inside), end < text.length ? ' …' : ''];
}

/** Word diff segments: equal as text, insert (only in the precedent) as <ins>, delete (only in the input) as <del>. */
export function diffNodes(segments) {
  return segments.map((s) => {
    if (s.kind === 'insert') return h('ins', { title: 'Chỉ có ở điều khoản tìm được' }, s.text);
    if (s.kind === 'delete') return h('del', { title: 'Chỉ có ở đoạn bạn dán' }, s.text);
    return s.text;
  });
}
