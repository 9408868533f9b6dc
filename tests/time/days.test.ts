// The card's counter on given days: the reference sentences around
// midnight of 20 January in Baku, National Mourning Day, the day decided in
// the card's own time zone, and events still ahead or on their own day.
import { expect } from '@open-wc/testing';
import { exampleEvent } from '../support/event.js';
import { card, part, textOf } from '../support/card.js';

describe('<memorial-card>: the counter on given days', () => {
  const reference: [now: string, lang: string, counter: string][] = [
    ['2026-01-19T19:59:59Z', 'en', '35 years ago. 36th anniversary tomorrow 20 January 2026'],
    ['2026-01-19T20:00:00Z', 'en', '36 years ago. 36th anniversary today National Mourning Day'],
    ['2026-11-25T12:00:00Z', 'en', '36 years ago. 37th anniversary in 56 days 20 January 2027'],
    ['2027-01-20T00:00:00Z', 'en', '37 years ago. 37th anniversary today National Mourning Day'],
    ['2026-01-19T19:59:59Z', 'az', '35 il əvvəl. Sabah 36-cı ildönümüdür 20 yanvar 2026'],
    ['2026-01-19T20:00:00Z', 'az', '36 il əvvəl. Bu gün 36-cı ildönümüdür Ümumxalq Hüzn Günü'],
    ['2026-11-25T12:00:00Z', 'az', '36 il əvvəl. 37-ci ildönümünə 56 gün qalır 20 yanvar 2027'],
    ['2027-01-20T00:00:00Z', 'az', '37 il əvvəl. Bu gün 37-ci ildönümüdür Ümumxalq Hüzn Günü'],
    ['2026-01-19T19:59:59Z', 'ru', '35 лет назад. 36-я годовщина — завтра 20 января 2026 г.'],
    ['2026-01-19T20:00:00Z', 'ru', '36 лет назад. 36-я годовщина — сегодня День всенародной скорби'],
    ['2026-11-25T12:00:00Z', 'ru', '36 лет назад. 37-я годовщина — через 56 дней 20 января 2027 г.'],
    ['2027-01-20T00:00:00Z', 'ru', '37 лет назад. 37-я годовщина — сегодня День всенародной скорби'],
    ['2022-06-01', 'ru', '32 года назад. 33-я годовщина — через 233 дня 20 января 2023 г.'],
    ['1991-02-01', 'ru', '1 год назад. 2-я годовщина — через 353 дня 20 января 1992 г.'],
  ];
  for (const [now, lang, counter] of reference) {
    it(`${lang} at ${now}: ${counter}`, async () => {
      const el = await card({ lang, now });
      expect(textOf(el, '.counter')).to.equal(counter);
    });
  }

  it('marks National Mourning Day only on the anniversary', async () => {
    const on = await card({ lang: 'en', now: '2026-01-20' });
    expect(on.shadowRoot!.querySelector('bdi.day')?.textContent).to.equal('National Mourning Day');
    expect(part(on, 'card')!.classList.contains('anniversary')).to.be.true;
    const off = await card({ lang: 'en', now: '2026-01-21' });
    expect(off.shadowRoot!.querySelector('bdi.day')).to.equal(null);
  });

  it('decides the day in its time-zone', async () => {
    const now = '2026-01-20T03:00:00Z';
    const ny = await card({ lang: 'en', now, timeZone: 'America/New_York' });
    expect(textOf(ny, '.next')).to.contain('36th anniversary tomorrow');
    const tokyo = await card({ lang: 'en', now, timeZone: 'Asia/Tokyo' });
    expect(textOf(tokyo, '.next')).to.contain('36th anniversary today');
  });

  it('reads a date alone as that day in the card’s zone', async () => {
    const el = await card({ lang: 'en', now: '2026-01-20', timeZone: 'Pacific/Honolulu' });
    expect(textOf(el, '.next')).to.contain('36th anniversary today');
  });
});

describe('<memorial-card>: events in the future and on their own day', () => {
  const event = (date: string) =>
    exampleEvent({
      id: 'future',
      date,
      title: 'A planned remembrance',
      label: 'one',
      otherLanguages: { ru: { title: 'Памятная дата', summary: 'Предложение.', figures: { a: 'один' } } },
    });

  it('counts down to an event still ahead', async () => {
    const el = await card({ lang: 'en', now: '2026-11-25', data: event('2026-12-25') });
    expect(textOf(el, '.counter')).to.equal('In 30 days');
    const ru = await card({ lang: 'ru', now: '2026-12-24', data: event('2026-12-25') });
    expect(textOf(ru, '.counter')).to.equal('Завтра');
  });

  it('says today on the event’s own date', async () => {
    const el = await card({ lang: 'en', now: '2026-12-25', data: event('2026-12-25') });
    expect(textOf(el, '.counter')).to.equal('Today');
  });

  it('shows the event’s English words when it has none in the card’s language', async () => {
    const el = await card({ lang: 'az', now: '2026-11-25', data: event('2026-12-25') });
    expect(textOf(el, 'h2')).to.equal('A planned remembrance');
    expect(el.shadowRoot!.querySelector('h2')!.getAttribute('lang')).to.equal('en');
    expect(textOf(el, '.counter')).to.equal('30 gün sonra');
  });
});
