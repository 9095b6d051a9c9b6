// Hash router: "#/doc/{id}/{labelPath}?x=1" → the page module for "/doc/:id/*clause" with params and query.
// A page module's default export is { title, render(root, ctx) → { update?(ctx) → boolean, dispose?() } }.
import { h, render, errorBox } from './dom.js';

/** Reads the current hash as { path, query }; null for in-page anchors that are not routes ("#noi-dung"). */
export function currentLocation() {
  const hash = location.hash || '#/';
  if (!hash.startsWith('#/')) return null;
  const [path, search = ''] = hash.slice(1).split('?');
  return { path: path || '/', query: new URLSearchParams(search) };
}

function match(pattern, path) {
  const want = pattern.split('/').filter(Boolean);
  const have = path.split('/').filter(Boolean);
  const params = {};
  for (let i = 0; i < want.length; i++) {
    const part = want[i];
    if (part.startsWith('*')) {
      params[part.slice(1)] = have.slice(i).map(decodeURIComponent).join('/');
      return params;
    }
    if (i >= have.length) return null;
    if (part.startsWith(':')) params[part.slice(1)] = decodeURIComponent(have[i]);
    else if (part !== have[i]) return null;
  }
  return want.length === have.length ? params : null;
}

/** Replaces the query part of the hash without a history entry or a re-render (typing in the search box). */
export function replaceQuery(params) {
  const loc = currentLocation() ?? { path: '/' };
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== null && value !== '') search.set(key, value);
  const text = search.toString();
  history.replaceState(history.state, '', `#${loc.path}${text ? `?${text}` : ''}`);
}

/** Starts routing into outlet; onRoute(route) runs after each page change (menu highlighting). */
export function startRouter(routes, outlet, onRoute) {
  let current = null;
  let token = 0;

  async function go() {
    const loc = currentLocation();
    if (!loc) return;
    let route = null;
    let params = null;
    for (const candidate of routes) {
      params = match(candidate.path, loc.path);
      if (params) { route = candidate; break; }
    }
    const ctx = { params: params ?? {}, query: loc.query, path: loc.path };
    if (current && current.route === route && current.instance?.update?.(ctx)) return;

    const mine = ++token;
    current?.instance?.dispose?.();
    current = null;
    onRoute(route);
    if (!route) {
      render(outlet, h('div', { class: 'card' }, h('h1', {}, 'Không tìm thấy trang'),
        h('p', {}, 'Địa chỉ này không có trong PolicyKB. '), h('a', { href: '#/' }, 'Về trang tìm kiếm')));
      document.title = 'Không tìm thấy trang — PolicyKB';
      return;
    }
    let page;
    try {
      page = (await route.load()).default;
    } catch (error) {
      console.warn('PolicyKB: page module failed to load', error);
      render(outlet, errorBox({ title: 'Không tải được trang', detail: 'Hãy kiểm tra kết nối rồi tải lại trang (F5); nếu vẫn lỗi, báo quản trị hệ thống.' }));
      return;
    }
    if (mine !== token) return;
    const root = h('div', { class: 'page' });
    render(outlet, root);
    document.title = `${page.title} — PolicyKB`;
    const instance = page.render(root, ctx) ?? {};
    current = { route, instance };
    // Screen-reader and keyboard users land at the top of the new page unless the page focused something itself.
    if (!outlet.contains(document.activeElement) || document.activeElement === outlet) {
      outlet.focus({ preventScroll: true });
    }
    if (!ctx.params.clause) window.scrollTo(0, 0);
  }

  window.addEventListener('hashchange', go);
  go();
}
