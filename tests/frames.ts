// Iframes for the tests that load built pages as an embedding page would.
// No import from src/: the element in a frame is the page's own.
import { fixture, html } from '@open-wc/testing';

export type CardElement = HTMLElement & { updateComplete: Promise<boolean> };
export type FrameWindow = Window & typeof globalThis & { pageErrors: string[]; pwned?: unknown };

/** An iframe on the test page, once `src` has loaded. */
export async function frame(src: string, sandbox?: string): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  if (sandbox !== undefined) iframe.setAttribute('sandbox', sandbox);
  iframe.style.cssText = 'width: 640px; height: 150px; border: 0';
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.src = src;
  (await fixture<HTMLElement>(html`<div></div>`)).append(iframe);
  await loaded;
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
