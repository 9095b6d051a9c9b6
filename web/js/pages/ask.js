// Hỏi đáp (chat) — placeholder. The chat panel is built separately; it replaces this module (see routes.js).
import { h, render } from '../dom.js';

function renderPage(root) {
  render(root,
    h('div', { class: 'page-head' }, h('h1', {}, 'Hỏi đáp'), h('p', {}, 'Hỏi bằng câu tự nhiên, nhận câu trả lời kèm trích dẫn điều khoản.')),
    h('section', { class: 'placeholder-panel', id: 'chat-panel', 'aria-label': 'Hỏi đáp' },
      h('p', {}, h('strong', {}, 'Chức năng Hỏi đáp đang được xây dựng.')),
      h('p', {}, 'Trong lúc chờ, hãy dùng ', h('a', { href: '#/' }, 'Tìm kiếm'), ' hoặc ', h('a', { href: '#/similar' }, 'Tìm tiền lệ'), '.')));
}

export default { title: 'Hỏi đáp', render: renderPage };
