// Bad input, in one place: every attribute, property, query parameter of
// dist/embed.html and data field given empty, huge, markup, script, Unicode,
// numeric, wrongly typed or self-referencing values. The rule for each: no
// exception escapes an update, one short warning names the attribute and the
// value, no markup is injected, and the facts stay on screen (or, for bad
// data, the page's own fallback content). Most of the "hardening" cases broke
// the card once; the JSON child's bad cases are in json-child.test.ts.
import { expect, html } from '@open-wc/testing';
import fc from 'fast-check';
import sinon from 'sinon';
import { january20 } from '../../src/data/january-20.js';
import { cachedViews } from '../../src/view-model.js';
import { type MemorialCard, card, isShown, onlyFallbackShown, part, textOf } from '../support/card.js';
import { exampleEvent } from '../support/event.js';
import { type FrameWindow, frame, liveCard } from '../support/frames.js';
import { recordWarnings } from '../support/warnings.js';

const MB = 'x'.repeat(1 << 20);
const HOSTILE: [string, string][] = [
  ['empty', ''],
  ['1 MB', MB],
  ['markup', '<img src=x onerror="window.pwned=1">'],
  ['script', '<script>window.pwned=1</script>'],
  ['RTL override', '\u202Eaz\u202C'],
  ['emoji', '🕯️🥀'],
  ['combining marks', 'a\u0301z\u0300'],
  ['numeric', '12345'],
  ['negative', '-1'],
  ['JSON', '{"lang":"ru"}'],
];

const trouble = recordWarnings();

function expectFactsAndNoMarkup(root: ShadowRoot) {
  const text = root.textContent!;
  for (const value of ['147', '744', '841', '200', 'Trend']) expect(text).to.contain(value);
  expect(root.querySelector('img, script:not([type]), iframe, object')).to.equal(null);
  expect((window as { pwned?: unknown }).pwned).to.equal(undefined);
}

const factsOnScreen = (el: MemorialCard) => {
  const article = el.shadowRoot!.querySelector('article');
  expect(article, 'the card is not blank').to.not.equal(null);
  expect(article!.getBoundingClientRect().height).to.be.greaterThan(0);
  expect(textOf(el)).to.contain('147');
};

describe('hostile attribute values', () => {
  for (const attribute of ['lang', 'now', 'time-zone', 'theme', 'layout', 'show-days-before']) {
    for (const [what, value] of HOSTILE) {
      it(`${attribute}: ${what}`, async () => {
        const el = await card({ lang: 'en', now: '2026-11-25' });
        el.setAttribute(attribute, value);
        await el.updateComplete;
        const messages = trouble.messages();
        expect(messages.length, 'one warning').to.equal(1);
        expect(messages[0]).to.contain(`invalid ${attribute}=`);
        expect(messages[0].length, 'a short warning, even for 1 MB').to.be.below(300);
        expectFactsAndNoMarkup(el.shadowRoot!);
        expect(trouble.errors).to.deep.equal([]);
      });
    }
  }

});

describe('hostile query parameters of dist/embed.html', () => {
  for (const [what, value] of HOSTILE.filter(([w]) => w !== '1 MB')) {
    it(`every parameter: ${what}`, async () => {
      const query = new URLSearchParams();
      for (const name of ['lang', 'now', 'time-zone', 'theme', 'layout', value || 'extra']) query.set(name, value);
      const iframe = await frame(`/dist/embed.html?${query}`);
      const el = await liveCard(iframe);
      const win = iframe.contentWindow as FrameWindow;
      expectFactsAndNoMarkup(el.shadowRoot!);
      expect(win.pwned).to.equal(undefined);
      expect(win.document.querySelector('body img, body script:not([type])')).to.equal(null);
    });
  }
});

