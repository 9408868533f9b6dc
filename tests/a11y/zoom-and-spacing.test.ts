// Zoom to 200%, text resized to 200%, and WCAG 1.4.12 text spacing: nothing
// is clipped and every word stays.
import { expect } from '@open-wc/testing';
import { card } from '../support/card.js';

const LANGS = ['en', 'az', 'ru'];

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
      const el = await card({ width: 320, lang, now: '2026-01-20' });
      expect(clipped(el).map((n) => n.className)).to.deep.equal([]);
    });

    it(`reads with text resized to 200% (the reader's font size doubled) at 640 px (${lang})`, async () => {
      // The whole card follows the reader's font size (the host starts from 'medium'):
      // doubled, every size doubles, as browsers' text-size setting does.
      const el = await card({ width: 640, lang, style: '--memorial-card-font-size: 32px', now: '2026-01-20' });
      expect(getComputedStyle(el.shadowRoot!.querySelector('.label')!).fontSize).to.equal('30px');
      expect(clipped(el).map((n) => n.className)).to.deep.equal([]);
    });

    it(`keeps every word with WCAG 1.4.12 text spacing at 280 px (${lang})`, async () => {
      const el = await card({ width: 280, lang, now: '2026-01-20' });
      const spacing = new CSSStyleSheet();
      spacing.replaceSync(`* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
        p, ul { margin-bottom: 2em !important; }`);
      el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, spacing];
      expect(clipped(el).map((n) => n.className)).to.deep.equal([]);
      expect(el.shadowRoot!.querySelectorAll('li').length).to.equal(4);
    });
  }
});
