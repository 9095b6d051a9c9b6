// Tiny DOM helpers: every text goes through textContent, never innerHTML, so document text cannot inject markup.

/** Creates an element: h('a', { href: '#/', class: 'x', onclick: fn }, 'text', child, [more]). */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (key === 'class') el.className = value;
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (value === true) el.setAttribute(key, '');
    else el.setAttribute(key, String(value));
  }
  append(el, children);
  return el;
}

/** Creates an SVG element. */
export function svg(tag, attrs = {}, ...children) {
  const el = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, String(value));
  }
  append(el, children);
  return el;
}

/** Appends children (strings, nodes, arrays, null). */
export function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/** Replaces the element's content. */
export function render(el, ...children) {
  el.replaceChildren();
  return append(el, children);
}

/** Calls fn after the input has been quiet for ms milliseconds. */
export function debounce(fn, ms) {
  let timer;
  const debounced = (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
  debounced.cancel = () => clearTimeout(timer);
  return debounced;
}

/** Shows a short status message at the bottom of the screen (announced to screen readers). */
export function toast(message) {
  const el = document.getElementById('toast');
  if (!el) return;
  el.textContent = message;
  el.classList.add('is-visible');
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => el.classList.remove('is-visible'), 3200);
}

/**
 * An error panel for a failed request (ApiError carries the problem's Vietnamese title and detail). Anything else is a
 * program error whose message is English and technical: it goes to the console, the reader gets what to do.
 */
export function errorBox(error) {
  if (!error?.title) console.warn('PolicyKB:', error);
  return h('div', { class: 'error-box', role: 'alert' },
    h('strong', {}, error?.title ?? 'Không tải được dữ liệu'),
    ' ',
    error?.title ? (error.detail ?? '') : 'Hãy tải lại trang (F5); nếu vẫn lỗi, báo quản trị hệ thống.');
}

/** Copies text to the clipboard; falls back to a hidden textarea where the async API is unavailable. */
export async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = h('textarea', { class: 'visually-hidden', 'aria-hidden': 'true' });
    area.value = text;
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}
