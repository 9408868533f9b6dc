// Regression tests from the red-team pass (issue "Hardening"): each case
// broke the card before. One rule for every property: any value, of any
// type, never throws from an update, and the facts stay on screen.
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../src/index.js';
import type { MemorialCard } from '../src/memorial-card-element.js';
import { january20 } from '../src/data/january-20.js';
import { cachedViews } from '../src/view-model.js';
import { exampleEvent } from './fixtures.js';
import { card, errors, recordTrouble, textOf, warn } from './helpers.js';

recordTrouble();

const warned = () => warn.getCalls().map((call) => String(call.args[0])).join('\n');
const factsOnScreen = (el: MemorialCard) => {
  const article = el.shadowRoot!.querySelector('article');
  expect(article, 'the card is not blank').to.not.equal(null);
  expect(article!.getBoundingClientRect().height).to.be.greaterThan(0);
  expect(textOf(el)).to.contain('147');
};

/** A fresh, unrendered card with `set` applied before it first renders. */
async function before(set: (el: MemorialCard) => void): Promise<MemorialCard> {
  const el = document.createElement('memorial-card') as MemorialCard;
  el.setAttribute('lang', 'en');
  set(el);
  (await fixture<HTMLElement>(html`<div></div>`)).append(el);
  await el.updateComplete;
  return el;
}

describe('hardening: the now property', () => {
  it('undefined and null mean the live clock, before and after the first render', async () => {
    for (const value of [undefined, null]) {
      const el = await before((card) => (card.now = value as never));
      factsOnScreen(el);
      el.now = '2026-11-25';
      await el.updateComplete;
      el.now = value as never;
      await el.updateComplete;
      factsOnScreen(el);
    }
    expect(warned()).to.equal('');
    expect(errors).to.deep.equal([]);
  });

  it('takes a Date and a time value in milliseconds', async () => {
    const date = await before((card) => (card.now = new Date('2026-11-25T12:00:00Z')));
    expect(textOf(date, '.next')).to.contain('37th anniversary in 56 days');
    const first = await before((card) => {
      card.now = '0001-01-01T01:00';
    });
    expect(textOf(first, '.counter')).to.contain('In ');
    const epoch = await before((card) => (card.now = Date.parse('2026-01-20T12:00:00Z')));
    expect(textOf(epoch, '.next')).to.contain('Today: 36th anniversary');
    expect(warned()).to.equal('');
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
      const el = await before((card) => (card.now = value as never));
      factsOnScreen(el);
      expect(warned()).to.contain('invalid now=');
      el.now = '2026-01-20';
      await el.updateComplete;
      expect(textOf(el, '.next')).to.contain('Today: 36th anniversary');
      el.now = value as never;
      expect(await el.updateComplete).to.be.a('boolean');
      factsOnScreen(el);
      expect(errors).to.deep.equal([]);
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
        const el = await card(html`<memorial-card lang="en" now="2026-11-25"></memorial-card>`);
        (el as unknown as Record<string, unknown>)[property] = value;
        await el.updateComplete;
        factsOnScreen(el);
        expect(warned()).to.match(/invalid [a-z-]+=/);
        expect(errors).to.deep.equal([]);
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
        return done && shown && errors.length === 0;
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
      expect(errors).to.deep.equal([]);
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
    expect(warned()).to.contain('an id other than __proto__');
    expect(el.shadowRoot!.querySelector('article')).to.equal(null);
  });

  it('lists at most 20 problems of huge invalid data, and counts the rest', async () => {
    const data: Record<string, unknown> = { ...exampleEvent() };
    for (let i = 0; i < 100_000; i++) data[`k${i}`] = 0;
    await card(html`<memorial-card lang="en" now="2026-11-25" .data=${data}></memorial-card>`);
    expect(warned().length).to.be.below(3000);
    expect(warned()).to.contain('… and 99980 more');
  });

  it('keeps a bounded number of views, whatever the number of languages and days asked for', async () => {
    const el = await card(html`<memorial-card lang="en" now="2026-11-25"></memorial-card>`);
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

describe('hardening: a card moved into another document', () => {
  it('keeps its styles in a same-origin iframe and after coming back, and reads the iframe\'s lang', async () => {
    const el = await card(html`<memorial-card now="2026-11-25"></memorial-card>`);
    const width = () => getComputedStyle(el.shadowRoot!.querySelector('.carnation')!).width;
    expect(width()).to.equal('32px');
    const iframe = document.createElement('iframe');
    iframe.srcdoc = '<!doctype html><html lang="ru"><body></body></html>';
    const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
    (await fixture<HTMLElement>(html`<div></div>`)).append(iframe);
    await loaded;
    const doc = iframe.contentDocument!;
    doc.body.append(el);
    await el.updateComplete;
    expect(el.ownerDocument).to.equal(doc);
    expect(getComputedStyle(el.shadowRoot!.querySelector('.carnation')!).width).to.equal('32px');
    expect(textOf(el, 'h2')).to.equal('Трагедия 20 января');
    document.body.append(el);
    await el.updateComplete;
    expect(width()).to.equal('32px');
    expect(errors).to.deep.equal([]);
    el.remove();
  });
});