describe('hostile data', () => {
  const valid = exampleEvent();
  let deep: Record<string, unknown> = {};
  const root = deep;
  for (let i = 0; i < 100_000; i++) deep = (deep.next = {}) as Record<string, unknown>;
  const cyclic: Record<string, unknown> = { ...valid };
  cyclic.self = cyclic;
  const throwing = Object.defineProperty({ ...valid }, 'id', {
    get() {
      throw new Error('no');
    },
    enumerable: true,
  });
  const proxy = new Proxy({}, {
    get() {
      throw new Error('trap');
    },
    ownKeys() {
      throw new Error('trap');
    },
  });

  const cases: [string, unknown, string][] = [
    ['wrong types', { ...valid, id: 5, figures: 'many', source: [] }, 'id: expected text'],
    ['a negative figure', { ...valid, figures: [{ id: 'a', value: -147 }] }, 'whole number of 0 or more, got -147'],
    ['a fractional figure', { ...valid, figures: [{ id: 'a', value: 1.47 }] }, 'got 1.47'],
    ['a figure as a string', { ...valid, figures: [{ id: 'a', value: '147' }] }, 'got "147"'],
    ['NaN', { ...valid, figures: [{ id: 'a', value: NaN }] }, 'got NaN'],
    ['an impossible date', { ...valid, date: '1990-02-30' }, 'date: expected a real date'],
    ['a date with markup', { ...valid, date: '<b>1990-01-20</b>' }, 'date: expected a real date'],
    ['missing languages', { ...valid, text: {} }, 'text: expected the words in at least one language'],
    ['extra fields', { ...valid, colour: 'red' }, 'colour: expected no such field'],
    ['deep nesting', { ...valid, extra: root }, 'extra: expected no such field'],
    ['a cycle', cyclic, 'self: expected no such field'],
    ['a 1 MB title', { ...valid, text: { en: { ...valid.text!.en, title: MB } } }, 'text.en.title: expected text of 1 to 2000 characters'],
    ['a throwing getter', throwing, 'data could not be read'],
    ['a throwing proxy', proxy, 'data could not be read'],
    ['too many figures', { ...valid, figures: Array.from({ length: 1000 }, (_, i) => ({ id: `f${i}`, value: i })) }, 'a list of 1 to 12 figures'],
    ['a __proto__ key', JSON.parse('{"__proto__": {"polluted": true}, "id": "x"}'), 'expected'],
  ];
  for (const [what, data, message] of cases) {
    it(what, async () => {
      const el = await card(html`<memorial-card lang="en" now="2026-11-25"><p>The page's own words</p></memorial-card>`);
      el.data = data as never;
      await el.updateComplete;
      const warned = trouble.warned();
      expect(warned).to.contain('data is invalid');
      expect(warned).to.contain(message);
      expect(warned.length).to.be.below(2000);
      onlyFallbackShown(el, "The page's own words");
      expect(({} as { polluted?: unknown }).polluted).to.equal(undefined);
      expect(trouble.errors).to.deep.equal([]);
    });
  }
});

describe('<memorial-card>: bad input warns and keeps the facts', () => {
  let clock: sinon.SinonFakeTimers | undefined;
  afterEach(() => {
    clock?.restore();
    clock = undefined;
  });

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
      const el = await card({ now: '2026-11-25' });
      el.setAttribute(attribute, value);
      if (attribute !== 'lang') el.setAttribute('lang', 'en');
      await el.updateComplete;
      expect(trouble.warned()).to.contain(`invalid ${attribute}=${JSON.stringify(value)}`);
      const article = part(el, 'card')!;
      expect(article.className + textOf(el)).to.contain(check);
      expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
      factsShown(el);
    });
  }

  for (const value of ['yesterday', '2026-02-30', '', '2026-01-20T25:00', '<script>alert(1)</script>']) {
    it(`now=${JSON.stringify(value)} warns and uses the live clock`, async () => {
      clock = sinon.useFakeTimers({ now: Date.parse('2026-11-25T12:00:00Z'), toFake: ['Date', 'setTimeout', 'clearTimeout'] });
      const el = await card({ lang: 'en', now: value });
      expect(trouble.warned()).to.contain(`invalid now=${JSON.stringify(value)}`);
      expect(textOf(el, '.counter')).to.contain('37th anniversary in 56 days');
      expect(el.shadowRoot!.querySelector('script')).to.equal(null);
      factsShown(el);
    });
  }

  it('warns once per bad value, not on every render', async () => {
    const el = await card({ lang: 'en', theme: 'purple', now: '2026-11-25' });
    el.layout = 'compact';
    await el.updateComplete;
    el.layout = 'card';
    await el.updateComplete;
    expect(trouble.messages().filter((message) => message.includes('theme')).length).to.equal(1);
  });

  it('shows the page\'s fallback for invalid data, never the bundled event, and lists what is wrong', async () => {
    const data = { id: 'x', date: '2023-02-30', timeZone: 'Nowhere', figures: [{ id: 'a', value: -3 }] };
    const el = await card(html`<memorial-card lang="en" now="2026-11-25" .data=${data as never}><p>Our school remembers</p></memorial-card>`);
    const text = trouble.warned();
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
    const el = await card({ lang: 'en', now: '2026-11-25', data });
    expect(textOf(el, 'h2')).to.equal('<script>alert(1)</script>');
    expect(el.shadowRoot!.querySelector('script, img, b, i')).to.equal(null);
  });

  it('shows the page\'s fallback for a data value that is not an object', async () => {
    const el = await card(html`<memorial-card lang="en" now="2026-11-25" .data=${'hello' as never}><p>Fallback</p></memorial-card>`);
    expect(trouble.warned()).to.contain('invalid data="hello"');
    onlyFallbackShown(el, 'Fallback');
  });
});

