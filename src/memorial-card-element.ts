import { LitElement, type PropertyDeclarations, html, isServer } from 'lit';
import * as vocabulary from './attributes.js';
import { type Layout, type ResolvedLanguage, type Theme, DEFAULT_LANGUAGE } from './attributes.js';
import type { MemorialEvent } from './data/event.js';
import { january20 } from './data/january-20.js';
import { formatIssue, validateEvent } from './data/validate.js';
import { describe } from './describe.js';
import { JsonChild, NONE } from './element/json-child.js';
import { formatterFor } from './i18n/format.js';
import { LiveDay } from './live/day.js';
import { styles } from './styles.js';
import { cardTemplate } from './templates.js';
import type { AnniversaryPhase } from './time/anniversary.js';
import { dateInZone, toIsoDate } from './time/calendar.js';
import { VERSION } from './version.js';
import { type CardView, cardView } from './view-model.js';

export type { Layout, Theme } from './attributes.js';

/** The `detail` of `memorial-card-change`: what the card shows now. */
export interface MemorialCardChangeDetail {
  /** The day the card shows, `YYYY-MM-DD` in its time zone. */
  readonly date: string;
  /** `anniversary` (the day itself), `between`; for an event still ahead, `before` and `event-day`. */
  readonly phase: AnniversaryPhase;
  /** Hidden by `show-days-before` today. */
  readonly offSeason: boolean;
}

/** The event the card fires after it shows another day, phase or season. */
export type MemorialCardChangeEvent = CustomEvent<MemorialCardChangeDetail>;

declare global {
  interface HTMLElementEventMap {
    'memorial-card-change': MemorialCardChangeEvent;
  }
}

/** The card's styles, one constructed sheet per window. */
const sheets = new WeakMap<Window, CSSStyleSheet>();

/** The result of validating one `data` value, kept so each value is checked and warned about once. */
const validated = new WeakMap<object, MemorialEvent | undefined>();

/**
 * A memorial card for the January 20 tragedy (Baku, 1990): the date, a live
 * "years since" counter with the next anniversary, the key figures with their
 * source, in Azerbaijani, English or Russian.
 *
 * @tagname memorial-card
 * @summary A dignified, self-contained memorial card with a live anniversary counter.
 *
 * @attr {string} lang - Language: `az`, `en` or `ru` (any BCP 47 tag with those languages; the list is `LANGUAGES` in `attributes.ts`). Default: the nearest ancestor's `lang`, then the browser's language, then `en`.
 * @attr now - Freezes the clock: an ISO 8601 date (that day in the card's time zone) or date-time.
 * @attr time-zone - IANA time zone whose calendar decides the day. Default: the event's (`Asia/Baku`).
 * @attr theme - `light`, `dark` or `auto` (follows the page's `color-scheme`: dark only where the page allows dark and the visitor prefers it). Default `auto`.
 * @attr layout - `card` (full) or `compact` (a one-line banner). Default `card`.
 * @attr show-days-before - A whole number 0–366: show the card only from that many days before each anniversary through the day itself (in the card's time zone); hidden, taking no space, otherwise. Default: always shown.
 *
 * @attr heading-level - The level of the card's heading, 1–6, to fit the page's outline: the `aria-level` of its `<h2>`. Default `2`. The compact banner has no heading.
 *
 * @fires {MemorialCardChangeEvent} memorial-card-change - After the card shows another day, phase (`anniversary`, `between`; `before` and `event-day` for an event still ahead) or season than before: at midnight, or when `now`, `time-zone`, `show-days-before` or the data change. `detail`: `{ date, phase, offSeason }` (`date` is `YYYY-MM-DD` in the card's time zone). Bubbles, composed. Not fired for the first render.
 *
 * @slot - Fallback content: the plain facts, shown before the script runs, without JavaScript, and when custom data is invalid.
 *
 * @csspart card - The whole card (`<article>`).
 * @csspart carnation - The carnation drawing.
 * @csspart title - The event's name.
 * @csspart date - The event's date.
 * @csspart counter - The "years since" counter and the next anniversary.
 * @csspart figures - The list of figures.
 * @csspart figure - One figure: value and label.
 * @csspart value - A figure's number.
 * @csspart label - A figure's label.
 * @csspart summary - The sentence on what happened.
 * @csspart source - The source of the figures.
 *
 * @cssprop --memorial-card-background - Card background. Light `#f7f3ec`, dark `#151311`.
 * @cssprop --memorial-card-foreground - Main text colour. Light `#1d1a16`, dark `#f1ebe1`.
 * @cssprop --memorial-card-muted - Secondary text colour. Light `#5b5249`, dark `#b9afa2`.
 * @cssprop --memorial-card-accent - The carnation and the rule. Light `#a3142c`, dark `#e2596a`.
 * @cssprop --memorial-card-rule - Thin dividing lines and the border. Light `#d9cebd`, dark `#3d3630`.
 * @cssprop --memorial-card-font-family - Body font. Default: the system sans-serif.
 * @cssprop --memorial-card-heading-font-family - Heading, date and numbers. Default: a system serif.
 * @cssprop --memorial-card-font-size - Base font size; every size in the card is in `em` of it. Default: the reader's font size (`medium`).
 * @cssprop --memorial-card-radius - Corner radius. Default `4px`.
 * @cssprop --memorial-card-padding - Inner space. Default `1.25em`, `2em 2.25em` from 30em wide; compact `0.5em 1em`.
 * @cssprop --memorial-card-max-width - Widest the card grows. Default `40em`; compact: none.
 */
