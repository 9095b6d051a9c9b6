// PolicyKB chat panel ("Hỏi đáp"): a self-contained ES module (it loads chat.css beside it).
//   import { mountChat } from './chat.js';
//   mountChat(document.getElementById('chat'));
// Its default export is also a page module for the router ({ title, render }), so routes.js can load '../chat.js'.
// Streams answers from POST /api/ask/stream (server-sent events: sources, delta, verification, done), shows the
// sources as cards that open the clause in its document (#/doc/{documentId}/{label}), and copies answer + citations.

const MODE_LABELS = {
  extractive: 'Trích nguyên văn',
  graph: 'Theo quan hệ trích dẫn',
  llm: 'Mô hình ngôn ngữ (đã kiểm chứng)',
};

const EXAMPLES = [
  'Những kế hoạch nào thực hiện Chỉ thị 25-CT/TW?',
  'Năm 2021 Thanh Hóa đặt chỉ tiêu bao nhiêu bác sỹ trên vạn dân?',
  'Sơn Dương được giao chỉ tiêu bao nhiêu giường bệnh năm 2021?',
];

let answerCount = 0;

/** The router page: the panel under a heading. */
export default {
  title: 'Hỏi đáp',
  render(root) {
    const panel = el('section', 'pkb-chat-page', { 'aria-label': 'Hỏi đáp' });
    root.replaceChildren(el('div', 'page-head', {}, el('h1', '', {}, 'Hỏi đáp'),
      el('p', '', {}, 'Hỏi bằng câu tự nhiên, nhận câu trả lời kèm trích dẫn điều khoản.')), panel);
    mountChat(panel);
    return {};
  },
};

/** Mounts the chat panel in `element` and returns a handle with `ask(question)` and `reset()`. */
export function mountChat(element, options = {}) {
  loadStyles();
  const endpoint = options.endpoint ?? '/api/ask/stream';
  const storageKey = 'policykb-chat-session';
  // The visible transcript lives beside the session id, so opening a source and pressing Back shows it again.
  const transcriptKey = 'policykb-chat-transcript';
  let sessionId = sessionStorage.getItem(storageKey) ?? newSessionId();
  sessionStorage.setItem(storageKey, sessionId);
  let transcript = readTranscript(transcriptKey, sessionId);
  let busy = false;

  element.classList.add('pkb-chat');
  element.replaceChildren();
  const log = el('div', 'pkb-chat-log', { role: 'log', 'aria-live': 'polite' });
  const form = el('form', 'pkb-chat-form');
  const input = el('textarea', 'pkb-chat-input', {
    rows: '2', placeholder: 'Đặt câu hỏi về các văn bản, ví dụ: ' + EXAMPLES[0], 'aria-label': 'Câu hỏi',
  });
  const send = el('button', 'pkb-chat-send', { type: 'submit' }, 'Hỏi');
  const reset = el('button', 'pkb-chat-reset', { type: 'button', title: 'Bắt đầu cuộc hội thoại mới' }, 'Hội thoại mới');
  form.append(input, el('div', 'pkb-chat-actions', {}, send, reset));
  element.append(log, form);
  if (transcript.length) replay();
  else showWelcome();

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    ask(input.value);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      ask(input.value);
    }
  });
  reset.addEventListener('click', () => {
    // A new visible conversation is a new session: the server forgets the old turns for it.
    sessionId = newSessionId();
    sessionStorage.setItem(storageKey, sessionId);
    transcript = [];
    sessionStorage.removeItem(transcriptKey);
    showWelcome();
    input.focus();
  });

  function showWelcome() {
    const examples = el('div', 'pkb-chat-examples');
    for (const example of EXAMPLES) {
      const button = el('button', 'pkb-chat-example', { type: 'button' }, example);
      button.addEventListener('click', () => ask(example));
      examples.append(button);
    }
    log.replaceChildren(el('div', 'pkb-chat-welcome', {},
      el('p', '', {}, 'Hỏi bằng tiếng Việt; câu trả lời trích dẫn đúng điều khoản [1], [2]. Câu hỏi tiếp theo có thể ngắn gọn, ví dụ "còn Hà Tĩnh thì sao?".'),
      examples));
  }

  function replay() {
    log.replaceChildren();
    for (const entry of transcript) {
      log.append(el('div', 'pkb-chat-msg pkb-chat-user', {}, entry.question));
      const view = answerView();
      log.append(view.root);
      if (entry.result) view.done(entry.result);
      else view.error(entry.error ?? '');
    }
  }

  function remember(entry) {
    transcript.push(entry);
    try {
      sessionStorage.setItem(transcriptKey, JSON.stringify({ sessionId, turns: transcript.slice(-50) }));
    } catch {
      // A full sessionStorage only costs the replay after Back, never the answer.
    }
  }

  async function ask(text) {
    const question = (text ?? '').trim();
    if (!question || busy) return;
    busy = true;
    send.disabled = true;
    input.value = '';
    log.querySelector('.pkb-chat-welcome')?.remove();
    log.append(el('div', 'pkb-chat-msg pkb-chat-user', {}, question));
    const view = answerView();
    log.append(view.root);
    view.root.scrollIntoView({ block: 'end' });
    try {
      const response = await fetch(endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream' },
        body: JSON.stringify({ question, sessionId }),
      });
      if (!response.ok) {
        const message = await problemText(response);
        view.error(message);
        remember({ question, error: message });
        return;
      }
      let streamed = '';
      for await (const { event, data } of readEvents(response.body)) {
        if (event === 'sources') view.sources(data.citations ?? [], false);
        else if (event === 'delta') { streamed += data.text ?? ''; view.text(streamed, []); }
        else if (event === 'done') { view.done(data); remember({ question, result: data }); }
      }
    } catch (error) {
      view.error('Không kết nối được máy chủ: ' + (error?.message ?? error));
    } finally {
      busy = false;
      send.disabled = false;
      input.focus();
    }
  }

  return { ask, reset: () => reset.click() };
}

