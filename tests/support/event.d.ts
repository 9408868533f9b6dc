import type { MemorialEvent, MemorialText } from '../../src/data/event.js';

/** What `exampleEvent` lets a test change; everything else stays the same. */
export interface ExampleOptions {
  id?: string;
  date?: string;
  timeZone?: string;
  /** The one figure's id (default `a`). */
  figure?: string;
  value?: number;
  title?: string;
  summary?: string;
  /** The one figure's English label. */
  label?: string;
  /** The source's name. */
  source?: string;
  sourceDate?: string;
  /** Words in languages besides English, by language code. */
  otherLanguages?: Record<string, MemorialText>;
}

export function exampleEvent(options?: ExampleOptions): MemorialEvent;

/** The example of the Node suites: 120 names read, from an archive, in one neutral sentence. */
export const namesRead: MemorialEvent;