export class MemorialCard extends LitElement {
  static override styles = styles;

  /** The package version, so that a second copy of the script on the page can tell. */
  static readonly version = VERSION;

  static override properties: PropertyDeclarations = {
    now: {},
    timeZone: { attribute: 'time-zone' },
    theme: {},
    layout: {},
    showDaysBefore: { attribute: 'show-days-before', converter: numeric(vocabulary.showDaysBefore) },
    headingLevel: { attribute: 'heading-level', converter: numeric(vocabulary.headingLevel) },
    data: { attribute: false },
    offSeason: { type: Boolean, attribute: 'off-season', reflect: true },
  };

  /**
   * Freezes the clock: an ISO 8601 date or date-time string, a `Date`, or a
   * time value in milliseconds. `null` or `undefined` for the live clock.
   */
  now: string | Date | number | null = null;

  /** IANA time zone whose calendar decides the day; `null` for the event's zone. */
  timeZone: string | null = null;

  /** `light`, `dark` or `auto`. */
  theme: Theme = 'auto';

  /** `card` or `compact`. */
  layout: Layout = 'card';

  /**
   * Show the card only from this many days (0–366) before each anniversary
   * through the day; `null`: always. The attribute's value arrives here as a
   * number (`"7"` → `7`); text that is not a whole number 0–366 stays a string
   * (ignored, with a warning).
   */
  showDaysBefore: number | string | null = null;

  /**
   * The level of the card's heading, 1–6 (the `aria-level` of its `<h2>`),
   * to fit the page's outline; `null` for 2. Read like `showDaysBefore`. The compact banner
   * has no heading.
   */
  headingLevel: number | string | null = null;

  /**
   * Another memorial's data (see `MemorialEvent`; figure labels may be forms
   * by plural category). Invalid data is reported with `console.warn`, and
   * the element's own content (the page's fallback) is shown instead: never
   * the bundled event.
   */
  data: MemorialEvent | undefined = undefined;

  /**
   * Set by the card itself while `show-days-before` hides it.
   * @internal
   */
  offSeason = false;

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  #view: CardView | undefined;
  // Set with #view, and read only while it is.
  #theme!: Theme;
  #layout!: Layout;
  #level: number | undefined;
  /** What `memorial-card-change` reports: the day shown, its phase, whether out of season. */
  #state: MemorialCardChangeDetail | undefined;
  #last: string | undefined;
  #warned = new Set<string>();
  readonly #child = new JsonChild(this);
  readonly #day = new LiveDay(this);
  // Safari before 16.4 has no internals: a card without the fallback state.
  readonly #internals = this.attachInternals?.();

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  /**
   * A card rendered on the server arrives with a declarative shadow root. Its
   * content is replaced by the first render, in the same task, so the page
   * never paints an empty card in between. A closed one (a page's
   * `<template shadowrootmode="closed">`) cannot be opened: the internals
   * reach it, and the card renders into it.
   */
  protected override createRenderRoot(): ShadowRoot {
    const root = this.#internals?.shadowRoot ?? this.attachShadow({ mode: 'open' });
    root.replaceChildren();
    this.#adopt(root);
    return root;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page after a move: re-check the day and listen again.
    if (this.hasUpdated) this.requestUpdate();
  }

