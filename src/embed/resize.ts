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

/**
 * The iframe showing `source`: remembered, so that a flood of messages does
 * not walk the page each time (the walk only finds a frame not seen yet).
 */
const frames = new WeakMap<object, HTMLIFrameElement>();
function frameOf(source: MessageEventSource): HTMLIFrameElement | undefined {
  const known = frames.get(source);
  if (known?.isConnected && known.contentWindow === source) return known;
  for (const frame of iframes(document)) {
    if (frame.contentWindow === source) {
      frames.set(source, frame);
      return frame;
    }
  }
  return undefined;
}

/**
 * Whether the page now in the frame is trusted: it opted in, or it is an
 * embed page in embed.js's directory on embed.js's origin. What counts is
 * the address of the page the message came from (readable: same origin), not
 * the iframe's `src`, which a frame navigated elsewhere still carries.
 */
function trusted(frame: HTMLIFrameElement, source: Window, origin: string): boolean {
  if (frame.hasAttribute('data-memorial-card')) return true;
  if (!home || !homeDirectory || origin !== home.origin) return false;
  try {
    const { origin: pageOrigin, pathname } = source.location;
    return pageOrigin === home.origin && pathname.startsWith(homeDirectory) && EMBED_PAGE.test(pathname.slice(homeDirectory.length));
  } catch {
    return false;
  }
}

/**
 * The last heights set on each frame. A height (but 0, out of season) seen among them again is an
 * oscillation (host CSS such as `aspect-ratio` makes the frame's width follow
 * its height, and the card's height its width): the frame then only grows,
 * so it settles at the tallest instead of resizing for ever.
 */
const recent = new WeakMap<HTMLIFrameElement, number[]>();
const REMEMBERED = 4;

addEventListener('message', (event: MessageEvent) => {
  const source = event.source;
  if (!source || !isHeightMessage(event.data)) return;
  const frame = frameOf(source);
  if (!frame || !trusted(frame, source as Window, event.origin)) return;
  const height = clampHeight(event.data.height);
  const seen = recent.get(frame) ?? [];
  if (height && seen.includes(height) && height < Math.max(...seen)) return;
  recent.set(frame, [...seen, height].slice(-REMEMBERED));
  frame.style.height = `${height}px`;
});
