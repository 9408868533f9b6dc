// The ways in that load built files, as an embedding page would: dist/embed.html
// with and without JavaScript, dist/embed.js sizing its iframes, the static
// render made live, and the layout shift of the pre-rendered snippet.
// The pages under /tmp/pages are written by scripts/build-fixtures.js.
import { expect, fixture, html } from '@open-wc/testing';
import { frame, liveCard } from './frames.js';

/** Text as a reader meets it: spaces of every kind as one, no word joiners. */
const words = (value: string) => value.replace(/\u2060/g, '').replace(/\s+/g, ' ').trim();
const text = (node: Node | null | undefined) => words(node?.textContent ?? '');
const nextFrame = (win: Window) => new Promise((resolve) => win.requestAnimationFrame(resolve));

describe('dist/embed.html', () => {
  it('reads without JavaScript: the pre-rendered card and the plain facts', async () => {
    const iframe = await frame('/dist/embed.html', 'allow-same-origin');
    const card = iframe.contentDocument!.querySelector('memorial-card')!;
    expect(customElements.get.call(iframe.contentWindow!.customElements, 'memorial-card')).to.equal(undefined);
    const shown = text(card.shadowRoot?.querySelector('article'));
    expect(shown).to.contain('The January 20 tragedy');
    for (const fact of ['147', 'people killed', '744', 'severely injured', '841', 'illegally arrested', '200', 'Source: Trend news agency, 20 January 2026']) {
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
    const iframe = await frame('/dist/embed.html?lang=ru&now=2026-11-25&theme=dark');
    const card = await liveCard(iframe);
    expect(text(card.shadowRoot!.querySelector('.counter'))).to.equal(
      '36 лет назад. 37-я годовщина — через 56 дней · 20 января 2027 г.',
    );
    expect(card.shadowRoot!.querySelectorAll('article').length).to.equal(1);
  });
});

const PAGES = [
  { lang: 'az', heading: '20 Yanvar faciəsi', fact: '147 nəfər həlak olub', counter: '37-ci ildönümü' },
  { lang: 'en', heading: 'The January 20 tragedy', fact: '147 people killed', counter: '37th anniversary' },
  { lang: 'ru', heading: 'Трагедия 20 января', fact: '147 человек погибли', counter: '37-я годовщина' },
];
describe('dist/embed-az.html, embed-en.html, embed-ru.html', () => {
  for (const page of PAGES) {
    it(`embed-${page.lang}.html reads in its language without JavaScript: lang, title, description, main`, async () => {
      const iframe = await frame(`/dist/embed-${page.lang}.html`, 'allow-same-origin');
      const doc = iframe.contentDocument!;
      expect(doc.documentElement.lang).to.equal(page.lang);
      expect(words(doc.title)).to.equal(page.heading);
      expect(doc.querySelector('meta[name="description"]')!.getAttribute('content')!.length).to.be.greaterThan(40);
      expect(doc.querySelector('link[rel="icon"]')!.getAttribute('href')).to.equal('data:,');
      const card = doc.querySelector('main > memorial-card')!;
      expect(customElements.get.call(iframe.contentWindow!.customElements, 'memorial-card')).to.equal(undefined);
      const article = card.shadowRoot!.querySelector('article') as HTMLElement;
      // What is on screen, not only in the tree.
      expect(article.offsetHeight).to.be.greaterThan(200);
      expect(words(article.innerText)).to.contain(page.heading);
      expect(words(article.innerText)).to.contain(page.counter);
      expect(words((card.querySelector('li') as HTMLElement).textContent!)).to.equal(page.fact);
    });

    it(`embed-${page.lang}.html goes live in its language, and ignores ?lang=`, async () => {
      const iframe = await frame(`/dist/embed-${page.lang}.html?lang=${page.lang === 'ru' ? 'en' : 'ru'}&now=2026-11-25`);
      const card = await liveCard(iframe);
      expect(card.getAttribute('lang')).to.equal(page.lang);
      expect(words(text(card.shadowRoot!.querySelector('h2')))).to.equal(page.heading);
      expect(words(text(card.shadowRoot!.querySelector('.counter')))).to.contain(page.counter);
    });
  }
});

describe('dist/embed.html?lang=…', () => {
  it('never shows another language first: the picker hides the English card before the body is parsed', async () => {
    const iframe = await frame('/tmp/embed-before-modules.html?lang=az', 'allow-same-origin allow-scripts');
    const doc = iframe.contentDocument!;
    expect(doc.documentElement.lang).to.equal('az');
    expect(words(doc.title)).to.equal(PAGES[0].heading);
    expect(getComputedStyle(doc.querySelector('main')!).visibility).to.equal('hidden');
  });

  for (const query of ['', '?lang=en', '?lang=en-GB']) {
    it(`shows the pre-rendered English card at once for "${query}"`, async () => {
      const iframe = await frame(`/tmp/embed-before-modules.html${query}`, 'allow-same-origin allow-scripts');
      const main = iframe.contentDocument!.querySelector('main')!;
      expect(getComputedStyle(main).visibility).to.equal('visible');
      expect(iframe.contentDocument!.documentElement.lang).to.equal('en');
    });
  }

  it('shows the card once it is live in the language asked for', async () => {
    const iframe = await frame('/dist/embed.html?lang=az&now=2026-11-25');
    const card = await liveCard(iframe);
    const doc = iframe.contentDocument!;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(getComputedStyle(doc.querySelector('main')!).visibility).to.equal('visible');
    expect(doc.documentElement.lang).to.equal('az');
    expect(words(text(card.shadowRoot!.querySelector('h2')))).to.equal('20 Yanvar faciəsi');
  });
});

describe('dist/embed.html warnings about its query', () => {
  const warningsOf = async (query: string) => {
    const iframe = document.createElement('iframe');
    iframe.name = query;
    const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
    iframe.src = '/tmp/embed-recorded.html';
    (await fixture<HTMLElement>(html`<div></div>`)).append(iframe);
    await loaded;
    await liveCard(iframe);
    return (iframe.contentWindow as Window & { pageErrors: string[] }).pageErrors.filter((e) => e.startsWith('warn: memorial-card embed'));
  };

  it('warns once per unknown name', async () => {
    const warnings = await warningsOf(`${'evil=1&'.repeat(5000)}now=2026-11-25`);
    expect(warnings).to.deep.equal(['warn: memorial-card embed: unknown parameter "evil" ignored.']);
  });

  it('prints at most 5 warnings and a summary, however many names', async () => {
    const query = Array.from({ length: 10_000 }, (_, i) => `p${i}=1`).join('&');
    const warnings = await warningsOf(query);
    expect(warnings.length).to.equal(6);
    expect(warnings[5]).to.equal('warn: memorial-card embed: 9995 more unknown parameters ignored.');
  });

  it('cuts a long name short', async () => {
    const warnings = await warningsOf(`${'x'.repeat(100_000)}=1`);
    expect(warnings.length).to.equal(1);
    expect(warnings[0].length).to.be.below(150);
    expect(warnings[0]).to.contain(`"${'x'.repeat(60)}…"`);
  });

  it('upgrades the pre-rendered card in place with no error or warning (no hydration markers needed)', async () => {
    const iframe = document.createElement('iframe');
    iframe.name = 'lang=az&now=2026-11-25';
    const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
    iframe.src = '/tmp/embed-recorded.html';
    (await fixture<HTMLElement>(html`<div></div>`)).append(iframe);
    await loaded;
    const card = await liveCard(iframe);
    expect((iframe.contentWindow as Window & { pageErrors: string[] }).pageErrors).to.deep.equal([]);
    expect(card.shadowRoot!.querySelectorAll('article').length).to.equal(1);
    expect(text(card.shadowRoot!.querySelector('h2'))).to.equal('20 Yanvar faciəsi');
  });

  it('says nothing about the retired no-animation parameter', async () => {
    expect(await warningsOf('no-animation&now=2026-11-25')).to.deep.equal([]);
  });
});

/** Loads dist/embed.js into the test page once, as the page around an iframe would. */
async function loadEmbedJs(): Promise<void> {
  if ([...document.scripts].some((s) => s.src.endsWith('/dist/embed.js'))) return;
  const script = document.createElement('script');
  script.src = '/dist/embed.js';
  const loaded = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
  document.head.append(script);
  await loaded;
}

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

describe('dist/embed.js', () => {
  before(loadEmbedJs);

  it('sizes the iframe to the height its page reports', async () => {
    const iframe = document.createElement('iframe');
    iframe.style.cssText = 'width: 640px; height: 150px; border: 0';
    const host = await fixture<HTMLElement>(html`<div></div>`);
    iframe.src = '/dist/embed.html?now=2026-11-25';
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
    iframe.src = '/dist/embed.html?now=2026-11-25';
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
  const embedFrame = async (src: string, parent?: Node) => {
    const iframe = document.createElement('iframe');
    iframe.style.cssText = 'width: 640px; height: 150px; border: 0';
    iframe.src = src;
    (parent ?? (await fixture<HTMLElement>(html`<div></div>`))).appendChild(iframe);
    return iframe;
  };

  it('clamps heights to 40–4000 px', async () => {
    const iframe = await embedFrame('/dist/embed.html?now=2026-11-25');
    await messageFrom(iframe.contentWindow);
    const win = iframe.contentWindow as Window & { eval: (code: string) => unknown };
    for (const [height, expected] of [['99999', '4000px'], ['1e300', '4000px'], ['0.0001', '40px'], ['1e-300', '40px'], ['500.2', '501px']]) {
      const arrived = messageFrom(iframe.contentWindow);
      win.eval(`parent.postMessage({ type: 'memorial-card:height', height: ${height} }, '*')`);
      await arrived;
      expect(iframe.style.height, height).to.equal(expected);
    }
  });

  it('collapses the iframe for a height of exactly 0, and still clamps anything above it', async () => {
    const iframe = await embedFrame('/dist/embed.html?now=2026-11-25');
    await messageFrom(iframe.contentWindow);
    const win = iframe.contentWindow as Window & { eval: (code: string) => unknown };
    for (const [height, expected] of [['0', '0px'], ['500', '500px'], ['-0', '0px'], ['1e-9', '40px']]) {
      const arrived = messageFrom(iframe.contentWindow);
      win.eval(`parent.postMessage({ type: 'memorial-card:height', height: ${height} }, '*')`);
      await arrived;
      expect(iframe.style.height, height).to.equal(expected);
    }
  });

  it('collapses the iframe of a card out of season (show-days-before): the page reports 0', async () => {
    // 25 November is 56 days before the anniversary: outside a 10-day season.
    const iframe = await embedFrame('/dist/embed-en.html?now=2026-11-25&show-days-before=10');
    let event = await messageFrom(iframe.contentWindow);
    // The pre-rendered card is in season as of the build; the live one is not.
    while (event.data.height !== 0) event = await messageFrom(iframe.contentWindow);
    expect(iframe.style.height).to.equal('0px');
    expect(iframe.contentDocument!.querySelector('memorial-card')!.hasAttribute('off-season')).to.be.true;
  });

  /** An iframe showing `src` (any same-origin document), and whether embed.js sized it after it posted a height from it. */
  const sizedFrom = async (src: string, optIn = false) => {
    const iframe = document.createElement('iframe');
    if (optIn) iframe.setAttribute('data-memorial-card', '');
    iframe.style.cssText = 'width: 640px; height: 150px; border: 0';
    const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
    iframe.src = src;
    (await fixture<HTMLElement>(html`<div></div>`)).append(iframe);
    await loaded;
    const win = iframe.contentWindow as Window & { eval: (code: string) => unknown };
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
    const iframe = await embedFrame(`${otherOrigin()}/dist/embed.html?now=2026-11-25`);
    const event = await messageFrom(iframe.contentWindow);
    expect(event.origin).to.equal(otherOrigin());
    expect(event.data.height).to.be.greaterThan(300);
    expect(iframe.style.height).to.equal('150px');
  });

  it('sizes an iframe from anywhere that opts in with data-memorial-card', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const iframe = document.createElement('iframe');
    iframe.setAttribute('data-memorial-card', '');
    iframe.style.cssText = 'width: 640px; height: 150px; border: 0';
    iframe.src = `${otherOrigin()}/dist/embed-ru.html?now=2026-11-25`;
    host.append(iframe);
    const event = await messageFrom(iframe.contentWindow);
    expect(iframe.style.height).to.equal(`${event.data.height}px`);
  });

  it('finds iframes inside open shadow roots, nested too', async () => {
    const outer = (await fixture<HTMLElement>(html`<div></div>`)).attachShadow({ mode: 'open' });
    const inner = outer.appendChild(document.createElement('section')).attachShadow({ mode: 'open' });
    const iframe = await embedFrame('/dist/embed-az.html?now=2026-11-25', inner);
    const event = await messageFrom(iframe.contentWindow);
    expect(event.data.height).to.be.greaterThan(300);
    expect(iframe.style.height).to.equal(`${event.data.height}px`);
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
    iframe.src = '/dist/embed.html?lang=az&now=2026-11-25';
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
  it('goes live with the real clock unless frozen: a card rendered as of 20 January 2026 no longer says so', async () => {
    const iframe = await frame('/tmp/pages/static-en-unfrozen.html', 'allow-same-origin');
    const still = iframe.contentDocument!.querySelector('memorial-card')!;
    expect(still.hasAttribute('now'), 'no now attribute').to.be.false;
    expect(text(still.shadowRoot!.querySelector('.counter'))).to.contain('Today: 36th anniversary');

    const live = await frame('/tmp/pages/static-en-unfrozen.html');
    const card = await liveCard(live);
    // What a card on the real clock says today (frozen at this very moment, so the two agree).
    const win = live.contentWindow as Window & typeof globalThis;
    const today = win.document.createElement('memorial-card') as typeof card;
    today.setAttribute('lang', 'en');
    today.setAttribute('now', new Date().toISOString());
    win.document.body.append(today);
    await today.updateComplete;
    expect(text(card.shadowRoot!.querySelector('.counter'))).to.equal(text(today.shadowRoot!.querySelector('.counter')));
  });

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
