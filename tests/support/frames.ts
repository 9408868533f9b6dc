// Iframes for the tests that load built pages as an embedding page would.
// No import from src/: the element in a frame is the page's own.
import { fixture, html } from '@open-wc/testing';

export type CardElement = HTMLElement & { updateComplete: Promise<boolean> };
/** A frame's window; pages that load tests/support/pages/record-errors.js keep their errors in `pageErrors`. */
export type FrameWindow = Window & typeof globalThis & { pageErrors: string[]; pwned?: unknown; eval: (code: string) => unknown };

export interface FrameOptions {
  /** The iframe's sandbox attribute (left out when undefined). */
  sandbox?: string;
  /** The iframe's name (tests/support/pages/query-from-name.js makes it the page's query). */
  name?: string;
  /** Marks the iframe `data-memorial-card`, the opt-in of dist/embed.js. */
  optIn?: boolean;
  /** Where the iframe goes (a fresh fixture <div> by default). */
  parent?: Node;
}

/** An iframe showing `src`, 640 × 150 px, added at once: listen for its messages before it loads. */
export async function openFrame(src: string, options: FrameOptions = {}): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  if (options.sandbox !== undefined) iframe.setAttribute('sandbox', options.sandbox);
  if (options.name !== undefined) iframe.name = options.name;
  if (options.optIn) iframe.setAttribute('data-memorial-card', '');
  iframe.style.cssText = 'width: 640px; height: 150px; border: 0';
  iframe.src = src;
  (options.parent ?? (await fixture<HTMLElement>(html`<div></div>`))).appendChild(iframe);
  return iframe;
}

/** An iframe showing `src`, once it has loaded. */
export async function frame(src: string, options: FrameOptions = {}): Promise<HTMLIFrameElement> {
  const iframe = await openFrame(src, options);
  // Loading is a task of its own: it cannot have fired before this listener.
  await new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  return iframe;
}

/** The frame's first card (or every card), once its script has made it live. */
export async function liveCard(iframe: HTMLIFrameElement): Promise<CardElement> {
  return (await liveCards(iframe))[0];
}

export async function liveCards(iframe: HTMLIFrameElement): Promise<CardElement[]> {
  const win = iframe.contentWindow as FrameWindow;
  await win.customElements.whenDefined('memorial-card');
  const cards = [...win.document.querySelectorAll('memorial-card')] as CardElement[];
  await Promise.all(cards.map((card) => card.updateComplete));
  return cards;
}

/** What the frame's page recorded (pages that load tests/support/pages/record-errors.js). */
export const pageErrors = (iframe: HTMLIFrameElement): string[] => (iframe.contentWindow as FrameWindow).pageErrors;

/** Resolves with the next message from `source`; added after dist/embed.js's listener, it runs once embed.js has seen the message. */
export const messageFrom = (source: Window | null) =>
  new Promise<MessageEvent>((resolve) => {
    const listener = (event: MessageEvent) => {
      if (event.source !== source) return;
      removeEventListener('message', listener);
      resolve(event);
    };
    addEventListener('message', listener);
  });
