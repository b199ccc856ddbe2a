/**
 * The embed page (embed.html) for a CMS that allows an iframe but no scripts: it puts one
 * <regelingen-check> on the page with the attributes from its own query string, and tells the parent page
 * its height so the iframe can fit its content. It posts nothing but that height: no answers, no results.
 */
const ATTRIBUTES = ['gemeente', 'lang', 'mode', 'datum'] as const;
const HEIGHT_MESSAGE = 'regelingen-check-height';

const query = new URLSearchParams(location.search);
const element = document.createElement('regelingen-check');
for (const name of ATTRIBUTES) {
  const value = query.get(name);
  if (value) element.setAttribute(name, value);
}
const lang = query.get('lang');
if (lang && /^[a-z]{2}$/.test(lang)) document.documentElement.lang = lang;
document.body.append(element);

let posted = -1;
/** The page's own height in whole CSS pixels, posted only when it changes. */
function postHeight(): void {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === 0 || height === posted || window.parent === window) return;
  posted = height;
  // The parent's origin is unknown (any gemeente's site); the message holds nothing but a number.
  window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
}
new ResizeObserver(postHeight).observe(document.documentElement);
postHeight();
// A module (loaded with type="module"), so its names stay out of the global scope.
export {};
