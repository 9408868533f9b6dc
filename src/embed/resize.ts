/**
 * dist/embed.js: a classic script for the page that embeds memorial-card
 * iframes. It sizes each such iframe to the height its page reports,
 * clamped to MIN_HEIGHT–MAX_HEIGHT, and listens only to messages
 *
 * - from the window of an iframe on this page (open shadow roots included),
 * - and either sent from the origin embed.js itself was loaded from, by an
 *   embed page (`embed.html`, `embed-az.html`, …), or from an iframe that
 *   opts in with the `data-memorial-card` attribute (any origin or address:
 *   for pages served from elsewhere).
 */
import { clampHeight, isHeightMessage } from './protocol.js';

const script = document.currentScript as HTMLScriptElement | null;
/** The origin the embed pages are trusted from: where this script came from. */
const home = script?.src ? new URL(script.src, location.href).origin : location.origin;
const EMBED_PAGE = /\/embed(?:-[a-z]{2,3})?\.html$/;

/** Every iframe in `root` and in the open shadow roots below it. */
function* iframes(root: Document | ShadowRoot): Generator<HTMLIFrameElement> {
  yield* root.querySelectorAll('iframe');
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) yield* iframes(element.shadowRoot);
  }
}

function trusted(frame: HTMLIFrameElement, origin: string): boolean {
  if (frame.hasAttribute('data-memorial-card')) return true;
  if (origin !== home) return false;
  try {
    return EMBED_PAGE.test(new URL(frame.src, location.href).pathname);
  } catch {
    return false;
  }
}

addEventListener('message', (event: MessageEvent) => {
  if (!event.source || !isHeightMessage(event.data)) return;
  for (const frame of iframes(document)) {
    if (frame.contentWindow !== event.source) continue;
    if (trusted(frame, event.origin)) frame.style.height = `${clampHeight(event.data.height)}px`;
    return;
  }
});
