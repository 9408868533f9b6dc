import { expect, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import sinon from 'sinon';
import type { MemorialEvent } from '../src/data/event.js';
import { exampleEvent } from './fixtures.js';
import { card, onlyFallbackShown, part, textOf } from './helpers.js';

describe('<memorial-card>: what it shows', () => {
  it('renders the event, its date, the counter, four figures, the summary and the source', async () => {
    const el = await card(html`<memorial-card lang="en" now="2026-11-25T12:00:00Z"></memorial-card>`);
    const root = el.shadowRoot!;
    expect(textOf(el, 'article h2')).to.equal('The January 20 tragedy');
    expect(root.querySelector('time.date')!.getAttribute('datetime')).to.equal('1990-01-20');
    expect(textOf(el, '.date')).to.equal('20 January 1990');
    expect(textOf(el, '.counter')).to.equal('36 years ago. 37th anniversary in 56 days · 20 January 2027');
    const figures = [...root.querySelectorAll('.figure')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(figures).to.deep.equal([
      '147 people killed',
      '744 severely injured',
      '841 illegally arrested',
      '200 residential buildings, houses and properties destroyed',
    ]);
    expect(textOf(el, '.summary')).to.contain('National Mourning Day');
    expect(textOf(el, '.source')).to.equal('Source: Trend news agency, 20 January 2026');
    expect(root.querySelector('.source time')!.getAttribute('datetime')).to.equal('2026-01-20');
  });

  const reference: [now: string, lang: string, counter: string][] = [
    ['2026-01-19T19:59:59Z', 'en', '35 years ago. 36th anniversary tomorrow · 20 January 2026'],
    ['2026-01-19T20:00:00Z', 'en', '36 years ago. Today: 36th anniversary · National Mourning Day'],
    ['2026-11-25T12:00:00Z', 'en', '36 years ago. 37th anniversary in 56 days · 20 January 2027'],
    ['2027-01-20T00:00:00Z', 'en', '37 years ago. Today: 37th anniversary · National Mourning Day'],
    ['2026-01-19T19:59:59Z', 'az', '35 il əvvəl. 36-cı ildönümü: sabah · 20 yanvar 2026'],
    ['2026-01-19T20:00:00Z', 'az', '36 il əvvəl. Bu gün: 36-cı ildönümü · Ümumxalq Hüzn Günü'],
    ['2026-11-25T12:00:00Z', 'az', '36 il əvvəl. 37-ci ildönümü: 56 gün sonra · 20 yanvar 2027'],
    ['2027-01-20T00:00:00Z', 'az', '37 il əvvəl. Bu gün: 37-ci ildönümü · Ümumxalq Hüzn Günü'],
    ['2026-01-19T19:59:59Z', 'ru', '35 лет назад. 36-я годовщина — завтра · 20 января 2026 г.'],
    ['2026-01-19T20:00:00Z', 'ru', '36 лет назад. Сегодня 36-я годовщина · День всенародной скорби'],
    ['2026-11-25T12:00:00Z', 'ru', '36 лет назад. 37-я годовщина — через 56 дней · 20 января 2027 г.'],
    ['2027-01-20T00:00:00Z', 'ru', '37 лет назад. Сегодня 37-я годовщина · День всенародной скорби'],
    ['2022-06-01', 'ru', '32 года назад. 33-я годовщина — через 233 дня · 20 января 2023 г.'],
    ['1991-02-01', 'ru', '1 год назад. 2-я годовщина — через 353 дня · 20 января 1992 г.'],
  ];
  for (const [now, lang, counter] of reference) {
    it(`${lang} at ${now}: ${counter}`, async () => {
      const el = await card(html`<memorial-card lang=${lang} now=${now}></memorial-card>`);
      expect(textOf(el, '.counter')).to.equal(counter);
    });
  }

  it('marks National Mourning Day only on the anniversary', async () => {
    const on = await card(html`<memorial-card lang="en" now="2026-01-20"></memorial-card>`);
    expect(on.shadowRoot!.querySelector('.day')?.textContent).to.equal('National Mourning Day');
    expect(part(on, 'card')!.classList.contains('anniversary')).to.be.true;
    const off = await card(html`<memorial-card lang="en" now="2026-01-21"></memorial-card>`);
    expect(off.shadowRoot!.querySelector('.day')).to.equal(null);
  });

  it('prints every bundled language in its own words', async () => {
    const az = await card(html`<memorial-card lang="az" now="2026-11-25"></memorial-card>`);
    expect(textOf(az, 'h2')).to.equal('20 Yanvar faciəsi');
    expect(textOf(az, '.date')).to.equal('20 yanvar 1990');
    expect(textOf(az, '.source')).to.equal('Mənbə: Trend agentliyi, 20 yanvar 2026');
    const ru = await card(html`<memorial-card lang="ru" now="2026-11-25"></memorial-card>`);
    expect(textOf(ru, 'h2')).to.equal('Трагедия 20 января');
    expect(textOf(ru, '.date')).to.equal('20 января 1990 г.');
    expect(textOf(ru, '.source')).to.equal('Источник: агентство Trend, 20 января 2026 г.');
    expect(part(ru, 'card')!.getAttribute('lang')).to.equal('ru');
  });
});

describe('<memorial-card>: attributes', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  it('takes lang from the nearest ancestor, across shadow roots', async () => {
    const el = await card(html`<div lang="fr"><section lang="az-Latn-AZ"><memorial-card now="2026-11-25"></memorial-card></section></div>`);
    expect(textOf(el, 'h2')).to.equal('20 Yanvar faciəsi');

    const host = document.createElement('div');
    host.setAttribute('lang', 'ru');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('memorial-card');
    inner.setAttribute('now', '2026-11-25');
    shadow.append(inner);
    await inner.updateComplete;
    expect(textOf(inner, 'h2')).to.equal('Трагедия 20 января');
    host.remove();
  });

  it('falls back to the browser language when no ancestor names a bundled one', async () => {
    const el = await card(html`<div lang="fr"><memorial-card now="2026-11-25"></memorial-card></div>`);
    const expected = navigator.language.startsWith('ru') ? 'ru' : 'en';
    expect(part(el, 'card')!.getAttribute('lang')).to.equal(expected);
  });

  it('follows lang when it changes', async () => {
    const el = await card(html`<memorial-card lang="en" now="2026-11-25"></memorial-card>`);
    el.lang = 'az';
    await el.updateComplete;
    expect(textOf(el, 'h2')).to.equal('20 Yanvar faciəsi');
  });

  it('decides the day in its time-zone', async () => {
    const now = '2026-01-20T03:00:00Z';
    const ny = await card(html`<memorial-card lang="en" now=${now} time-zone="America/New_York"></memorial-card>`);
    expect(textOf(ny, '.next')).to.contain('36th anniversary tomorrow');
    const tokyo = await card(html`<memorial-card lang="en" now=${now} time-zone="Asia/Tokyo"></memorial-card>`);
    expect(textOf(tokyo, '.next')).to.contain('Today: 36th anniversary');
  });

  it('reads a date alone as that day in the card’s zone', async () => {
    const el = await card(html`<memorial-card lang="en" now="2026-01-20" time-zone="Pacific/Honolulu"></memorial-card>`);
    expect(textOf(el, '.next')).to.contain('Today: 36th anniversary');
  });

  it('applies theme and layout', async () => {
    const light = await card(html`<memorial-card theme="light" lang="en" now="2026-11-25"></memorial-card>`);
    const dark = await card(html`<memorial-card theme="dark" lang="en" now="2026-11-25"></memorial-card>`);
    const bg = (el: Element) => getComputedStyle(part(el as never, 'card')!).backgroundColor;
    expect(bg(light)).to.equal('rgb(247, 243, 236)');
    expect(bg(dark)).to.equal('rgb(21, 19, 17)');

    const compact = await card(html`<memorial-card layout="compact" lang="en" now="2026-11-25"></memorial-card>`);
    expect(compact.shadowRoot!.querySelector('h2')).to.equal(null);
    expect(textOf(compact)).to.equal(
      'The January 20 tragedy · 20 January 1990 · 36 years ago · 147 killed, 744 severely injured, 841 illegally arrested, 200 homes and properties destroyed · Source: Trend news agency, 20 January 2026',
    );
  });

  it('with theme="auto" follows the page: light on a page that declares no colour scheme, even for a dark OS', async () => {
    const el = await card(html`<memorial-card lang="en" now="2026-11-25"></memorial-card>`);
    const bg = () => getComputedStyle(part(el, 'card')!).backgroundColor;
    await emulateMedia({ colorScheme: 'dark' });
    expect(bg()).to.equal('rgb(247, 243, 236)');
  });

  it('with theme="auto" is dark on a page that allows dark (CSS color-scheme) when the reader prefers dark', async () => {
    const el = await card(html`<div style="color-scheme: light dark"><memorial-card lang="en" now="2026-11-25"></memorial-card></div>`);
    const bg = () => getComputedStyle(part(el, 'card')!).backgroundColor;
    await emulateMedia({ colorScheme: 'dark' });
    expect(bg()).to.equal('rgb(21, 19, 17)');
    await emulateMedia({ colorScheme: 'light' });
    expect(bg()).to.equal('rgb(247, 243, 236)');
  });

  it('with theme="auto" is dark on a page whose <meta name="color-scheme"> allows dark, for a reader who prefers dark', async () => {
    const meta = document.createElement('meta');
    meta.name = 'color-scheme';
    meta.content = 'light dark';
    document.head.append(meta);
    try {
      const el = await card(html`<memorial-card lang="en" now="2026-11-25"></memorial-card>`);
      await emulateMedia({ colorScheme: 'dark' });
      expect(getComputedStyle(part(el, 'card')!).backgroundColor).to.equal('rgb(21, 19, 17)');
    } finally {
      meta.remove();
    }
  });

  it('keeps theme="light" and theme="dark" whatever the page says', async () => {
    const light = await card(html`<div style="color-scheme: dark"><memorial-card theme="light" lang="en" now="2026-11-25"></memorial-card></div>`);
    const dark = await card(html`<div style="color-scheme: light"><memorial-card theme="dark" lang="en" now="2026-11-25"></memorial-card></div>`);
    await emulateMedia({ colorScheme: 'dark' });
    expect(getComputedStyle(part(light, 'card')!).backgroundColor).to.equal('rgb(247, 243, 236)');
    await emulateMedia({ colorScheme: 'light' });
    expect(getComputedStyle(part(dark, 'card')!).backgroundColor).to.equal('rgb(21, 19, 17)');
  });

  for (const width of [280, 320, 720, 1200]) {
    for (const layout of ['card', 'compact']) {
      for (const lang of ['az', 'en', 'ru']) {
        it(`fits ${width} px without clipping or overflow (${layout}, ${lang})`, async () => {
          const el = await card(html`<div style="width: ${width}px"><memorial-card lang=${lang} layout=${layout} now="2026-01-20"></memorial-card></div>`);
          const article = part(el, 'card')! as HTMLElement;
          expect(article.getBoundingClientRect().width).to.be.at.most(width);
          for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('article, article :not(.vh)')) {
            expect(node.scrollWidth, node.className || node.localName).to.be.at.most(node.clientWidth || node.scrollWidth);
          }
          const inner = el.shadowRoot!.querySelector('.in')!.getBoundingClientRect();
          for (const node of el.shadowRoot!.querySelectorAll('p, h2, li, time, span')) {
            const box = node.getBoundingClientRect();
            if (box.width === 0) continue;
            expect(box.right, node.textContent!).to.be.at.most(inner.right + 0.5);
          }
        });
      }
    }
  }

  it('lets the page re-theme it with custom properties', async () => {
    const el = await card(html`<memorial-card style="--memorial-card-background: rgb(1, 2, 3)" lang="en" now="2026-11-25"></memorial-card>`);
    expect(getComputedStyle(part(el, 'card')!).backgroundColor).to.equal('rgb(1, 2, 3)');
  });

  it('shows another memorial from the data property', async () => {
    const data = exampleEvent({ value: 12345 });
    const el = await card(html`<memorial-card lang="en" now="2026-06-15" .data=${data}></memorial-card>`);
    expect(textOf(el, 'h2')).to.equal('An example memorial');
    expect(textOf(el, '.figures')).to.equal('12,345 names read');
    expect(textOf(el, '.counter')).to.contain('Today: 26th anniversary');
  });
});

