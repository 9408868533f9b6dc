// axe finds no violation in any visual state: every language, theme,
// layout, on the anniversary and on an ordinary day.
import { expect } from '@open-wc/testing';
import { card } from '../support/card.js';

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
            const el = await card({ lang, theme, layout, now });
            await expect(el).to.be.accessible();
          });
        }
      }
    }
  }
});