describe('hardening: the now property', () => {
  it('undefined and null mean the live clock, before and after the first render', async () => {
    for (const value of [undefined, null]) {
      const el = await card({ lang: 'en', before: (el) => (el.now = value as never) });
      factsOnScreen(el);
      el.now = '2026-11-25';
      await el.updateComplete;
      el.now = value as never;
      await el.updateComplete;
      factsOnScreen(el);
    }
    expect(trouble.warned()).to.equal('');
    expect(trouble.errors).to.deep.equal([]);
  });

  it('takes a Date and a time value in milliseconds', async () => {
    const date = await card({ lang: 'en', before: (el) => (el.now = new Date('2026-11-25T12:00:00Z')) });
    expect(textOf(date, '.next')).to.contain('37th anniversary in 56 days');
    const first = await card({
      lang: 'en',
      before: (el) => {
        el.now = '0001-01-01T01:00';
      },
    });
    expect(textOf(first, '.counter')).to.contain('In ');
    const epoch = await card({ lang: 'en', before: (el) => (el.now = Date.parse('2026-01-20T12:00:00Z')) });
    expect(textOf(epoch, '.next')).to.contain('36th anniversary today');
    expect(trouble.warned()).to.equal('');
  });

  for (const [what, value] of [
    ['NaN', NaN],
    ['an object', {}],
    ['an invalid Date', new Date('nope')],
    ['Infinity', Infinity],
    ['a Symbol', Symbol('now')],
    ['the widest Date', 8.64e15],
    ['a function', () => 1],
  ] as [string, unknown][]) {
    it(`${what} warns and uses the live clock, and a later valid value repairs nothing because nothing broke`, async () => {
      const el = await card({ lang: 'en', before: (el) => (el.now = value as never) });
      factsOnScreen(el);
      expect(trouble.warned()).to.contain('invalid now=');
      el.now = '2026-01-20';
      await el.updateComplete;
      expect(textOf(el, '.next')).to.contain('36th anniversary today');
      el.now = value as never;
      expect(await el.updateComplete).to.be.a('boolean');
      factsOnScreen(el);
      expect(trouble.errors).to.deep.equal([]);
    });
  }
});

describe('hardening: any value in any property', () => {
  const throwingToString = { toString: () => { throw new Error('toString'); } };
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();
  for (const property of ['timeZone', 'theme', 'layout', 'showDaysBefore', 'now']) {
    for (const [what, value] of [
      ['a Symbol', Symbol('x')],
      ['an object whose toString throws', throwingToString],
      ['a revoked proxy', revoked.proxy],
      ['a BigInt', 10n],
    ] as [string, unknown][]) {
      it(`${property} = ${what}: warns, describes it safely, keeps the facts`, async () => {
        const el = await card({ lang: 'en', now: '2026-11-25' });
        (el as unknown as Record<string, unknown>)[property] = value;
        await el.updateComplete;
        factsOnScreen(el);
        expect(trouble.warned()).to.match(/invalid [a-z-]+=/);
        expect(trouble.errors).to.deep.equal([]);
      });
    }
  }

  it('property test: any value of any type in any property never throws and never blanks the card', async () => {
    const property = fc.constantFrom('now', 'timeZone', 'theme', 'layout', 'showDaysBefore', 'data');
    const value = fc.oneof(
      fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withBoxedValues: true, withNullPrototype: true }),
      fc.constantFrom<unknown>(Symbol('s'), NaN, -0, Infinity, -Infinity, 8.64e15, -8.64e15, throwingToString, () => 0, new Date(NaN), [], ''),
      fc.string(),
    );
    const el = await card(html`<memorial-card lang="en" now="2026-11-25"><p>Fallback</p></memorial-card>`);
    await fc.assert(
      fc.asyncProperty(property, value, async (name, v) => {
        (el as unknown as Record<string, unknown>)[name] = v;
        const done = await el.updateComplete.then(() => true, () => false);
        const article = el.shadowRoot!.querySelector('article');
        const shown = article ? textOf(el).includes('147') || name === 'data' : name === 'data' && !!el.shadowRoot!.querySelector('slot');
        // Put the property back, so each run starts from the bundled card.
        (el as unknown as Record<string, unknown>)[name] = name === 'now' ? '2026-11-25' : name === 'data' ? undefined : null;
        await el.updateComplete;
        return done && shown && trouble.errors.length === 0;
      }),
      { numRuns: 300 },
    );
  });
});

