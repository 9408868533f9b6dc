// The ways in that load built files, as an embedding page would: dist/embed.html
// with and without JavaScript, dist/embed.js sizing its iframes, the static
// render made live, and the layout shift of the pre-rendered snippet.
// The pages under /tmp/pages are written by scripts/build-fixtures.js.
import { expect, fixture, html } from '@open-wc/testing';
import { frame, liveCard } from './frames.js';

const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const nextFrame = (win: Window) => new Promise((resolve) => win.requestAnimationFrame(resolve));

describe('dist/embed.html', () => {
  it('reads without JavaScript: the pre-rendered card and the plain facts', async () => {
    const iframe = await frame('/dist/embed.html', 'allow-same-origin');
    const card = iframe.contentDocument!.querySelector('memorial-card')!;
    expect(customElements.get.call(iframe.contentWindow!.customElements, 'memorial-card')).to.equal(undefined);
    const shown = text(card.shadowRoot?.querySelector('article'));
    expect(shown).to.contain('The January 20 tragedy');
    for (const fact of ['147', 'people killed', '744', 'severely injured', '841', 'illegally arrested', '200', 'Figures: Trend, 20 January 2026']) {
      expect(shown).to.contain(fact);
    }
    const plain = [...card.querySelectorAll('li')].map((li) => text(li));
    expect(plain).to.deep.equal([
      '147 people killed',
      '744 severely injured',
      '841 illegally arrested',
      '200 residential buildings, houses and properties destroyed',
    ]);
  });

  it('takes its attributes from the query and goes live', async () => {
    const iframe = await frame('/dist/embed.html?lang=ru&now=2026-11-25&no-animation&theme=dark');
    const card = await liveCard(iframe);
    expect(text(card.shadowRoot!.querySelector('.counter'))).to.equal(
      '36 лет назад. 37-я годовщина — через 56 дней · 20 января 2027 г.',
    );
    expect(card.shadowRoot!.querySelectorAll('article').length).to.equal(1);
  });
});

describe('dist/embed.js', () => {
  before(async () => {
    const script = document.createElement('script');
    script.src = '/dist/embed.js';
    const loaded = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
    document.head.append(script);
    await loaded;
  });

  /** Resolves with the next message from `source`, after embed.js has seen it. */
  const messageFrom = (source: Window | null) =>
    new Promise<MessageEvent>((resolve) => {
      const listener = (event: MessageEvent) => {
        if (event.source !== source) return;
        removeEventListener('message', listener);
        resolve(event);
      };
      addEventListener('message', listener);
    });

  it('sizes the iframe to the height its page reports', async () => {
    const iframe = document.createElement('iframe');
    iframe.style.cssText = 'width: 640px; height: 150px; border: 0';
    const host = await fixture<HTMLElement>(html`<div></div>`);
    iframe.src = '/dist/embed.html?now=2026-11-25&no-animation';
    host.append(iframe);
    const event = await messageFrom(iframe.contentWindow);
    expect(event.data.type).to.equal('memorial-card:height');
    expect(event.data.height).to.be.greaterThan(300);
    expect(iframe.style.height).to.equal(`${event.data.height}px`);
    const inner = iframe.contentDocument!.documentElement.getBoundingClientRect().height;
    expect(Math.abs(inner - event.data.height)).to.be.lessThan(2);
  });

  it('ignores messages from other windows and malformed messages', async () => {
    const iframe = document.createElement('iframe');
    iframe.src = '/dist/embed.html?now=2026-11-25&no-animation';
    (await fixture<HTMLElement>(html`<div></div>`)).append(iframe);
    // Wait for the page's own report, then make the frame wrong on purpose.
    await messageFrom(iframe.contentWindow);
    iframe.style.height = '123px';

    const fromHere = messageFrom(window);
    window.postMessage({ type: 'memorial-card:height', height: 999 }, '*');
    await fromHere;
    expect(iframe.style.height).to.equal('123px');

    const win = iframe.contentWindow as Window & { eval: (code: string) => unknown };
    for (const data of ['"999"', '{ type: "memorial-card:height", height: "999" }', '{ type: "other", height: 999 }',
      '{ type: "memorial-card:height", height: -5 }', '{ type: "memorial-card:height", height: 1e9 }', 'null']) {
      const arrived = messageFrom(iframe.contentWindow);
      win.eval(`parent.postMessage(${data}, '*')`);
      await arrived;
      expect(iframe.style.height, data).to.equal('123px');
    }
  });
});

