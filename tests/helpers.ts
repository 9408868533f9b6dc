import { fixture } from '@open-wc/testing';
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

/** The card's text as a reader meets it, white space folded. */
export function textOf(el: MemorialCard, selector = 'article'): string {
  const node = el.shadowRoot!.querySelector(selector);
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function part(el: MemorialCard, name: string): Element | null {
  return el.shadowRoot!.querySelector(`[part~="${name}"]`);
}
