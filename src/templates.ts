/**
 * The card's markup, written once: the full card, the compact banner and the
 * plain facts, each a Lit template of a `CardView`. The element renders them
 * in its shadow root, the static renderer on the server, and the build
 * writes the plain facts of every language for the WordPress plugin from
 * here. Pure: no state, no DOM reads.
 *
 * Every string from data is isolated (`dir="auto"`, `<bdi>`), so bidi
 * controls in it cannot reorder the card's own words and numbers.
 */
import { html, nothing } from 'lit';
import type { Layout, Theme } from './attributes.js';
import { carnation } from './carnation.js';
import type { Part } from './i18n/format.js';
import type { CardView, DateText } from './view-model.js';

const NBSP = '\u00a0';
/** The separator dot: a no-break space before it keeps it at the end of a line, never at the start. */
const SEP = `${NBSP}· `;
/** The compact banner's separator: a dot drawn by CSS, which screen readers hear as a full stop. */
const DOT = [NBSP, html`<span class="dot"></span>`, ' '];

const nw = (text: string, c = 'nw') => html`<span class=${c}>${text}</span>`;
/**
 * `text` with each word that holds a number and a dash or hyphen ("36-cı",
 * "19–20"), and `whole` (the day's name) wherever it stands, in a no-wrap
 * span: markup keeps it on one line, so the text stays what a person would
 * type (no invisible joiners to copy).
 */
const keep = (text: string, whole?: string) =>
  text
    .split(/(\S*\d[-–]\S+)/)
    .flatMap((piece, i) => (i % 2 ? nw(piece) : whole ? piece.split(whole).flatMap((p, j) => (j ? [nw(whole, 'day'), p] : p)) : piece));

/** The card as the element shows it: `<article>` with the full or the compact layout inside. */
export const cardTemplate = (view: CardView, theme: Theme, layout: Layout, level?: number) =>
  html`<article
    part="card"
    class="card theme-${theme} layout-${layout} ${view.phase}"
    lang=${view.lang}
    aria-labelledby="title"
  >
    <div class="in">${layout === 'compact' ? compact(view) : full(view, level)}</div>
  </article>`;

/** The plain-HTML facts (title, date, figures, source): before the script runs, without JavaScript, for crawlers. */
export const factsTemplate = (view: CardView) =>
  html`<p lang=${view.textLang}>
      <strong dir="auto">${view.title}</strong>\u00a0·
      <time datetime=${view.eventDate.iso}>${view.eventDate.text}</time>
    </p>
    <ul lang=${view.textLang}>
      ${view.figures.map((f) => html`<li><b>${f.valueText}</b>${NBSP}<bdi>${f.label}</bdi></li>`)}
    </ul>
    <p>${view.source.map((p) =>
      p.key === 'date' ? html`<time datetime=${view.sourceDate.iso}>${p.text}</time>` : p.key === 'name' ? html`<bdi>${p.text}</bdi>` : p.text,
    )}</p>`;

function full(view: CardView, level?: number) {
  const textLang = view.textLang;
  return html`<div class="head">
      ${carnation}
      <div>
        ${view.subtitle.length
          ? html`<p class="sub" lang=${textLang}>${view.subtitle.map((s, i) => [i ? SEP : '', html`<bdi>${s}</bdi>`])}</p>`
          : nothing}
        <h2 id="title" class="title" part="title" lang=${textLang} dir="auto" aria-level=${level ?? nothing}>${view.title}</h2>
        ${date(view.eventDate)}
      </div>
    </div>
    <p class="counter" part="counter">
      ${parts(view.since)}${view.next
        ? html`<span class="vh">. </span><span class="next"
              >${keep(view.next)}${view.nextDate ? [DOT, date(view.nextDate, '')] : nothing}${view.dayName
                ? [DOT, html`<bdi class="day" lang=${textLang}>${view.dayName}</bdi>`]
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
    <p class="summary" part="summary" lang=${textLang} dir="auto">${keep(view.summary, view.keepWhole)}</p>
    <p class="source" part="source">${parts(view.source, view.sourceDate)}</p>`;
}

/** The banner: name, date and counter on one line (the figures and their source are the card's). */
function compact(view: CardView) {
  return html`${carnation}
    <p class="line">
      <strong id="title" class="title" part="title" lang=${view.textLang}><bdi>${view.title}</bdi></strong>${DOT}${date(
        view.eventDate,
      )}${DOT}<span part="counter"
        >${
          // On the anniversary "36th anniversary today" says what "36 years ago" would.
          view.phase === 'anniversary' && view.since.some((p) => p.key) ? nothing : [keep(view.since.map((p) => p.text).join('')), view.next ? DOT : '']
        }${keep(view.next)}${view.dayName
          ? [DOT, html`<bdi class="day" lang=${view.textLang}>${view.dayName}</bdi>`]
          : nothing}</span
      >
    </p>`;
}

/** A `<time>`; `className` '' for none (and no part). */
function date(value: DateText, className = 'date') {
  return html`<time class=${className || nothing} part=${className || nothing} datetime=${value.iso}>${value.text}</time>`;
}

/** Filled pattern parts: `n` as the big number, `date` as a `<time>`, `name` isolated. */
function parts(list: readonly Part[], when?: DateText) {
  return list.map((part) =>
    part.key === 'n'
      ? html`<span class="n">${part.text}</span>`
      : part.key === 'date' && when
        ? date({ ...when, text: part.text }, '')
        : part.key === 'name'
          ? html`<bdi>${part.text}</bdi>`
          : keep(part.text),
  );
}
