import { expect } from '@open-wc/testing';
import { january20 } from '../../src/data/january-20.js';
import { formatIssue, validateEvent } from '../../src/data/validate.js';
import { exampleEvent } from '../support/event.js';

const valid = exampleEvent({
  date: '2004-02-29',
  timeZone: 'Europe/Madrid',
  figure: 'victims',
  value: 1234,
  source: 'Example Agency',
  sourceDate: '2024-03-11',
  title: 'An example',
  summary: 'One sentence.',
  label: 'people',
});

describe('validate: the bundled event', () => {
  it('passes, its words in its own data like any event', () => {
    const result = validateEvent(january20);
    expect(result.ok).to.be.true;
  });

  it('needs words, like any event', () => {
    const result = validateEvent({ ...january20, text: undefined });
    expect(result.ok).to.be.false;
    if (!result.ok) expect(result.issues.map(formatIssue).join()).to.contain('at least one language');
  });
});

describe('validate: another event', () => {
  it('accepts a complete event and copies it', () => {
    const result = validateEvent(valid);
    expect(result.ok).to.be.true;
    if (!result.ok) return;
    expect(result.event).to.deep.equal(JSON.parse(JSON.stringify(valid)));
    expect(result.event).to.not.equal(valid);
  });

  const broken: [what: string, patch: Record<string, unknown>, message: string][] = [
    ['a missing id', { id: undefined }, 'id: expected text of 1 to 2000 characters, got undefined'],
    ['an impossible date', { date: '2023-02-29' }, 'date: expected a real date as YYYY-MM-DD, got "2023-02-29"'],
    ['a date in another form', { date: '29.02.2004' }, 'date: expected a real date'],
    ['an unknown time zone', { timeZone: 'Europe/Atlantis' }, 'timeZone: expected an IANA time zone, got "Europe/Atlantis"'],
    ['no figures', { figures: [] }, 'figures: expected a list of 1 to 12 figures, got a list of 0'],
    ['figures that are not a list', { figures: { victims: 1 } }, 'figures: expected a list of 1 to 12 figures, got an object'],
    ['a negative figure', { figures: [{ id: 'victims', value: -1 }] }, 'figures[0].value: expected a whole number of 0 or more, got -1'],
    ['a fractional figure', { figures: [{ id: 'victims', value: 1.5 }] }, 'got 1.5'],
    ['a figure given as text', { figures: [{ id: 'victims', value: '12' }] }, 'got "12"'],
    ['an infinite figure', { figures: [{ id: 'victims', value: Infinity }] }, 'got Infinity'],
    ['a figure id used twice', { figures: [{ id: 'victims', value: 1 }, { id: 'victims', value: 2 }] }, 'figures[1].id: expected an id not used before'],
    ['a source without a date', { source: { name: 'X' } }, 'source.date: expected a real date as YYYY-MM-DD, got undefined'],
    ['a label missing', { text: { en: { title: 'A', summary: 'B', figures: {} } } }, 'text.en.figures.victims: expected text'],
    ['a title that is markup-sized', { text: { en: { ...valid.text!.en, title: 'x'.repeat(5000) } } }, 'text.en.title: expected text of 1 to 2000 characters, got "xxxx'],
    ['a title that is a number', { text: { en: { ...valid.text!.en, title: 42 } } }, 'text.en.title: expected text of 1 to 2000 characters, got 42'],
    ['an unknown field', { extra: { deep: [[[1]]] } }, 'extra: expected no such field'],
    ['an unknown field in the words', { text: { en: { ...valid.text!.en, colour: 'red' } } }, 'text.en.colour: expected no such field'],
    ['a label for a figure that does not exist', { text: { en: { ...valid.text!.en, figures: { victims: 'a', other: 'b' } } } }, 'text.en.figures.other: expected no such field'],
    ['a language code that is not one', { text: { 'EN-<b>': valid.text!.en } }, 'expected a language code'],
    ['text with no language', { text: {} }, 'text: expected the words in at least one language'],
    ['text that is a string', { text: 'hello' }, 'text: expected an object, got "hello"'],
    ['a field named constructor', { constructor: 1 }, 'constructor: expected no such field'],
    ['a field named toString in the words', { text: { en: { ...valid.text!.en, toString: 'x' } } }, 'text.en.toString: expected no such field'],
    ['a plural label without other', { text: { en: { ...valid.text!.en, figures: { victims: { one: 'person' } } } } }, 'text.en.figures.victims.other: expected text'],
    ['a plural label with an unknown category', { text: { en: { ...valid.text!.en, figures: { victims: { other: 'people', dual: 'x' } } } } }, 'text.en.figures.victims.dual: expected no such field'],
  ];
  for (const [what, patch, message] of broken) {
    it(`rejects ${what}`, () => {
      const result = validateEvent({ ...valid, ...patch });
      expect(result.ok).to.be.false;
      if (!result.ok) expect(result.issues.map(formatIssue).join('\n')).to.contain(message);
    });
  }

  for (const input of [null, undefined, 42, 'event', [valid]]) {
    it(`rejects ${JSON.stringify(input)} as a whole`, () => {
      expect(validateEvent(input).ok).to.be.false;
    });
  }
});
