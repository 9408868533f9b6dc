// Contrast as rendered: every text meets WCAG AA in each theme and layout
// (prefers-contrast, forced colours and print: media-preferences.test.ts).
import { expect } from '@open-wc/testing';
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
