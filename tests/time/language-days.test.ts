// The words of each language that depend on the day: the event date as each
// language prints it, and the first year, which is never "0 years ago".
import { expect } from '@open-wc/testing';
import { formatterFor } from '../../src/i18n/format.js';
import { matchLanguage } from '../../src/attributes.js';
import { parseIsoDate } from '../../src/time/calendar.js';
import { cardView } from '../../src/view-model.js';
import { exampleEvent } from '../support/event.js';
import { formatIn } from '../support/format.js';
import { readable } from '../support/text.js';

describe('languages: the first year is never "0 years ago"', () => {
  const rows: [lang: string, expected: string][] = [
    ['en', 'Less than a year ago'],
    ['az', 'Bir ildən az əvvəl'],
    ['ru', 'Менее года назад'],
  ];
  for (const [lang, expected] of rows) {
    for (const day of ['2026-06-16', '2026-12-31', '2027-06-14']) {
      it(`${lang}, event 2026-06-15, on ${day}: ${expected}`, () => {
        const view = cardView(exampleEvent({ date: '2026-06-15' }), formatIn(lang), parseIsoDate(day)!);
        expect(view.since.map((p) => p.text).join('')).to.equal(expected);
        expect(readable(view.next)).to.match(lang === 'en' ? /^1st anniversary/ : lang === 'az' ? /^(Sabah )?1-ci ildönümü/ : /^1-я годовщина/);
      });
    }
    it(`${lang}: on the first anniversary the count is 1`, () => {
      const view = cardView(exampleEvent({ date: '2026-06-15' }), formatIn(lang), parseIsoDate('2027-06-15')!);
      expect(readable(view.since.map((p) => p.text).join(''))).to.match(/^1 /);
    });
  }
});

describe('languages: dates in the browser', () => {
  const jan20 = parseIsoDate('1990-01-20')!;
  it('prints the event date in each language, Azerbaijani from its own file', () => {
    expect(readable(formatIn('en').date(jan20))).to.equal('20 January 1990');
    expect(readable(formatIn('az').date(jan20))).to.equal('20 yanvar 1990');
    expect(readable(formatIn('ru').date(jan20))).to.equal('20 января 1990 г.');
    expect(readable(formatIn('az').date(parseIsoDate('2027-08-05')!))).to.equal('5 avqust 2027');
  });

  it('follows a region in the tag: en-US writes the month first', () => {
    const us = matchLanguage('en-US')!;
    expect(readable(formatterFor(us.messages, us.locale).date(jan20))).to.equal('January 20, 1990');
  });

});
