import type { MemorialEvent } from '../src/data/event.js';

/**
 * A small valid memorial for tests: one figure `a`, words in English. Each
 * option replaces one value; the rest stay the same everywhere.
 */
export function exampleEvent(
  options: { id?: string; date?: string; timeZone?: string; value?: number; title?: string; label?: string; source?: string; summary?: string } = {},
): MemorialEvent {
  return {
    id: options.id ?? 'example',
    date: options.date ?? '2000-06-15',
    timeZone: options.timeZone ?? 'UTC',
    figures: [{ id: 'a', value: options.value ?? 1 }],
    source: { name: options.source ?? 'Example', date: '2020-01-01' },
    text: {
      en: { title: options.title ?? 'An example memorial', summary: options.summary ?? 'A sentence.', figures: { a: options.label ?? 'names read' } },
    },
  };
}

/** Inherited properties a host page may set around the card (the Vite templates centre everything). */
export const HOSTILE_HOST =
  'text-align: center; letter-spacing: 3px; word-spacing: 12px; text-transform: uppercase; text-indent: 40px; ' +
  'font-style: italic; font-variant: small-caps; font-weight: 900; line-height: 3; white-space: pre; ' +
  'font-family: fantasy; font-size: 30px; color: red; text-shadow: 2px 2px red; word-break: break-all; ' +
  'hyphens: none; font-feature-settings: "smcp"; -webkit-text-fill-color: green; text-underline-offset: 9px; ' +
  'font-kerning: none; tab-size: 20; list-style-type: square; text-rendering: geometricPrecision; cursor: wait; ' +
  'font-stretch: condensed; font-synthesis: none; line-break: anywhere; text-decoration-color: red; quotes: "«" "»"';