describe('<memorial-card>: events in the future and on their own day', () => {
  const event = (date: string): MemorialEvent => ({
    id: 'future',
    date,
    timeZone: 'UTC',
    figures: [{ id: 'a', value: 1 }],
    source: { name: 'Example', date: '2020-01-01' },
    text: {
      en: { title: 'A planned remembrance', summary: 'A sentence.', figures: { a: 'one' } },
      ru: { title: 'Памятная дата', summary: 'Предложение.', figures: { a: 'один' } },
    },
  });

  it('counts down to an event still ahead', async () => {
    const el = await card(html`<memorial-card lang="en" now="2026-11-25" .data=${event('2026-12-25')}></memorial-card>`);
    expect(textOf(el, '.counter')).to.equal('In 30 days');
    const ru = await card(html`<memorial-card lang="ru" now="2026-12-24" .data=${event('2026-12-25')}></memorial-card>`);
    expect(textOf(ru, '.counter')).to.equal('Через 1 день');
  });

  it('says today on the event’s own date', async () => {
    const el = await card(html`<memorial-card lang="en" now="2026-12-25" .data=${event('2026-12-25')}></memorial-card>`);
    expect(textOf(el, '.counter')).to.equal('Today');
  });

  it('shows the event’s English words when it has none in the card’s language', async () => {
    const el = await card(html`<memorial-card lang="az" now="2026-11-25" .data=${event('2026-12-25')}></memorial-card>`);
    expect(textOf(el, 'h2')).to.equal('A planned remembrance');
    expect(el.shadowRoot!.querySelector('h2')!.getAttribute('lang')).to.equal('en');
    expect(textOf(el, '.counter')).to.equal('30 gün sonra');
  });
});

