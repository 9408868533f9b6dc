import { css } from 'lit';

/**
 * The card's look: a quiet memorial plaque. Every colour, font and size a
 * page may want to change is a `--memorial-card-*` custom property; the
 * theme classes only supply the defaults.
 */
export const styles = css`
  :host {
    display: block;
    container-type: inline-size;
    max-inline-size: var(--memorial-card-max-width, 40rem);
  }
  :host([hidden]) {
    display: none;
  }

  .card {
    /* Light theme: warm paper white, near-black text. */
    --_bg: var(--memorial-card-background, #f7f3ec);
    --_fg: var(--memorial-card-foreground, #1d1a16);
    --_muted: var(--memorial-card-muted, #5b5249);
    --_accent: var(--memorial-card-accent, #a3142c);
    --_rule: var(--memorial-card-rule, #ddd3c4);
    --_leaf: #55624a;
    color-scheme: light;
    box-sizing: border-box;
    position: relative;
    margin: 0;
    padding: var(--memorial-card-padding, clamp(1rem, 5cqi, 2.25rem));
    background: var(--_bg);
    color: var(--_fg);
    border: 1px solid var(--_rule);
    border-radius: var(--memorial-card-radius, 4px);
    font-family: var(
      --memorial-card-font-family,
      system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Liberation Sans', Arial, sans-serif
    );
    font-size: var(--memorial-card-font-size, 1rem);
    line-height: 1.5;
    text-align: start;
    overflow-wrap: break-word;
  }
  .theme-dark {
    /* Dark theme: near-black, warm off-white text. */
    --_bg: var(--memorial-card-background, #151311);
    --_fg: var(--memorial-card-foreground, #f1ebe1);
    --_muted: var(--memorial-card-muted, #b9afa2);
    --_accent: var(--memorial-card-accent, #e2596a);
    --_rule: var(--memorial-card-rule, #3a342e);
    --_leaf: #8c9a7e;
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    .theme-auto {
      --_bg: var(--memorial-card-background, #151311);
      --_fg: var(--memorial-card-foreground, #f1ebe1);
      --_muted: var(--memorial-card-muted, #b9afa2);
      --_accent: var(--memorial-card-accent, #e2596a);
      --_rule: var(--memorial-card-rule, #3a342e);
      --_leaf: #8c9a7e;
      color-scheme: dark;
    }
  }

  .serif,
  .title,
  .date {
    font-family: var(
      --memorial-card-heading-font-family,
      ui-serif, Georgia, Cambria, 'Noto Serif', 'Liberation Serif', 'Times New Roman', serif
    );
  }

  .carnation {
    flex: none;
    inline-size: 2rem;
    block-size: 4rem;
    color: var(--_accent);
  }
  .carnation .petals {
    fill: currentColor;
  }
  .carnation .back {
    opacity: 0.72;
  }
  .carnation .calyx,
  .carnation .leaf {
    fill: var(--_leaf);
  }
  .carnation .stem {
    stroke: var(--_leaf);
  }

  /* ---- full card ---- */
  .head {
    display: flex;
    gap: 1rem;
    align-items: flex-start;
  }
  .subtitle {
    margin: 0.25rem 0 0;
    color: var(--_muted);
    font-size: 0.8125rem;
    letter-spacing: 0.08em;
    text-transform: uppercase;
  }
  .title {
    margin: 0.125rem 0 0;
    font-size: clamp(1.5rem, 6cqi, 2.125rem);
    font-weight: 600;
    line-height: 1.2;
    text-wrap: balance;
  }
  .date {
    display: block;
    margin: 0.25rem 0 0;
    font-size: 1.125rem;
    color: var(--_muted);
  }

  .counter {
    margin: 1.5rem 0 0;
    padding-block-start: 1.25rem;
    border-block-start: 2px solid var(--_accent);
    inline-size: fit-content;
    min-inline-size: 40%;
  }
  .since {
    display: block;
    font-size: 1.25rem;
  }
  .since .n {
    font-family: var(
      --memorial-card-heading-font-family,
      ui-serif, Georgia, Cambria, 'Noto Serif', 'Liberation Serif', 'Times New Roman', serif
    );
    font-size: 2.75rem;
    font-weight: 600;
    line-height: 1;
    font-variant-numeric: tabular-nums lining-nums;
  }
  .next {
    display: block;
    margin-block-start: 0.375rem;
    color: var(--_muted);
  }
  .anniversary .next {
    color: var(--_fg);
    font-weight: 600;
  }
  .day {
    color: var(--_accent);
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  .figures {
    display: grid;
    grid-template-columns: repeat(2, minmax(0, 1fr));
    gap: 1.25rem 1.5rem;
    margin: 1.75rem 0 0;
    padding: 0;
    list-style: none;
  }
  @container (min-width: 40rem) {
    .figures {
      grid-template-columns: repeat(4, minmax(0, 1fr));
    }
  }
  @container (max-width: 19rem) {
    .head {
      gap: 0.75rem;
    }
    .figures {
      grid-template-columns: minmax(0, 1fr);
      gap: 1rem;
    }
  }
  .figure {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    padding-block-start: 0.75rem;
    border-block-start: 1px solid var(--_rule);
  }
  .value {
    position: relative;
    inline-size: fit-content;
    font-size: 2rem;
    font-weight: 600;
    line-height: 1.1;
    font-variant-numeric: tabular-nums lining-nums;
  }
  .label {
    color: var(--_muted);
    font-size: 0.9375rem;
    line-height: 1.35;
    hyphens: auto;
  }

  /* The count-up: the final number keeps its place and stays in the
     accessibility tree; the changing digits are drawn over it. */
  .ticker {
    display: none;
  }
  .counting .ticker {
    display: block;
    position: absolute;
    inset: 0;
  }
  .counting .final {
    color: transparent;
  }

  .summary {
    margin: 1.75rem 0 0;
    max-inline-size: 60ch;
  }
  .source {
    margin: 1rem 0 0;
    color: var(--_muted);
    font-size: 0.875rem;
  }

  /* ---- compact banner ---- */
  .layout-compact {
    display: flex;
    gap: 0.75rem;
    align-items: center;
    padding: var(--memorial-card-padding, 0.5rem 1rem);
  }
  .layout-compact .carnation {
    inline-size: 1rem;
    block-size: 2rem;
  }
  .line {
    margin: 0;
    font-size: 0.9375rem;
    line-height: 1.45;
  }
  .line > * + *::before {
    content: '·';
    content: '·' / '';
    margin-inline: 0.5em;
    color: var(--_muted);
  }
  .line .title {
    font-size: 1rem;
  }
  .line .muted {
    color: var(--_muted);
  }

  @media (forced-colors: active) {
    .card {
      border-color: CanvasText;
    }
    .counter,
    .figure {
      border-color: CanvasText;
    }
    .carnation .petals,
    .carnation .calyx,
    .carnation .leaf {
      fill: CanvasText;
    }
    .carnation .stem {
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
    .counting .final {
      color: inherit;
    }
    .ticker {
      display: none !important;
    }
  }
`;