/** The turns kept for `sessionId` in sessionStorage, or none. */
function readTranscript(key, sessionId) {
  try {
    const stored = JSON.parse(sessionStorage.getItem(key) ?? 'null');
    return stored?.sessionId === sessionId && Array.isArray(stored.turns) ? stored.turns : [];
  } catch {
    return [];
  }
}

/** Adds chat.css (beside this module) to the page once. */
function loadStyles() {
  const href = new URL('./chat.css', import.meta.url).href;
  if ([...document.querySelectorAll('link[rel="stylesheet"]')].some((l) => l.href === href)) return;
  document.head.append(el('link', '', { rel: 'stylesheet', href }));
}

/** The bubble of one answer: text, badges, source cards, copy button. */
function answerView() {
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

/** Parses a server-sent event stream into {event, data} objects (data parsed as JSON). */
export async function* readEvents(stream) {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    buffer += decoder.decode(value ?? new Uint8Array(), { stream: !done });
    let end;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      let event = 'message';
      const data = [];
      for (const line of block.split('\n')) {
        if (line.startsWith('event:')) event = line.slice(6).trim();
        else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
      }
      if (data.length) yield { event, data: JSON.parse(data.join('\n')) };
    }
    if (done) return;
  }
}

async function problemText(response) {
  try {
    const problem = await response.json();
    return problem.detail ?? problem.title ?? `Lỗi ${response.status}`;
  } catch {
    return `Lỗi ${response.status}`;
  }
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

function newSessionId() {
  return (crypto.randomUUID?.() ?? Date.now().toString(36) + Math.random().toString(36).slice(2)).replace(/[^A-Za-z0-9_-]/g, '');
}

function el(tag, className, attributes = {}, ...children) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined) node.setAttribute(name, value);
  }
  node.append(...children);
  return node;
}
