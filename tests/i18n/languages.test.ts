// The words of each language, as pure tables: ordinals by CLDR category,
// plural forms, figure labels agreeing with their numbers, numbers and
// "in N days", matching a lang attribute, and complete message files. Dates
// and the first year, which depend on the day, are in
// tests/time/language-days.test.ts.
import { expect } from '@open-wc/testing';
import { fill, fillParts } from '../../src/i18n/format.js';
import { LANGUAGES as languages, matchLanguage } from '../../src/attributes.js';
import { january20 } from '../../src/data/january-20.js';
import { parseIsoDate } from '../../src/time/calendar.js';
import { cardView } from '../../src/view-model.js';
import { exampleEvent } from '../support/event.js';
import { formatIn } from '../support/format.js';
import { readable } from '../support/text.js';

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
      expect(readable(formatIn(lang).ordinal(n))).to.equal(expected);
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
      expect(readable(formatIn(lang).plural(languages[lang].yearsAgo, n))).to.equal(expected);
    });
  }
});

describe('languages: figure labels agree with their numbers', () => {
  const ONE = ['человек погиб', 'человек тяжело ранен', 'человек незаконно арестован', 'жилое здание, дом или строение разрушено'];
  const FEW = ['человека погибли', 'человека тяжело ранены', 'человека незаконно арестованы', 'жилых здания, дома или строения разрушено'];
  const MANY = ['человек погибли', 'человек тяжело ранены', 'человек незаконно арестованы', 'жилых зданий, домов и строений разрушено'];
  const AZ = ['nəfər həlak olub', 'nəfər ağır yaralanıb', 'nəfər qanunsuz həbs olunub', 'yaşayış binası, ev və əmlak dağıdılıb'];
  // One building is one of them: «ev və ya əmlak obyekti».
  const AZ_ONE = [...AZ.slice(0, 3), 'yaşayış binası, ev və ya əmlak obyekti dağıdılıb'];
  const rows: [lang: string, n: number, labels: string[]][] = [
    ['ru', 1, ONE], ['ru', 2, FEW], ['ru', 5, MANY], ['ru', 11, MANY], ['ru', 21, ONE], ['ru', 22, FEW], ['ru', 25, MANY],
    ['ru', 101, ONE], ['ru', 111, MANY], ['ru', 744, FEW], ['ru', 841, ONE],
    ['en', 1, ['person killed', 'severely injured', 'illegally arrested', 'residential building, house or property destroyed']],
    ['en', 2, ['people killed', 'severely injured', 'illegally arrested', 'residential buildings, houses and properties destroyed']],
    ['az', 1, AZ_ONE], ['az', 2, AZ], ['az', 21, AZ], ['az', 744, AZ],
  ];
  const today = parseIsoDate('2026-11-25')!;
  for (const [lang, n, labels] of rows) {
    it(`${lang}: ${n} ${labels[0]} …`, () => {
      const event = { ...january20, figures: january20.figures.map((f) => ({ ...f, value: n })) };
      const view = cardView(event, formatIn(lang), today);
      expect(view.figures.map((f) => readable(f.label))).to.deep.equal(labels);
    });
  }

  it('ru: the bundled figures read 147 человек погибли, 744 человека тяжело ранены, 841 человек незаконно арестован, 200 жилых зданий…', () => {
    const view = cardView(january20, formatIn('ru'), today);
    expect(view.figures.map((f) => readable(`${f.valueText} ${f.label}`))).to.deep.equal([
      '147 человек погибли',
      '744 человека тяжело ранены',
      '841 человек незаконно арестован',
      '200 жилых зданий, домов и строений разрушено',
    ]);
  });

  it('a custom event may give a label as forms by plural category, or as one string', () => {
    const event = exampleEvent({ value: 1 });
    const forms = { ...event, text: { en: { ...event.text!.en, figures: { a: { one: 'name read', other: 'names read' } } } } };
    expect(cardView(forms, formatIn('en'), today).figures[0].label).to.equal('name read');
    expect(cardView({ ...forms, figures: [{ id: 'a', value: 3 }] }, formatIn('en'), today).figures[0].label).to.equal('names read');
    expect(cardView(event, formatIn('en'), today).figures[0].label).to.equal('names read');
  });
});

