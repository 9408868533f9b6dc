// A card moved into another document (a same-origin iframe) and back: it
// takes a copy of its styles there and reads that document's lang.
import { expect, fixture, html } from '@open-wc/testing';
import { card, textOf } from '../support/card.js';
import { recordWarnings } from '../support/warnings.js';

const trouble = recordWarnings();

describe('a card moved into another document', () => {
  it('keeps its styles in a same-origin iframe and after coming back, and reads the iframe\'s lang', async () => {
    const el = await card({ now: '2026-11-25' });
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
    expect(trouble.errors).to.deep.equal([]);
    el.remove();
  });
});
