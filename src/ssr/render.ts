/// <reference types="node" />
/**
 * Static rendering for servers and static sites (Node only): the card as
 * HTML with a declarative shadow root, the same markup the browser renders,
 * followed by a plain-HTML copy of the facts for crawlers and for readers
 * without declarative shadow DOM. The browser build replaces the shadow
 * root's content in place when it loads (no hydration, so no Lit markers).
 *
 * No global DOM shim, and the host's globals as they were: Lit's Node build
 * defines `globalThis.customElements` (and its shim `litServerRoot`) when
 * there is none; those are taken off the global object again once loaded,
 * and put back only for the synchronous moment each render runs.
 * `document` and `window` stay as they were. The element is imported
 * statically, so bundlers can follow it; the published file is bundled with
 * `@lit-labs/ssr` inside (rollup.config.js).
 */
// First: it notes the host's globals before Lit's modules run (a chunk of its own, see rollup.config.js).
import { LIT_GLOBALS, hostGlobals } from './host-globals.js';
import { createHash } from 'node:crypto';
import { render } from '@lit-labs/ssr/lib/render.js';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html, nothing } from 'lit';
import * as vocabulary from '../attributes.js';
import type { MemorialEvent } from '../data/event.js';
import { january20 } from '../data/january-20.js';
import { type Issue, formatIssue, validateEvent } from '../data/validate.js';
import { cut, describe } from '../describe.js';
import { formatterFor } from '../i18n/format.js';
import { define } from '../memorial-card-define.js';
import { clean, escapeHtml, loadableUrl, scriptJson, tidyOpeningTag } from './markup.js';
import { styles } from '../styles.js';
import { factsTemplate } from '../templates.js';
import { dateInZone } from '../time/calendar.js';
import { type CardView, cardView } from '../view-model.js';

/**
 * The globals Lit's Node build installed (absent before it loaded), with
 * their values: off the global object, except while {@link withLitGlobals} runs.
 */
const litGlobals = LIT_GLOBALS.filter((name) => !hostGlobals.has(name)).map(
  (name) => [name, Object.getOwnPropertyDescriptor(globalThis, name)] as const,
);
for (const [name] of litGlobals) Reflect.deleteProperty(globalThis, name);

/**
 * Runs `run` (synchronous: no other code can see them) with Lit's globals in
 * place, then leaves the global object as it was before the call.
 */
function withLitGlobals<T>(run: () => T): T {
  const before = litGlobals.map(([name]) => Object.getOwnPropertyDescriptor(globalThis, name));
  for (const [name, descriptor] of litGlobals) if (descriptor) Object.defineProperty(globalThis, name, descriptor);
  try {
    return run();
  } finally {
    litGlobals.forEach(([name], i) => {
      const descriptor = before[i];
      if (descriptor) Object.defineProperty(globalThis, name, descriptor);
      else Reflect.deleteProperty(globalThis, name);
    });
  }
}

withLitGlobals(() => define());

/**
 * The card's attributes, as on the element. An option left out (or
 * `undefined`) takes its default; any other value, `null` too, must be one
 * the element takes, or the call throws a {@link RenderOptionError}.
 */
export interface RenderOptions {
  lang?: string;
  theme?: string;
  layout?: string;
  /**
   * The moment the static text is rendered for: an ISO 8601 date or
   * date-time, a `Date` or epoch milliseconds. Default: the time of
   * rendering. It decides the pre-rendered text only: the element is written
   * without a `now` attribute, so the live card reads the real clock (unless
   * `freeze` is set).
   */
  now?: string | Date | number;
  /**
   * Writes `now` onto the element too (as of the time of rendering when `now`
   * is not given), so that the live card stays on that day for ever: for
   * screenshots, tests and archives. Default: false.
   */
  freeze?: boolean;
  timeZone?: string;
  /** Integer 0–366, written as the `show-days-before` attribute. */
  showDaysBefore?: number | string;
  /** Integer 1–6, written as the `heading-level` attribute: the `aria-level` of the card's `<h2>`. */
  headingLevel?: number | string;
  /** Another memorial; it is also written into the markup as a JSON child. */
  data?: MemorialEvent;
  /**
   * The address of the card's stylesheet (`memorial-card.css`, the package's
   * `dist/memorial-card.css`): the declarative shadow root links it
   * (`<link rel="stylesheet" href="…">`) instead of holding the styles
   * inline, so that a Content Security Policy with `style-src 'self'` (or
   * the stylesheet's host) and no `'unsafe-inline'` or hash styles the card.
   * Default: the styles inline, in a `<style>` whose CSP source is
   * {@link styleHash}. Not an attribute: the live card replaces the link
   * with its own constructed stylesheet. No quotes, `<`, `>`, backticks,
   * spaces or control characters.
   */
  stylesheet?: string;
}

