import { expect } from '@open-wc/testing';
import { fill, fillParts, formatterFor } from '../src/i18n/format.js';
import { LANGUAGES as languages, matchLanguage } from '../src/attributes.js';
import { january20 } from '../src/data/january-20.js';
import { parseIsoDate } from '../src/time/calendar.js';
import { cardView } from '../src/view-model.js';
import { exampleEvent } from './fixtures.js';

const format = (lang: string) => formatterFor(languages[lang], languages[lang].locale);
/** The text as a reader sees it: no-break spaces as spaces, word joiners gone. */
const plain = (text: string) => text.replace(/\u00a0/g, ' ').replace(/\u2060/g, '');

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
      expect(plain(format(lang).ordinal(n))).to.equal(expected);
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
      expect(plain(format(lang).plural(languages[lang].yearsAgo, n))).to.equal(expected);
    });
  }
});

describe('languages: figure labels agree with their numbers', () => {
  const ONE = ['человек погиб', 'человек тяжело ранен', 'человек незаконно арестован', 'жилое здание, дом или объект имущества разрушен'];
  const FEW = ['человека погибли', 'человека тяжело ранены', 'человека незаконно арестованы', 'жилых здания, дома и объекта имущества разрушены'];
  const MANY = ['человек погибли', 'человек тяжело ранены', 'человек незаконно арестованы', 'жилых зданий, домов и другого имущества разрушено'];
  const SHORT_ONE = ['погибший', 'тяжело раненый', 'незаконно арестованный', 'разрушенный дом или объект имущества'];
  const SHORT_FEW = ['погибших', 'тяжело раненых', 'незаконно арестованных', 'разрушенных дома или объекта имущества'];
  const SHORT_MANY = ['погибших', 'тяжело раненых', 'незаконно арестованных', 'разрушенных домов и другого имущества'];
  const rows: [lang: string, n: number, labels: string[], short: string[]][] = [
    ['ru', 1, ONE, SHORT_ONE], ['ru', 2, FEW, SHORT_FEW], ['ru', 5, MANY, SHORT_MANY], ['ru', 11, MANY, SHORT_MANY],
    ['ru', 21, ONE, SHORT_ONE], ['ru', 22, FEW, SHORT_FEW], ['ru', 25, MANY, SHORT_MANY], ['ru', 101, ONE, SHORT_ONE],
    ['ru', 111, MANY, SHORT_MANY], ['ru', 744, FEW, SHORT_FEW], ['ru', 841, ONE, SHORT_ONE],
    ['en', 1, ['person killed', 'severely injured', 'illegally arrested', 'residential building, house or property destroyed'],
      ['killed', 'severely injured', 'illegally arrested', 'home or property destroyed']],
    ['en', 2, ['people killed', 'severely injured', 'illegally arrested', 'residential buildings, houses and properties destroyed'],
      ['killed', 'severely injured', 'illegally arrested', 'homes and properties destroyed']],
    ['az', 1, ['nəfər həlak olub', 'nəfər ağır yaralanıb', 'nəfər qanunsuz həbs olunub', 'yaşayış binası, ev və əmlak dağıdılıb'],
      ['həlak olub', 'ağır yaralanıb', 'qanunsuz həbs olunub', 'ev və əmlak dağıdılıb']],
    ['az', 744, ['nəfər həlak olub', 'nəfər ağır yaralanıb', 'nəfər qanunsuz həbs olunub', 'yaşayış binası, ev və əmlak dağıdılıb'],
      ['həlak olub', 'ağır yaralanıb', 'qanunsuz həbs olunub', 'ev və əmlak dağıdılıb']],
  ];
  const today = parseIsoDate('2026-11-25')!;
  for (const [lang, n, labels, short] of rows) {
    it(`${lang}: ${n} ${labels[0]} … / ${n} ${short[0]} …`, () => {
      const event = { ...january20, figures: january20.figures.map((f) => ({ ...f, value: n })) };
      const view = cardView(event, format(lang), today);
      expect(view.figures.map((f) => plain(f.label))).to.deep.equal(labels);
      expect(view.figures.map((f) => plain(f.short))).to.deep.equal(short);
    });
  }

  it('ru: the bundled figures read 147 человек погибли, 744 человека тяжело ранены, 841 человек незаконно арестован, 200 жилых зданий…', () => {
    const view = cardView(january20, format('ru'), today);
    expect(view.figures.map((f) => `${f.valueText} ${f.label}`)).to.deep.equal([
      '147 человек погибли',
      '744 человека тяжело ранены',
      '841 человек незаконно арестован',
      '200 жилых зданий, домов и другого имущества разрушено',
    ]);
    expect(view.figures.map((f) => `${f.valueText} ${f.short}`)[2]).to.equal('841 незаконно арестованный');
  });

  it('a custom event may give a label as forms by plural category, or as one string', () => {
    const event = exampleEvent({ value: 1 });
    const forms = { ...event, text: { en: { ...event.text!.en, figures: { a: { one: 'name read', other: 'names read' } } } } };
    expect(cardView(forms, format('en'), today).figures[0].label).to.equal('name read');
    expect(cardView({ ...forms, figures: [{ id: 'a', value: 3 }] }, format('en'), today).figures[0].label).to.equal('names read');
    expect(cardView(event, format('en'), today).figures[0].label).to.equal('names read');
  });
});

