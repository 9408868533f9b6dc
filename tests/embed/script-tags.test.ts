// The script tags as the README shows them: the module script, the classic
// script, or both loaded twice make the card live with no error; the plain
// facts show before the script runs and hide once the card is live; a JSON
// child in a CMS block shows that event.
import { expect } from '@open-wc/testing';
import { frame, liveCard, pageErrors } from '../support/frames.js';
import { readableText } from '../support/text.js';

describe('script tags, as the README shows them', () => {
  for (const [name, page] of [
    ['the module script', 'module'],
    ['the classic script', 'classic'],
    ['both builds, each loaded twice', 'both'],
  ]) {
    it(`${name} makes the card live, with no error`, async () => {
      const iframe = await frame(`/tmp/pages/${page}.html`);
      const card = await liveCard(iframe);
      expect(readableText(card.shadowRoot!.querySelector('h2'))).to.equal('20 Yanvar faciəsi');
      expect(readableText(card.shadowRoot!.querySelector('.counter'))).to.contain('37-ci ildönümünə 56 gün qalır');
      expect(pageErrors(iframe)).to.deep.equal([]);
    });
  }

  it('shows the plain facts before the script runs (here: never)', async () => {
    const iframe = await frame('/tmp/pages/module.html', { sandbox: 'allow-same-origin' });
    const items = [...iframe.contentDocument!.querySelectorAll('memorial-card li')] as HTMLElement[];
    expect(items.map((li) => li.innerText)).to.deep.equal([
      '147 nəfər həlak olub',
      '744 nəfər ağır yaralanıb',
      '841 nəfər qanunsuz həbs olunub',
      '200 yaşayış binası, ev və əmlak dağıdılıb',
    ]);
    expect(items.every((li) => li.offsetHeight > 0)).to.be.true;
  });

  it('hides the plain facts once the card is live', async () => {
    const iframe = await frame('/tmp/pages/module.html');
    const card = await liveCard(iframe);
    expect((card.querySelector('ul') as HTMLElement).offsetHeight).to.equal(0);
  });

  it('a JSON child in a CMS block shows that event', async () => {
    const iframe = await frame('/tmp/pages/json.html');
    const card = await liveCard(iframe);
    expect(readableText(card.shadowRoot!.querySelector('h2'))).to.equal('An example from a CMS');
    expect(pageErrors(iframe)).to.deep.equal([]);
  });
});