/**
 * The card's stylesheet: the CSS a pre-rendered card holds in its `<style>`
 * (without the `stylesheet` option), and the content of the package's
 * `dist/memorial-card.css` (written from this by the build).
 */
export const cardCss: string = styles.cssText;

/**
 * The CSP source that allows the pre-rendered card's inline `<style>`
 * (`'sha256-…'`, quotes included), for a page's `style-src`: the same for
 * every card of this version, whatever its options.
 */
export const styleHash = `'sha256-${createHash('sha256').update(cardCss).digest('base64')}'`;

export { scriptJson } from './markup.js';

/**
 * A value a renderCard option rejects. For `data`, `issues` lists what is
 * wrong (the validator's first problems) and `more` counts the rest.
 */
export class RenderOptionError extends RangeError {
  override name = 'RenderOptionError';
  constructor(
    readonly option: string,
    message: string,
    readonly issues: readonly Issue[] = [],
    readonly more = 0,
  ) {
    super(`${option}: ${message}`);
  }
}

/** The most data problems a {@link RenderOptionError}'s message lists, and the characters of each. */
const MAX_LISTED_PROBLEMS = 10;
const MAX_PROBLEM_LENGTH = 120;

/**
 * The validator's issues as one short message: the first ten, each cut to
 * 120 characters, then how many more.
 */
export function issueSummary(issues: readonly Issue[], more = 0): string {
  const shown = issues.slice(0, MAX_LISTED_PROBLEMS).map((issue) => cut(formatIssue(issue), MAX_PROBLEM_LENGTH));
  const rest = issues.length + more - shown.length;
  return shown.join('; ') + (rest > 0 ? `; and ${rest} more` : '');
}

/** Lit SSR's markup for a template, made plain HTML. Synchronous: the card has no async parts. */
function toHtml(value: unknown): string {
  return clean(withLitGlobals(() => collectResultSync(render(value))));
}

/**
 * The options (`what` names the argument) as a plain snapshot of `keys`,
 * each read exactly once (a getter cannot answer differently later): none
 * for `undefined`; a {@link RenderOptionError} for anything but an object,
 * and for an option that cannot be read (a throwing getter, a revoked proxy),
 * naming it. Left out: the options that are `undefined`.
 */
function snapshot<K extends string>(options: unknown, what: string, keys: readonly K[]): Partial<Record<K, unknown>> {
  if (options === undefined) return {};
  if (typeof options !== 'object' || options === null) {
    throw new RenderOptionError(what, `${describe(options)} is not an object of options`);
  }
  // A plain object (or one without a prototype): a Map, an array, a Date or
  // a class instance would have its entries ignored.
  let given: (string | symbol)[];
  try {
    const proto: unknown = Object.getPrototypeOf(options);
    if (proto !== Object.prototype && proto !== null) {
      throw new RenderOptionError(what, `${describe(options)} is not a plain object of options`);
    }
    given = Reflect.ownKeys(options);
  } catch (error) {
    if (error instanceof RenderOptionError) throw error;
    throw new RenderOptionError(what, `cannot be read (${describe(error)})`);
  }
  // A key it does not know (a typo, `lnag`; a symbol) is refused rather
  // than ignored: ignored, it would print another card than the one asked for.
  const unknown = given.find((key) => !(keys as readonly (string | symbol)[]).includes(key));
  if (unknown !== undefined) throw new RenderOptionError(keyName(unknown), `is not an option (known: ${keys.join(', ')})`);
  // Without a prototype, so that reading an option left out finds nothing either.
  const copy: Partial<Record<K, unknown>> = Object.create(null) as Partial<Record<K, unknown>>;
  for (const key of keys) {
    // Its own properties only: a polluted Object.prototype sets nothing.
    let value: unknown;
    try {
      value = given.includes(key) ? (options as Record<K, unknown>)[key] : undefined;
    } catch (error) {
      throw new RenderOptionError(optionName(key), `cannot be read (${describe(error)})`);
    }
    if (value !== undefined) copy[key] = value;
  }
  return copy;
}

/**
 * A key as an error names it: its first 40 characters (by code point), every
 * control, format and separator character as `\uXXXX`, so that no key can
 * forge a line or reorder one.
 */
