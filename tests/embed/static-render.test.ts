// The static render (`memorial-card render`, renderCard) made live by the
// browser: it reads the same before and after, goes live with the real
// clock unless frozen, and the pre-rendered snippet shifts no layout. The
// pages under /tmp/pages are written by the test runner (tests/support/built-pages.js).
import { expect } from '@open-wc/testing';
import { frame, liveCard } from '../support/frames.js';
import { readable, readableText } from '../support/text.js';

const nextFrame = (win: Window) => new Promise((resolve) => win.requestAnimationFrame(resolve));

describe('the static render', () => {
  it('goes live with the real clock unless frozen: a card rendered as of 20 January 2026 no longer says so', async () => {
    const iframe = await frame('/tmp/pages/static-en-unfrozen.html', { sandbox: 'allow-same-origin' });
    const still = iframe.contentDocument!.querySelector('memorial-card')!;
    expect(still.hasAttribute('now'), 'no now attribute').to.be.false;
    expect(readableText(still.shadowRoot!.querySelector('.counter'))).to.contain('36th anniversary today');

    const live = await frame('/tmp/pages/static-en-unfrozen.html');
    const card = await liveCard(live);
    // What a card on the real clock says today (frozen at this very moment, so the two agree).
    const win = live.contentWindow as Window & typeof globalThis;
    const today = win.document.createElement('memorial-card') as typeof card;
    today.setAttribute('lang', 'en');
    today.setAttribute('now', new Date().toISOString());
    win.document.body.append(today);
    await today.updateComplete;
    expect(readableText(card.shadowRoot!.querySelector('.counter'))).to.equal(readableText(today.shadowRoot!.querySelector('.counter')));
  });

  it('reads the same before and after the browser makes it live', async () => {
    const still = await frame('/tmp/pages/static-az-live.html', { sandbox: 'allow-same-origin' });
    // innerText: the text as laid out, which is what a reader sees.
    const shown = (root: ShadowRoot | null) => readable((root?.querySelector('article') as HTMLElement).innerText);
    const before = shown(still.contentDocument!.querySelector('memorial-card')!.shadowRoot);
    expect(before).to.contain('20 Yanvar faciəsi');

    const live = await frame('/tmp/pages/static-az-live.html');
    const card = await liveCard(live);
    expect(card.shadowRoot!.querySelectorAll('article').length).to.equal(1);
    expect(shown(card.shadowRoot)).to.equal(before);
  });

  it('shifts no layout when the pre-rendered snippet comes to life', async () => {
    const iframe = await frame('/tmp/pages/snippet.html');
    const win = iframe.contentWindow as Window & typeof globalThis;
    await liveCard(iframe);
    await nextFrame(win);
    await nextFrame(win);
    const shifts = await new Promise<number[]>((resolve) => {
      new win.PerformanceObserver((list) => resolve(list.getEntries().map((e) => (e as unknown as { value: number }).value))).observe({
        type: 'layout-shift',
        buffered: true,
      });
      // No entry at all is the answer we hope for: the observer is then never called.
      win.requestAnimationFrame(() => win.requestAnimationFrame(() => resolve([])));
    });
    expect(shifts.reduce((a, b) => a + b, 0)).to.equal(0);
  });
});
