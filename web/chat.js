// PolicyKB chat panel ("Hỏi đáp"): a self-contained ES module (it loads chat.css beside it).
//   import { mountChat } from './chat.js';
//   mountChat(document.getElementById('chat'));
// Its default export is also a page module for the router ({ title, render }), so routes.js can load '../chat.js'.
// Streams answers from POST /api/ask/stream (server-sent events: sources, delta, verification, done), shows the
// sources as cards that open the clause in its document (#/doc/{documentId}/{label}), and copies answer + citations.

import { answerView, plainText } from './chat/answer-view.js';
import { el } from './chat/dom.js';
import { problemText, readEvents } from './chat/events.js';

const EXAMPLES = [
  'Những kế hoạch nào thực hiện Chỉ thị 25-CT/TW?',
  'Năm 2021 Thanh Hóa đặt chỉ tiêu bao nhiêu bác sỹ trên vạn dân?',
  'Sơn Dương được giao chỉ tiêu bao nhiêu giường bệnh năm 2021?',
];

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
      else if (entry.partial) view.interrupted(entry.partial);
      else view.error(entry.error ?? '');
    }
  }

  function remember(entry) {
    transcript.push(entry);
    save();
  }

  function save() {
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
    // The turn is kept from the moment it is asked: a source card can be opened while the answer still streams, and
    // Back must then show the question and what had arrived, not lose the turn.
    const entry = { question, partial: { citations: [], text: '' } };
    remember(entry);
    try {
      const response = await fetch(endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream' },
        body: JSON.stringify({ question, sessionId }),
      });
      if (!response.ok) {
        const message = await problemText(response);
        view.error(message);
        settle(entry, { error: message });
        return;
      }
      let streamed = '';
      for await (const { event, data } of readEvents(response.body)) {
        if (event === 'sources') {
          view.sources(data.citations ?? [], false);
          entry.partial.citations = data.citations ?? [];
          save();
        } else if (event === 'delta') {
          streamed += data.text ?? '';
          view.text(streamed, []);
          entry.partial.text = streamed;
          save();
        } else if (event === 'done') {
          view.done(data);
          settle(entry, { result: data });
        }
      }
    } catch (error) {
      const message = 'Không kết nối được máy chủ: ' + (error?.message ?? error);
      view.error(message);
      settle(entry, { error: message });
    } finally {
      busy = false;
      send.disabled = false;
      input.focus();
    }
  }

  /** Replaces a turn's partial answer by its outcome (a result or an error) and saves the transcript. */
  function settle(entry, outcome) {
    delete entry.partial;
    Object.assign(entry, outcome);
    save();
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

function newSessionId() {
  return (crypto.randomUUID?.() ?? Date.now().toString(36) + Math.random().toString(36).slice(2)).replace(/[^A-Za-z0-9_-]/g, '');
}

export { plainText, readEvents };
