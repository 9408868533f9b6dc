// A card on a page that does odd things to it (the third red-team pass,
// issue #17): named elements that clobber DOM properties, a first connection
// inside an iframe, documents without a window, a closed declarative shadow
// root of the page's own.
import { expect, fixture, html } from '@open-wc/testing';
import { card, type MemorialCard, textOf } from '../support/card.js';
import { readable } from '../support/text.js';
import { recordWarnings } from '../support/warnings.js';

const trouble = recordWarnings();

/** A same-origin iframe showing `markup`, loaded. */
async function srcdoc(markup: string): Promise<Document> {
  const iframe = document.createElement('iframe');
  iframe.srcdoc = markup;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  (await fixture<HTMLElement>(html`<div></div>`)).append(iframe);
  await loaded;
  return iframe.contentDocument!;
}

/** A card made in this window, first connected under `parent` (of any document). */
async function connectedIn(parent: Node): Promise<MemorialCard> {
  const el = document.createElement('memorial-card') as MemorialCard;
  el.setAttribute('now', '2026-11-25');
  parent.appendChild(el);
  await el.updateComplete;
  return el;
}

const carnationWidth = (el: MemorialCard) => getComputedStyle(el.renderRoot.querySelector('.carnation')!).width;

describe('named elements cannot clobber the language walk (row 1)', () => {
  it('reads the form\'s lang past inputs named host, parentNode, getRootNode, closest, getAttribute, nodeType', async () => {
    const names = ['host', 'parentNode', 'getRootNode', 'closest', 'getAttribute', 'hasAttribute', 'nodeType'];
    const el = await card(
      html`<form lang="ru">${names.map((name) => html`<input name=${name} />`)}<div><memorial-card now="2026-11-25"></memorial-card></div></form>`,
    );
    expect(textOf(el, 'h2')).to.equal('Трагедия 20 января');
    expect(trouble.errors).to.deep.equal([]);
  });

  it('does not loop on <img name="host"> in a page without lang (falls back to the browser\'s language)', async () => {
    const doc = await srcdoc('<!doctype html><html><body><img name="host"><img name="parentNode"><div></div></body></html>');
    expect((doc as unknown as { host: unknown }).host).to.be.an.instanceOf(doc.defaultView!.HTMLImageElement);
    const el = await connectedIn(doc.querySelector('div')!);
    expect(textOf(el, 'h2')).to.equal('The January 20 tragedy');
    el.remove();
  });

  it('crosses a shadow root into a form with inputs named host and parentNode', async () => {
    const form = await fixture<HTMLFormElement>(html`<form lang="az"><input name="host" /><input name="parentNode" /><div></div></form>`);
    const el = await connectedIn(form.querySelector('div')!.attachShadow({ mode: 'open' }));
    expect(textOf(el, 'h2')).to.equal('20 Yanvar faciəsi');
  });
});

describe('a card first connected in a same-origin iframe (row 2)', () => {
  it('is styled there, has a height, and follows later changes', async () => {
    const doc = await srcdoc('<!doctype html><html lang="en"><body></body></html>');
    const el = await connectedIn(doc.body);
    expect(el.renderRoot.childNodes.length).to.be.greaterThan(0);
    expect(carnationWidth(el)).to.equal('32px');
    expect(el.getBoundingClientRect().height).to.be.greaterThan(100);
    el.setAttribute('lang', 'ru');
    await el.updateComplete;
    expect(textOf(el, 'h2')).to.equal('Трагедия 20 января');
    expect(trouble.errors).to.deep.equal([]);
    // And back here, styled by this window's sheet.
    (await fixture<HTMLElement>(html`<div></div>`)).append(el);
    await el.updateComplete;
    expect(carnationWidth(el)).to.equal('32px');
  });
});

describe('a live card moved into a document without a window (row 3)', () => {
  it('survives template.content, DOMParser and createHTMLDocument, and is styled again when it comes back', async () => {
    const el = await card({ now: '2026-11-25' });
    const home = el.parentNode!;
    const template = document.createElement('template');
    const documents = [
      template.content,
      new DOMParser().parseFromString('<!doctype html><body></body>', 'text/html').body,
      document.implementation.createHTMLDocument('').body,
    ];
    for (const place of documents) {
      place.appendChild(el);
      await el.updateComplete;
      home.appendChild(el);
      await el.updateComplete;
      expect(carnationWidth(el)).to.equal('32px');
    }
    expect(trouble.errors).to.deep.equal([]);
  });
});

describe('a page\'s own closed declarative shadow root inside the card (row 14)', () => {
  it('comes to life in it', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    // Declarative shadow roots come from the parser: setHTMLUnsafe parses them.
    (wrapper as HTMLElement & { setHTMLUnsafe(markup: string): void }).setHTMLUnsafe(
      '<memorial-card now="2026-11-25" lang="en"><template shadowrootmode="closed"><p>old</p></template></memorial-card>',
    );
    const el = wrapper.querySelector('memorial-card') as MemorialCard;
    // Firefox upgrades an element setHTMLUnsafe parsed a little later, not
    // on insertion as Chromium and WebKit do: upgrade it now in every engine.
    customElements.upgrade(el);
    await el.updateComplete;
    expect(el.shadowRoot).to.equal(null);
    expect(readable(el.renderRoot.querySelector('h2')?.textContent)).to.equal('The January 20 tragedy');
    expect(el.renderRoot.querySelector('p')?.textContent).not.to.equal('old');
    expect(carnationWidth(el)).to.equal('32px');
    expect(trouble.errors).to.deep.equal([]);
  });
});
