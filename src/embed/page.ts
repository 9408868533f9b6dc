/**
 * The script of dist/embed.html, the page for iframes. It copies the known
 * query parameters onto the card (the card validates them as attributes and
 * warns about bad ones) and tells the parent page its height.
 */
import { HEIGHT_MESSAGE } from './protocol.js';

const PARAMETERS = ['lang', 'theme', 'layout', 'now', 'time-zone', 'no-animation'];

const card = document.querySelector('memorial-card');
const query = new URLSearchParams(location.search);
if (card) {
  for (const name of PARAMETERS) {
    const value = query.get(name);
    if (value === null) continue;
    if (name === 'no-animation') card.toggleAttribute(name, value !== 'false');
    else card.setAttribute(name, value);
  }
  for (const name of query.keys()) {
    if (!PARAMETERS.includes(name)) console.warn(`memorial-card embed: unknown parameter "${name}" ignored.`);
  }
}

let sent = -1;
function postHeight(): void {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === sent || window.parent === window) return;
  sent = height;
  // Only a number leaves the frame; any page may read it.
  window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
}
new ResizeObserver(postHeight).observe(document.documentElement);
addEventListener('load', postHeight);
