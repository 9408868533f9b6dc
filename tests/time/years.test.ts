// Years 1–99 are real years (proleptic Gregorian), on the card as in the
// pure functions: no warning, and the days counted across two millennia.
import { expect } from '@open-wc/testing';
import { exampleEvent } from '../support/event.js';
import { card, textOf } from '../support/card.js';
import { recordWarnings } from '../support/warnings.js';

describe('<memorial-card> in years 1–99', () => {
  const trouble = recordWarnings();

  it('takes now="0099-12-31" and counts about 690,000 days to 20 January 1990', async () => {
    const el = await card({ lang: 'en', now: '0099-12-31' });
    expect(trouble.messages()).to.deep.equal([]);
    expect(textOf(el, '.counter')).to.contain('690,328 days');
  });

  it('counts about 726,000 days from year 1, not 32,526', async () => {
    const el = await card({ lang: 'en', now: '0001-01-01' });
    expect(trouble.messages()).to.deep.equal([]);
    expect(textOf(el, '.counter')).to.contain('726,486 days');
  });

  it('accepts data dated 0079-08-24 and counts from it', async () => {
    const el = await card({ lang: 'en', now: '2026-11-25' });
    el.data = exampleEvent({ date: '0079-08-24' });
    await el.updateComplete;
    expect(trouble.messages()).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('time.date')!.getAttribute('datetime')).to.equal('0079-08-24');
    expect(textOf(el, '.counter')).to.equal('1,947 years ago. 1,948th anniversary in 272 days 24 August 2027');
    expect(textOf(el, '.date')).to.equal('24 August 79');
  });
});