describe('<memorial-card>: bad input warns and keeps the facts', () => {
  let warn: sinon.SinonStub;
  let clock: sinon.SinonFakeTimers | undefined;
  beforeEach(() => {
    warn = sinon.stub(console, 'warn');
  });
  afterEach(() => {
    warn.restore();
    clock?.restore();
    clock = undefined;
  });

  const warned = () => warn.getCalls().map((call) => String(call.args[0])).join('\n');
  const factsShown = (el: Parameters<typeof textOf>[0]) => {
    const text = textOf(el, '.figures');
    for (const value of ['147', '744', '841', '200']) expect(text).to.contain(value);
  };

  const cases: [attribute: string, value: string, check: string][] = [
    ['lang', 'xx', 'The January 20 tragedy'],
    ['lang', '', 'The January 20 tragedy'],
    ['lang', '<img src=x onerror=alert(1)>', 'The January 20 tragedy'],
    ['theme', 'purple', 'theme-auto'],
    ['theme', '', 'theme-auto'],
    ['layout', 'grid', 'layout-card'],
    ['layout', '<b>compact</b>', 'layout-card'],
    ['time-zone', 'Mars/Olympus', '36 years ago'],
    ['time-zone', '', '36 years ago'],
  ];
  for (const [attribute, value, check] of cases) {
    it(`${attribute}=${JSON.stringify(value)} warns, names both, and falls back`, async () => {
      const el = await card(html`<memorial-card now="2026-11-25"></memorial-card>`);
      el.setAttribute(attribute, value);
      if (attribute !== 'lang') el.setAttribute('lang', 'en');
      await el.updateComplete;
      expect(warned()).to.contain(`invalid ${attribute}=${JSON.stringify(value)}`);
      const article = part(el, 'card')!;
      expect(article.className + textOf(el)).to.contain(check);
      expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
      factsShown(el);
    });
  }

  for (const value of ['yesterday', '2026-02-30', '', '2026-01-20T25:00', '<script>alert(1)</script>']) {
    it(`now=${JSON.stringify(value)} warns and uses the live clock`, async () => {
      clock = sinon.useFakeTimers({ now: Date.parse('2026-11-25T12:00:00Z'), toFake: ['Date', 'setTimeout', 'clearTimeout'] });
      const el = await card(html`<memorial-card lang="en" now=${value}></memorial-card>`);
      expect(warned()).to.contain(`invalid now=${JSON.stringify(value)}`);
      expect(textOf(el, '.counter')).to.contain('37th anniversary in 56 days');
      expect(el.shadowRoot!.querySelector('script')).to.equal(null);
      factsShown(el);
    });
  }

  it('warns once per bad value, not on every render', async () => {
    const el = await card(html`<memorial-card lang="en" theme="purple" now="2026-11-25"></memorial-card>`);
    el.layout = 'compact';
    await el.updateComplete;
    el.layout = 'card';
    await el.updateComplete;
    expect(warn.getCalls().filter((c) => String(c.args[0]).includes('theme')).length).to.equal(1);
  });

  it('shows the page\'s fallback for invalid data, never the bundled event, and lists what is wrong', async () => {
    const data = { id: 'x', date: '2023-02-30', timeZone: 'Nowhere', figures: [{ id: 'a', value: -3 }] };
    const el = await card(html`<memorial-card lang="en" now="2026-11-25" .data=${data as never}><p>Our school remembers</p></memorial-card>`);
    const text = warned();
    expect(text).to.contain('data is invalid');
    expect(text).to.contain('date: expected a real date as YYYY-MM-DD, got "2023-02-30"');
    expect(text).to.contain('timeZone: expected an IANA time zone, got "Nowhere"');
    expect(text).to.contain('figures[0].value: expected a whole number of 0 or more, got -3');
    onlyFallbackShown(el, 'Our school remembers');
  });

  it('shows the bundled event again once invalid data is taken away', async () => {
    const el = await card(html`<memorial-card lang="en" now="2026-11-25" .data=${{ id: 'x' } as never}></memorial-card>`);
    expect(part(el, 'card')).to.equal(null);
    el.data = undefined;
    await el.updateComplete;
    factsShown(el);
  });

  it('treats strings in data as text, never markup', async () => {
    const data = exampleEvent({ source: '<img src=x onerror=alert(1)>', title: '<script>alert(1)</script>', summary: '<b>bold</b>', label: '<i>x</i>' });
    const el = await card(html`<memorial-card lang="en" now="2026-11-25" .data=${data}></memorial-card>`);
    expect(textOf(el, 'h2')).to.equal('<script>alert(1)</script>');
    expect(el.shadowRoot!.querySelector('script, img, b, i')).to.equal(null);
  });

  it('shows the page\'s fallback for a data value that is not an object', async () => {
    const el = await card(html`<memorial-card lang="en" now="2026-11-25" .data=${'hello' as never}><p>Fallback</p></memorial-card>`);
    expect(warned()).to.contain('invalid data="hello"');
    onlyFallbackShown(el, 'Fallback');
  });
});

describe('<memorial-card>: still, like a plaque', () => {
  for (const layout of ['card', 'compact']) {
    it(`shows every figure at once, opaque, with nothing moving (${layout})`, async () => {
      const el = await card(html`<memorial-card lang="en" layout=${layout} now="2026-11-25"></memorial-card>`);
      const root = el.shadowRoot!;
      const values = [...root.querySelectorAll(layout === 'card' ? '.value' : 'b')];
      expect(values.map((v) => v.textContent)).to.deep.equal(['147', '744', '841', '200']);
      for (const value of values) {
        const style = getComputedStyle(value);
        expect(style.color).to.not.match(/rgba\(.*, 0\)|transparent/);
        expect(style.opacity).to.equal('1');
        expect(style.visibility).to.equal('visible');
        expect(value.getBoundingClientRect().width).to.be.greaterThan(0);
      }
      expect(root.getAnimations().length, 'no animation or transition').to.equal(0);
      expect(root.querySelector('.ticker, .counting')).to.equal(null);
    });
  }
});
