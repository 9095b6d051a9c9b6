// One answer bubble of the chat panel: text with citation marks, badges, source cards, copy button.
import { el } from './dom.js';

const MODE_LABELS = {
  extractive: 'Trích nguyên văn',
  graph: 'Theo quan hệ trích dẫn',
  llm: 'Mô hình ngôn ngữ (đã kiểm chứng)',
};

let answerCount = 0;

/** The bubble of one answer: text, badges, source cards, copy button. */
export function answerView() {
  const prefix = `pkb-src-${++answerCount}-`;
  const body = el('div', 'pkb-chat-text pkb-chat-pending', {}, 'Đang tìm trong các văn bản…');
  const meta = el('div', 'pkb-chat-meta');
  const cards = el('div', 'pkb-chat-sources');
  const root = el('div', 'pkb-chat-msg pkb-chat-answer', {}, body, meta, cards);
  let citations = [];

  return {
    root,
    text(value, list) {
      body.classList.remove('pkb-chat-pending');
      renderAnswer(body, value, list.length ? list : citations, prefix);
    },
    sources(list, closest) {
      citations = list;
      renderCards(cards, list, closest, prefix);
    },
    done(result) {
      citations = result.citations ?? [];
      root.classList.toggle('pkb-chat-refused', !!result.refused);
      this.text(result.answer ?? '', citations);
      renderCards(cards, result.refused ? (result.closest ?? []) : citations, !!result.refused, prefix);
      meta.replaceChildren();
      meta.append(el('span', 'pkb-chat-badge', {}, result.refused ? 'Không có trong văn bản' : (MODE_LABELS[result.mode] ?? result.mode)));
      if (result.resolvedQuestion) meta.append(el('span', 'pkb-chat-resolved', {}, 'Đã hiểu là: ' + result.resolvedQuestion));
      if (result.verification && !result.verification.passed) {
        meta.append(el('span', 'pkb-chat-warning', { title: result.verification.issues.map((i) => i.reason).join('\n') },
          `Đã lược bỏ ${result.verification.sentencesRemoved} câu không kiểm chứng được`));
      }
      if (result.note) meta.append(el('span', 'pkb-chat-note', {}, result.note));
      if (result.choices?.length) {
        // The question could mean several documents: each is a link to its page.
        const list = el('ul', 'pkb-chat-choices');
        for (const choice of result.choices) {
          list.append(el('li', '', {}, el('a', '', { href: '#/doc/' + encodeURIComponent(choice.documentId) }, choice.name)));
        }
        cards.replaceChildren(list);
      }
      const copy = el('button', 'pkb-chat-copy', { type: 'button', title: 'Sao chép câu trả lời và nguồn trích dẫn' }, 'Sao chép');
      copy.addEventListener('click', async () => {
        copy.textContent = (await copyText(plainText(result))) ? 'Đã sao chép' : 'Không sao chép được';
        setTimeout(() => { copy.textContent = 'Sao chép'; }, 2000);
      });
      meta.append(copy);
    },
    /** A turn left while its answer streamed: what had arrived, marked as unfinished. */
    interrupted(partial) {
      this.sources(partial.citations ?? [], false);
      if (partial.text) this.text(partial.text, []);
      else {
        body.classList.remove('pkb-chat-pending');
        body.textContent = '';
      }
      meta.replaceChildren(el('span', 'pkb-chat-note', {}, 'Câu trả lời chưa hoàn tất vì đã rời trang; hãy hỏi lại.'));
    },
    error(message) {
      body.classList.remove('pkb-chat-pending');
      root.classList.add('pkb-chat-error');
      body.textContent = message;
    },
  };
}

/**
 * Writes the answer text safely (no HTML): citation marks become links to their cards (scrolled to in place, so the
 * router's hash is left alone), «quotes» are highlighted.
 */
function renderAnswer(target, text, citations, prefix) {
  target.replaceChildren();
  const numbers = new Set(citations.map((c) => c.n));
  for (const part of text.split(/(\[\d+(?:\s*,\s*\d+)*\]|«[^»]*»)/)) {
    if (!part) continue;
    if (part.startsWith('«')) {
      target.append(el('q', 'pkb-chat-quote', {}, part.slice(1, -1)));
    } else if (/^\[\d/.test(part)) {
      const marks = part.slice(1, -1).split(',').map((n) => Number(n.trim()));
      target.append('[');
      marks.forEach((n, i) => {
        if (i > 0) target.append(', ');
        if (!numbers.has(n)) { target.append(String(n)); return; }
        const mark = el('a', 'pkb-chat-mark', { href: '#' + prefix + n, title: 'Xem nguồn ' + n }, String(n));
        mark.addEventListener('click', (event) => {
          event.preventDefault();
          const card = document.getElementById(prefix + n);
          card?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
          card?.classList.add('pkb-chat-card-flash');
          setTimeout(() => card?.classList.remove('pkb-chat-card-flash'), 1200);
        });
        target.append(mark);
      });
      target.append(']');
    } else {
      target.append(part);
    }
  }
}

/** Source cards; each opens the clause in context in the document view. */
function renderCards(target, citations, closest, prefix) {
  target.replaceChildren();
  if (!citations.length) return;
  target.append(el('div', 'pkb-chat-sources-title', {}, closest ? 'Các điều khoản gần nhất (tham khảo)' : 'Nguồn trích dẫn'));
  citations.forEach((c, i) => {
    const n = c.n ?? i + 1;
    const link = el('a', 'pkb-chat-card', {
      href: `#/doc/${encodeURIComponent(c.documentId)}/${encodeURIComponent(c.label)}`,
      id: closest ? undefined : prefix + n,
      title: 'Mở điều khoản trong văn bản',
    },
    el('span', 'pkb-chat-card-n', {}, closest ? '•' : String(n)),
    el('span', 'pkb-chat-card-body', {},
      el('span', 'pkb-chat-card-source', {}, c.source),
      el('span', 'pkb-chat-card-section', {}, c.section ?? c.label),
      el('span', 'pkb-chat-card-text', {}, snippet(c.text))));
    target.append(link);
  });
}

/** Answer plus its numbered citations, as copied to the clipboard. */
export function plainText(result) {
  const lines = [result.answer ?? ''];
  const citations = result.refused ? [] : (result.citations ?? []);
  if (citations.length) {
    lines.push('', 'Nguồn:');
    for (const c of citations) lines.push(`[${c.n}] ${c.source}, ${c.section ?? c.label} (${c.clauseId})`);
  }
  return lines.join('\n');
}

async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = el('textarea', '', { readonly: '' });
    area.value = text;
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

function snippet(text) {
  const collapsed = (text ?? '').replace(/\s+/g, ' ').trim();
  return collapsed.length <= 220 ? collapsed : collapsed.slice(0, collapsed.lastIndexOf(' ', 220)) + ' …';
}
