/**
 * dist/embed.js: a classic script for the page that embeds memorial-card
 * iframes. It sizes each such iframe to the height its page reports,
 * clamped to MIN_HEIGHT–MAX_HEIGHT (0, a card out of season, collapses it),
 * and listens only to messages
 *
 * - from the window of an iframe on this page (open shadow roots included),
 * - and either sent from the origin embed.js itself was loaded from, by an
 *   embed page (`embed.html`, `embed-az.html`, …) in the same directory as
 *   embed.js, or from an iframe that opts in with the `data-memorial-card`
 *   attribute (any origin or address: for pages served from elsewhere).
 */
import { clampHeight, isHeightMessage } from './protocol.js';

const script = document.currentScript as HTMLScriptElement | null;
/**
 * Where the embed pages are trusted from: the origin and directory this
 * script was loaded from (dist/embed.js beside dist/embed-az.html, …). When
 * that is unknown (no `document.currentScript`), only iframes that opt in.
 */
const home = script?.src ? new URL(script.src, location.href) : undefined;
const homeDirectory = home?.pathname.slice(0, home.pathname.lastIndexOf('/') + 1);
const EMBED_PAGE = /^embed(?:-[a-z]{2,3})?\.html$/;

/** Every iframe in `root` and in the open shadow roots below it. */
function* iframes(root: Document | ShadowRoot): Generator<HTMLIFrameElement> {
  yield* root.querySelectorAll('iframe');
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) yield* iframes(element.shadowRoot);
  }
}

function trusted(frame: HTMLIFrameElement, origin: string): boolean {
  if (frame.hasAttribute('data-memorial-card')) return true;
  if (!home || !homeDirectory || origin !== home.origin) return false;
  try {
    const page = new URL(frame.src, location.href);
    if (page.origin !== home.origin || !page.pathname.startsWith(homeDirectory)) return false;
    return EMBED_PAGE.test(page.pathname.slice(homeDirectory.length));
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
