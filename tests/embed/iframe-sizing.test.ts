// dist/embed.js, the script of the page around the iframes: it sizes each
// embed iframe to the height its page reports, clamped to 40–4000 px (0
// collapses it), and trusts only the embed pages in its own directory on
// its own origin, or an iframe that opts in with data-memorial-card.
import { expect, fixture, html } from '@open-wc/testing';
import { type FrameWindow, frame, messageFrom, openFrame } from '../support/frames.js';

/** Loads dist/embed.js into the test page once, as the page around an iframe would. */
async function loadEmbedJs(): Promise<void> {
  if ([...document.scripts].some((s) => s.src.endsWith('/dist/embed.js'))) return;
  const script = document.createElement('script');
  script.src = '/dist/embed.js';
  const loaded = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
  document.head.append(script);
  await loaded;
}

describe('dist/embed.js', () => {
  before(loadEmbedJs);

  it('sizes the iframe to the height its page reports', async () => {
    const iframe = await openFrame('/dist/embed.html?now=2026-11-25');
    const event = await messageFrom(iframe.contentWindow);
    expect(event.data.type).to.equal('memorial-card:height');
    expect(event.data.height).to.be.greaterThan(300);
    expect(iframe.style.height).to.equal(`${event.data.height}px`);
    const inner = iframe.contentDocument!.documentElement.getBoundingClientRect().height;
    expect(Math.abs(inner - event.data.height)).to.be.lessThan(2);
  });

  it('keeps the card its full width in a frame shorter than the card (no scrollbar)', async () => {
    // A classic scrollbar (Firefox, Chromium on Windows) would narrow the
    // card while the frame is too short, and the height it reports with it.
    // In a closed shadow root embed.js does not find the frame: it stays 150 px.
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const iframe = await openFrame('/dist/embed.html?now=2026-11-25', { parent: host.attachShadow({ mode: 'closed' }) });
    await messageFrom(iframe.contentWindow);
    const win = iframe.contentWindow as FrameWindow;
    expect(win.document.documentElement.scrollHeight).to.be.greaterThan(win.innerHeight);
    expect(win.document.documentElement.clientWidth).to.equal(win.innerWidth);
  });

  it('ignores messages from other windows and malformed messages', async () => {
    const iframe = await openFrame('/dist/embed.html?now=2026-11-25');
    // Wait for the page's own report, then make the frame wrong on purpose.
    await messageFrom(iframe.contentWindow);
    iframe.style.height = '123px';

    const fromHere = messageFrom(window);
    window.postMessage({ type: 'memorial-card:height', height: 999 }, '*');
    await fromHere;
    expect(iframe.style.height).to.equal('123px');

    const win = iframe.contentWindow as FrameWindow;
    for (const data of ['"999"', '{ type: "memorial-card:height", height: "999" }', '{ type: "other", height: 999 }',
      '{ type: "memorial-card:height", height: -5 }', '{ type: "memorial-card:height", height: -0.5 }',
      '{ type: "memorial-card:height", height: Infinity }', '{ type: "memorial-card:height", height: NaN }', 'null']) {
      const arrived = messageFrom(iframe.contentWindow);
      win.eval(`parent.postMessage(${data}, '*')`);
      await arrived;
      expect(iframe.style.height, data).to.equal('123px');
    }
  });
});

