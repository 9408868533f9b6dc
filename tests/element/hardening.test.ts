// Rows of the third red-team pass (issue #17) about data and warnings.
import { expect } from '@open-wc/testing';
import { card, textOf } from '../support/card.js';
import { exampleEvent } from '../support/event.js';
import { recordWarnings } from '../support/warnings.js';

const trouble = recordWarnings();

describe('hardening: data and warnings', () => {
  it('a figures array with its own Symbol.iterator renders only its counted items (row 9)', async () => {
    const data = exampleEvent();
    const figures = [...data.figures];
    Object.defineProperty(figures, Symbol.iterator, {
      value: function* () {
        for (let i = 0; i < 5000; i++) yield { id: `f${i}`, value: i };
      },
    });
    const el = await card({ now: '2026-11-25', data: { ...data, figures } });
    expect(el.shadowRoot!.querySelectorAll('[part~="figure"]').length).to.equal(1);
  });

  it('data with id "january-20" shows its own source, not the bundled wording (row 10, fixed by #14)', async () => {
    const el = await card({ now: '2026-11-25', data: exampleEvent({ id: 'january-20', source: 'Another agency' }) });
    expect(textOf(el, '.source')).to.contain('Another agency');
    expect(textOf(el, '.source')).not.to.contain('Trend');
  });

  it('past 50 distinct warnings, renders warn no more (row 11)', async () => {
    const el = await card({ now: '2026-11-25' });
    for (let i = 0; i < 60; i++) {
      el.setAttribute('theme', `bad-${i}`);
      await el.updateComplete;
    }
    expect(trouble.warn.callCount).to.equal(50);
    for (let i = 0; i < 5; i++) {
      el.setAttribute('layout', i % 2 ? 'card' : 'wide');
      await el.updateComplete;
    }
    expect(trouble.warn.callCount).to.equal(50);
  });
});
