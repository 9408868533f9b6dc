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
