// What markup keeps on one line (issue #16): every word holding a number and
// a hyphen or dash ("37-ci", "1990-cı", "19-dan", "37-я", "19–20"), in the
// counter, the banner, the summary and text rendered without a `now`, and the
// day's name («День всенародной скорби») wherever it stands, sit in a no-wrap
// element. Read from the rendered markup, in every language and layout, live
// on the days that change the words and pre-rendered without a `now`.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { january20 } from '../../dist/data/january-20.js';
import { renderCard } from '../../dist/ssr/render.js';

/** The card's text with what a no-wrap element holds taken out. */
const unkept = (html) =>
  /<template shadowroot[^>]*>([\s\S]*?)<\/template>/
    .exec(html)[1]
    .replace(/<style>[\s\S]*?<\/style>|<svg[\s\S]*?<\/svg>/g, '')
    .replace(/<span class="(?:nw|day)">[\s\S]*?<\/span>|<bdi class="day"[\s\S]*?<\/bdi>/g, ' ')
    .replace(/<[^>]+>/g, '');

describe('kept whole: ordinals with a suffix and the day’s name never break', () => {
  for (const lang of ['az', 'en', 'ru']) {
    const name = january20.text[lang].dayName;
    for (const layout of ['card', 'compact']) {
      for (const now of ['2026-11-25', '2027-01-19', '2027-01-20', '1990-06-01', undefined]) {
        it(`${lang}, ${layout}, ${now ?? 'without now'}: no number-hyphen word and no «${name}» outside a no-wrap element`, async () => {
          const html = await renderCard({ lang, layout, now });
          // The test reads something: the words it looks for are in the card.
          if (lang !== 'en' || layout === 'card') assert.match(html, /\d[-–]\S/u);
          const rest = unkept(html);
          assert.doesNotMatch(rest, /\S*\d[-–]\S+/u);
          assert.ok(!rest.includes(name), `«${name}» outside a no-wrap element`);
        });
      }
    }
  }
});
