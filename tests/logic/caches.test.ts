// The module-level caches are bounded: a hostile page that sets 50
// different 1 MB values on one card must not have them kept (each would be
// held for the page's life), and many short values fill each cache up to
// its bound, never beyond.
import { expect } from '@open-wc/testing';
import { formatterCache } from '../../src/i18n/format.js';
import { languageCache } from '../../src/attributes.js';
import { MAX_KEY } from '../../src/lru.js';
import { calendarCaches } from '../../src/time/calendar.js';
import { card, textOf } from '../support/card.js';
import { recordWarnings } from '../support/warnings.js';

const huge = (i: number) => `${i}`.padEnd(1_000_000, 'x');
const caches = { ...calendarCaches, languageCache, formatterCache };
// Zone clock readings are keyed by instant: a card on the live clock (a bad `now`) adds one per update, up to the bound.
const sizes = () =>
  Object.fromEntries(Object.entries(caches).filter(([name]) => name !== 'readings').map(([name, cache]) => [name, cache.size]));

describe('module-level caches stay bounded', () => {
  // Each bad value warns: silenced here.
  recordWarnings();

  for (const attribute of ['time-zone', 'lang', 'now']) {
    it(`50 different 1 MB ${attribute} values on one card add nothing to any cache`, async () => {
      const el = await card({ lang: 'en', now: '2026-11-25' });
      const before = sizes();
      for (let i = 0; i < 50; i++) {
        el.setAttribute(attribute, huge(i));
        await el.updateComplete;
      }
      expect(sizes()).to.deep.equal(before);
      expect(textOf(el, '[part~="figures"]')).to.contain('147');
    });
  }

  it('many short values fill each cache up to its bound, never beyond', async () => {
    const el = await card({ now: '2026-11-25' });
    for (let i = 0; i < 300; i++) {
      el.setAttribute('lang', `en-x-p${i}`);
      el.setAttribute('time-zone', `Etc/GMT${i % 2 ? '+' : '-'}${i % 12}x${i}`);
      el.setAttribute('now', `2026-11-25T${String(i % 24).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}Z`);
      await el.updateComplete;
    }
    for (const [name, cache] of Object.entries(caches)) {
      expect(cache.size, name).to.be.at.most(cache.limit);
      expect(cache.limit, name).to.be.at.most(512);
    }
    expect(languageCache.size).to.equal(languageCache.limit);
    expect(MAX_KEY).to.be.at.most(100);
  });
});
