// Hostile input: every attribute, query parameter and data field with empty,
// huge, markup, script, Unicode and numeric values. Each case: no exception
// escapes, a clear warning, no markup injected, the bundled facts shown.
import { expect, html } from '@open-wc/testing';
import { exampleEvent } from './fixtures.js';
import { type FrameWindow, frame, liveCard } from './frames.js';
import { card, errors, onlyFallbackShown, recordTrouble, warn } from './helpers.js';

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

recordTrouble();

function expectFactsAndNoMarkup(root: ShadowRoot) {
  const text = root.textContent!;
  for (const value of ['147', '744', '841', '200', 'Trend']) expect(text).to.contain(value);
  expect(root.querySelector('img, script:not([type]), iframe, object')).to.equal(null);
  expect((window as { pwned?: unknown }).pwned).to.equal(undefined);
}

describe('hostile attribute values', () => {
  for (const attribute of ['lang', 'now', 'time-zone', 'theme', 'layout', 'show-days-before']) {
    for (const [what, value] of HOSTILE) {
      it(`${attribute}: ${what}`, async () => {
        const el = await card(html`<memorial-card lang="en" now="2026-11-25"></memorial-card>`);
        el.setAttribute(attribute, value);
        await el.updateComplete;
        const messages = warn.getCalls().map((call) => String(call.args[0]));
        expect(messages.length, 'one warning').to.equal(1);
        expect(messages[0]).to.contain(`invalid ${attribute}=`);
        expect(messages[0].length, 'a short warning, even for 1 MB').to.be.below(300);
        expectFactsAndNoMarkup(el.shadowRoot!);
        expect(errors).to.deep.equal([]);
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
      const warned = warn.getCalls().map((call) => String(call.args[0])).join('\n');
      expect(warned).to.contain('data is invalid');
      expect(warned).to.contain(message);
      expect(warned.length).to.be.below(2000);
      onlyFallbackShown(el, "The page's own words");
      expect(({} as { polluted?: unknown }).polluted).to.equal(undefined);
      expect(errors).to.deep.equal([]);
    });
  }
});
