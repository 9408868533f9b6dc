/**
 * The package entry: registers `<memorial-card>` and exports the class, the
 * data schema and the pure helpers.
 */
import { define } from './memorial-card-define.js';

export { MemorialCard, type Layout, type Theme } from './memorial-card-element.js';
export { define, DEFAULT_TAG } from './memorial-card-define.js';
export type { MemorialEvent, MemorialFigure, MemorialSource, MemorialText } from './data/event.js';
export { january20 } from './data/january-20.js';
export { validateEvent, type Validation } from './data/validate.js';
export { anniversaryState, observedDate, yearsSince, type AnniversaryState } from './time/anniversary.js';
export { dateInZone, nextMidnight, parseNow, type CalendarDate } from './time/calendar.js';
export { languages } from './i18n/languages.js';
export type { Messages } from './i18n/messages.js';

define();
