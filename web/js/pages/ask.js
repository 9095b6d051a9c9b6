// Hỏi đáp: the chat panel (web/chat.js, built separately) mounted in the app's page frame.
import { h, render } from '../dom.js';
import { mountChat } from '../../chat.js';

function renderPage(root) {
  const panel = h('section', { class: 'card chat-card', id: 'chat-panel', 'aria-label': 'Hỏi đáp' });
  render(root,
    h('div', { class: 'page-head' }, h('h1', {}, 'Hỏi đáp'),
      h('p', {}, 'Hỏi bằng câu tự nhiên; câu trả lời trích dẫn đúng điều khoản và đã được kiểm chứng với văn bản gốc.')),
    panel);
  const chat = mountChat(panel);
  panel.querySelector('textarea')?.focus();
  return { dispose: () => chat?.dispose?.() };
}

export default { title: 'Hỏi đáp', render: renderPage };
