// One reading order for screen readers: heading, date, counter, figures,
// summary, source; decoration hidden; nothing announced by itself.
import { expect } from '@open-wc/testing';
import { card, part, textOf } from '../support/card.js';
import { readable } from '../support/text.js';

describe('accessibility: one reading order', () => {
  it('reads heading, date, counter, figures, summary, source, in that order', async () => {
    const el = await card({ lang: 'en', now: '2026-01-20' });
    const article = part(el, 'card')!;
    const order = [...article.querySelectorAll('h2, time.date, .counter, ul, .summary, .source')].map((n) => n.className || n.localName);
    expect(order).to.deep.equal(['title', 'date', 'counter', 'figures', 'summary', 'source']);
    expect(article.getAttribute('aria-labelledby')).to.equal('title');
    expect(article.querySelector('time.date')!.getAttribute('datetime')).to.equal('1990-01-20');
    // The counter is one paragraph, read as one sentence.
    expect(textOf(el, '.counter')).to.equal('36 years ago. 36th anniversary today National Mourning Day');
    // Each figure is one list item: its value and label are read together.
    expect([...article.querySelectorAll('li')].map((li) => readable(li.textContent))[0]).to.equal('147 people killed');
  });

  it('hides decoration, and never announces by itself', async () => {
    const el = await card({ lang: 'en', now: '2026-11-25' });
    const root = el.shadowRoot!;
    expect(root.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
    expect([...root.querySelectorAll('.value')].map((v) => v.textContent)).to.deep.equal(['147', '744', '841', '200']);
    expect(root.querySelector('[aria-live], [role="alert"], [role="status"]')).to.equal(null);
  });
});
