import { unsafeCSS } from 'lit';

/**
 * The stylesheet's text, as one Lit `CSSResult`. A tag of our own (named
 * `css`, so the build's literal minifier minifies it as CSS): the text has
 * no interpolations, and Lit's `css` would only add its checks of them.
 */
const css = (text: TemplateStringsArray) => unsafeCSS(text[0]);

/**
 * The card's look: a quiet memorial plaque. Every colour, font and size a
 * page may change is a `--memorial-card-*` custom property; the theme
 * classes only supply defaults. The article is the container its layout
 * queries, so the card adapts to its own width, not the viewport's.
 */
export const styles = css`
  /* The page cannot re-lay-out the card: every inherited property (text-align,
     letter-spacing, text-transform, line-height, white-space, …) starts from
     its initial value here. Only custom properties (the theming surface) and
     color-scheme (for theme="auto") come in from the page. */
  :host {
    all: initial;
    display: block;
    /* A definite width: the card is its own size container, so inside a
       flex or grid item sized by its content it would shrink to nothing. */
    width: 100%;
    box-sizing: border-box;
    color-scheme: inherit;
    visibility: inherit;
    pointer-events: inherit;
  }
  :host([hidden]) {
    display: none;
  }
  /* Out of season the card takes no space, whatever the page says of its display. */
  :host([off-season]) {
    display: none !important;
  }
  /* The fallback content (invalid data) reads as the page around it: the reset is undone. */
  :host(:state(fallback)) {
    all: unset;
    display: block;
  }
  /* Each theme sets its palette (--_b, --_f, --_m, --_a, --_r, --_l); the
     page's --memorial-card-* properties, where set, win over it. */
  .card {
    --_b: #f7f3ec;
    --_f: #1d1a16;
    --_m: #5b5249;
    --_a: #a3142c;
    --_r: #d9cebd;
    --_leaf: #56644b;
    --_bg: var(--memorial-card-background, var(--_b));
    --_fg: var(--memorial-card-foreground, var(--_f));
    --_muted: var(--memorial-card-muted, var(--_m));
    --_accent: var(--memorial-card-accent, var(--_a));
    --_rule: var(--memorial-card-rule, var(--_r));
    /* A page rule that matches the element itself (".entry-content *")
       beats the host's reset: the card's own reset keeps it out all the same.
       What the card takes from the page comes back by name. */
    all: initial;
    display: block;
    visibility: inherit;
    pointer-events: inherit;
    color-scheme: light;
    direction: ltr;
    container-type: inline-size;
    box-sizing: border-box;
    max-width: var(--memorial-card-max-width, 40em);
    background: var(--_bg);
    color: var(--_fg);
    border: 1px solid var(--_rule);
    border-radius: var(--memorial-card-radius, 4px);
    font: var(--memorial-card-font-size, 1em) / 1.5
      var(--memorial-card-font-family, system-ui, sans-serif);
    overflow-wrap: break-word;
  }
  .theme-dark {
    --_b: #151311;
    --_f: #f1ebe1;
    --_m: #b9afa2;
    --_a: #e2596a;
    --_r: #3d3630;
    --_leaf: #8d9b7f;
    color-scheme: dark;
  }
  /* auto: the page's color-scheme decides (inherited through the host), so a
     dark OS on a light page still gets the light card. Without light-dark(),
     the light card. */
  @supports (color: light-dark(#000, #fff)) {
    .theme-auto {
      --_b: light-dark(#f7f3ec, #151311);
      --_f: light-dark(#1d1a16, #f1ebe1);
      --_m: light-dark(#5b5249, #b9afa2);
      --_a: light-dark(#a3142c, #e2596a);
      --_r: light-dark(#d9cebd, #3d3630);
      --_leaf: light-dark(#56644b, #8d9b7f);
      color-scheme: inherit;
    }
  }
  * {
    margin: 0;
  }
  .in {
    padding: var(--memorial-card-padding, 1.25em);
  }
  @container (min-width: 30em) {
    .in {
      padding: var(--memorial-card-padding, 2em 2.25em);
    }
  }
  .carnation {
    flex: none;
    width: 2em;
    height: 4em;
    color: var(--_accent);
    fill: var(--_leaf);
    stroke: var(--_leaf);
  }
  .petals {
    fill: currentColor;
    stroke: none;
  }
  .head {
    display: flex;
    gap: 1em;
  }
  /* The serif faces that draw "ə" are wide: with WCAG text spacing at 280 px
     "Трагедия" is wider than its column, which must shrink so it can wrap. */
  .head div {
    min-width: 0;
  }
  .sub,
  .date,
  .next,
  .label,
  .source {
    color: var(--_muted);
  }
  .sub {
    font-size: 0.8125em;
    letter-spacing: 0.08em;
    text-transform: uppercase;
  }
  /* One serif face for the name and every numeral (counter, figures): each
     family here draws all of Azerbaijani, English and Russian (ə included),
     so no word is patched from another font. Not Georgia, Times New Roman or
     Liberation Serif: they lack "ə". */
  .title,
  .layout-card .date,
  .n,
  .value {
    font-family: var(--memorial-card-heading-font-family, ui-serif, Cambria, 'Noto Serif', 'DejaVu Serif', serif);
    font-weight: 600;
  }
  .title {
    font-size: clamp(1.5em, 6cqi, 2.125em);
    line-height: 1.2;
    text-wrap: balance;
  }
  .layout-card .date {
    display: block;
    margin-top: 0.2222em;
    /* 1em in a narrow card, where a wide serif would not fit "20 января 1990 г.". */
    font-size: clamp(1em, 4.5cqi, 1.125em);
    font-weight: 400;
  }
  .counter {
    margin-top: 1.2em;
    padding-top: 1em;
    border-top: 2px solid var(--_accent);
    font-size: 1.25em;
  }
  .n {
    font-size: 2.2em;
    line-height: 1;
  }
  .next {
    display: block;
    margin-top: 0.375em;
    font-size: 0.8em;
  }
  /* Dates hold no-break spaces: unbreakable, yet they may wrap inside rather
     than overflow a column too narrow for them (WCAG text spacing at 280 px).
     The day's name moves to a line of its own as a whole, and wraps inside
     only where no line can hold it (280 px, WCAG text spacing). */
  .nw {
    white-space: nowrap;
  }
  .day {
    display: inline-block;
  }
  /* The dot, and what a screen reader says for it (browsers without
     alternative text for content keep the first declaration). */
  .dot::before {
    content: '·';
    content: '·' / '. ';
  }
  .anniversary .next {
    color: var(--_fg);
    font-weight: 600;
  }
  bdi.day {
    color: var(--_accent);
  }
  .vh {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }
  .figures {
    display: grid;
    grid-template-columns: repeat(2, minmax(0, 1fr));
    gap: 1.25em;
    margin-top: 1.75em;
    padding: 0;
    list-style: none;
  }
  @container (min-width: 38em) {
    .figures {
      grid-template-columns: repeat(4, minmax(0, 1fr));
    }
  }
  .figure {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    padding-top: 0.75em;
    border-top: 1px solid var(--_rule);
  }
  .value {
    font-size: 2em;
    line-height: 1.1;
  }
  .n,
  .value {
    font-variant-numeric: tabular-nums lining-nums;
  }
  .label {
    font-size: 0.9375em;
    line-height: 1.35;
    hyphens: auto;
  }
  .summary {
    margin-top: 1.75em;
    max-width: 62ch;
  }
  .source {
    margin-top: 1.142857em;
    font-size: 0.875em;
  }
  .layout-compact {
    max-width: var(--memorial-card-max-width, none);
  }
  .layout-compact .in {
    display: flex;
    gap: 0.75em;
    align-items: center;
    padding: var(--memorial-card-padding, 0.5em 1em);
  }
  .layout-compact .line {
    font-size: 0.9375em;
  }
  .layout-compact .carnation {
    width: 1em;
    height: 2em;
  }
  .layout-compact .title {
    /* 1.0625 of the card's size, inside a line of 0.9375. */
    font-size: calc(1.0625em / 0.9375);
  }
  @media (prefers-contrast: more) {
    .card {
      --_muted: var(--_fg);
      --_rule: var(--_fg);
      border-width: 2px;
    }
    .figure {
      border-top-width: 2px;
    }
  }
  @media (forced-colors: active) {
    .card,
    .counter,
    .figure {
      border-color: CanvasText;
    }
    .carnation,
    .petals {
      fill: CanvasText;
      stroke: CanvasText;
    }
  }
  @media print {
    .card {
      --_bg: #fff;
      --_fg: #000;
      --_muted: #000;
      --_accent: #000;
      --_rule: #000;
      break-inside: avoid;
    }
  }
`;
