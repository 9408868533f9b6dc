import { LitElement, type PropertyValues, html, nothing } from 'lit';
import { carnation } from './carnation.js';
import type { MemorialEvent } from './data/event.js';
import { january20 } from './data/january-20.js';
import { describe, validateEvent } from './data/validate.js';
import { type Formatter, type Part, formatterFor } from './i18n/format.js';
import { type ResolvedLanguage, defaultLanguage, matchLanguage } from './i18n/languages.js';
import { subscribe, unsubscribe, type ClockSubscriber } from './live/clock.js';
import { animate, cancel, stopWatching, whenVisible, type CountUpTarget } from './live/count-up.js';
import { styles } from './styles.js';
import { VERSION } from './version.js';
import { dateInZone, isValidTimeZone, parseNow, toIsoDate } from './time/calendar.js';
import { type CardView, type DateText, cardView, hasBundledText } from './view-model.js';

export type Theme = 'light' | 'dark' | 'auto';
export type Layout = 'card' | 'compact';

const THEMES: readonly string[] = ['light', 'dark', 'auto'];
const LAYOUTS: readonly string[] = ['card', 'compact'];

const reducedMotion =
  typeof matchMedia === 'function' ? matchMedia('(prefers-reduced-motion: reduce)') : undefined;

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
 * @attr lang - Language: `az`, `en` or `ru` (any BCP 47 tag with those languages). Default: the nearest ancestor's `lang`, then the browser's language, then `en`.
 * @attr now - Freezes the clock: an ISO 8601 date (that day in the card's time zone) or date-time.
 * @attr time-zone - IANA time zone whose calendar decides the day. Default: the event's (`Asia/Baku`).
 * @attr theme - `light`, `dark` or `auto` (follows `prefers-color-scheme`). Default `auto`.
 * @attr layout - `card` (full) or `compact` (a one-line banner). Default `card`.
 * @attr no-animation - Turns off the figures' count-up (also off under `prefers-reduced-motion: reduce`).
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
 * @cssprop --memorial-card-font-size - Base font size. Default `1rem`.
 * @cssprop --memorial-card-radius - Corner radius. Default `4px`.
 * @cssprop --memorial-card-padding - Inner space. Default `1.25rem`, `2rem 2.25rem` from 30rem wide; compact `0.5rem 1rem`.
 * @cssprop --memorial-card-max-width - Widest the card grows. Default `40rem`; compact: none.
 */
export class MemorialCard extends LitElement implements ClockSubscriber, CountUpTarget {
  static override styles = styles;

  /** The package version, so that a second copy of the script on the page can tell. */
  static readonly version = VERSION;

  static override properties = {
    now: {},
    timeZone: { attribute: 'time-zone' },
    theme: {},
    layout: {},
    noAnimation: { type: Boolean, attribute: 'no-animation' },
    data: { attribute: false },
  };

  /** Freezes the clock at this ISO 8601 date or date-time; `null` for the live clock. */
  now: string | null = null;

  /** IANA time zone whose calendar decides the day; `null` for the event's zone. */
  timeZone: string | null = null;

  /** `light`, `dark` or `auto`. */
  theme: Theme = 'auto';

  /** `card` or `compact`. */
  layout: Layout = 'card';

  /** Turns off the count-up of the figures. */
  noAnimation = false;

  /**
   * Another memorial's data (see `MemorialEvent`). Invalid data is reported
   * with `console.warn` and the bundled event is shown instead.
   */
  data: MemorialEvent | undefined = undefined;

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /**
   * The time zone in effect after validation; the shared clock reads it.
   * @internal
   */
  clockTimeZone = january20.timeZone;

  #view: CardView | undefined;
  #format: Formatter | undefined;
  #theme = 'auto';
  #layout = 'card';
  /** The day shown, `YYYY-MM-DD`, or '' while the clock is frozen by `now`. */
  #liveDay = '';
  #motion: 'pending' | 'counting' | 'done' = 'done';
  #warned = new Set<string>();
  #child: { text: string; value: unknown } | undefined;

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
    // Upgraded while the page is still parsing: a JSON child may come later.
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', () => this.requestUpdate(), { once: true });
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unsubscribe(this);
    stopWatching(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const { messages, locale } = this.#language();
    const event = this.#event();
    const zone = this.#check('time-zone', this.timeZone, isValidTimeZone, event.timeZone);
    const frozen = this.now === null ? undefined : parseNow(this.now, zone);
    if (this.now !== null && frozen === undefined) this.#warn('now', this.now, 'the live clock');
    const today = dateInZone(frozen ?? Date.now(), zone);
    this.clockTimeZone = zone;
    this.#liveDay = frozen === undefined ? toIsoDate(today) : '';
    this.#theme = this.#check('theme', this.theme, (v) => THEMES.includes(v), 'auto');
    this.#layout = this.#check('layout', this.layout, (v) => LAYOUTS.includes(v), 'card');
    this.#format = formatterFor(messages, locale);
    this.#view = cardView(event, this.#format, today);

    const animated = !this.noAnimation && !reducedMotion?.matches;
    if (!this.hasUpdated && animated) this.#motion = 'pending';
    if (!animated && changed.has('noAnimation')) {
      cancel(this.#step);
      stopWatching(this);
      this.#motion = 'done';
    }
  }

  protected override updated(): void {
    if (this.#liveDay && this.isConnected) subscribe(this);
    else unsubscribe(this);
    if (this.#motion === 'pending') {
      this.#step(0);
      whenVisible(this, this);
    }
  }

  protected override render() {
    const view = this.#view;
    if (!view) return nothing;
    const compact = this.#layout === 'compact';
    const counting = this.#motion === 'done' ? '' : ' counting';
    return html`<article
      part="card"
      class="card theme-${this.#theme} layout-${this.#layout} ${view.phase}${counting}"
      lang=${view.lang}
      aria-labelledby="title"
    >
      <div class="in">${compact ? this.#compact(view) : this.#card(view)}</div>
    </article>`;
  }

  #card(view: CardView) {
    const textLang = view.textLang;
    return html`<div class="head">
        ${carnation}
        <div>
          ${view.subtitle ? html`<p class="sub" lang=${textLang}>${view.subtitle}</p>` : nothing}
          <h2 id="title" class="title" part="title" lang=${textLang}>${view.title}</h2>
          ${this.#date(view.eventDate)}
        </div>
      </div>
      <p class="counter" part="counter">
        ${this.#parts(view.since)}${view.next
          ? html`<span class="vh">. </span><span class="next"
                >${view.next}${view.nextDate ? [' · ', this.#date(view.nextDate, '')] : nothing}${view.dayName
                  ? [' · ', html`<span class="day" lang=${textLang}>${view.dayName}</span>`]
                  : nothing}</span
              >`
          : nothing}
      </p>
      <ul class="figures" part="figures" role="list" aria-label=${view.figuresLabel}>
        ${view.figures.map(
          (figure) =>
            html`<li class="figure" part="figure">
              <span class="value" part="value"
                ><span class="final">${figure.valueText}</span
                ><span class="ticker" aria-hidden="true" data-value=${figure.value}></span
              ></span>
              <span class="label" part="label" lang=${textLang}>${figure.label}</span>
            </li>`,
        )}
      </ul>
      <p class="summary" part="summary" lang=${textLang}>${view.summary}</p>
      <p class="source" part="source">${this.#parts(view.source, view.sourceDate)}</p>`;
  }

  #compact(view: CardView) {
    // A no-break space keeps each dot at the end of a line, never at the start.
    const dot = ['\u00a0', html`<span aria-hidden="true">·</span>`, ' '];
    return html`${carnation}
      <p class="line">
        <strong id="title" class="title" part="title" lang=${view.textLang}>${view.title}</strong>${dot}${this.#date(
          view.eventDate,
        )}${dot}<span part="counter"
          >${view.since.map((p) => p.text).join('')}${view.phase === 'anniversary'
            ? ['. ', view.next, view.dayName ? [dot, html`<span class="day">${view.dayName}</span>`] : nothing]
            : nothing}</span
        >${dot}<span part="figures" lang=${view.textLang}
          >${view.figures.map((f, i) => [i ? ', ' : '', html`<b>${f.valueText}</b>`, ' ', f.short])}</span
        >${dot}<span class="muted" part="source">${this.#parts(view.source, view.sourceDate)}</span>
      </p>`;
  }

  #date(date: DateText, className = 'date') {
    return html`<time class=${className} part=${className} datetime=${date.iso}>${date.text}</time>`;
  }

  /** Renders filled pattern parts: `n` as the big number, `date` as a `<time>`. */
  #parts(parts: readonly Part[], date?: DateText) {
    return parts.map((part) =>
      part.key === 'n'
        ? html`<span class="n">${part.text}</span>`
        : part.key === 'date' && date
          ? this.#date({ ...date, text: part.text }, '')
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

  #inheritedLang(): string | undefined {
    for (let node: Node | null = this.parentNode; node; node = node instanceof ShadowRoot ? node.host : node.parentNode) {
      if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang') ?? undefined;
    }
    return undefined;
  }

  /**
   * The bundled event, or another one once it passes the validator: from the
   * `data` property, else from a child `<script type="application/json">`.
   */
  #event(): MemorialEvent {
    const data: unknown = this.data ?? this.#childData();
    if (data === undefined || data === null) return january20;
    if (typeof data !== 'object') {
      this.#warn('data', String(data), 'the bundled event');
      return january20;
    }
    if (!validated.has(data)) {
      let result: ReturnType<typeof validateEvent>;
      try {
        result = validateEvent(data, hasBundledText);
      } catch (error) {
        // A getter or proxy that throws: the data cannot even be read.
        result = { ok: false, errors: [`data could not be read (${(error as Error)?.message ?? error})`] };
      }
      if (!result.ok) {
        console.warn(`<memorial-card> data is invalid, showing the bundled event instead:\n- ${result.errors.join('\n- ')}`);
      }
      validated.set(data, result.ok ? result.event : undefined);
    }
    return validated.get(data) ?? january20;
  }

  /** The parsed JSON of a child `<script type="application/json">`, parsed once per text. */
  #childData(): unknown {
    // (querySelector is missing where the card is rendered on a server.)
    const text = this.querySelector?.(':scope > script[type="application/json"]')?.textContent;
    if (text === undefined || text === null) return undefined;
    if (this.#child?.text !== text) {
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (error) {
        console.warn(
          `<memorial-card> the JSON in its <script type="application/json"> does not parse (${(error as Error).message}); showing the bundled event instead.`,
        );
      }
      this.#child = { text, value };
    }
    return this.#child.value;
  }

  /** `value` when it is unset or passes `valid`, else `fallback`, with a warning. */
  #check<T extends string>(attribute: string, value: string | null, valid: (value: string) => boolean, fallback: T): T {
    if (value === null || valid(value)) return (value ?? fallback) as T;
    this.#warn(attribute, value, `"${fallback}"`);
    return fallback;
  }

  /** Warns once per attribute and value. */
  #warn(attribute: string, value: string, fallback: string): void {
    const key = `${attribute}=${value}`;
    if (this.#warned.has(key)) return;
    this.#warned.add(key);
    console.warn(`<memorial-card> invalid ${attribute}=${describe(value)}; using ${fallback} instead.`);
  }

  /**
   * Called by the shared clock when a midnight may have passed.
   * @internal
   */
  clockTick(): void {
    if (this.#liveDay && toIsoDate(dateInZone(Date.now(), this.clockTimeZone)) !== this.#liveDay) this.requestUpdate();
  }

  /**
   * Called once, the first time the card is on screen.
   * @internal
   */
  startCountUp(): void {
    if (this.#motion !== 'pending') return;
    this.#motion = 'counting';
    animate(this.#step);
  }

  #step = (progress: number): void => {
    for (const ticker of this.renderRoot.querySelectorAll<HTMLElement>('.ticker')) {
      ticker.textContent = this.#format?.number(Math.round(Number(ticker.dataset.value) * progress)) ?? '';
    }
    if (progress >= 1) {
      this.#motion = 'done';
      this.requestUpdate();
    }
  };
}
