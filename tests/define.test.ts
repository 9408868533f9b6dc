import { expect, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import { define, MemorialCard } from '../src/index.js';
import { VERSION } from '../src/version.js';
import { exampleEvent } from './fixtures.js';
import { card, onlyFallbackShown, textOf } from './helpers.js';

describe('define', () => {
  let warn: sinon.SinonStub;
  beforeEach(() => {
    warn = sinon.stub(console, 'warn');
  });
  afterEach(() => warn.restore());

  it('registers <memorial-card> once; calling it again is harmless and silent', () => {
    expect(customElements.get('memorial-card')).to.equal(MemorialCard);
    define();
    define('memorial-card');
    expect(warn.called).to.be.false;
  });

  it('registers another tag name with a subclass of its own', async () => {
    define('remembrance-card');
    define('remembrance-card');
    const el = document.createElement('remembrance-card');
    expect(el).to.be.instanceOf(MemorialCard);
    expect(el.constructor).to.not.equal(MemorialCard);
    expect(warn.called).to.be.false;
  });

  it('leaves a tag taken by another version or element alone, with a warning', () => {
    const registry = (ctor: CustomElementConstructor) =>
      ({ get: () => ctor, define: sinon.spy() }) as unknown as CustomElementRegistry & { define: sinon.SinonSpy };
    const older = registry(class extends HTMLElement { static version = '0.0.1'; });
    define('memorial-card', older);
    expect(older.define.called).to.be.false;
    expect(String(warn.lastCall.args[0])).to.contain('already defined by memorial-card 0.0.1');

    const foreign = registry(class extends HTMLElement {});
    define('memorial-card', foreign);
    expect(String(warn.lastCall.args[0])).to.contain('already defined by another element');

    const sameVersion = registry(class extends HTMLElement { static version = VERSION; });
    warn.resetHistory();
    define('memorial-card', sameVersion);
    expect(warn.called).to.be.false;
  });

  it('knows its own version, the one package.json names', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    // Run from src/, as here, the class has a placeholder (src/version.ts); the built module has the version.
    const built = (await import(new URL('/dist/memorial-card-element.js', location.href).href)) as { MemorialCard: typeof MemorialCard };
    expect(built.MemorialCard.version).to.equal(pkg.version);
  });
});

describe('a JSON child for CMSs', () => {
  let warn: sinon.SinonStub;
  beforeEach(() => {
    warn = sinon.stub(console, 'warn');
  });
  afterEach(() => warn.restore());

  const json = JSON.stringify(exampleEvent({ value: 2977, title: 'A memorial from a CMS', label: 'people' }));

  it('shows the event in a child <script type="application/json">', async () => {
    const el = await card(html`<memorial-card lang="en" now="2026-11-25"
      ><script type="application/json">${json}</script></memorial-card
    >`);
    expect(textOf(el, 'h2')).to.equal('A memorial from a CMS');
    expect(textOf(el, '.figures')).to.equal('2,977 people');
    expect(warn.called).to.be.false;
  });

  it('warns about JSON that does not parse and shows the page\'s fallback, not the bundled event', async () => {
    // What a CMS's auto-paragraphs make of a JSON child.
    const el = await card(html`<memorial-card lang="en" now="2026-11-25"
      ><script type="application/json">{ "id": "x",</p><p>"date": "2000-01-01" }</script><p>Our school remembers</p></memorial-card
    >`);
    expect(String(warn.firstCall.args[0])).to.contain('does not parse');
    onlyFallbackShown(el, 'Our school remembers');
  });

  it('warns about invalid data in the JSON and shows the page\'s fallback, not the bundled event', async () => {
    const el = await card(html`<memorial-card lang="en" now="2026-11-25"
      ><script type="application/json">{"id":"x","date":"yesterday"}</script><p>Our school remembers</p></memorial-card
    >`);
    expect(String(warn.firstCall.args[0])).to.contain('date: expected a real date');
    onlyFallbackShown(el, 'Our school remembers');
  });

  it('notices a JSON child added, changed or removed after the card is live', async () => {
    const el = await card(html`<memorial-card lang="en" now="2026-11-25"></memorial-card>`);
    expect(textOf(el, 'h2')).to.equal('The January 20 tragedy');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = json;
    el.append(script);
    await waitUntil(() => textOf(el, 'h2') === 'A memorial from a CMS');
    script.textContent = json.replace('from a CMS', 'changed');
    await waitUntil(() => textOf(el, 'h2') === 'A memorial changed');
    script.remove();
    await waitUntil(() => textOf(el, 'h2') === 'The January 20 tragedy');
  });

  const WRAPPED: [string, (json: string) => ReturnType<typeof html>][] = [
    ['wrapped in a <p> by a CMS', (j) => html`<p><script type="application/json">${j}</script></p>`],
    ['with a charset in its type', (j) => html`<script type="application/json; charset=utf-8">${j}</script>`],
  ];
  for (const [what, child] of WRAPPED) {
    it(`reads a JSON child ${what}`, async () => {
      const el = await card(html`<memorial-card lang="en" now="2026-11-25">${child(json)}</memorial-card>`);
      expect(textOf(el, 'h2')).to.equal('A memorial from a CMS');
    });
  }

  for (const value of ['null', '42', '"text"', '[]']) {
    it(`shows the page's fallback, not the bundled event, for a JSON child holding ${value}`, async () => {
      const el = await card(html`<memorial-card lang="en" now="2026-11-25"
        ><script type="application/json">${value}</script><p>Our school remembers</p></memorial-card
      >`);
      onlyFallbackShown(el, 'Our school remembers');
      expect(warn.called).to.be.true;
    });
  }

  describe('while the page is still being parsed (a classic script in <head>)', () => {
    beforeEach(() => Object.defineProperty(document, 'readyState', { configurable: true, get: () => 'loading' }));
    afterEach(() => delete (document as { readyState?: unknown }).readyState);

    it('shows its own content, never the bundled event first, and the JSON child once it arrives', async () => {
      const el = await card(html`<memorial-card lang="en" now="2026-11-25"><p>Our school remembers</p></memorial-card>`);
      onlyFallbackShown(el, 'Our school remembers');
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = json;
      el.append(script);
      await waitUntil(() => textOf(el, 'h2') === 'A memorial from a CMS');
    });

    it('shows the bundled event once the page is parsed without a JSON child', async () => {
      const el = await card(html`<memorial-card lang="en" now="2026-11-25"><p>Facts</p></memorial-card>`);
      onlyFallbackShown(el, 'Facts');
      delete (document as { readyState?: unknown }).readyState;
      document.dispatchEvent(new Event('DOMContentLoaded'));
      await waitUntil(() => textOf(el, 'h2') === 'The January 20 tragedy');
    });
  });

  it('reads the first JSON child when there are two', async () => {
    const el = await card(html`<memorial-card lang="en" now="2026-11-25"
      ><script type="application/json">${json}</script><script type="application/json">${json.replace('from a CMS', 'second')}</script></memorial-card
    >`);
    expect(textOf(el, 'h2')).to.equal('A memorial from a CMS');
  });

  it('prefers the data property to the JSON child', async () => {
    const el = await card(html`<memorial-card lang="en" now="2026-11-25" .data=${JSON.parse(json.replace('from a CMS', 'from a property'))}
      ><script type="application/json">${json}</script></memorial-card
    >`);
    expect(textOf(el, 'h2')).to.equal('A memorial from a property');
  });
});