describe('languages: the first year is never "0 years ago"', () => {
  const rows: [lang: string, expected: string][] = [
    ['en', 'Less than a year ago'],
    ['az', 'Bir ildən az əvvəl'],
    ['ru', 'Менее года назад'],
  ];
  for (const [lang, expected] of rows) {
    for (const day of ['2026-06-16', '2026-12-31', '2027-06-14']) {
      it(`${lang}, event 2026-06-15, on ${day}: ${expected}`, () => {
        const view = cardView(exampleEvent({ date: '2026-06-15' }), format(lang), parseIsoDate(day)!);
        expect(view.since.map((p) => p.text).join('')).to.equal(expected);
        expect(plain(view.next)).to.match(lang === 'en' ? /^1st anniversary/ : lang === 'az' ? /^1-ci ildönümü/ : /^1-я годовщина/);
      });
    }
    it(`${lang}: on the first anniversary the count is 1`, () => {
      const view = cardView(exampleEvent({ date: '2026-06-15' }), format(lang), parseIsoDate('2027-06-15')!);
      expect(plain(view.since.map((p) => p.text).join(''))).to.match(/^1 /);
    });
  }
});

describe('languages: dates, numbers and days in the browser', () => {
  const jan20 = parseIsoDate('1990-01-20')!;
  it('prints the event date in each language, Azerbaijani from its own file', () => {
    expect(plain(format('en').date(jan20))).to.equal('20 January 1990');
    expect(plain(format('az').date(jan20))).to.equal('20 yanvar 1990');
    expect(plain(format('ru').date(jan20))).to.equal('20 января 1990 г.');
    expect(plain(format('az').date(parseIsoDate('2027-08-05')!))).to.equal('5 avqust 2027');
  });

  it('follows a region in the tag: en-US writes the month first', () => {
    const us = matchLanguage('en-US')!;
    expect(plain(formatterFor(us.messages, us.locale).date(jan20))).to.equal('January 20, 1990');
  });

  it('groups digits the way each language does', () => {
    expect(format('en').number(1234567)).to.equal('1,234,567');
    expect(format('az').number(1234567)).to.equal('1.234.567');
    expect(format('ru').number(1234567)).to.equal('1\u00a0234\u00a0567');
    expect(format('az').number(147)).to.equal('147');
  });

  it('leaves four-digit numbers ungrouped in Russian, as Russian typesetting does', () => {
    expect(format('ru').number(1234)).to.equal('1234');
    expect(format('ru').number(12345)).to.equal('12\u00a0345');
    expect(plain(format('ru').plural(languages.ru.daysToGo, 1234))).to.equal('Через 1234 дня');
  });

  it('says tomorrow and in N days', () => {
    expect(plain(format('en').inDays(1))).to.equal('tomorrow');
    expect(plain(format('en').inDays(56))).to.equal('in 56 days');
    expect(plain(format('az').inDays(1))).to.equal('sabah');
    expect(plain(format('az').inDays(56))).to.equal('56 gün sonra');
    expect(plain(format('ru').inDays(1))).to.equal('завтра');
    expect(plain(format('ru').inDays(56))).to.equal('через 56 дней');
    expect(plain(format('ru').inDays(2))).to.equal('послезавтра');
    expect(plain(format('ru').inDays(3))).to.equal('через 3 дня');
    expect(plain(format('ru').inDays(21))).to.equal('через 21 день');
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
        if (key === 'localeData' || key === 'grouping') continue;
        expect(messages, key).to.have.property(key);
      }
      const text = january20.text[code];
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
