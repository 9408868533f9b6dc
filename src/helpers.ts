/**
 * The pure helpers, without the element: anniversary math, calendar and
 * time-zone functions, the data validator and the language files. Usable in
 * Node and in any framework.
 */
export { anniversaryState, observedDate, yearsSince, type AnniversaryPhase, type AnniversaryState } from './time/anniversary.js';
export { dateInZone, isValidTimeZone, nextMidnight, parseIsoDate, parseNow, toIsoDate, type CalendarDate } from './time/calendar.js';
export { validateEvent, type Validation } from './data/validate.js';
export { january20 } from './data/january-20.js';
export type { MemorialEvent, MemorialFigure, MemorialSource, MemorialText } from './data/event.js';
export { languages, matchLanguage } from './i18n/languages.js';
export { Formatter, formatterFor } from './i18n/format.js';
export type { Messages, PluralPatterns, LocaleData } from './i18n/messages.js';
export { cardView, type CardView } from './view-model.js';
