import { fixture } from '@open-wc/testing';
import sinon from 'sinon';
import { type TemplateResult } from 'lit';
import '../src/index.js';
import type { MemorialCard } from '../src/memorial-card-element.js';

/** Renders a template holding one card and waits for it to draw. */
export async function card(template: TemplateResult): Promise<MemorialCard> {
  const wrapper = await fixture<HTMLElement>(template);
  const el = wrapper.localName === 'memorial-card' ? wrapper : wrapper.querySelector('memorial-card')!;
  await (el as MemorialCard).updateComplete;
  return el as MemorialCard;
}

/** The card's text as a reader meets it: white space folded, word joiners (invisible) left out. */
export function textOf(el: MemorialCard, selector = 'article'): string {
  const node = el.shadowRoot!.querySelector(selector);
  return (node?.textContent ?? '').replace(/\u2060/g, '').replace(/\s+/g, ' ').trim();
}

export function part(el: MemorialCard, name: string): Element | null {
  return el.shadowRoot!.querySelector(`[part~="${name}"]`);
}

/**
 * The card shows none of any event, only the page's own content (its light
 * DOM, through the default slot), and that content is on screen.
 */
export function onlyFallbackShown(el: MemorialCard, fallback: string): void {
  const root = el.shadowRoot!;
  if (root.querySelector('article') !== null) throw new Error('an event is shown');
  if (!root.querySelector('slot')) throw new Error('the fallback content is not slotted');
  for (const figure of ['147', '744', '841', 'January 20']) {
    if (root.textContent!.includes(figure)) throw new Error(`the card shows "${figure}"`);
  }
  const node = [...el.children].find((child) => child.textContent?.includes(fallback)) as HTMLElement | undefined;
  if (!node) throw new Error(`no fallback content "${fallback}"`);
  const box = node.getBoundingClientRect();
  if (box.height === 0 || getComputedStyle(node).visibility !== 'visible') throw new Error('the fallback content is not visible');
}

/** `console.warn`, stubbed, and the uncaught errors of the current test, once `recordTrouble()` has been called. */
export let warn: sinon.SinonStub;
export let errors: unknown[] = [];
const onError = (event: ErrorEvent | PromiseRejectionEvent) => errors.push('reason' in event ? event.reason : event.error);

/** For every test of the calling file: stub `console.warn` and record uncaught errors and rejections. */
export function recordTrouble(): void {
  beforeEach(() => {
    warn = sinon.stub(console, 'warn');
    errors = [];
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onError);
  });
  afterEach(() => {
    warn.restore();
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onError);
    delete (window as { pwned?: unknown }).pwned;
  });
}
