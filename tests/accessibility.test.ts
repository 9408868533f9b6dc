import { expect, html } from '@open-wc/testing';
import { card } from './helpers.js';

describe('accessibility: no axe violations in any state', () => {
  for (const lang of ['en', 'az', 'ru']) {
    for (const theme of ['light', 'dark']) {
      for (const layout of ['card', 'compact']) {
        for (const [day, now] of [['anniversary', '2026-01-20'], ['ordinary day', '2026-11-25']]) {
          it(`${lang}, ${theme}, ${layout}, ${day}`, async () => {
            const el = await card(
              html`<memorial-card lang=${lang} theme=${theme} layout=${layout} now=${now} no-animation></memorial-card>`,
            );
            await expect(el).to.be.accessible();
          });
        }
      }
    }
  }
});
