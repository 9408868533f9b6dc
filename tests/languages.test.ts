import { expect } from '@open-wc/testing';
import { fill, fillParts, formatterFor } from '../src/i18n/format.js';
import { languages, matchLanguage } from '../src/i18n/languages.js';
import { parseIsoDate } from '../src/time/calendar.js';

const format = (lang: string) => formatterFor(languages[lang], languages[lang].locale);

describe('languages: ordinals by CLDR category', () => {
  const rows: [lang: string, n: number, expected: string][] = [
    // English: one, two, few, other.
    ['en', 1, '1st'], ['en', 2, '2nd'], ['en', 3, '3rd'], ['en', 4, '4th'], ['en', 11, '11th'],
    ['en', 12, '12th'], ['en', 13, '13th'], ['en', 21, '21st'], ['en', 22, '22nd'], ['en', 23, '23rd'],
    ['en', 36, '36th'], ['en', 37, '37th'], ['en', 101, '101st'],
    // Azerbaijani: one -ci, few -cü, many -cı, other -cu.
    ['az', 1, '1-ci'], ['az', 2, '2-ci'], ['az', 3, '3-cü'], ['az', 4, '4-cü'], ['az', 5, '5-ci'],
    ['az', 6, '6-cı'], ['az', 9, '9-cu'], ['az', 10, '10-cu'], ['az', 36, '36-cı'], ['az', 37, '37-ci'],
    ['az', 40, '40-cı'], ['az', 100, '100-cü'],
    // Russian: one category; the feminine form of «годовщина».
    ['ru', 1, '1-я'], ['ru', 36, '36-я'], ['ru', 37, '37-я'],
  ];
  for (const [lang, n, expected] of rows) {
    it(`${lang}: ${n} → ${expected}`, () => {
      expect(format(lang).ordinal(n)).to.equal(expected);
    });
  }
});

describe('languages: years ago, by plural form', () => {
  const rows: [lang: string, n: number, expected: string][] = [
    ['en', 1, '1 year ago'], ['en', 36, '36 years ago'],
    ['az', 1, '1 il əvvəl'], ['az', 36, '36 il əvvəl'],
    // Russian: one, few, many.
    ['ru', 1, '1 год назад'], ['ru', 21, '21 год назад'], ['ru', 2, '2 года назад'], ['ru', 32, '32 года назад'],
    ['ru', 5, '5 лет назад'], ['ru', 11, '11 лет назад'], ['ru', 12, '12 лет назад'], ['ru', 36, '36 лет назад'],
    ['ru', 111, '111 лет назад'],
  ];
  for (const [lang, n, expected] of rows) {
    it(`${lang}: ${n} → ${expected}`, () => {
      expect(format(lang).plural(languages[lang].yearsAgo, n)).to.equal(expected);
    });
  }
});

describe('languages: dates, numbers and days in the browser', () => {
  const jan20 = parseIsoDate('1990-01-20')!;
  it('prints the event date in each language, Azerbaijani from its own file', () => {
    expect(format('en').date(jan20)).to.equal('20 January 1990');
    expect(format('az').date(jan20)).to.equal('20 yanvar 1990');
    expect(format('ru').date(jan20)).to.equal('20 января 1990 г.');
    expect(format('az').date(parseIsoDate('2027-08-05')!)).to.equal('5 avqust 2027');
  });

  it('follows a region in the tag: en-US writes the month first', () => {
    const us = matchLanguage('en-US')!;
    expect(formatterFor(us.messages, us.locale).date(jan20)).to.equal('January 20, 1990');
  });

  it('groups digits the way each language does', () => {
    expect(format('en').number(1234567)).to.equal('1,234,567');
    expect(format('az').number(1234567)).to.equal('1.234.567');
    expect(format('ru').number(1234567)).to.equal('1\u00a0234\u00a0567');
    expect(format('az').number(147)).to.equal('147');
  });

  it('says tomorrow and in N days', () => {
    expect(format('en').inDays(1)).to.equal('tomorrow');
    expect(format('en').inDays(56)).to.equal('in 56 days');
    expect(format('az').inDays(1)).to.equal('sabah');
    expect(format('az').inDays(56)).to.equal('56 gün sonra');
    expect(format('ru').inDays(1)).to.equal('завтра');
    expect(format('ru').inDays(56)).to.equal('через 56 дней');
    expect(format('ru').inDays(2)).to.equal('послезавтра');
    expect(format('ru').inDays(3)).to.equal('через 3 дня');
    expect(format('ru').inDays(21)).to.equal('через 21 день');
  });

  it('reuses one formatter per language and locale', () => {
    expect(format('az')).to.equal(format('az'));
  });
});

describe('languages: matching a lang attribute', () => {
  const rows: [tag: string, lang: string | undefined][] = [
    ['az', 'az'], ['az-Latn-AZ', 'az'], ['AZ', 'az'], ['ru-RU', 'ru'], ['en', 'en'], ['en-US', 'en'],
    ['fr', undefined], ['', undefined], ['<b>', undefined], ['x', undefined], ['toString', undefined],
    ['__proto__', undefined],
  ];
  for (const [tag, lang] of rows) {
    it(`${JSON.stringify(tag)} → ${lang}`, () => {
      expect(matchLanguage(tag)?.messages.lang).to.equal(lang);
    });
  }
});

describe('languages: every file is complete', () => {
  const en = languages.en;
  for (const [code, messages] of Object.entries(languages)) {
    it(`${code} has every message English has, and the bundled event's words`, () => {
      expect(messages.lang).to.equal(code);
      for (const key of Object.keys(en)) {
        if (key === 'localeData') continue;
        expect(messages, key).to.have.property(key);
      }
      const text = messages.events['january-20'];
      expect(Object.keys(text.figures)).to.have.members(['killed', 'injured', 'arrested', 'destroyed']);
    });
  }

  it('fills placeholders and keeps the filled parts apart', () => {
    expect(fill('{a} and {b}', { a: '1', b: '2' })).to.equal('1 and 2');
    expect(fillParts('Прошло {n} лет', { n: '36' })).to.deep.equal([
      { text: 'Прошло ' }, { text: '36', key: 'n' }, { text: ' лет' },
    ]);
    expect(fill('{missing}', {})).to.equal('{missing}');
  });
});
