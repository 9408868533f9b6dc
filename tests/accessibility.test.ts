import { expect, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { card, part, textOf } from './helpers.js';

const LANGS = ['en', 'az', 'ru'];
const THEMES = ['light', 'dark'];
const LAYOUTS = ['card', 'compact'];
const DAYS: [string, string][] = [['anniversary', '2026-01-20'], ['ordinary day', '2026-11-25']];

describe('accessibility: no axe violations in any state', () => {
  for (const lang of LANGS) {
    for (const theme of THEMES) {
      for (const layout of LAYOUTS) {
        for (const [day, now] of DAYS) {
          it(`${lang}, ${theme}, ${layout}, ${day}`, async () => {
            const el = await card(
              html`<memorial-card lang=${lang} theme=${theme} layout=${layout} now=${now}></memorial-card>`,
            );
            await expect(el).to.be.accessible();
          });
        }
      }
    }
  }
});

describe('accessibility: one reading order', () => {
  it('reads heading, date, counter, figures, summary, source, in that order', async () => {
    const el = await card(html`<memorial-card lang="en" now="2026-01-20"></memorial-card>`);
    const article = part(el, 'card')!;
    const order = [...article.querySelectorAll('h2, time.date, .counter, ul, .summary, .source')].map((n) => n.className || n.localName);
    expect(order).to.deep.equal(['title', 'date', 'counter', 'figures', 'summary', 'source']);
    expect(article.getAttribute('aria-labelledby')).to.equal('title');
    expect(article.querySelector('time.date')!.getAttribute('datetime')).to.equal('1990-01-20');
    // The counter is one paragraph, read as one sentence.
    expect(textOf(el, '.counter')).to.equal('36 years ago. Today: 36th anniversary · National Mourning Day');
    // Each figure is one list item: its value and label are read together.
    expect([...article.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim())[0]).to.equal('147 people killed');
  });

  it('hides decoration, and never announces by itself', async () => {
    const el = await card(html`<memorial-card lang="en" now="2026-11-25"></memorial-card>`);
    const root = el.shadowRoot!;
    expect(root.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
    expect([...root.querySelectorAll('.value')].map((v) => v.textContent)).to.deep.equal(['147', '744', '841', '200']);
    expect(root.querySelector('[aria-live], [role="alert"], [role="status"]')).to.equal(null);
  });
});

/** WCAG 2 contrast of two `rgb()` colours. */
function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, bl] = color.match(/[\d.]+/g)!.slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('accessibility: contrast of the rendered colours', () => {
  for (const theme of THEMES) {
    for (const layout of LAYOUTS) {
      it(`every text meets WCAG AA in the ${theme} theme (${layout})`, async () => {
        const el = await card(html`<memorial-card lang="en" theme=${theme} layout=${layout} now="2026-01-20"></memorial-card>`);
        const background = getComputedStyle(part(el, 'card')!).backgroundColor;
        const texts = [...el.shadowRoot!.querySelectorAll<HTMLElement>('article *')].filter(
          (node) => [...node.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && c.textContent!.trim()) && !node.closest('.vh, [aria-hidden]'),
        );
        expect(texts.length).to.be.greaterThan(5);
        for (const node of texts) {
          const style = getComputedStyle(node);
          const size = parseFloat(style.fontSize);
          const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
          const ratio = contrast(style.color, background);
          expect(ratio, `${node.className || node.localName} "${node.textContent!.trim().slice(0, 30)}"`).to.be.at.least(large ? 3 : 4.5);
        }
      });
    }
  }
});

describe('accessibility: contrast, colour and print preferences', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen', forcedColors: 'none', contrast: 'no-preference' } as never);
  });

  it('strengthens text and lines when more contrast is asked for', async () => {
    const el = await card(html`<memorial-card lang="en" theme="light" now="2026-11-25"></memorial-card>`);
    const label = () => getComputedStyle(el.shadowRoot!.querySelector('.label')!);
    const before = label().color;
    await emulateMedia({ contrast: 'more' } as never);
    expect(label().color).to.not.equal(before);
    expect(label().color).to.equal(getComputedStyle(part(el, 'card')!).color);
    expect(getComputedStyle(part(el, 'card')!).borderTopWidth).to.equal('2px');
  });

  it('keeps its structure in forced colours', async () => {
    const el = await card(html`<memorial-card lang="en" now="2026-11-25"></memorial-card>`);
    await emulateMedia({ forcedColors: 'active' } as never);
    const article = getComputedStyle(part(el, 'card')!);
    expect(article.borderTopStyle).to.equal('solid');
    expect(article.borderTopColor).to.equal(article.color);
    expect(getComputedStyle(el.shadowRoot!.querySelector('.counter')!).borderTopStyle).to.equal('solid');
  });

  it('prints black on white, with the final figures', async () => {
    const el = await card(html`<memorial-card lang="en" theme="dark" now="2026-11-25"></memorial-card>`);
    await emulateMedia({ media: 'print' });
    const article = getComputedStyle(part(el, 'card')!);
    expect(article.backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(article.color).to.equal('rgb(0, 0, 0)');
    expect(getComputedStyle(el.shadowRoot!.querySelector('.value')!).color).to.equal('rgb(0, 0, 0)');
  });
});

describe('accessibility: zoom and text spacing', () => {
  const clipped = (el: Element) => {
    const inner = el.shadowRoot!.querySelector('.in')!.getBoundingClientRect();
    return [...el.shadowRoot!.querySelectorAll<HTMLElement>('article :not(.vh)')].filter((node) => {
      const box = node.getBoundingClientRect();
      return node.scrollWidth > node.clientWidth + 1 && node.clientWidth > 0 ? true : box.width > 0 && box.right > inner.right + 0.5;
    });
  };

  for (const lang of LANGS) {
    it(`reads at 200% zoom: 320 CSS px, nothing clipped (${lang})`, async () => {
      // Browser zoom of 200% on a 640 px window leaves 320 CSS px at the same CSS font sizes.
      const el = await card(html`<div style="width: 320px"><memorial-card lang=${lang} now="2026-01-20"></memorial-card></div>`);
      expect(clipped(el).map((n) => n.className)).to.deep.equal([]);
    });

    it(`reads with text resized to 200% (the reader's font size doubled) at 640 px (${lang})`, async () => {
      // The whole card follows the reader's font size (the host starts from 'medium'):
      // doubled, every size doubles, as browsers' text-size setting does.
      const el = await card(html`<div style="width: 640px"><memorial-card lang=${lang} style="--memorial-card-font-size: 32px" now="2026-01-20"></memorial-card></div>`);
      expect(getComputedStyle(el.shadowRoot!.querySelector('.label')!).fontSize).to.equal('30px');
      expect(clipped(el).map((n) => n.className)).to.deep.equal([]);
    });

    it(`keeps every word with WCAG 1.4.12 text spacing at 280 px (${lang})`, async () => {
      const el = await card(html`<div style="width: 280px"><memorial-card lang=${lang} now="2026-01-20"></memorial-card></div>`);
      const spacing = new CSSStyleSheet();
      spacing.replaceSync(`* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
        p, ul { margin-bottom: 2em !important; }`);
      el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, spacing];
      expect(clipped(el).map((n) => n.className)).to.deep.equal([]);
      expect(el.shadowRoot!.querySelectorAll('li').length).to.equal(4);
    });
  }
});
