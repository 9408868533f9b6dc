/**
 * The script-tag entry, built into dist/memorial-card.js (an ES module) and
 * dist/memorial-card.iife.js (a classic script, global `MemorialCard`):
 * registers `<memorial-card>` and exports the class and `define()`. The pure
 * helpers are left out; the npm entry and `memorial-card/helpers` export them.
 */
import { define } from './memorial-card-define.js';

export { MemorialCard } from './memorial-card-element.js';
export { define, DEFAULT_TAG } from './memorial-card-define.js';

define();