describe('dist/embed.html messaging', () => {
  it('sends only its height, and obeys no message it receives', async () => {
    const received: unknown[] = [];
    const iframe = document.createElement('iframe');
    const listener = (event: MessageEvent) => {
      if (event.source === iframe.contentWindow) received.push(event.data);
    };
    addEventListener('message', listener);
    iframe.src = '/dist/embed.html?lang=az&now=2026-11-25&no-animation';
    (await fixture<HTMLElement>(html`<div style="width: 640px"></div>`)).append(iframe);
    await new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
    const card = await liveCard(iframe);
    const before = card.shadowRoot!.innerHTML;
    const attributes = card.getAttributeNames().map((name) => `${name}=${card.getAttribute(name)}`);

    const win = iframe.contentWindow!;
    for (const data of [
      { type: 'memorial-card:height', height: 10 },
      { type: 'memorial-card:set', lang: 'ru' },
      { lang: 'en', theme: 'dark', layout: 'compact' },
      '<img src=x onerror=alert(1)>',
      null,
    ]) {
      win.postMessage(data, '*');
    }
    // A message the page sends to itself arrives after the ones above.
    await new Promise((resolve) => {
      win.addEventListener('message', function done(event) {
        if (event.data === 'done') {
          win.removeEventListener('message', done);
          resolve(undefined);
        }
      });
      win.postMessage('done', '*');
    });
    await card.updateComplete;
    expect(card.getAttributeNames().map((name) => `${name}=${card.getAttribute(name)}`)).to.deep.equal(attributes);
    expect(card.shadowRoot!.innerHTML).to.equal(before);
    removeEventListener('message', listener);

    expect(received.length).to.be.greaterThan(0);
    for (const data of received) {
      expect(Object.keys(data as object).sort()).to.deep.equal(['height', 'type']);
      expect((data as { type: string }).type).to.equal('memorial-card:height');
    }
  });
});

describe('the static render', () => {
  it('reads the same before and after the browser makes it live', async () => {
    const still = await frame('/tmp/pages/static-az-live.html', 'allow-same-origin');
    // innerText: the text as laid out, which is what a reader sees.
    const shown = (root: ShadowRoot | null) => (root?.querySelector('article') as HTMLElement).innerText.replace(/\s+/g, ' ').trim();
    const before = shown(still.contentDocument!.querySelector('memorial-card')!.shadowRoot);
    expect(before).to.contain('20 Yanvar faciəsi');

    const live = await frame('/tmp/pages/static-az-live.html');
    const card = await liveCard(live);
    expect(card.shadowRoot!.querySelectorAll('article').length).to.equal(1);
    expect(shown(card.shadowRoot)).to.equal(before);
  });

  it('shifts no layout when the pre-rendered snippet comes to life', async () => {
    const iframe = await frame('/tmp/pages/snippet.html');
    const win = iframe.contentWindow as Window & typeof globalThis;
    await liveCard(iframe);
    await nextFrame(win);
    await nextFrame(win);
    const shifts = await new Promise<number[]>((resolve) => {
      new win.PerformanceObserver((list) => resolve(list.getEntries().map((e) => (e as unknown as { value: number }).value))).observe({
        type: 'layout-shift',
        buffered: true,
      });
      // No entry at all is the answer we hope for: the observer is then never called.
      win.requestAnimationFrame(() => win.requestAnimationFrame(() => resolve([])));
    });
    expect(shifts.reduce((a, b) => a + b, 0)).to.equal(0);
  });
});

describe('script tags, as the README shows them', () => {
  const errors = (iframe: HTMLIFrameElement) => (iframe.contentWindow as Window & { pageErrors: string[] }).pageErrors;

  for (const [name, page] of [
    ['the module script', 'module'],
    ['the classic script', 'classic'],
    ['both builds, each loaded twice', 'both'],
  ]) {
    it(`${name} makes the card live, with no error`, async () => {
      const iframe = await frame(`/tmp/pages/${page}.html`);
      const card = await liveCard(iframe);
      expect(text(card.shadowRoot!.querySelector('h2'))).to.equal('20 Yanvar faciəsi');
      expect(text(card.shadowRoot!.querySelector('.counter'))).to.contain('37-ci ildönümü: 56 gün sonra');
      expect(errors(iframe)).to.deep.equal([]);
    });
  }

  it('shows the plain facts before the script runs (here: never)', async () => {
    const iframe = await frame('/tmp/pages/module.html', 'allow-same-origin');
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
    expect(text(card.shadowRoot!.querySelector('h2'))).to.equal('An example from a CMS');
    expect(errors(iframe)).to.deep.equal([]);
  });
});
