import { LitElement, type PropertyValues, html, nothing } from 'lit';
import { carnation } from './carnation.js';
import type { MemorialEvent } from './data/event.js';
import { january20 } from './data/january-20.js';
import { validateEvent } from './data/validate.js';
import { type Formatter, type Part, formatterFor } from './i18n/format.js';
import { type ResolvedLanguage, defaultLanguage, matchLanguage } from './i18n/languages.js';
import { subscribe, unsubscribe, reschedule, type ClockSubscriber } from './live/clock.js';
import { animate, cancel, stopWatching, whenVisible, type CountUpTarget } from './live/count-up.js';
import { styles } from './styles.js';
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
 * @cssprop --memorial-card-rule - Thin dividing lines and the border. Light `#ddd3c4`, dark `#3a342e`.
 * @cssprop --memorial-card-font-family - Body font. Default: the system sans-serif.
 * @cssprop --memorial-card-heading-font-family - Heading, date and numbers. Default: a system serif.
 * @cssprop --memorial-card-font-size - Base font size. Default `1rem`.
 * @cssprop --memorial-card-radius - Corner radius. Default `4px`.
 * @cssprop --memorial-card-padding - Inner space. Default: 1rem to 2.25rem with the card's width.
 * @cssprop --memorial-card-max-width - Widest the card grows. Default `40rem`.
 */
export class MemorialCard extends LitElement implements ClockSubscriber, CountUpTarget {
  static override styles = styles;

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

  /** The time zone in effect after validation; the shared clock reads it. */
  get clockTimeZone(): string {
    return this.#zone;
  }

  #view: CardView | undefined;
  #format: Formatter | undefined;
  #themeClass = 'theme-auto';
  #layout: Layout = 'card';
  #zone = january20.timeZone;
  #live = true;
  #day = '';
  #motion: 'pending' | 'counting' | 'done' = 'done';
  #warned = new Set<string>();
  #subscribed = false;

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) {
      this.#syncClock();
      if (this.#motion === 'pending') whenVisible(this, this);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#syncClock();
    stopWatching(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const language = this.#language();
    const event = this.#event();

    let zone = event.timeZone;
    if (this.timeZone !== null) {
      if (isValidTimeZone(this.timeZone)) zone = this.timeZone;
      else this.#warn('time-zone', this.timeZone, `using the event's time zone "${zone}"`);
    }
    this.#zone = zone;

    let instant: number | undefined;
    if (this.now !== null) {
      instant = parseNow(this.now, zone);
      if (instant === undefined) this.#warn('now', this.now, 'using the live clock');
    }
    this.#live = instant === undefined;
    const today = dateInZone(instant ?? Date.now(), zone);
    this.#day = toIsoDate(today);

    const theme = THEMES.includes(this.theme) ? this.theme : (this.#warn('theme', this.theme, 'using "auto"'), 'auto');
    this.#themeClass = `theme-${theme}`;
    this.#layout = LAYOUTS.includes(this.layout)
      ? this.layout
      : (this.#warn('layout', this.layout, 'using "card"'), 'card');

    this.#format = formatterFor(language.messages, language.locale);
    this.#view = cardView(event, this.#format, today);

    const animated = !this.noAnimation && !reducedMotion?.matches;
    if (!this.hasUpdated) this.#motion = animated ? 'pending' : 'done';
    else if (!animated && changed.has('noAnimation')) this.#stopCountUp();
  }

  protected override firstUpdated(): void {
    if (this.#motion === 'pending') whenVisible(this, this);
  }

  protected override updated(): void {
    this.#syncClock();
    if (this.#motion === 'pending') this.#step(0);
  }

  protected override render() {
    const view = this.#view;
    if (!view) return nothing;
    const compact = this.#layout === 'compact';
    const counting = this.#motion === 'done' ? '' : ' counting';
    return html`<article
      part="card"
      class="card ${this.#themeClass} layout-${this.#layout} ${view.phase}${counting}"
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
    const dot = [' ', html`<span aria-hidden="true">·</span>`, ' '];
    return html`${carnation}
      <p class="line">
        <strong id="title" class="title" part="title" lang=${view.textLang}>${view.title}</strong>${dot}${this.#date(
          view.eventDate,
        )}${dot}<span part="counter"
          >${view.since.map((p) => p.text).join('')}${view.phase === 'anniversary'
            ? [', ', view.next, view.dayName ? [' · ', html`<span class="day">${view.dayName}</span>`] : nothing]
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
    if (own !== null) {
      const match = matchLanguage(own);
      if (match) return match;
      this.#warn('lang', own, 'using English');
      return { messages: defaultLanguage, locale: defaultLanguage.locale };
    }
    for (let node: Node | null = this.parentNode; node; ) {
      if (node instanceof Element && node.hasAttribute('lang')) {
        const match = matchLanguage(node.getAttribute('lang') ?? '');
        if (match) return match;
        break;
      }
      node = node instanceof ShadowRoot ? node.host : node.parentNode;
    }
    for (const tag of navigator.languages ?? [navigator.language]) {
      const match = matchLanguage(tag);
      if (match) return match;
    }
    return { messages: defaultLanguage, locale: defaultLanguage.locale };
  }

  #event(): MemorialEvent {
    const data: unknown = this.data;
    if (data === undefined || data === null) return january20;
    if (typeof data !== 'object') {
      this.#warn('data', String(data), 'showing the bundled event');
      return january20;
    }
    if (!validated.has(data)) {
      const result = validateEvent(data, hasBundledText);
      if (!result.ok) {
        console.warn(`<memorial-card> data is invalid, showing the bundled event instead:\n- ${result.errors.join('\n- ')}`);
      }
      validated.set(data, result.ok ? result.event : undefined);
    }
    return validated.get(data) ?? january20;
  }

  /** Warns once per attribute and value. */
  #warn(attribute: string, value: string, fallback: string): void {
    const key = `${attribute}\u0000${value}`;
    if (this.#warned.has(key)) return;
    this.#warned.add(key);
    const shown = value.length > 80 ? `${value.slice(0, 80)}…` : value;
    console.warn(`<memorial-card> invalid ${attribute}=${JSON.stringify(shown)}; ${fallback}.`);
  }

  #syncClock(): void {
    const listen = this.isConnected && this.#live;
    if (listen && !this.#subscribed) subscribe(this);
    else if (!listen && this.#subscribed) unsubscribe(this);
    else if (listen) reschedule();
    this.#subscribed = listen;
  }

  /** Called by the shared clock when a midnight may have passed. */
  clockTick(): void {
    if (this.#live && toIsoDate(dateInZone(Date.now(), this.#zone)) !== this.#day) this.requestUpdate();
  }

  /** Called once, the first time the card is on screen. */
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

  #stopCountUp(): void {
    cancel(this.#step);
    stopWatching(this);
    this.#motion = 'done';
  }
}
