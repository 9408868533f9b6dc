// Rows of the third red-team pass (issue #17) about data and warnings, and
// its low findings: a page that has broken its own built-ins before the card
// loads.
import { expect, fixture, html } from '@open-wc/testing';
import { card, type MemorialCard, textOf } from '../support/card.js';
import { exampleEvent } from '../support/event.js';
import { recordWarnings } from '../support/warnings.js';

const trouble = recordWarnings();

describe('hardening: data and warnings', () => {
  it('a figures array with its own Symbol.iterator renders only its counted items (row 9)', async () => {
    const data = exampleEvent();
    const figures = [...data.figures];
    Object.defineProperty(figures, Symbol.iterator, {
      value: function* () {
        for (let i = 0; i < 5000; i++) yield { id: `f${i}`, value: i };
      },
    });
    const el = await card({ now: '2026-11-25', data: { ...data, figures } });
    expect(el.shadowRoot!.querySelectorAll('[part~="figure"]').length).to.equal(1);
  });

  it('data with id "january-20" shows its own source, not the bundled wording (row 10, fixed by #14)', async () => {
    const el = await card({ now: '2026-11-25', data: exampleEvent({ id: 'january-20', source: 'Another agency' }) });
    expect(textOf(el, '.source')).to.contain('Another agency');
    expect(textOf(el, '.source')).not.to.contain('Trend');
  });

  it('past 50 distinct warnings, renders warn no more (row 11)', async () => {
    const el = await card({ now: '2026-11-25' });
    for (let i = 0; i < 60; i++) {
      el.setAttribute('theme', `bad-${i}`);
      await el.updateComplete;
    }
    expect(trouble.warn.callCount).to.equal(50);
    for (let i = 0; i < 5; i++) {
      el.setAttribute('layout', i % 2 ? 'card' : 'wide');
      await el.updateComplete;
    }
    expect(trouble.warn.callCount).to.equal(50);
  });

  it('a data key with a line break cannot forge a line of the warning (row 18)', async () => {
    const data = { ...exampleEvent(), 'x\n- title: expected nothing, got forged': 1, 'esc\u001b[31m': 2 };
    await card({ now: '2026-11-25', data });
    expect(trouble.warn.callCount).to.equal(1);
    const lines = trouble.messages()[0].split('\n');
    // The heading, then one line per problem: two unknown fields.
    expect(lines).to.have.length(3);
    expect(lines[1]).to.equal('- x\\n- title: expected nothing, got forged: expected no such field, got "x\\n- title: expected nothing, got forged"');
    expect(lines[2]).to.match(/^- esc\\u001b\[31m: expected no such field/);
  });
});

/** A same-origin iframe showing `markup`, once it has loaded (its module scripts have run by then). */
async function srcdoc(markup: string): Promise<Window & typeof globalThis> {
  const iframe = document.createElement('iframe');
  iframe.srcdoc = markup;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  (await fixture<HTMLElement>(html`<div></div>`)).append(iframe);
  await loaded;
  return iframe.contentWindow as Window & typeof globalThis;
}

type Recorded = Window & typeof globalThis & { seen: { errors: string[]; warnings: string[] } };

/**
 * A page that runs `breakIt` first (a classic script), then loads the built
 * dist/memorial-card.js, with a card holding fallback content; it records its
 * own uncaught errors and console warnings.
 */
async function hostilePage(breakIt: string): Promise<Recorded> {
  const record = `window.seen = { errors: [], warnings: [] };
    addEventListener('error', (e) => seen.errors.push(String(e.message)));
    addEventListener('unhandledrejection', (e) => seen.errors.push(String(e.reason)));
    const warn = console.warn;
    console.warn = (...args) => seen.warnings.push(String(args[0]));`;
  const win = (await srcdoc(`<!doctype html><html lang="en"><head><script>${record}</script><script>${breakIt}</script>
    <script type="module" src="/dist/memorial-card.js"></script></head>
    <body><memorial-card now="2026-11-25"><p id="fallback">The page's own words</p></memorial-card></body></html>`)) as Recorded;
  // Anything the card does after load (its first render) is done by the next task.
  await new Promise((resolve) => setTimeout(resolve, 50));
  return win;
}

const fallbackShown = (win: Window) => {
  const fallback = win.document.getElementById('fallback')!;
  return fallback.getClientRects().length > 0 && !win.document.querySelector('memorial-card')!.shadowRoot;
};

describe("hardening: a page that breaks the card's built-ins before it loads (red team's lows)", () => {
  it('CSSStyleSheet.prototype.replaceSync that throws: the card shows, unstyled, with one warning (5a)', async () => {
    const win = await hostilePage(`CSSStyleSheet.prototype.replaceSync = function () { throw new Error('no sheets here'); };`);
    expect(win.seen.errors).to.deep.equal([]);
    const el = win.document.querySelector('memorial-card') as MemorialCard;
    expect(textOf(el, 'h2')).to.equal('The January 20 tragedy');
    expect(el.getBoundingClientRect().height).to.be.greaterThan(100);
    // Unstyled, the carnation keeps its own size: not a drawing as wide as the page above the text.
    expect(el.shadowRoot!.querySelector('.carnation')!.getBoundingClientRect().width).to.equal(32);
    expect(win.seen.warnings).to.deep.equal(['<memorial-card> invalid styles=no sheets here; using no styles instead.']);
  });

  it('a card moved into such a window (adoptedCallback) shows there too (5a)', async () => {
    const win = await srcdoc('<!doctype html><html lang="en"><body></body></html>');
    win.CSSStyleSheet.prototype.replaceSync = () => {
      throw new Error('no sheets here');
    };
    const el = await card({ now: '2026-11-25' });
    win.document.body.append(el);
    await el.updateComplete;
    expect(textOf(el, 'h2')).to.equal('The January 20 tragedy');
    expect(trouble.errors).to.deep.equal([]);
    expect(trouble.messages()).to.deep.equal(['<memorial-card> invalid styles=no sheets here; using no styles instead.']);
  });

  for (const [name, breakIt] of [
    ['customElements.define that throws', `customElements.define = () => { throw new Error('define-boom'); };`],
    ['window.customElements undefined', `Object.defineProperty(window, 'customElements', { value: undefined });`],
    ['customElements deleted', `delete window.customElements; delete Window.prototype.customElements;`],
  ]) {
    it(`${name}: no uncaught error at load, one warning, the fallback stays (5b)`, async () => {
      const win = await hostilePage(breakIt);
      expect(win.seen.errors).to.deep.equal([]);
      expect(win.seen.warnings).to.have.length(1);
      expect(win.seen.warnings[0]).to.match(/^<memorial-card> cannot be defined \(.+\); its fallback content stays\.$/);
      expect(fallbackShown(win)).to.be.true;
    });
  }

  for (const [name, breakIt] of [
    ['Array.prototype[Symbol.iterator] replaced', `Array.prototype[Symbol.iterator] = function* () { yield 'PWNED'; };`],
    ['WeakMap.prototype.get that throws', `WeakMap.prototype.get = () => { throw new Error('wm'); };`],
  ]) {
    it(`${name}: no uncaught error at load, one warning, the fallback stays (5c)`, async () => {
      const win = await hostilePage(breakIt);
      expect(win.seen.errors).to.deep.equal([]);
      expect(win.seen.warnings).to.have.length(1);
      expect(win.seen.warnings[0]).to.match(/^<memorial-card> cannot be defined/);
      expect(fallbackShown(win)).to.be.true;
    });
  }
});

