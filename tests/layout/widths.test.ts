// The card at phone and desktop widths: nothing clipped, nothing overflows
// its box, in every layout and language.
import { expect } from '@open-wc/testing';
import { card, part } from '../support/card.js';

describe('widths: the card fits the width it is given', () => {
  for (const width of [280, 320, 720, 1200]) {
    for (const layout of ['card', 'compact']) {
      for (const lang of ['az', 'en', 'ru']) {
        it(`fits ${width} px without clipping or overflow (${layout}, ${lang})`, async () => {
          const el = await card({ width, lang, layout, now: '2026-01-20' });
          const article = part(el, 'card')! as HTMLElement;
          expect(article.getBoundingClientRect().width).to.be.at.most(width);
          for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('article, article :not(.vh)')) {
            expect(node.scrollWidth, node.className || node.localName).to.be.at.most(node.clientWidth || node.scrollWidth);
          }
          const inner = el.shadowRoot!.querySelector('.in')!.getBoundingClientRect();
          for (const node of el.shadowRoot!.querySelectorAll('p, h2, li, time, span')) {
            const box = node.getBoundingClientRect();
            if (box.width === 0) continue;
            expect(box.right, node.textContent!).to.be.at.most(inner.right + 0.5);
          }
        });
      }
    }
  }
});
