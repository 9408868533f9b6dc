/// <reference types="node" />
/**
 * Static rendering for servers and static sites (Node only): the card as
 * HTML with a declarative shadow root, the same markup the browser renders,
 * followed by a plain-HTML copy of the facts for crawlers and for readers
 * without declarative shadow DOM. The browser build replaces it in place
 * when it loads.
 */
import { render } from '@lit-labs/ssr/lib/render-with-global-dom-shim.js';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, nothing } from 'lit';
import type { MemorialEvent } from '../data/event.js';
import { january20 } from '../data/january-20.js';
import { validateEvent } from '../data/validate.js';
import { formatterFor } from '../i18n/format.js';
import { defaultLanguage, matchLanguage } from '../i18n/languages.js';
import { dateInZone, isValidTimeZone, parseNow } from '../time/calendar.js';
import { type CardView, cardView, hasBundledText } from '../view-model.js';

// The DOM shim finishes installing asynchronously: register the element only
// after it, in the shim's customElements.
await import('../index.js');

/** The card's attributes, as on the element. */
export interface RenderOptions {
  lang?: string;
  theme?: string;
  layout?: string;
  now?: string;
  timeZone?: string;
  noAnimation?: boolean;
  /** Another memorial; it is also written into the markup as a JSON child. */
  data?: MemorialEvent;
}

/** The plain-HTML facts shown before the element upgrades, and without JavaScript. */
export function fallbackTemplate(view: CardView) {
  return html`<p lang=${view.textLang}>
      <strong>${view.title}</strong> ·
      <time datetime=${view.eventDate.iso}>${view.eventDate.text}</time>
    </p>
    <ul lang=${view.textLang}>
      ${view.figures.map((f) => html`<li><b>${f.valueText}</b> ${f.label}</li>`)}
    </ul>
    <p>${view.source.map((p) => (p.key === 'date' ? html`<time datetime=${view.sourceDate.iso}>${p.text}</time>` : p.text))}</p>`;
}

/**
 * The card's markup for `options`. Throws a RangeError naming the option for
 * a value the element would reject, so that a build fails instead of
 * printing a card other than the one asked for.
 */
export async function renderCard(options: RenderOptions = {}): Promise<string> {
  const language = matchLanguage(options.lang ?? defaultLanguage.lang);
  if (!language) throw new RangeError(`lang: "${options.lang}" is not az, en or ru`);
  let event = january20;
  if (options.data !== undefined) {
    const result = validateEvent(options.data, hasBundledText);
    if (!result.ok) throw new RangeError(`data: ${result.errors.join('; ')}`);
    event = result.event;
  }
  const zone = options.timeZone ?? event.timeZone;
  if (!isValidTimeZone(zone)) throw new RangeError(`time-zone: "${zone}" is not an IANA time zone`);
  const instant = options.now === undefined ? Date.now() : parseNow(options.now, zone);
  if (instant === undefined) throw new RangeError(`now: "${options.now}" is not an ISO 8601 date or date-time`);
  for (const [name, value, allowed] of [
    ['theme', options.theme, ['light', 'dark', 'auto']],
    ['layout', options.layout, ['card', 'compact']],
  ] as const) {
    if (value !== undefined && !(allowed as readonly string[]).includes(value)) {
      throw new RangeError(`${name}: "${value}" is not one of ${allowed.join(', ')}`);
    }
  }
  const view = cardView(event, formatterFor(language.messages, language.locale), dateInZone(instant, zone));
  const json = options.data === undefined ? nothing : html`<script type="application/json">${JSON.stringify(event)}</script>`;
  const result = render(
    // One line: the opening tag is printed as written.
    html`<memorial-card lang=${options.lang ?? defaultLanguage.lang} theme=${options.theme ?? nothing} layout=${options.layout ?? nothing} now=${options.now ?? nothing} time-zone=${options.timeZone ?? nothing} ?no-animation=${options.noAnimation ?? false}>${json}${fallbackTemplate(view)}</memorial-card>`,
  );
  return await collectResult(result);
}
