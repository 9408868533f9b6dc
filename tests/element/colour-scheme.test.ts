// theme="auto" and the reader's colour scheme: the card follows the page's
// color-scheme, and theme="light"/"dark" stay put. It emulates the reader's
// preference (emulateMedia), which only the Chromium groups can do: the
// drivers of Firefox (WebDriver BiDi) and WebKit (WebDriver) have no such
// command, so web-test-runner.engines.config.js leaves this file out.
import { expect, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { card, part } from '../support/card.js';

describe('<memorial-card>: theme="auto" and the reader\'s colour scheme', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  it('with theme="auto" follows the page: light on a page that declares no colour scheme, even for a dark OS', async () => {
    const el = await card({ lang: 'en', now: '2026-11-25' });
    const bg = () => getComputedStyle(part(el, 'card')!).backgroundColor;
    await emulateMedia({ colorScheme: 'dark' });
    expect(bg()).to.equal('rgb(247, 243, 236)');
  });

  it('with theme="auto" is dark on a page that allows dark (CSS color-scheme) when the reader prefers dark', async () => {
    const el = await card(html`<div style="color-scheme: light dark"><memorial-card lang="en" now="2026-11-25"></memorial-card></div>`);
    const bg = () => getComputedStyle(part(el, 'card')!).backgroundColor;
    await emulateMedia({ colorScheme: 'dark' });
    expect(bg()).to.equal('rgb(21, 19, 17)');
    await emulateMedia({ colorScheme: 'light' });
    expect(bg()).to.equal('rgb(247, 243, 236)');
  });

  it('with theme="auto" is dark on a page whose <meta name="color-scheme"> allows dark, for a reader who prefers dark', async () => {
    const meta = document.createElement('meta');
    meta.name = 'color-scheme';
    meta.content = 'light dark';
    document.head.append(meta);
    try {
      const el = await card({ lang: 'en', now: '2026-11-25' });
      await emulateMedia({ colorScheme: 'dark' });
      expect(getComputedStyle(part(el, 'card')!).backgroundColor).to.equal('rgb(21, 19, 17)');
    } finally {
      meta.remove();
    }
  });

  it('keeps theme="light" and theme="dark" whatever the page says', async () => {
    const light = await card(html`<div style="color-scheme: dark"><memorial-card theme="light" lang="en" now="2026-11-25"></memorial-card></div>`);
    const dark = await card(html`<div style="color-scheme: light"><memorial-card theme="dark" lang="en" now="2026-11-25"></memorial-card></div>`);
    await emulateMedia({ colorScheme: 'dark' });
    expect(getComputedStyle(part(light, 'card')!).backgroundColor).to.equal('rgb(247, 243, 236)');
    await emulateMedia({ colorScheme: 'light' });
    expect(getComputedStyle(part(dark, 'card')!).backgroundColor).to.equal('rgb(21, 19, 17)');
  });
});
