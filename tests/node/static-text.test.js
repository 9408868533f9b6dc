// Pre-rendered text is read on later days and copied by people (issue #16):
// without a `now` from the user it never states a relative time ("in 56
// days", "tomorrow", "today"), and no output (the card's text, a page's
// <title> and meta description, the embed pages) holds an invisible
// character (word joiner, zero-width space, soft hyphen).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { renderCard, renderPage } from '../../dist/ssr/render.js';

const LANGS = ['az', 'en', 'ru'];
const INVISIBLE = /[\u2060\u200b\u00ad]/u;
/** A days-left phrase, or a word that a later day makes false, in any bundled language. */
const RELATIVE = /\d+\s(?:days?|gün|день|дня|дней)|\b(?:in|through)\s\d|tomorrow|today|\bsabah|bu\sgün|завтра|сегодня|через/iu;
const text = (html) => html.replace(/<style>[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('static text: nothing a later day makes false, no invisible characters', () => {
  for (const lang of LANGS) {
    for (const layout of ['card', 'compact']) {
      it(`${lang}, ${layout}, rendered without now: no days-left phrase, no invisible character`, async () => {
        const page = await renderPage({ lang, layout });
        assert.doesNotMatch(text(page), RELATIVE);
        assert.doesNotMatch(page, INVISIBLE);
      });
      it(`${lang}, ${layout}, rendered on the eve and on the day without now: still nothing relative`, async () => {
        // The element reads the clock when no `now` is given: fake the day.
        for (const day of ['2027-01-19T12:00:00Z', '2027-01-20T12:00:00Z']) {
          const real = Date.now;
          Date.now = () => Date.parse(day);
          try {
            assert.doesNotMatch(text(await renderCard({ lang, layout })), RELATIVE, day);
          } finally {
            Date.now = real;
          }
        }
      });
      it(`${lang}, ${layout}, with a given now: the days left, as asked`, async () => {
        const html = await renderCard({ lang, layout, now: '2026-11-25' });
        assert.match(text(html), /56/);
        assert.match(text(await renderCard({ lang, layout, now: '2027-01-19' })), RELATIVE);
        assert.doesNotMatch(html, INVISIBLE);
      });
    }
    it(`dist/embed-${lang}.html: no days-left phrase, no invisible character in the text, <title> or meta`, () => {
      const page = readFileSync(`dist/embed-${lang}.html`, 'utf8');
      assert.doesNotMatch(text(page), RELATIVE);
      assert.doesNotMatch(page, INVISIBLE);
      assert.match(page, /<title>[^<]+<\/title>/);
    });
  }
  it('memorial-card render without --now, card and compact, page and element: no days-left phrase, no invisible character', () => {
    for (const lang of LANGS) {
      for (const args of [[], ['--layout', 'compact'], ['--page']]) {
        const out = execFileSync(process.execPath, ['dist/ssr/cli.js', 'render', '--lang', lang, ...args], { encoding: 'utf8' });
        assert.doesNotMatch(text(out), RELATIVE, `${lang} ${args.join(' ')}`);
        assert.doesNotMatch(out, INVISIBLE);
      }
    }
  });
  it('dist/embed.html and dist/embed-lang.js (the titles of every language): no invisible character', () => {
    assert.doesNotMatch(readFileSync('dist/embed.html', 'utf8'), INVISIBLE);
    assert.doesNotMatch(readFileSync('dist/embed-lang.js', 'utf8'), INVISIBLE);
  });
});