const keyName = (key: string | symbol): string =>
  [...(typeof key === 'symbol' ? String(key) : key)]
    .slice(0, 40)
    .join('')
    .replace(/[\p{C}\p{Zl}\p{Zp}\\]/gu, (c) => {
      const code = c.codePointAt(0) ?? 0;
      return c === '\\' ? '\\\\' : code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`;
    });

/** An option as its errors name it: the attribute's name (`timeZone` → `time-zone`). */
const optionName = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

const CARD_OPTIONS = ['lang', 'theme', 'layout', 'now', 'freeze', 'timeZone', 'showDaysBefore', 'headingLevel', 'data', 'stylesheet'] as const satisfies readonly (keyof RenderOptions)[];
const PAGE_OPTIONS = ['head', 'script', 'title', 'description'] as const satisfies readonly (keyof PageOptions)[];

interface Rendered {
  card: string;
  view: CardView;
  facts: string;
}

/**
 * The card's markup for `options`. Throws a {@link RenderOptionError} (a
 * RangeError) naming the option for a value the element would reject, so
 * that a build fails instead of printing a card other than the one asked for.
 * Installs no DOM shim and reads no DOM: safe inside a server that renders
 * other pages too.
 */
export async function renderCard(options: RenderOptions = {}): Promise<string> {
  return (await renderParts(options)).card;
}

/**
 * The plain-HTML facts alone (title, date, figures, source), as the card
 * carries them for readers without JavaScript: for a CMS that keeps its own
 * markup around the element. Takes the options of {@link renderCard}.
 */
export async function renderFacts(options: RenderOptions = {}): Promise<string> {
  return (await renderParts(options)).facts;
}

/** What {@link renderPage} puts around the card. */
export interface PageOptions {
  /** Extra markup for `<head>` (trusted: written as it is). */
  head?: string;
  /**
   * The address of memorial-card.js, written into `<head>` as
   * `<script type="module" src="…">` so the card goes live. Without it the
   * page has no script and the card stays as rendered. No quotes, `<`, `>`,
   * backticks, spaces or control characters.
   */
  script?: string;
  /** The page's `<title>`. Default: the event's title (in the card's language when the event has words in it). */
  title?: string;
  /** The page's meta description. Default: the event's summary, in the same language as the title. */
  description?: string;
}

/**
 * `url`, the value of the option `option`, escaped as an attribute value.
 * Throws a {@link RenderOptionError} naming the option for anything but a
 * string, an empty URL or one with quotes, `<`, `>`, backticks, whitespace
 * or control characters.
 */
function urlAttribute(option: string, url: unknown): string {
  if (typeof url !== 'string' || !url || url.length > 2048 || /["'<>`\s\p{Cc}]/u.test(url) || !loadableUrl(url)) {
    throw new RenderOptionError(option, `${describe(url)} is not a URL without quotes, <, >, backticks or spaces, relative or http(s)`);
  }
  return escapeHtml(url);
}



/**
 * `<script type="module" src="url">`, the URL escaped as an attribute value.
 * Throws a {@link RenderOptionError} for an empty URL or one with quotes,
 * `<`, `>`, backticks, whitespace or control characters.
 */
export function moduleScriptTag(url: string): string {
  return `<script type="module" src="${urlAttribute('script', url)}"></script>`;
}

/**
 * A whole HTML page with the card in its `<main>`: a title and a meta
 * description from the event's words, and `<html lang>` in the language those
 * words are in (the card's, unless the data has no words in it). Valid HTML
 * (the Nu checker is run on it in CI). It has no script unless `page.script`
 * (or `page.head`) adds one, and nothing inline but the card's `<style>`,
 * which the `stylesheet` option replaces with a link: with it, the page needs
 * no `'unsafe-inline'` or hash in its Content Security Policy. No icon link
 * either (a browser asks for the site's `/favicon.ico`).
 */
export async function renderPage(options: RenderOptions = {}, pageOptions: PageOptions = {}): Promise<string> {
  const page = snapshot(pageOptions, 'page', PAGE_OPTIONS);
  const script = page.script === undefined ? '' : `${moduleScriptTag(page.script as string)}\n`;
  const title = text(page, 'title', true);
  const description = text(page, 'description');
  const head = text(page, 'head');
  const { card, view } = await renderParts(options);
  // The language the title and description are in: the event's words may
  // have come from another language than the card's (data without words in it).
  return `<!doctype html>
<html lang="${escapeHtml(view.textLang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title ?? view.title)}</title>
<meta name="description" content="${escapeHtml(description ?? view.summary)}">
${script}${head ? `${head}\n` : ''}</head>
<body>
<main>
${card}
</main>
</body>
</html>
`;
}