describe('hardening: data', () => {
  for (const id of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'january-20x']) {
    it(`a JSON child with id "${id}" and only English words, on a Russian card: English words, no error`, async () => {
      const json = JSON.stringify({ ...exampleEvent({ title: 'English words' }), id });
      const el = await card(html`<memorial-card lang="ru" now="2026-11-25"><script type="application/json">${json}</script></memorial-card>`);
      expect(textOf(el, 'h2')).to.equal('English words');
      expect(trouble.errors).to.deep.equal([]);
    });
  }

  it('renders only the copy the validator checked: a getter that answers differently the second time changes nothing', async () => {
    const data = exampleEvent();
    let reads = 0;
    const figures = {};
    Object.defineProperty(figures, 'a', {
      enumerable: true,
      get: () => (++reads === 1 ? 'names read' : { _$litType$: 1, strings: ['<img src=x onerror="window.pwned=1">'], values: [] }),
    });
    const el = await card(html`<memorial-card lang="en" now="2026-11-25" .data=${{ ...data, text: { en: { ...data.text!.en, figures } } }}></memorial-card>`);
    el.requestUpdate();
    await el.updateComplete;
    expect(textOf(el, '.label')).to.equal('names read');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect((window as { pwned?: unknown }).pwned).to.equal(undefined);
  });

  it('refuses a figure id "__proto__" (its label could not be kept) and shows the fallback', async () => {
    const json = JSON.stringify(exampleEvent()).replace(/"a"/g, '"__proto__"');
    const el = await card(html`<memorial-card lang="en" now="2026-11-25"><script type="application/json">${json}</script><p>Fallback</p></memorial-card>`);
    expect(trouble.warned()).to.contain('an id other than __proto__');
    expect(el.shadowRoot!.querySelector('article')).to.equal(null);
  });

  it('lists at most 20 problems of huge invalid data, and counts the rest', async () => {
    const data: Record<string, unknown> = { ...exampleEvent() };
    for (let i = 0; i < 100_000; i++) data[`k${i}`] = 0;
    await card({ lang: 'en', now: '2026-11-25', data });
    expect(trouble.warned().length).to.be.below(3000);
    expect(trouble.warned()).to.contain('… and 99980 more');
  });

  it('keeps a bounded number of views, whatever the number of languages and days asked for', async () => {
    const el = await card({ lang: 'en', now: '2026-11-25' });
    for (let i = 0; i < 300; i++) {
      el.setAttribute('lang', `en-x-${String(i).padStart(8, '0')}`);
      el.now = `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
      await el.updateComplete;
    }
    expect(cachedViews(january20)).to.be.at.most(16);
  });

  it('prints a figure of -0 as 0', async () => {
    const el = await card(html`<memorial-card lang="en" now="2026-11-25"><script type="application/json">${JSON.stringify(exampleEvent()).replace('"value":1', '"value":-0')}</script></memorial-card>`);
    expect(textOf(el, '.value')).to.equal('0');
  });
});

describe('show-days-before: bad values', () => {
  for (const bad of ['-1', '367', '1.5', 'soon', '', '1e2']) {
    it(`show-days-before=${JSON.stringify(bad)} warns and falls back to always shown`, async () => {
      const el = await card({ lang: 'en', now: '2026-03-01', showDaysBefore: bad });
      expect(isShown(el)).to.be.true;
      expect(String(trouble.warn.firstCall?.args[0])).to.contain(`invalid show-days-before=${JSON.stringify(bad)}`);
    });
  }
});
