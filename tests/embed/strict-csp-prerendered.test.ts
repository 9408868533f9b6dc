// Pre-rendered output under a Content Security Policy without 'unsafe-inline'
// (PRERENDERED_CSP in web-test-runner.config.js: default-src 'none';
// script-src 'self'; style-src 'self'; img-src 'self'): the embed pages, a
// `render --page` page, a fragment linking memorial-card.css, and a fragment
// with its inline style allowed by the hash `render --csp` printed. Each page
// records its violations (tests/support/pages/record-errors.js, first in
// <head>): there must be none, and the card must be styled, with JavaScript
// (the live card) and without (the declarative shadow root alone).
import { expect } from '@open-wc/testing';
import { type FrameWindow, frame, liveCards } from '../support/frames.js';

/** The light theme's background (styles.ts): what a styled card's `article` has, and an unstyled one has not. */
const PAPER = 'rgb(247, 243, 236)';

const PAGES = [
  ['dist/embed.html', '/strict/dist/embed.html'],
  ...['az', 'en', 'ru'].map((lang) => [`dist/embed-${lang}.html`, `/strict/dist/embed-${lang}.html`]),
  ['render --page --stylesheet --script', '/tmp/pages/csp-page.html'],
  ['render --stylesheet (a fragment linking memorial-card.css)', '/tmp/pages/csp-link.html'],
  ["render (a fragment's inline style, allowed by the hash render --csp prints)", '/tmp/pages/csp-hash.html'],
] as const;

/** The card's background colour in `doc`, as drawn. */
const background = (doc: Document) =>
  doc.defaultView!.getComputedStyle(doc.querySelector('memorial-card')!.shadowRoot!.querySelector('article')!).backgroundColor;

describe("pre-rendered output under a CSP without 'unsafe-inline'", () => {
  for (const [name, src] of PAGES) {
    it(`${name}: served with the strict policy`, async () => {
      const response = await fetch(src);
      const policy = response.headers.get('content-security-policy') ?? '';
      expect(policy).to.contain("default-src 'none'");
      expect(policy).to.contain("img-src 'self'");
      expect(policy).to.not.contain('unsafe-inline');
    });

    it(`${name}: live, styled, with no violation reported`, async () => {
      const iframe = await frame(src);
      const [card] = await liveCards(iframe);
      expect(card.shadowRoot!.querySelectorAll('article').length).to.equal(1);
      expect(background(iframe.contentDocument!)).to.equal(PAPER);
      expect((iframe.contentWindow as FrameWindow).pageErrors).to.deep.equal([]);
    });

    it(`${name}: styled without JavaScript`, async () => {
      // A sandbox without allow-scripts: the page's scripts never run.
      const iframe = await frame(src, { sandbox: 'allow-same-origin' });
      const doc = iframe.contentDocument!;
      expect(doc.defaultView!.customElements.get('memorial-card'), 'no script ran').to.equal(undefined);
      expect(background(doc)).to.equal(PAPER);
      if (src.includes('/embed')) {
        // The page's own rules (embed.css) apply too: no margin around the card.
        expect(doc.defaultView!.getComputedStyle(doc.body).marginTop).to.equal('0px');
      }
    });
  }

  it('the check sees an inline style the policy blocks (it can fail)', async () => {
    // csp-hash.html's card under the policy without its hash: the inline style is refused and reported.
    const iframe = await frame('/tmp/pages/csp-hash.html?no-hash');
    const win = iframe.contentWindow as FrameWindow;
    await liveCards(iframe);
    expect(win.pageErrors.join()).to.match(/^csp: style-src/);
    const still = await frame('/tmp/pages/csp-hash.html?no-hash', { sandbox: 'allow-same-origin' });
    expect(background(still.contentDocument!)).to.not.equal(PAPER);
  });
});

describe('without JavaScript, the first paint of an embed page is styled', () => {
  for (const lang of ['az', 'en', 'ru']) {
    it(`embed-${lang}.html: first painted once memorial-card.css (300 ms late) has arrived`, async () => {
      // A sandbox without allow-scripts: the page's scripts never run.
      const iframe = await frame(`/strict-slow/${lang}-${Date.now()}/dist/embed-${lang}.html`, { sandbox: 'allow-same-origin' });
      const win = iframe.contentWindow as FrameWindow;
      const paint = await new Promise<PerformanceEntry>((resolve) =>
        new win.PerformanceObserver((list) => {
          const entry = list.getEntriesByName('first-contentful-paint')[0];
          if (entry) resolve(entry);
        }).observe({ type: 'paint', buffered: true }),
      );
      const sheet = win.performance.getEntriesByType('resource').find((entry) => entry.name.endsWith('/memorial-card.css')) as PerformanceResourceTiming;
      // Late indeed (not from a cache), and the page's first paint came after it: nothing unstyled was ever on screen.
      expect(sheet.responseEnd).to.be.at.least(300);
      expect(paint.startTime).to.be.at.least(sheet.responseEnd);
      expect(background(iframe.contentDocument!)).to.equal(PAPER);
    });
  }
});