  /** Moved into another document (a same-origin iframe, a template, a parsed document): the styles that document can use. */
  adoptedCallback(): void {
    if (this.renderRoot) this.#adopt(this.renderRoot as ShadowRoot);
  }

  /**
   * Styles made in one document cannot be shared with another: each window
   * gets its own constructed copy (a strict `style-src` policy allows it as
   * it allows the first), made when a card first lands there, whether it was
   * created there or moved in. A document without a window (a template's,
   * a parsed one) gets none until the card is moved on.
   */
  #adopt(root: ShadowRoot): void {
    const view = this.ownerDocument.defaultView;
    if (!view) return;
    // A page that has broken its own CSSStyleSheet or WeakMap: the card unstyled, never blank.
    try {
      let sheet = sheets.get(view);
      if (!sheet) {
        sheet = new view.CSSStyleSheet();
        sheet.replaceSync(styles.cssText);
        sheets.set(view, sheet);
      }
      root.adoptedStyleSheets = [sheet];
    } catch (error) {
      this.#warn('styles', error, 'no styles');
    }
  }

  protected override willUpdate(): void {
    // Whatever the page has put in the properties, an update never throws: a
    // value that cannot be used warns and falls back, and a failure nobody
    // foresaw shows the page's own fallback content.
    this.#view = this.#state = undefined;
    this.#day.show('', '');
    this.offSeason = false;
    try {
      this.#derive();
    } catch (error) {
      this.#warn('state', error, 'the fallback content');
    }
    // The fallback content reads as the page around it (styles.ts). Chromium
    // before 125 takes only "--" names and throws: no such state there.
    try {
      (this.#internals as ElementInternals).states[this.#view ? 'delete' : 'add']('fallback');
    } catch {
      // The fallback content in the card's reset, as in browsers without :state().
    }
  }

  #derive(): void {
    const { messages, locale } = this.#language();
    const event = this.#event();
    if (!event) return;
    const zone = this.#read(vocabulary.timeZone, this.timeZone, event.timeZone, `"${event.timeZone}"`);
    const frozen = this.#read(vocabulary.now, this.now, undefined, 'the live clock', zone);
    const today = dateInZone(frozen ?? Date.now(), zone);
    if (frozen === undefined) this.#day.show(toIsoDate(today), zone);
    this.#theme = this.#read(vocabulary.theme, this.theme, 'auto', '"auto"');
    this.#layout = this.#read(vocabulary.layout, this.layout, 'card', '"card"');
    // Rendered on a server without a given `now`, the text is read on later
    // days too: no "in 56 days" (issue #16).
    const view = cardView(event, formatterFor(messages, locale), today, !isServer || frozen !== undefined);
    const season = this.#read(vocabulary.showDaysBefore, this.showDaysBefore, undefined, 'always shown');
    this.offSeason = season !== undefined && view.phase !== 'anniversary' && view.phase !== 'event-day' && view.daysLeft > season;
    this.#level = this.#read(vocabulary.headingLevel, this.headingLevel, undefined, '2');
    this.#state = { date: toIsoDate(today), phase: view.phase, offSeason: this.offSeason };
    this.#view = view;
  }

  /** After a render that shows another day, phase or season than the one before: `memorial-card-change`. */
  protected override updated(): void {
    const state = JSON.stringify(this.#state);
    const last = this.#last;
    // Recorded before the event: a listener that moves the card again
    // (an update inside the handler) is compared with this state, not an older one.
    this.#last = state;
    if (last && state && state !== last) {
      this.dispatchEvent(new CustomEvent('memorial-card-change', { bubbles: true, composed: true, detail: this.#state }));
    }
  }

  protected override render() {
    // No event to show (invalid custom data): the page's own content.
    return this.#view ? cardTemplate(this.#view, this.#theme, this.#layout, this.#level) : html`<slot></slot>`;
  }

  /** Own `lang`, then the nearest ancestor's (across shadow roots), then the browser's, then English. */
  #language(): ResolvedLanguage {
    const own = this.getAttribute('lang');
    if (own !== null) {
      return this.#read(vocabulary.lang, own, undefined, 'English') ?? fallbackLanguage();
    }
    const browser = typeof navigator === 'undefined' ? [] : navigator.languages;
    for (const tag of [this.#inheritedLang(), ...browser]) {
      const match = vocabulary.matchLanguage(tag);
      if (match) return match;
    }
    return fallbackLanguage();
  }

  /**
   * The nearest `lang` above the card, across shadow roots. Only the DOM's
   * own getters and methods, called from their prototypes: a page's named
   * elements (`<img name="host">`, `<input name="parentNode">` in a form)
   * replace same-named properties of `document` and of a form.
   */
  #inheritedLang(): string | null | undefined {
    const { closest, getAttribute } = Element.prototype;
    const host = Object.getOwnPropertyDescriptor(ShadowRoot.prototype, 'host')?.get as () => Element;
    for (let node: Element | undefined = this as Element; node; ) {
      const found = closest.call(node, '[lang]');
      if (found) return getAttribute.call(found, 'lang');
      try {
        // The host of the shadow root the node is in; a document or a plain fragment ends the walk.
        node = host.call(Node.prototype.getRootNode.call(node)) as Element;
      } catch {
        node = undefined;
      }
    }
    return undefined;
  }

  /**
   * The bundled event when no custom data is given; the custom event once it
   * passes the validator; undefined when custom data was given but is invalid.
   */
  #event(): MemorialEvent | undefined {
    const data: unknown = this.data ?? this.#child.read();
    if (data === NONE) return january20;
    // PENDING: still parsing the page, no data yet: a JSON child may be on its
    // way, so show the page's own content until it is parsed, never the bundled event first.
    if (data === undefined || data === null || typeof data === 'symbol') return undefined;
    if (typeof data !== 'object') {
      this.#warn('data', data, 'the fallback content');
      return undefined;
    }
    if (!validated.has(data)) {
      const result = validateEvent(data);
      if (!result.ok) {
        const lines = result.issues.map(formatIssue);
        if (result.more) lines.push(`… and ${result.more} more`);
        console.warn(`<memorial-card> data is invalid; showing the fallback content instead:\n- ${lines.join('\n- ')}`);
      }
      validated.set(data, result.ok ? result.event : undefined);
    }
    return validated.get(data);
  }

  /**
   * `value` read by `attribute`: `fallback` when it is unset, and when
   * `parse` refuses it too, with a warning that says what was used instead.
   */
  #read<T, F, A extends unknown[]>(
    attribute: vocabulary.Attribute<T, A, string>,
    value: unknown,
    fallback: F,
    instead: string,
    ...context: A
  ): T | F {
    if (value === null || value === undefined) return fallback;
    const parsed = attribute.parse(value, ...context);
    if (parsed !== undefined) return parsed;
    this.#warn(attribute.name, value, instead);
    return fallback;
  }

  /** Warns once per attribute and value, at most MAX_WARNINGS times; any value, of any type, is described safely. */
  #warn(attribute: string, value: unknown, instead: string): void {
    const shown = describe(value);
    const key = `${attribute}=${shown}`;
    // Past MAX_WARNINGS distinct ones, the card is silent: never the same warning on every render.
    if (this.#warned.has(key) || this.#warned.size >= MAX_WARNINGS) return;
    this.#warned.add(key);
    console.warn(`<memorial-card> invalid ${key}; using ${instead} instead.`);
  }
}

/**
 * A whole-number attribute: its digits become the number the property's type
 * says; any other text stays as it is, so the warning can name it.
 */
function numeric(attribute: vocabulary.Attribute<number, [], string>) {
  return (value: string | null) => (value && attribute.parse(value)) ?? value;
}

/** The language of a card whose page asks for none that is bundled. */
const fallbackLanguage = () => vocabulary.matchLanguage(DEFAULT_LANGUAGE) as ResolvedLanguage;

/** Distinct warnings one card remembers, so a flood of bad values cannot grow its memory. */
const MAX_WARNINGS = 50;
