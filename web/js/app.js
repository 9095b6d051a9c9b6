// Boot: header menu from the route table, router, global shortcuts.
import { routes } from './routes.js';
import { startRouter } from './router.js';
import { h, render } from './dom.js';

const nav = document.getElementById('site-nav');
const toggle = document.querySelector('.nav-toggle');
const main = document.getElementById('noi-dung');

render(nav, routes.filter((r) => r.nav).map((r) =>
  h('a', { href: `#${r.path}`, dataset: { path: r.path } }, r.nav)));

function highlightMenu(route) {
  const section = route?.section ?? route?.path;
  for (const link of nav.querySelectorAll('a')) {
    if (link.dataset.path === section) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  nav.classList.remove('is-open');
  toggle.setAttribute('aria-expanded', 'false');
}

toggle.addEventListener('click', () => {
  const open = nav.classList.toggle('is-open');
  toggle.setAttribute('aria-expanded', String(open));
});

document.querySelector('[data-skip]').addEventListener('click', (event) => {
  event.preventDefault();
  main.focus();
});

// "/" focuses the search box from anywhere (and opens the search page when elsewhere), unless the user is typing.
document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target;
  if (target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
  event.preventDefault();
  const box = document.getElementById('search-input');
  if (box) box.focus();
  else location.hash = '#/';
});

startRouter(routes, main, highlightMenu);
