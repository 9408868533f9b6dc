// The card answers prefers-contrast, forced colours and print. It emulates
// them (emulateMedia), which only the Chromium groups can do: the drivers of
// Firefox (WebDriver BiDi) and WebKit (WebDriver) have no such command, so
// web-test-runner.engines.config.js leaves this file out.
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { card, part } from '../support/card.js';

describe('accessibility: contrast, colour and print preferences', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen', forcedColors: 'none', contrast: 'no-preference' } as never);
  });

  it('strengthens text and lines when more contrast is asked for', async () => {
    const el = await card({ lang: 'en', theme: 'light', now: '2026-11-25' });
    const label = () => getComputedStyle(el.shadowRoot!.querySelector('.label')!);
    const before = label().color;
    await emulateMedia({ contrast: 'more' } as never);
    expect(label().color).to.not.equal(before);
    expect(label().color).to.equal(getComputedStyle(part(el, 'card')!).color);
    expect(getComputedStyle(part(el, 'card')!).borderTopWidth).to.equal('2px');
  });

  it('keeps its structure in forced colours', async () => {
    const el = await card({ lang: 'en', now: '2026-11-25' });
    await emulateMedia({ forcedColors: 'active' } as never);
    const article = getComputedStyle(part(el, 'card')!);
    expect(article.borderTopStyle).to.equal('solid');
    expect(article.borderTopColor).to.equal(article.color);
    expect(getComputedStyle(el.shadowRoot!.querySelector('.counter')!).borderTopStyle).to.equal('solid');
  });

  it('prints black on white, with the final figures', async () => {
    const el = await card({ lang: 'en', theme: 'dark', now: '2026-11-25' });
    await emulateMedia({ media: 'print' });
    const article = getComputedStyle(part(el, 'card')!);
    expect(article.backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(article.color).to.equal('rgb(0, 0, 0)');
    expect(getComputedStyle(el.shadowRoot!.querySelector('.value')!).color).to.equal('rgb(0, 0, 0)');
  });
});
