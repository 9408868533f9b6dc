/**
 * dist/embed.js: a classic script for the page that embeds memorial-card
 * iframes. It sizes each such iframe to the height its page reports, and
 * listens only to messages from those iframes' own windows.
 */
import { isHeightMessage } from './protocol.js';

addEventListener('message', (event: MessageEvent) => {
  if (!isHeightMessage(event.data)) return;
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow === event.source && /\/embed\.html(?:[?#]|$)/.test(frame.src)) {
      frame.style.height = `${event.data.height}px`;
    }
  }
});
