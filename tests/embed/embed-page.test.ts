// dist/embed.html and embed-az/-en/-ru.html, the iframe pages: readable
// without JavaScript, live with the attributes from their query, never
// showing another language first, warning about unknown query parameters,
// and sending their height and nothing else.
import { expect, fixture, html } from '@open-wc/testing';
import { frame, liveCard, openFrame, pageErrors } from '../support/frames.js';
import { readable, readableText } from '../support/text.js';

describe('dist/embed.html', () => {
  it('reads without JavaScript: the pre-rendered card and the plain facts', async () => {
    const iframe = await frame('/dist/embed.html', { sandbox: 'allow-same-origin' });
    const card = iframe.contentDocument!.querySelector('memorial-card')!;
    expect(customElements.get.call(iframe.contentWindow!.customElements, 'memorial-card')).to.equal(undefined);
    const shown = readableText(card.shadowRoot?.querySelector('article'));
    expect(shown).to.contain('The January 20 tragedy');
    for (const fact of ['147', 'people killed', '744', 'severely injured', '841', 'illegally arrested', '200', 'Source: Trend news agency, 20 January 2026']) {
      expect(shown).to.contain(fact);
    }
    const plain = [...card.querySelectorAll('li')].map((li) => readableText(li));
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
    expect(readableText(card.shadowRoot!.querySelector('.counter'))).to.equal(
      '36 лет назад. 37-я годовщина — через 56 дней 20 января 2027 г.',
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
      const iframe = await frame(`/dist/embed-${page.lang}.html`, { sandbox: 'allow-same-origin' });
      const doc = iframe.contentDocument!;
      expect(doc.documentElement.lang).to.equal(page.lang);
      expect(readable(doc.title)).to.equal(page.heading);
      expect(doc.querySelector('meta[name="description"]')!.getAttribute('content')!.length).to.be.greaterThan(40);
      // An icon file beside the page: a data: icon breaks img-src 'self'.
      const icon = doc.querySelector('link[rel="icon"]') as HTMLLinkElement;
      expect(icon.getAttribute('href')).to.equal('carnation.svg');
      expect((await fetch(icon.href)).headers.get('content-type')).to.contain('image/svg+xml');
      const card = doc.querySelector('main > memorial-card')!;
      expect(customElements.get.call(iframe.contentWindow!.customElements, 'memorial-card')).to.equal(undefined);
      const article = card.shadowRoot!.querySelector('article') as HTMLElement;
      // What is on screen, not only in the tree.
      expect(article.offsetHeight).to.be.greaterThan(200);
      expect(readable(article.innerText)).to.contain(page.heading);
      expect(readable(article.innerText)).to.contain(page.counter);
      expect(readable((card.querySelector('li') as HTMLElement).textContent!)).to.equal(page.fact);
    });

    it(`embed-${page.lang}.html goes live in its language, and ignores ?lang=`, async () => {
      const iframe = await frame(`/dist/embed-${page.lang}.html?lang=${page.lang === 'ru' ? 'en' : 'ru'}&now=2026-11-25`);
      const card = await liveCard(iframe);
      expect(card.getAttribute('lang')).to.equal(page.lang);
      expect(readableText(card.shadowRoot!.querySelector('h2'))).to.equal(page.heading);
      expect(readableText(card.shadowRoot!.querySelector('.counter'))).to.contain(page.counter);
    });
  }
});

describe('dist/embed.html?lang=…', () => {
  it('never shows another language first: the picker hides the English card before the body is parsed', async () => {
    const iframe = await frame('/tmp/embed-before-modules.html?lang=az', { sandbox: 'allow-same-origin allow-scripts' });
    const doc = iframe.contentDocument!;
    expect(doc.documentElement.lang).to.equal('az');
    expect(readable(doc.title)).to.equal(PAGES[0].heading);
    expect(getComputedStyle(doc.querySelector('main')!).visibility).to.equal('hidden');
  });

  for (const query of ['', '?lang=en', '?lang=en-GB']) {
    it(`shows the pre-rendered English card at once for "${query}"`, async () => {
      const iframe = await frame(`/tmp/embed-before-modules.html${query}`, { sandbox: 'allow-same-origin allow-scripts' });
      const main = iframe.contentDocument!.querySelector('main')!;
      expect(getComputedStyle(main).visibility).to.equal('visible');
      expect(iframe.contentDocument!.documentElement.lang).to.equal('en');
    });
  }

  // The picker reads a tag as the card does (Intl's canonical form): the page's
  // lang and title never disagree with the live card (issue #17, row 6).
  for (const [query, lang] of [['rus', 'ru'], ['aze', 'az'], ['%20ru', 'ru'], ['RU-ru', 'ru'], ['ru-x', 'en'], ['xx', 'en']]) {
    it(`?lang=${query}: lang, title and live card all in ${lang}`, async () => {
      const before = (await frame(`/tmp/embed-before-modules.html?lang=${query}`, { sandbox: 'allow-same-origin allow-scripts' })).contentDocument!;
      expect(before.documentElement.lang).to.equal(lang);
      const heading = PAGES.find((page) => page.lang === lang)!.heading;
      expect(readable(before.title)).to.equal(heading);
      const iframe = await frame(`/dist/embed.html?lang=${query}&now=2026-11-25`);
      const card = await liveCard(iframe);
      expect(readableText(card.shadowRoot!.querySelector('h2'))).to.equal(heading);
    });
  }

  it('shows the card once it is live in the language asked for', async () => {
    const iframe = await frame('/dist/embed.html?lang=az&now=2026-11-25');
    const card = await liveCard(iframe);
    const doc = iframe.contentDocument!;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(getComputedStyle(doc.querySelector('main')!).visibility).to.equal('visible');
    expect(doc.documentElement.lang).to.equal('az');
    expect(readableText(card.shadowRoot!.querySelector('h2'))).to.equal('20 Yanvar faciəsi');
  });
});

describe('dist/embed.html warnings about its query', () => {
  const warningsOf = async (query: string) => {
    const iframe = await frame('/tmp/embed-recorded.html', { name: query });
    await liveCard(iframe);
    return pageErrors(iframe).filter((e) => e.startsWith('warn: memorial-card embed'));
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
    const iframe = await frame('/tmp/embed-recorded.html', { name: 'lang=az&now=2026-11-25' });
    const card = await liveCard(iframe);
    expect(pageErrors(iframe)).to.deep.equal([]);
    expect(card.shadowRoot!.querySelectorAll('article').length).to.equal(1);
    expect(readableText(card.shadowRoot!.querySelector('h2'))).to.equal('20 Yanvar faciəsi');
  });

  it('names the retired no-animation parameter as unknown, like any other', async () => {
    expect(await warningsOf('no-animation&now=2026-11-25')).to.deep.equal(['warn: memorial-card embed: unknown parameter "no-animation" ignored.']);
  });
});

describe('dist/embed.html messaging', () => {
  it('sends only its height, and obeys no message it receives', async () => {
    const received: unknown[] = [];
    const iframe = await openFrame('/dist/embed.html?lang=az&now=2026-11-25', { parent: await fixture<HTMLElement>(html`<div style="width: 640px"></div>`) });
    // The frame's page posts no message before it has loaded: none is missed.
    const listener = (event: MessageEvent) => {
      if (event.source === iframe.contentWindow) received.push(event.data);
    };
    addEventListener('message', listener);
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
