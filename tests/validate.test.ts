import { expect } from '@open-wc/testing';
import { january20 } from '../src/data/january-20.js';
import { validateEvent } from '../src/data/validate.js';
import { hasBundledText } from '../src/view-model.js';

const valid = {
  id: 'example',
  date: '2004-02-29',
  timeZone: 'Europe/Madrid',
  figures: [{ id: 'victims', value: 1234 }],
  source: { name: 'Example Agency', date: '2024-03-11' },
  text: {
    en: { title: 'An example', summary: 'One sentence.', figures: { victims: 'people' } },
  },
};

describe('validate: the bundled event', () => {
  it('passes, its words coming from the language files', () => {
    const result = validateEvent(january20, hasBundledText);
    expect(result.ok).to.be.true;
  });

  it('needs words when the language files have none for the id', () => {
    const result = validateEvent({ ...january20, id: 'unknown' }, hasBundledText);
    expect(result.ok).to.be.false;
    if (!result.ok) expect(result.errors.join()).to.contain('at least one language');
  });
});

describe('validate: another event', () => {
  it('accepts a complete event and copies only known fields', () => {
    const result = validateEvent({ ...valid, extra: { deep: [1, 2] } });
    expect(result.ok).to.be.true;
    if (!result.ok) return;
    expect(result.event).to.not.have.property('extra');
    expect(result.notes.join()).to.contain('extra is not a known field');
    expect(result.event.text?.en.title).to.equal('An example');
  });

  const broken: [what: string, patch: Record<string, unknown>, message: string][] = [
    ['a missing id', { id: undefined }, 'id must be a non-empty string'],
    ['an impossible date', { date: '2023-02-29' }, 'date must be a real date'],
    ['a date in another form', { date: '29.02.2004' }, 'date must be a real date'],
    ['an unknown time zone', { timeZone: 'Europe/Atlantis' }, 'timeZone must be an IANA time zone'],
    ['no figures', { figures: [] }, 'figures must be a list of 1 to 12'],
    ['figures that are not a list', { figures: { victims: 1 } }, 'figures must be a list'],
    ['a negative figure', { figures: [{ id: 'victims', value: -1 }] }, 'must be a whole number of 0 or more'],
    ['a fractional figure', { figures: [{ id: 'victims', value: 1.5 }] }, 'must be a whole number'],
    ['a figure given as text', { figures: [{ id: 'victims', value: '12' }] }, 'must be a whole number'],
    ['an infinite figure', { figures: [{ id: 'victims', value: Infinity }] }, 'must be a whole number'],
    ['a figure id used twice', { figures: [{ id: 'victims', value: 1 }, { id: 'victims', value: 2 }] }, 'used twice'],
    ['a source without a date', { source: { name: 'X' } }, 'source.date must be a real date'],
    ['a label missing', { text: { en: { title: 'A', summary: 'B', figures: {} } } }, 'text.en.figures.victims'],
    ['a title that is markup-sized', { text: { en: { ...valid.text.en, title: 'x'.repeat(5000) } } }, 'longer than 2000'],
    ['a title that is a number', { text: { en: { ...valid.text.en, title: 42 } } }, 'text.en.title must be a non-empty string'],
    ['text that is a string', { text: 'hello' }, 'text must be an object'],
  ];
  for (const [what, patch, message] of broken) {
    it(`rejects ${what}`, () => {
      const result = validateEvent({ ...valid, ...patch });
      expect(result.ok).to.be.false;
      if (!result.ok) expect(result.errors.join('\n')).to.contain(message);
    });
  }

  for (const input of [null, undefined, 42, 'event', [valid]]) {
    it(`rejects ${JSON.stringify(input)} as a whole`, () => {
      expect(validateEvent(input).ok).to.be.false;
    });
  }
});
