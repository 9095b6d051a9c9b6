// The route table: one line per page. A route's path uses ":name" for one segment and "*name" for the rest
// (zero or more segments, e.g. a clause label path or a citation key containing "/"). Routes with a nav label
// appear in the header menu in this order; "section" marks which menu item a detail page belongs to.
export const routes = [
  { path: '/', nav: 'Tìm kiếm', load: () => import('./pages/search.js') },
  { path: '/docs', nav: 'Văn bản', load: () => import('./pages/documents.js') },
  // Before the clause route: "luoc-do" is never a clause label.
  { path: '/doc/:id/luoc-do', section: '/docs', load: () => import('./pages/document-map.js') },
  { path: '/doc/:id/*clause', section: '/docs', load: () => import('./pages/document.js') },
  { path: '/cite/*key', section: '/graph', load: () => import('./pages/citation.js') },
  { path: '/tasks', nav: 'Nhiệm vụ', load: () => import('./pages/tasks.js') },
  { path: '/targets', nav: 'Chỉ tiêu', load: () => import('./pages/targets.js') },
  { path: '/graph', nav: 'Đồ thị trích dẫn', load: () => import('./pages/graph.js') },
  { path: '/similar', nav: 'Tìm tiền lệ', load: () => import('./pages/similar.js') },
  // Hỏi đáp: pages/ask.js mounts the chat panel (web/chat.js).
  { path: '/ask', nav: 'Hỏi đáp', load: () => import('./pages/ask.js') },
  { path: '/admin', nav: 'Quản trị', load: () => import('./pages/admin.js') },
];