describe('languages: numbers and days in the browser', () => {
  it('groups digits the way each language does', () => {
    expect(formatIn('en').number(1234567)).to.equal('1,234,567');
    expect(formatIn('az').number(1234567)).to.equal('1.234.567');
    expect(formatIn('ru').number(1234567)).to.equal('1\u00a0234\u00a0567');
    expect(formatIn('az').number(147)).to.equal('147');
  });

  it('leaves four-digit numbers ungrouped in Russian, as Russian typesetting does', () => {
    expect(formatIn('ru').number(1234)).to.equal('1234');
    expect(formatIn('ru').number(12345)).to.equal('12\u00a0345');
    expect(readable(formatIn('ru').plural(languages.ru.daysToGo, 1234))).to.equal('Через 1234 дня');
  });

  it('says tomorrow and in N days', () => {
    expect(readable(formatIn('en').inDays(1))).to.equal('tomorrow');
    expect(readable(formatIn('en').inDays(56))).to.equal('in 56 days');
    expect(readable(formatIn('az').inDays(56))).to.equal('56 gün qalır');
    expect(readable(formatIn('ru').inDays(1))).to.equal('завтра');
    expect(readable(formatIn('ru').inDays(56))).to.equal('через 56 дней');
    expect(readable(formatIn('ru').inDays(2))).to.equal('послезавтра');
    expect(readable(formatIn('ru').inDays(3))).to.equal('через 3 дня');
    expect(readable(formatIn('ru').inDays(21))).to.equal('через 21 день');
  });

  it('reuses one formatter per language and locale', () => {
    expect(formatIn('az')).to.equal(formatIn('az'));
  });
});

describe('languages: the counter on the days around an anniversary', () => {
  const day = (iso: string) => parseIsoDate(iso)!;
  const line = (lang: string, iso: string, relative = true) => {
    const view = cardView(january20, formatIn(lang), day(iso), relative);
    return readable([view.since.map((p) => p.text).join(''), view.next].join(' / '));
  };
  const rows: [lang: string, iso: string, expected: string][] = [
    // As the Azerbaijani press writes a countdown: «37-ci ildönümünə 56 gün qalır».
    ['az', '2026-11-25', '36 il əvvəl / 37-ci ildönümünə 56 gün qalır'],
    ['az', '2027-01-18', '36 il əvvəl / 37-ci ildönümünə 2 gün qalır'],
    ['az', '2027-01-19', '36 il əvvəl / Sabah 37-ci ildönümüdür'],
    ['az', '2027-01-20', '37 il əvvəl / Bu gün 37-ci ildönümüdür'],
    ['az', '2027-01-21', '37 il əvvəl / 38-ci ildönümünə 364 gün qalır'],
    ['en', '2026-11-25', '36 years ago / 37th anniversary in 56 days'],
    ['en', '2027-01-19', '36 years ago / 37th anniversary tomorrow'],
    ['en', '2027-01-20', '37 years ago / 37th anniversary today'],
    ['ru', '2026-11-25', '36 лет назад / 37-я годовщина — через 56 дней'],
    ['ru', '2027-01-19', '36 лет назад / 37-я годовщина — завтра'],
    ['ru', '2027-01-20', '37 лет назад / 37-я годовщина — сегодня'],
    // The eve of the event itself says "tomorrow" too, never "in 1 day".
    ['en', '1990-01-19', 'Tomorrow / '],
    ['ru', '1990-01-19', 'Завтра / '],
    ['az', '1990-01-19', 'Sabah / '],
    ['en', '1990-01-18', 'In 2 days / '],
    ['ru', '1989-12-30', 'Через 21 день / '],
  ];
  for (const [lang, iso, expected] of rows) {
    it(`${lang}, ${iso}: ${expected}`, () => {
      expect(line(lang, iso)).to.equal(readable(expected));
    });
  }

  it('without a live day (pre-rendered without now): the anniversary by its date, on every day', () => {
    // One phrase joins the anniversary and its date, so neither date is mistaken for the other.
    expect(line('az', '2027-01-19', false)).to.equal('37-ci ildönümü: 20 yanvar 2027 /');
    expect(line('en', '2027-01-20', false)).to.equal('37th anniversary on 20 January 2027 /');
    expect(line('ru', '2026-11-25', false)).to.equal('37-я годовщина — 20 января 2027 г. /');
    expect(line('en', '1990-01-19', false)).to.equal('20 January 1990 /');
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
