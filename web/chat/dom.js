// The chat panel's one DOM helper (the panel is self-contained: it does not import the app's js/dom.js).

/** Creates `tag` with a class, attributes (undefined ones skipped) and children. */
export function el(tag, className, attributes = {}, ...children) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined) node.setAttribute(name, value);
  }
  node.append(...children);
  return node;
}
