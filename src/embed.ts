/**
 * The embed page (embed.html) for a CMS that allows an iframe but no scripts: it puts one
 * <regelingen-check> on the page with the attributes from its own query string, and tells the parent page
 * its height so the iframe can fit its content. It posts nothing but that height: no answers, no results.
 *
 * Issue 23: the height goes only to the origin the page names in its query string (`origin=`), never to
 * any page that frames it ('*'); without a valid origin nothing is posted. The height is rounded up to a
 * step and posted only after the layout has been still for a moment, so the messages do not follow each
 * screen: which questions were asked (the income period appears only below the IIT ceiling) or how long the
 * results are cannot be read from them.
 */
import { embedOrigin, roundedHeight } from './embed-height.js';

const ATTRIBUTES = ['gemeente', 'lang', 'mode', 'datum'] as const;
const HEIGHT_MESSAGE = 'regelingen-check-height';
/** How long the layout must be still before its height is posted: one message per screen at most. */
const QUIET_MS = 300;

const query = new URLSearchParams(location.search);
const element = document.createElement('regelingen-check');
for (const name of ATTRIBUTES) {
  const value = query.get(name);
  if (value) element.setAttribute(name, value);
}
const lang = query.get('lang');
if (lang && /^[a-z]{2}$/.test(lang)) document.documentElement.lang = lang;
document.body.append(element);

const target = embedOrigin(query.get('origin'));
if (window.parent !== window && !target) {
  console.warn(`regelingen-check embed: no valid origin= in the address (got ${JSON.stringify(query.get('origin'))}); the height is not posted. Give the framing site's origin, e.g. origin=https://www.utrecht.nl`);
}

let posted = -1;
let timer: ReturnType<typeof setTimeout> | undefined;
function postHeight(): void {
  timer = undefined;
  const height = roundedHeight(document.documentElement.getBoundingClientRect().height);
  if (height === 0 || height === posted || !target) return;
  posted = height;
  window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, target);
}
if (target && window.parent !== window) {
  new ResizeObserver(() => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(postHeight, QUIET_MS);
  }).observe(document.documentElement);
}
// A module (loaded with type="module"), so its names stay out of the global scope.
export {};
