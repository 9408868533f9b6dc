// The page's own CSS against the card's (issue #17, rows 4 and 5).
import { expect, fixture, html } from '@open-wc/testing';
import { card } from '../support/card.js';
import { recordWarnings } from '../support/warnings.js';

const trouble = recordWarnings();

describe('the page\'s CSS and the card\'s states', () => {
  it('an out-of-season card takes no space even under memorial-card { display: block } (row 4)', async () => {
    const style = await fixture<HTMLStyleElement>(html`<style>memorial-card { display: block }</style>`);
    const el = await card({ now: '2026-06-01', showDaysBefore: '30' });
    expect(el.hasAttribute('off-season')).to.equal(true);
    expect(getComputedStyle(el).display).to.equal('none');
    expect(el.getBoundingClientRect().height).to.equal(0);
    style.remove();
  });

  it('the fallback content of invalid data reads in the page\'s colour and font (row 5)', async () => {
    const page = await fixture<HTMLElement>(
      html`<div style="background: #111; color: rgb(240, 240, 240); font: 20px monospace"><memorial-card><p>Fallback</p></memorial-card></div>`,
    );
    const el = page.querySelector('memorial-card')! as HTMLElement & { data: unknown; updateComplete: Promise<unknown> };
    el.data = { id: 1 };
    await el.updateComplete;
    const p = getComputedStyle(el.querySelector('p')!);
    expect(p.color).to.equal('rgb(240, 240, 240)');
    expect(p.fontSize).to.equal('20px');
    expect(p.fontFamily).to.equal('monospace');
    expect(trouble.messages().join()).to.contain('invalid');
    // The state a page can style too (docs/styling.md), gone with valid data.
    expect(el.matches(':state(fallback)')).to.equal(true);
    el.data = undefined;
    await el.updateComplete;
    expect(el.matches(':state(fallback)')).to.equal(false);
  });
});
