// Contrast as rendered: every text meets WCAG AA in each theme and layout,
// and the card answers prefers-contrast, forced colours and print.
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { card, part } from '../support/card.js';

const THEMES = ['light', 'dark'];
const LAYOUTS = ['card', 'compact'];

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
        const el = await card({ lang: 'en', theme, layout, now: '2026-01-20' });
        const background = getComputedStyle(part(el, 'card')!).backgroundColor;
        const texts = [...el.shadowRoot!.querySelectorAll<HTMLElement>('article *')].filter(
          (node) => [...node.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && c.textContent!.trim()) && !node.closest('.vh, [aria-hidden]'),
        );
        expect(texts.length).to.be.greaterThan(layout === 'compact' ? 3 : 5);
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
    const el = await card({ lang: 'en', theme: 'light', now: '2026-11-25' });
    const label = () => getComputedStyle(el.shadowRoot!.querySelector('.label')!);
    const before = label().color;
    await emulateMedia({ contrast: 'more' } as never);
    expect(label().color).to.not.equal(before);
    expect(label().color).to.equal(getComputedStyle(part(el, 'card')!).color);
    expect(getComputedStyle(part(el, 'card')!).borderTopWidth).to.equal('2px');
  });

  it('keeps its structure in forced colours', async () => {
    const el = await card({ lang: 'en', now: '2026-11-25' });
    await emulateMedia({ forcedColors: 'active' } as never);
    const article = getComputedStyle(part(el, 'card')!);
    expect(article.borderTopStyle).to.equal('solid');
    expect(article.borderTopColor).to.equal(article.color);
    expect(getComputedStyle(el.shadowRoot!.querySelector('.counter')!).borderTopStyle).to.equal('solid');
  });

  it('prints black on white, with the final figures', async () => {
    const el = await card({ lang: 'en', theme: 'dark', now: '2026-11-25' });
    await emulateMedia({ media: 'print' });
    const article = getComputedStyle(part(el, 'card')!);
    expect(article.backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(article.color).to.equal('rgb(0, 0, 0)');
    expect(getComputedStyle(el.shadowRoot!.querySelector('.value')!).color).to.equal('rgb(0, 0, 0)');
  });
});
