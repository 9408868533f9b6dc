/**
 * The package entry: registers `<memorial-card>` and exports the class, its
 * `define()` and the pure helpers.
 */
import { define } from './memorial-card-define.js';

export { MemorialCard, type Layout, type MemorialCardChangeDetail, type MemorialCardChangeEvent, type Theme } from './memorial-card-element.js';
export { define, DEFAULT_TAG } from './memorial-card-define.js';
export * from './helpers.js';

define();
