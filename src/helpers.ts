/**
 * What a server, a build script or a test needs without the element: the
 * vocabulary (attributes, their values, the languages), the bundled event
 * and the data validator, and the anniversary arithmetic. Pure: no DOM, so
 * it runs in Node and in any framework.
 */
export {
  ATTRIBUTES,
  DEFAULT_LANGUAGE,
  EMBED_PARAMETERS,
  EXPECTED,
  HEADING_LEVELS,
  LANGUAGES,
  LAYOUTS,
  SEASON_DAYS,
  THEMES,
  matchLanguage,
  type Attribute,
  type AttributeName,
  type Layout,
  type ResolvedLanguage,
  type Theme,
} from './attributes.js';
export { january20 } from './data/january-20.js';
export type { FigureLabel, MemorialEvent, MemorialFigure, MemorialSource, MemorialText, PluralText } from './data/event.js';
export { MAX_FIGURES, MAX_TEXT_LENGTH, formatIssue, validateEvent, type Issue, type IssueCode, type Validation } from './data/validate.js';
export { anniversaryState, type AnniversaryPhase, type AnniversaryState } from './time/anniversary.js';
export { dateInZone, isValidTimeZone, parseIsoDate, parseNow, toIsoDate, type CalendarDate } from './time/calendar.js';