describe('dist/embed.js, hardened', () => {
  before(loadEmbedJs);

  it('clamps heights to 40–4000 px', async () => {
    const iframe = await openFrame('/dist/embed.html?now=2026-11-25');
    await messageFrom(iframe.contentWindow);
    const win = iframe.contentWindow as FrameWindow;
    for (const [height, expected] of [['99999', '4000px'], ['1e300', '4000px'], ['0.0001', '40px'], ['1e-300', '40px'], ['500.2', '501px']]) {
      const arrived = messageFrom(iframe.contentWindow);
      win.eval(`parent.postMessage({ type: 'memorial-card:height', height: ${height} }, '*')`);
      await arrived;
      expect(iframe.style.height, height).to.equal(expected);
    }
  });

  it('collapses the iframe for a height of exactly 0, and still clamps anything above it', async () => {
    const iframe = await openFrame('/dist/embed.html?now=2026-11-25');
    await messageFrom(iframe.contentWindow);
    const win = iframe.contentWindow as FrameWindow;
    for (const [height, expected] of [['0', '0px'], ['500', '500px'], ['-0', '0px'], ['1e-9', '40px']]) {
      const arrived = messageFrom(iframe.contentWindow);
      win.eval(`parent.postMessage({ type: 'memorial-card:height', height: ${height} }, '*')`);
      await arrived;
      expect(iframe.style.height, height).to.equal(expected);
    }
  });

  it('collapses the iframe of a card out of season (show-days-before): the page reports 0', async () => {
    // 25 November is 56 days before the anniversary: outside a 10-day season.
    const iframe = await openFrame('/dist/embed-en.html?now=2026-11-25&show-days-before=10');
    let event = await messageFrom(iframe.contentWindow);
    // The pre-rendered card is in season as of the build; the live one is not.
    while (event.data.height !== 0) event = await messageFrom(iframe.contentWindow);
    expect(iframe.style.height).to.equal('0px');
    expect(iframe.contentDocument!.querySelector('memorial-card')!.hasAttribute('off-season')).to.be.true;
  });

  /** An iframe showing `src` (any same-origin document), and whether embed.js sized it after it posted a height from it. */
  const sizedFrom = async (src: string, optIn = false) => {
    const iframe = await frame(src, { optIn });
    const win = iframe.contentWindow as FrameWindow;
    // An embed page reports its own height too: wait for this message in particular.
    const arrived = new Promise<void>((resolve) => {
      const listener = (event: MessageEvent) => {
        if (event.source !== iframe.contentWindow || event.data?.height !== 321) return;
        removeEventListener('message', listener);
        resolve();
      };
      addEventListener('message', listener);
    });
    win.eval(`parent.postMessage({ type: 'memorial-card:height', height: 321 }, '*')`);
    await arrived;
    return iframe.style.height === '321px';
  };

  it('trusts only the embed pages in its own directory, on its own origin (embed.js is /dist/embed.js here)', async () => {
    // Same origin, a name like an embed page, but elsewhere: e.g. an upload.
    for (const src of ['/tmp/uploads/embed.html', '/embed.html', '/dist/sub/embed-en.html', '/distx/embed.html', '/dist/embed.html.txt',
      '/dist/not-embed.html', '/dist/embed-en.html/x']) {
      expect(await sizedFrom(src), src).to.be.false;
    }
    for (const src of ['/dist/embed.html', '/dist/embed-az.html', '/dist/./embed-ru.html?x=1', '/dist/sub/../embed-en.html']) {
      expect(await sizedFrom(src), src).to.be.true;
    }
    // The explicit opt-in still works from anywhere.
    expect(await sizedFrom('/tmp/uploads/embed.html', true)).to.be.true;
  });

  const otherOrigin = () => {
    const url = new URL(location.href);
    url.hostname = url.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
    return url.origin;
  };

  it('ignores an embed page on another origin than its own', async () => {
    const iframe = await openFrame(`${otherOrigin()}/dist/embed.html?now=2026-11-25`);
    const event = await messageFrom(iframe.contentWindow);
    expect(event.origin).to.equal(otherOrigin());
    expect(event.data.height).to.be.greaterThan(300);
    expect(iframe.style.height).to.equal('150px');
  });

  it('sizes an iframe from anywhere that opts in with data-memorial-card', async () => {
    const iframe = await openFrame(`${otherOrigin()}/dist/embed-ru.html?now=2026-11-25`, { optIn: true });
    const event = await messageFrom(iframe.contentWindow);
    expect(iframe.style.height).to.equal(`${event.data.height}px`);
  });

  it('finds iframes inside open shadow roots, nested too', async () => {
    const outer = (await fixture<HTMLElement>(html`<div></div>`)).attachShadow({ mode: 'open' });
    const inner = outer.appendChild(document.createElement('section')).attachShadow({ mode: 'open' });
    const iframe = await openFrame('/dist/embed-az.html?now=2026-11-25', { parent: inner });
    const event = await messageFrom(iframe.contentWindow);
    expect(event.data.height).to.be.greaterThan(300);
    expect(iframe.style.height).to.equal(`${event.data.height}px`);
  });
});

describe('dist/embed.js against a hostile page (issue #17)', () => {
  before(loadEmbedJs);

  /** Posts `height` from inside `iframe` and waits for it to arrive here. */
  const post = async (iframe: HTMLIFrameElement, height: number) => {
    const arrived = new Promise<void>((resolve) => {
      const listener = (event: MessageEvent) => {
        if (event.source !== iframe.contentWindow || event.data?.height !== height) return;
        removeEventListener('message', listener);
        resolve();
      };
      addEventListener('message', listener);
    });
    (iframe.contentWindow as FrameWindow).eval(`parent.postMessage({ type: 'memorial-card:height', height: ${height} }, '*')`);
    await arrived;
  };

  it('trusts the page now in the frame, not its src attribute: a frame navigated elsewhere is not resized (row 7)', async () => {
    const iframe = await frame('/dist/embed.html?now=2026-11-25');
    await post(iframe, 321);
    expect(iframe.style.height).to.equal('321px');
    // A sibling same-origin frame navigates it: the src attribute still says embed.html.
    const navigated = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
    iframe.contentWindow!.location.href = '/tmp/uploads/not-embed.html';
    await navigated;
    expect(iframe.getAttribute('src')).to.equal('/dist/embed.html?now=2026-11-25');
    await post(iframe, 3999);
    expect(iframe.style.height).to.equal('321px');
  });

  it('settles instead of resizing for ever when heights cycle (row 8)', async () => {
    const iframe = await frame('/tmp/uploads/cycle.html', { optIn: true });
    for (const height of [596, 628, 652, 596, 628, 652, 596]) await post(iframe, height);
    expect(iframe.style.height).to.equal('652px');
    // A new height is followed, and 0 (out of season) still collapses it.
    await post(iframe, 500);
    expect(iframe.style.height).to.equal('500px');
    await post(iframe, 0);
    expect(iframe.style.height).to.equal('0px');
  });

  it('a flood of messages from a known frame does not walk the page each time (row 8)', async () => {
    const iframe = await frame('/tmp/uploads/flood.html', { optIn: true });
    await post(iframe, 400);
    let walks = 0;
    const original = Document.prototype.querySelectorAll;
    Document.prototype.querySelectorAll = function (this: Document, selectors: string) {
      walks++;
      return original.call(this, selectors);
    } as typeof original;
    try {
      for (let i = 1; i <= 50; i++) await post(iframe, 400 + i);
    } finally {
      Document.prototype.querySelectorAll = original;
    }
    expect(iframe.style.height).to.equal('450px');
    expect(walks).to.equal(0);
  });
});
