// The npm package as an app meets it: tmp/consumer/bundle.js is built by the
// test runner (tests/support/consumer-bundle.js) from the packed tarball,
// importing by name.
// This file imports nothing from src/, so the element here is the package's.
import { expect, fixture, html } from '@open-wc/testing';
import { readableText } from '../support/text.js';

interface Consumer {
  card: HTMLElement & { updateComplete: Promise<boolean> };
  yearsSince: number;
  sameClass: boolean;
}

describe('the npm package, bundled by a consumer', () => {
  before(async () => {
    await import(new URL('/tmp/consumer/bundle.js', location.href).href);
  });

  it('registers the element and exports the class and the helpers', () => {
    const consumer = (window as unknown as { consumer: Consumer }).consumer;
    expect(customElements.get('memorial-card')).to.exist;
    expect(consumer.sameClass).to.be.true;
    expect(consumer.yearsSince).to.equal(36);
  });

  it('renders the card', async () => {
    const { card } = (window as unknown as { consumer: Consumer }).consumer;
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    wrapper.append(card);
    await card.updateComplete;
    expect(readableText(card.shadowRoot!.querySelector('h2'))).to.equal('20 Yanvar faciəsi');
    expect(readableText(card.shadowRoot!.querySelector('.counter'))).to.contain('37-ci ildönümünə 56 gün qalır');
  });
});
