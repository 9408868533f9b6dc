// Strict pages and privacy: the built card under the strictest policy a page
// may set, and proof that it talks to nobody and stores nothing.
import { expect } from '@open-wc/testing';
import { type FrameWindow, frame, liveCards } from '../support/frames.js';
import { readableText } from '../support/text.js';

async function open(src: string): Promise<FrameWindow> {
  const iframe = await frame(src);
  await liveCards(iframe);
  return iframe.contentWindow as FrameWindow;
}

describe('a strict Content Security Policy with Trusted Types', () => {
  it('shows the card with no violation reported', async () => {
    const win = await open('/tests/support/pages/strict.html');
    const response = await fetch('/tests/support/pages/strict.html');
    expect(response.headers.get('content-security-policy')).to.contain("require-trusted-types-for 'script'");
    const [card, compact] = win.document.querySelectorAll('memorial-card');
    expect(readableText(card.shadowRoot!.querySelector('h2'))).to.equal('20 Yanvar faciəsi');
    // Styles apply under style-src 'self': the card has its background.
    expect(win.getComputedStyle(card.shadowRoot!.querySelector('article')!).backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
    expect(compact.shadowRoot!.textContent).to.contain('День всенародной скорби');
    expect(win.pageErrors).to.deep.equal([]);
  });
});

describe('privacy', () => {
  it('sends no request beyond its own script and stores nothing', async () => {
    const win = await open('/tests/support/pages/strict.html');
    const requests = win.performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(requests.every((url) => new URL(url).origin === win.location.origin), requests.join()).to.be.true;
    // The page's two scripts, and the test server's own injected script, nothing else.
    const card = requests.filter((url) => !/\/(tests\/support\/pages\/record-errors|__web-dev-server__web-socket)\.js$/.test(url));
    expect(card.map((url) => new URL(url).pathname)).to.deep.equal(['/dist/memorial-card.js']);
    expect(win.document.cookie).to.equal('');
    expect(win.localStorage.length).to.equal(0);
    expect(win.sessionStorage.length).to.equal(0);
    expect(await win.indexedDB.databases()).to.deep.equal([]);
  });
});