/** A page option that must be text when given (`filled`: with more than spaces in it). */
function text(page: Partial<Record<string, unknown>>, key: 'title' | 'description' | 'head', filled = false): string | undefined {
  const value = page[key];
  if (value === undefined || (typeof value === 'string' && (!filled || value.trim()))) return value;
  throw new RenderOptionError(key, `${describe(value)} is not ${filled ? 'text with more than spaces' : 'text'}`);
}

/**
 * `value` read by the vocabulary's `attribute`: undefined when it is not
 * given, else what `parse` makes of it; a value it refuses throws a
 * {@link RenderOptionError} naming the option.
 */
function read<T, A extends unknown[]>(attribute: vocabulary.Attribute<T, A>, value: unknown, ...context: A): T | undefined {
  if (value === undefined) return undefined;
  const parsed = attribute.parse(value, ...context);
  if (parsed === undefined) throw new RenderOptionError(attribute.name, `${describe(value)} is not ${vocabulary.EXPECTED[attribute.name]}`);
  return parsed;
}

async function renderParts(given: RenderOptions): Promise<Rendered> {
  // Each option read once, and from here on only values checked below.
  const options = snapshot(given, 'options', CARD_OPTIONS) as RenderOptions;
  const lang = options.lang === undefined ? vocabulary.DEFAULT_LANGUAGE : options.lang;
  const language = read(vocabulary.lang, lang) as vocabulary.ResolvedLanguage;
  let event = january20;
  if (options.data !== undefined) {
    const result = validateEvent(options.data);
    if (!result.ok) throw new RenderOptionError('data', issueSummary(result.issues, result.more), result.issues, result.more);
    event = result.event;
  }
  const zone = read(vocabulary.timeZone, options.timeZone) ?? event.timeZone;
  // `now` takes the string, `Date` or number the element takes.
  const instant = read(vocabulary.now, options.now, zone) ?? Date.now();
  if (options.freeze !== undefined && typeof options.freeze !== 'boolean') {
    throw new RenderOptionError('freeze', `${describe(options.freeze)} is not true or false`);
  }
  // A given `now` is set on the server-side element as a property (not
  // reflected): it decides the static text. Only a frozen card also carries
  // it as the `now` attribute; otherwise the live card reads the real clock.
  // Without one the element reads the clock, and its text says nothing that
  // a later day makes false (no "in 56 days"): the page is read on later days.
  const renderNow = typeof options.now === 'string' ? options.now : new Date(instant).toISOString();
  const givenNow = options.now === undefined && !options.freeze ? null : renderNow;
  const frozenNow = options.freeze ? renderNow : undefined;
  read(vocabulary.theme, options.theme);
  read(vocabulary.layout, options.layout);
  const daysBefore = read(vocabulary.showDaysBefore, options.showDaysBefore);
  const headingLevel = read(vocabulary.headingLevel, options.headingLevel);
  const stylesheet = options.stylesheet === undefined ? undefined : urlAttribute('stylesheet', options.stylesheet);
  const view = cardView(event, formatterFor(language.messages, language.locale), dateInZone(instant, zone));

  // The element alone, then its light children composed around it: Lit
  // cannot bind inside <script>, and the JSON must be escaped for a script.
  const host = tidyOpeningTag(
    toHtml(
      html`<memorial-card lang=${lang} theme=${options.theme ?? nothing} layout=${options.layout ?? nothing} now=${frozenNow ?? nothing} .now=${givenNow} time-zone=${options.timeZone ?? nothing} show-days-before=${daysBefore === undefined ? nothing : String(daysBefore)} heading-level=${headingLevel === undefined ? nothing : String(headingLevel)} .data=${options.data === undefined ? undefined : event}></memorial-card>`,
    ),
  );
  const close = '</memorial-card>';
  const inline = `<template shadowrootmode="open"><style>${cardCss}</style>`;
  if (!host.startsWith('<memorial-card') || !host.endsWith(close) || !host.includes(inline)) throw new Error('memorial-card: unexpected server render output');
  // With a stylesheet, the shadow root links it instead of holding the styles.
  const shadow = stylesheet === undefined ? host : host.replace(inline, () => `<template shadowrootmode="open"><link rel="stylesheet" href="${stylesheet}">`);
  const json = options.data === undefined ? '' : `<script type="application/json">${scriptJson(event)}</script>`;
  const facts = toHtml(factsTemplate(view));
  return { card: `${shadow.slice(0, -close.length)}${json}${facts}${close}`, view, facts };
}
