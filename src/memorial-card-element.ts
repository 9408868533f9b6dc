import { LitElement, html, nothing } from 'lit';
import { carnation } from './carnation.js';
import type { MemorialEvent } from './data/event.js';
import { january20 } from './data/january-20.js';
import { validateEvent } from './data/validate.js';
import { describe } from './describe.js';
import { type Part, formatterFor } from './i18n/format.js';
import { type ResolvedLanguage, defaultLanguage, matchLanguage } from './i18n/languages.js';
import { subscribe, unsubscribe, type ClockSubscriber } from './live/clock.js';
import { styles } from './styles.js';
import { VERSION } from './version.js';
import { dateInZone, isValidTimeZone, parseNow, toIsoDate } from './time/calendar.js';
import { type CardView, type DateText, cardView, hasBundledText } from './view-model.js';

export type Theme = 'light' | 'dark' | 'auto';
export type Layout = 'card' | 'compact';

const THEMES: readonly string[] = ['light', 'dark', 'auto'];
const LAYOUTS: readonly string[] = ['card', 'compact'];

/** Most days `show-days-before` takes: a whole year, leap day included. */
const MAX_SEASON_DAYS = 366;

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
 * @attr {string} lang - Language: `az`, `en` or `ru` (any BCP 47 tag with those languages). Default: the nearest ancestor's `lang`, then the browser's language, then `en`.
 * @attr now - Freezes the clock: an ISO 8601 date (that day in the card's time zone) or date-time.
 * @attr time-zone - IANA time zone whose calendar decides the day. Default: the event's (`Asia/Baku`).
 * @attr theme - `light`, `dark` or `auto` (follows the page's `color-scheme`: dark only where the page allows dark and the visitor prefers it). Default `auto`.
 * @attr layout - `card` (full) or `compact` (a one-line banner). Default `card`.
 * @attr show-days-before - A whole number 0–366: show the card only from that many days before each anniversary through the day itself (in the card's time zone); hidden, taking no space, otherwise. Default: always shown.
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
export class MemorialCard extends LitElement implements ClockSubscriber {
  static override styles = styles;

  /** The package version, so that a second copy of the script on the page can tell. */
  static readonly version = VERSION;

  static override properties = {
    now: {},
    timeZone: { attribute: 'time-zone' },
    theme: {},
    layout: {},
    showDaysBefore: { attribute: 'show-days-before' },
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

  /** Show the card only from this many days (0–366) before each anniversary through the day; `null`: always. */
  showDaysBefore: number | null = null;

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

  /**
   * The time zone in effect after validation; the shared clock reads it.
   * @internal
   */
  clockTimeZone = january20.timeZone;

  #view: CardView | undefined;
  #theme = 'auto';
  #layout = 'card';
  /** The day shown, `YYYY-MM-DD`, or '' while the clock is frozen by `now`. */
  #liveDay = '';
  #warned = new Set<string>();
  #child: { text: string; value: unknown } | undefined;
  #children: MutationObserver | undefined;
  #waiting = false;

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  /**
   * A card rendered on the server arrives with a declarative shadow root. Its
   * content is replaced by the first render, in the same task, so the page
   * never paints an empty card in between.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const prerendered = this.shadowRoot;
    prerendered?.replaceChildren();
    return super.createRenderRoot();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page after a move: re-check the day and listen again.
    if (this.hasUpdated) this.requestUpdate();
    // A JSON child added, changed or removed later (a CMS, a framework) is
    // noticed at once; so is one still being parsed.
    this.#children ??= new MutationObserver(() => this.requestUpdate());
    this.#children.observe(this, { childList: true, subtree: true, characterData: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#children?.disconnect();
    unsubscribe(this);
  }

  /**
   * Moved into another document (a same-origin iframe): styles made in one
   * document cannot be shared with another, so the card takes its own copy.
   */
  adoptedCallback(): void {
    if (this.shadowRoot) this.shadowRoot.adoptedStyleSheets = sheetFor(this.ownerDocument);
  }

  protected override willUpdate(): void {
    // Whatever the page has put in the properties, an update never throws: a
    // value that cannot be used warns and falls back, and a failure nobody
    // foresaw shows the page's own fallback content.
    this.#view = undefined;
    this.#liveDay = '';
    this.offSeason = false;
    try {
      this.#derive();
    } catch (error) {
      this.#warn('state', error, 'the fallback content');
    }
  }

  #derive(): void {
    const { messages, locale } = this.#language();
    const event = this.#event();
    if (!event) return;
    const zone = this.#check('time-zone', this.timeZone, isValidTimeZone, event.timeZone);
    const frozen = this.#frozenNow(zone);
    const today = dateInZone(frozen ?? Date.now(), zone);
    this.clockTimeZone = zone;
    if (frozen === undefined) this.#liveDay = toIsoDate(today);
    this.#theme = this.#check('theme', this.theme, (v) => THEMES.includes(v), 'auto');
    this.#layout = this.#check('layout', this.layout, (v) => LAYOUTS.includes(v), 'card');
    const view = cardView(event, formatterFor(messages, locale), today);
    const season = this.#seasonDays();
    this.offSeason = season !== undefined && view.phase !== 'anniversary' && view.phase !== 'event-day' && view.daysLeft > season;
    this.#view = view;
  }

  protected override updated(): void {
    if (this.#liveDay && this.isConnected) subscribe(this);
    else unsubscribe(this);
  }

  protected override render() {
    const view = this.#view;
    // No event to show (invalid custom data): the page's own content.
    if (!view) return html`<slot></slot>`;
    const compact = this.#layout === 'compact';
    return html`<article
      part="card"
      class="card theme-${this.#theme} layout-${this.#layout} ${view.phase}"
      lang=${view.lang}
      aria-labelledby="title"
    >
      <div class="in">${compact ? this.#compact(view) : this.#card(view)}</div>
    </article>`;
  }

  // Every string from data is isolated (`dir="auto"`, `<bdi>`): bidi
  // controls in it cannot reorder the card's own words and numbers.
  #card(view: CardView) {
    const textLang = view.textLang;
    return html`<div class="head">
        ${carnation}
        <div>
          ${view.subtitle.length
            ? html`<p class="sub" lang=${textLang}>${view.subtitle.map((s, i) => [i ? SEP : '', html`<bdi>${s}</bdi>`])}</p>`
            : nothing}
          <h2 id="title" class="title" part="title" lang=${textLang} dir="auto">${view.title}</h2>
          ${this.#date(view.eventDate)}
        </div>
      </div>
      <p class="counter" part="counter">
        ${this.#parts(view.since)}${view.next
          ? html`<span class="vh">. </span><span class="next"
                >${view.next}${view.nextDate ? [SEP, this.#date(view.nextDate, '')] : nothing}${view.dayName
                  ? [SEP, html`<bdi class="day" lang=${textLang}>${view.dayName}</bdi>`]
                  : nothing}</span
              >`
          : nothing}
      </p>
      <ul class="figures" part="figures" role="list" aria-label=${view.figuresLabel}>
        ${view.figures.map(
          (figure) =>
            html`<li class="figure" part="figure">
              <span class="value" part="value">${figure.valueText}</span>
              <span class="label" part="label" lang=${textLang} dir="auto">${figure.label}</span>
            </li>`,
        )}
      </ul>
      <p class="summary" part="summary" lang=${textLang} dir="auto">${view.summary}</p>
      <p class="source" part="source">${this.#parts(view.source, view.sourceDate)}</p>`;
  }

  #compact(view: CardView) {
    const dot = [NBSP, html`<span aria-hidden="true">·</span>`, ' '];
    return html`${carnation}
      <p class="line">
        <strong id="title" class="title" part="title" lang=${view.textLang}><bdi>${view.title}</bdi></strong>${dot}${this.#date(
          view.eventDate,
        )}${dot}<span part="counter"
          >${view.since.map((p) => p.text).join('')}${view.phase === 'anniversary'
            ? ['. ', view.next, view.dayName ? [dot, html`<bdi class="day">${view.dayName}</bdi>`] : nothing]
            : nothing}</span
        >${dot}<span part="figures" lang=${view.textLang}
          >${view.figures.map((f, i) => [i ? ', ' : '', html`<b>${f.valueText}</b>`, NBSP, html`<bdi>${f.short}</bdi>`])}</span
        >${dot}<span class="muted" part="source">${this.#parts(view.source, view.sourceDate)}</span>
      </p>`;
  }

  #date(date: DateText, className = 'date') {
    return html`<time class=${className || nothing} part=${className || nothing} datetime=${date.iso}>${date.text}</time>`;
  }

  /** Renders filled pattern parts: `n` as the big number, `date` as a `<time>`, `name` isolated. */
  #parts(parts: readonly Part[], date?: DateText) {
    return parts.map((part) =>
      part.key === 'n'
        ? html`<span class="n">${part.text}</span>`
        : part.key === 'date' && date
          ? this.#date({ ...date, text: part.text }, '')
          : part.key === 'name'
            ? html`<bdi>${part.text}</bdi>`
            : part.text,
    );
  }

  /** Own `lang`, then the nearest ancestor's (across shadow roots), then the browser's, then English. */
  #language(): ResolvedLanguage {
    const own = this.getAttribute('lang');
    const browser = typeof navigator === 'undefined' ? [] : navigator.languages;
    const tags = own === null ? [this.#inheritedLang(), ...browser] : [own];
    for (const tag of tags) {
      const match = tag === undefined ? undefined : matchLanguage(tag);
      if (match) return match;
    }
    if (own !== null) this.#warn('lang', own, 'English');
    return { messages: defaultLanguage, locale: defaultLanguage.locale };
  }

  /** By node type, not `instanceof`: in an iframe the node classes are another window's. */
  #inheritedLang(): string | undefined {
    let node: Node | null = this.parentNode;
    while (node) {
      if (node.nodeType === Node.ELEMENT_NODE && (node as Element).hasAttribute('lang')) {
        return (node as Element).getAttribute('lang') ?? undefined;
      }
      node = (node as Partial<ShadowRoot>).host ?? node.parentNode;
    }
    return undefined;
  }

  /** The frozen instant from `now`, or undefined for the live clock (warning on a value it cannot use). */
  #frozenNow(zone: string): number | undefined {
    const now: unknown = this.now;
    if (now === null || now === undefined) return undefined;
    // parseNow takes a string, a Date or a number, checks the day in the
    // card's zone is within 0001–9999, and answers undefined for anything else.
    const instant = parseNow(now as string, zone);
    if (instant === undefined) this.#warn('now', now, 'the live clock');
    return instant;
  }

  /** `show-days-before` as a number of days, or undefined: always shown. */
  #seasonDays(): number | undefined {
    const value: unknown = this.showDaysBefore;
    if (value === null || value === undefined) return undefined;
    const days = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
    if (Number.isInteger(days) && days >= 0 && days <= MAX_SEASON_DAYS) return days;
    this.#warn('show-days-before', value, 'always shown');
    return undefined;
  }

  /**
   * The bundled event when no custom data is given; the custom event once it
   * passes the validator; undefined when custom data was given but is invalid.
   */
  #event(): MemorialEvent | undefined {
    const property: unknown = this.data;
    const data: unknown = property ?? this.#childData();
    if (data === NONE) return january20;
    // Still parsing the page, no data yet: a JSON child may be on its way, so
    // show the page's own content until it is parsed, never the bundled event first.
    if (data === PENDING) return undefined;
    if (data === INVALID || data === undefined || data === null) return undefined;
    if (typeof data !== 'object') {
      this.#warn('data', data, 'the fallback content');
      return undefined;
    }
    if (!validated.has(data)) {
      let result: ReturnType<typeof validateEvent>;
      try {
        result = validateEvent(data, hasBundledText);
      } catch (error) {
        // A getter or proxy that throws: the data cannot even be read.
        result = { ok: false, errors: [`data could not be read (${describe(error)})`] };
      }
      if (!result.ok) {
        console.warn(`<memorial-card> data is invalid; showing the fallback content instead:\n- ${result.errors.join('\n- ')}`);
      }
      validated.set(data, result.ok ? result.event : undefined);
    }
    return validated.get(data);
  }

  /**
   * The parsed JSON of the first `<script type="application/json">` inside
   * the card (a CMS may have wrapped it in a `<p>`), parsed once per text;
   * INVALID when it does not parse or is not an object; NONE without one;
   * PENDING while the page is still being parsed and none has come yet.
   */
  #childData(): unknown {
    // (querySelector is missing where the card is rendered on a server.)
    const text = this.querySelector?.('script[type^="application/json" i]')?.textContent;
    if (text === undefined || text === null) {
      return this.ownerDocument?.readyState === 'loading' && this.#awaitParsed() ? PENDING : NONE;
    }
    if (this.#child?.text !== text) {
      let value: unknown;
      try {
        value = JSON.parse(text);
        if (typeof value !== 'object' || value === null) {
          value = INVALID;
          console.warn('<memorial-card> the JSON in its <script type="application/json"> is not an object; showing the fallback content instead.');
        }
      } catch (error) {
        value = INVALID;
        console.warn(
          `<memorial-card> the JSON in its <script type="application/json"> does not parse (${describe(error)}); showing the fallback content instead.`,
        );
      }
      this.#child = { text, value };
    }
    return this.#child.value;
  }

  /** Renders again once the page is parsed; true while it waits. */
  #awaitParsed(): boolean {
    if (!this.#waiting) {
      this.#waiting = true;
      this.ownerDocument.addEventListener(
        'DOMContentLoaded',
        () => {
          this.#waiting = false;
          this.requestUpdate();
        },
        { once: true },
      );
    }
    return true;
  }

  /** `value` when it is unset or a string that passes `valid`, else `fallback`, with a warning. */
  #check<T extends string>(attribute: string, value: unknown, valid: (value: string) => boolean, fallback: T): T {
    if (value === null || value === undefined) return fallback;
    if (typeof value === 'string' && valid(value)) return value as T;
    this.#warn(attribute, value, `"${fallback}"`);
    return fallback;
  }

  /** Warns once per attribute and value; any value, of any type, is described safely. */
  #warn(attribute: string, value: unknown, fallback: string): void {
    const shown = describe(value);
    const key = `${attribute}=${shown}`;
    if (this.#warned.has(key)) return;
    if (this.#warned.size < MAX_WARNINGS) this.#warned.add(key);
    console.warn(`<memorial-card> invalid ${attribute}=${shown}; using ${fallback} instead.`);
  }

  /**
   * Called by the shared clock when a midnight may have passed.
   * @internal
   */
  clockTick(): void {
    if (this.#liveDay && toIsoDate(dateInZone(Date.now(), this.clockTimeZone)) !== this.#liveDay) this.requestUpdate();
  }
}

const NBSP = '\u00a0';
/** The separator dot: a no-break space before it keeps it at the end of a line, never at the start. */
const SEP = `${NBSP}· `;
/** A JSON child that does not parse or holds no object. */
const INVALID = Symbol('invalid');
/** No JSON child. */
const NONE = Symbol('none');
/** No JSON child yet, while the page is still being parsed. */
const PENDING = Symbol('pending');
/** Distinct warnings one card remembers, so a flood of bad values cannot grow its memory. */
const MAX_WARNINGS = 50;

/** The card's styles as a sheet of `doc`'s own, for a card moved into another document. */
const sheets = new WeakMap<Document, CSSStyleSheet[]>();
function sheetFor(doc: Document): CSSStyleSheet[] {
  const own = styles.styleSheet;
  const view = doc.defaultView;
  if (!view || (own && doc === document)) return own ? [own] : [];
  let sheet = sheets.get(doc);
  if (!sheet) {
    const copy = new view.CSSStyleSheet();
    copy.replaceSync(styles.cssText);
    sheets.set(doc, (sheet = [copy]));
  }
  return sheet;
}
