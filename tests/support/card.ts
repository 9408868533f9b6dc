// The card fixture: a <memorial-card> on the test page, upgraded (src/index.js
// registers it) and drawn, plus the ways the suites read it.
import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/index.js';
import type { MemorialCard } from '../../src/memorial-card-element.js';
import { readable } from './text.js';

export type { MemorialCard };

/** The card's attributes by property name, its `data` property, and where it stands. */
export interface CardOptions {
  lang?: string;
  now?: string;
  timeZone?: string;
  theme?: string;
  layout?: string;
  showDaysBefore?: string;
  /** Set as the `data` property before the card is connected. */
  data?: unknown;
  /** Inline style of the card itself. */
  style?: string;
  /** Puts the card in a `<div>` this many px wide. */
  width?: number;
  /** Runs on the fresh, unconnected element before its first render. */
  before?: (el: MemorialCard) => void;
}

const ATTRIBUTES = { lang: 'lang', now: 'now', timeZone: 'time-zone', theme: 'theme', layout: 'layout', showDaysBefore: 'show-days-before', style: 'style' } as const;

/**
 * A card on the page, once it has drawn. Either options (attributes are set
 * before it is connected, as a parser or a template would) or a template
 * holding one card, for a card with children or inside other elements.
 */
export async function card(options: CardOptions | TemplateResult = {}): Promise<MemorialCard> {
  if ('strings' in options && '_$litType$' in options) {
    const wrapper = await fixture<HTMLElement>(options);
    const el = (wrapper.localName === 'memorial-card' ? wrapper : wrapper.querySelector('memorial-card')!) as MemorialCard;
    await el.updateComplete;
    return el;
  }
  const { data, width, before } = options as CardOptions;
  const el = document.createElement('memorial-card') as MemorialCard;
  for (const [name, attribute] of Object.entries(ATTRIBUTES)) {
    const value = (options as Record<string, unknown>)[name];
    if (value !== undefined) el.setAttribute(attribute, String(value));
  }
  if (data !== undefined) el.data = data as never;
  before?.(el);
  await fixture<HTMLElement>(width === undefined ? html`${el}` : html`<div style="width: ${width}px">${el}</div>`);
  await el.updateComplete;
  return el;
}

/** Lets the shared clock's microtask and the cards' updates run. */
export async function settle(...els: MemorialCard[]): Promise<void> {
  await Promise.resolve();
  await Promise.all(els.map((el) => el.updateComplete));
  await Promise.resolve();
}

/** Whether the card is on the page: displayed, with a box (out of season it takes no space). */
export const isShown = (el: MemorialCard): boolean => getComputedStyle(el).display !== 'none' && el.getBoundingClientRect().height > 0;

/** The readable text of the card's `selector` (its whole article by default). */
export function textOf(el: MemorialCard, selector = 'article'): string {
  return readable(el.shadowRoot!.querySelector(selector)?.textContent);
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

/** Inherited properties a host page may set around the card (the Vite templates centre everything). */
export const HOSTILE_HOST =
  'text-align: center; letter-spacing: 3px; word-spacing: 12px; text-transform: uppercase; text-indent: 40px; ' +
  'font-style: italic; font-variant: small-caps; font-weight: 900; line-height: 3; white-space: pre; ' +
  'font-family: fantasy; font-size: 30px; color: red; text-shadow: 2px 2px red; word-break: break-all; ' +
  'hyphens: none; font-feature-settings: "smcp"; -webkit-text-fill-color: green; text-underline-offset: 9px; ' +
  'font-kerning: none; tab-size: 20; list-style-type: square; text-rendering: geometricPrecision; cursor: wait; ' +
  'font-stretch: condensed; font-synthesis: none; line-break: anywhere; text-decoration-color: red; quotes: "«" "»"';
