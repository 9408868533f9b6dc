// The server renderer as a consumer imports it: `memorial-card/render`,
// resolved through package.json's exports to the built, bundled
// dist/ssr/render.js (run `npm run build` first). Node's own test runner:
// `node --test tests/node/`.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parse } from 'parse5';
import { namesRead as example } from '../support/event.js';

// Taken before the renderer is loaded: loading it must not add a DOM either.
const globalsBefore = new Set(Object.getOwnPropertyNames(globalThis));
const domBefore = { document: typeof document, window: typeof globalThis.window, navigator: typeof globalThis.navigator };
const { cardCss, renderCard, renderPage, scriptJson, styleHash } = await import('memorial-card/render');


/** Parses `markup` as HTML, failing on any parse error, and returns the tree. */
function parseStrict(markup) {
  const errors = [];
  const tree = parse(`<!doctype html><html lang="en"><head><title>t</title></head><body>${markup}</body></html>`, {
    onParseError: (error) => errors.push(`${error.code} at ${error.startOffset}`),
  });
  assert.deepEqual(errors, [], 'the markup parses without errors');
  return tree;
}
const elements = (node, found = []) => {
  if (node.tagName) found.push(node);
  for (const child of node.childNodes ?? []) elements(child, found);
  if (node.content) elements(node.content, found);
  return found;
};
const textOf = (node) => (node.nodeName === '#text' ? node.value : (node.childNodes ?? []).map(textOf).join(''));
const attr = (node, name) => node.attrs.find((a) => a.name === name)?.value;

describe('renderCard with custom data', () => {
  it('renders the custom event, and the JSON child gives back the data', async () => {
    const markup = await renderCard({ lang: 'en', now: '2026-11-25', data: example });
    const all = elements(parseStrict(markup));
    const card = all.find((e) => e.tagName === 'memorial-card');
    const template = card.childNodes.find((n) => n.tagName === 'template');
    assert.equal(attr(template, 'shadowrootmode'), 'open');
    const title = elements(template.content).find((e) => e.tagName === 'h2');
    assert.equal(textOf(title), 'An example memorial');
    const scripts = card.childNodes.filter((n) => n.tagName === 'script');
    assert.equal(scripts.length, 1);
    assert.equal(attr(scripts[0], 'type'), 'application/json');
    assert.deepEqual(JSON.parse(textOf(scripts[0])), example);
    // The value and its label are kept together by a no-break space.
    assert.match(textOf(card), /120\u00a0names read/);
  });

  it('escapes the JSON for a <script>: markup in the data stays data', async () => {
    const title = '</script><script>alert(1)</script><!-- \u2028\u2029 & </SCRIPT >';
    const data = { ...example, text: { en: { ...example.text.en, title } } };
    const markup = await renderCard({ lang: 'en', now: '2026-11-25', data });
    assert.doesNotMatch(markup, /<\/script><script>alert/i);
    const all = elements(parseStrict(markup));
    assert.equal(all.filter((e) => e.tagName === 'script').length, 1, 'one script element, the JSON child');
    const json = textOf(all.find((e) => e.tagName === 'script'));
    assert.doesNotMatch(json, /[<>\u2028\u2029]/);
    // The validated copy: a paragraph separator (U+2029, which would end a string's bidi isolation) is a space.
    assert.deepEqual(JSON.parse(json), { ...data, text: { en: { ...data.text.en, title: title.replace(/\u2029/g, ' ') } } });
    assert.equal(scriptJson('</script>\u2028'), '"\\u003c/script\\u003e\\u2028"');
  });

  it('throws a RangeError naming the option for invalid data, instead of printing another card', async () => {
    await assert.rejects(renderCard({ data: { ...example, figures: [] } }), (error) => error instanceof RangeError && /^data: figures/.test(error.message));
  });

  it('keeps the RangeError short however many problems: the first 10, each cut to 120 characters, and a count', async () => {
    const data = { ...example };
    for (let i = 0; i < 100_000; i++) data[`unknown-${i}-${'k'.repeat(200)}`] = i;
    await assert.rejects(renderCard({ data }), (error) => {
      assert.ok(error instanceof RangeError);
      assert.ok(error.message.length < 2000, `${error.message.length} characters`);
      assert.equal(error.message.split('; ').length, 11);
      assert.match(error.message, /; and 99990 more$/);
      for (const problem of error.message.slice('data: '.length).split('; ').slice(0, 10)) assert.ok(problem.length <= 121, problem);
      return true;
    });
  });
});

describe('renderCard output', () => {
  it('is standard markup: shadowrootmode only, no Lit markers, a tidy opening tag', async () => {
    const markup = await renderCard({ lang: 'az', theme: 'dark', layout: 'compact', now: '2026-11-25', freeze: true, timeZone: 'Asia/Baku' });
    assert.match(markup, /^<memorial-card lang="az" theme="dark" layout="compact" now="2026-11-25" time-zone="Asia\/Baku"><template shadowrootmode="open">/);
    assert.doesNotMatch(markup, /\sshadowroot=/);
    assert.doesNotMatch(markup, /<!--\/?lit-|<\?lit/);
    parseStrict(markup);
  });

  it('is the same for the same fixed now, and says what that day says', async () => {
    const a = await renderCard({ lang: 'en', now: '2026-11-25' });
    const b = await renderCard({ lang: 'en', now: '2026-11-25' });
    assert.equal(a, b);
    const words = a.replace(/<style>[^<]*<\/style>/g, '').replace(/<[^>]+>/g, ' ').replace(/[^\p{L}\p{N}]+/gu, ' ');
    assert.match(words, /36 years ago 37th anniversary in 56 days/);
  });

  it('renders the text as of now, but leaves the element live: no now attribute', async () => {
    const markup = await renderCard({ lang: 'en', now: '2026-01-20' });
    assert.match(markup, /^<memorial-card lang="en"><template shadowrootmode="open">/);
    assert.doesNotMatch(markup.slice(0, markup.indexOf('<template')), /\snow=/);
    assert.match(markup.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' '), /36th anniversary today/);
  });

  it('freezes the element only when asked: freeze writes now onto it', async () => {
    assert.match(await renderCard({ lang: 'en', now: '2026-01-20', freeze: true }), /^<memorial-card lang="en" now="2026-01-20">/);
    assert.match(await renderCard({ lang: 'en', now: '2026-01-20', freeze: false }), /^<memorial-card lang="en">/);
    // Without now: frozen at the time of rendering, as an ISO instant.
    const before = Date.now();
    const [, instant] = /^<memorial-card lang="en" now="([^"]+)">/.exec(await renderCard({ freeze: true }));
    assert.ok(Date.parse(instant) >= before - 1 && Date.parse(instant) <= Date.now(), instant);
    for (const bad of ['yes', 1, null]) {
      await assert.rejects(renderCard({ freeze: bad }), (error) => error instanceof RangeError && /^freeze:/.test(error.message), String(bad));
    }
  });

  it('takes now as a Date or epoch milliseconds too, written (when frozen) as an ISO instant', async () => {
    const instant = Date.UTC(2026, 10, 25, 12);
    for (const now of [new Date(instant), instant]) {
      assert.match(await renderCard({ now, freeze: true }), /^<memorial-card lang="en" now="2026-11-25T12:00:00.000Z">/);
    }
    await assert.rejects(renderCard({ now: new Date(NaN) }), RangeError);
  });

  it('passes show-days-before through as an attribute, and checks it', async () => {
    assert.match(await renderCard({ showDaysBefore: 30 }), /^<memorial-card lang="en" show-days-before="30"[ >]/);
    assert.match(await renderCard({ showDaysBefore: '0' }), /show-days-before="0"/);
    for (const bad of [-1, 367, 1.5, '1e2', 'x', NaN]) {
      await assert.rejects(renderCard({ showDaysBefore: bad }), (error) => error instanceof RangeError && /^show-days-before:/.test(error.message), String(bad));
    }
  });

  it("passes heading-level through as an attribute: the <h2>'s aria-level, and checks it", async () => {
    const html = await renderCard({ headingLevel: 3, now: '2026-11-25' });
    assert.match(html, /^<memorial-card lang="en" heading-level="3"[ >]/);
    assert.match(html, /<h2 id="title"[^>]* aria-level="3"/);
    assert.doesNotMatch(await renderCard({ now: '2026-11-25' }), /aria-level/);
    for (const bad of [0, 7, 2.5, 'h3']) {
      await assert.rejects(renderCard({ headingLevel: bad }), (error) => error.name === 'RenderOptionError' && error.option === 'heading-level', String(bad));
    }
  });

  it('refuses an option it does not know (a typo would print another card), naming it', async () => {
    await assert.rejects(renderCard({ lnag: 'az' }), (error) => error.constructor.name === 'RenderOptionError', 'the class keeps its name in the minified build');
    await assert.rejects(renderCard({ lnag: 'az' }), (error) => error.name === 'RenderOptionError' && error.option === 'lnag' && /known: lang, theme/.test(error.message));
    await assert.rejects(renderPage({}, { titel: 'x' }), (error) => error.option === 'titel' && /known: head, script, title, description/.test(error.message));
    // Named with its controls and separators escaped: a key cannot forge a line or reorder one.
    await assert.rejects(renderCard({ 'a\nforged: line': 1 }), (error) => error.option === 'a\\u000aforged: line' && !error.message.includes('\n'));
    await assert.rejects(renderCard({ 'x\u2028y\u202ez': 1 }), (error) => error.option === 'x\\u2028y\\u202ez');
    await assert.rejects(renderCard({ [Symbol('lnag')]: 'az' }), (error) => error.option === 'Symbol(lnag)');
    await assert.rejects(renderCard(Object.defineProperty({}, 'lnag', { value: 'az' })), (error) => error.option === 'lnag');
    // Not a plain object: its entries would be ignored.
    for (const odd of [new Map([['lang', 'ru']]), [], new Date(), new (class Options { lang = 'az'; })()]) {
      await assert.rejects(renderCard(odd), (error) => error.name === 'RenderOptionError' && error.option === 'options' && /not a plain object/.test(error.message), String(odd));
    }
  });

  it("reads only the options object's own properties: a polluted Object.prototype sets nothing", async () => {
    try {
      Object.prototype.head = '<script>alert(1)</script>';
      Object.prototype.stylesheet = 'https://evil.example/x.css';
      Object.prototype.headingLevel = 5;
      const page = await renderPage({ lang: 'az', now: '2026-11-25' });
      assert.ok(!page.includes('alert(1)') && !page.includes('evil.example') && !page.includes('aria-level'), 'nothing inherited');
    } finally {
      delete Object.prototype.head;
      delete Object.prototype.stylesheet;
      delete Object.prototype.headingLevel;
    }
  });

  it('takes only http(s) or relative URLs a CSP can name for script and stylesheet', async () => {
    for (const bad of ['javascript:alert(1)', 'data:text/css,x', 'blob:https://a/b', 'ftp://a/x.css', '//*/x.css', 'https://*.example/x.css', 'https://a;script-src/x.css', 'https://a,b/x.css', 'https://[::1]/x.css', 'https://user:pw@cdn.example/x.css', 'https://[::1/x.css']) {
      await assert.rejects(renderCard({ stylesheet: bad }), (error) => error.option === 'stylesheet', bad);
      await assert.rejects(renderPage({}, { script: bad }), (error) => error.option === 'script', bad);
    }
    for (const good of ['memorial-card.css', '/dist/memorial-card.css', '//cdn.example/x.css', 'https://cdn.example:8443/x.css', 'http://127.0.0.1/x.css']) {
      assert.match(await renderCard({ stylesheet: good }), /<link rel="stylesheet" href=/, good);
    }
  });

  for (const [option, value] of [['lang', 'xx'], ['theme', 'bogus'], ['layout', 'grid'], ['now', 'yesterday'], ['timeZone', 'Mars/Olympus']]) {
    it(`rejects ${option}=${value} with a RangeError naming it`, async () => {
      await assert.rejects(renderCard({ [option]: value }), (error) => error instanceof RangeError && error.message.includes(value));
    });
  }

  it('leaves no DOM behind in the Node process', async () => {
    await renderCard({ lang: 'ru', data: example });
    assert.deepEqual({ document: typeof document, window: typeof globalThis.window, navigator: typeof globalThis.navigator }, domBefore);
    // Lit's own version markers and metadata map, and nothing else: no
    // customElements or litServerRoot from its Node build (issue #17, row 17).
    const added = Object.getOwnPropertyNames(globalThis).filter((name) => !globalsBefore.has(name));
    for (const name of added) assert.match(name, /^(litPropertyMetadata|(reactiveElement|litElement|litHtml)Versions)$/, name);
    for (const name of ['customElements', 'litServerRoot', 'document', 'window', 'HTMLElement', 'Element', 'Node', 'ShadowRoot', 'location', 'requestAnimationFrame']) {
      assert.ok(!added.includes(name), name);
    }
    assert.equal(typeof customElements, 'undefined', 'isomorphic code still knows it is not in a browser');
  });
});

describe('hostile options: always a RenderOptionError naming the option (issue #17, row 12)', () => {
  /** Asserts that `promise` rejects with a RenderOptionError (a RangeError) for `option` whose message matches `pattern`. */
  const refuses = (promise, option, pattern) =>
    assert.rejects(promise, (error) => {
      assert.ok(error instanceof RangeError, `${error?.name}: ${error?.message}`);
      assert.equal(error.name, 'RenderOptionError');
      assert.equal(error.option, option);
      assert.match(error.message, pattern);
      return true;
    });
  const throwing = (what) => ({ [what]() { throw new Error('the value\'s own'); } });

  it('refuses options that are not an object: null, a number, a string, a boolean', async () => {
    for (const bad of [null, 42, 'en', true]) {
      await refuses(renderCard(bad), 'options', /^options: .* is not an object of options$/);
      await refuses(renderPage({}, bad), 'page', /^page: .* is not an object of options$/);
    }
    // undefined is no options at all.
    assert.match(await renderCard(undefined), /^<memorial-card lang="en">/);
  });

  it('takes a null-prototype options object', async () => {
    const options = Object.assign(Object.create(null), { lang: 'ru', now: '2026-11-25' });
    assert.match(await renderCard(options), /^<memorial-card lang="ru">/);
    await refuses(renderCard(Object.assign(Object.create(null), { theme: 'x' })), 'theme', /^theme: "x" is not one of/);
  });

  it('names the option a throwing getter, a throwing Proxy or a revoked one stands for', async () => {
    await refuses(renderCard({ get timeZone() { throw new Error('getter'); } }), 'time-zone', /^time-zone: cannot be read \(getter\)$/);
    await refuses(renderCard(new Proxy({ lang: 'az' }, { get() { throw new Error('trap'); } })), 'lang', /cannot be read \(trap\)/);
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    await refuses(renderCard(proxy), 'options', /cannot be read/);
    await refuses(renderPage({}, { get title() { throw Object.create(null); } }), 'title', /cannot be read \(an object\)/);
  });

  it('never runs an option value\'s own toString, valueOf or Symbol.toPrimitive', async () => {
    const hostile = [
      Object.create(null),
      throwing('toString'),
      { ...throwing('toString'), ...throwing('valueOf') },
      { [Symbol.toPrimitive]() { throw new Error('the value\'s own'); } },
      Symbol('s'),
      10n,
    ];
    for (const [option, name] of [['lang'], ['theme'], ['layout'], ['now'], ['timeZone', 'time-zone'], ['showDaysBefore', 'show-days-before'], ['freeze']]) {
      for (const value of hostile) await refuses(renderCard({ [option]: value }), name ?? option, /is not/);
    }
    for (const value of hostile) await refuses(renderPage({}, { script: value }), 'script', /is not a URL/);
    for (const value of hostile) await refuses(renderCard({ stylesheet: value }), 'stylesheet', /is not a URL/);
    await refuses(renderCard({ now: new Proxy(new Date(), {}) }), 'now', /is not an ISO 8601/);
  });

  it('refuses null like any other value it cannot use, and a list for a word', async () => {
    for (const option of ['lang', 'theme', 'layout', 'now', 'timeZone', 'freeze']) await assert.rejects(renderCard({ [option]: null }), RangeError, option);
    await refuses(renderCard({ layout: ['card'] }), 'layout', /^layout: a list of 1 is not one of card, compact$/);
    await refuses(renderCard({ lang: ['en'] }), 'lang', /^lang: a list of 1 is not/);
  });

  it("refuses a page's title, description or head of any type but text, and a title of spaces only", async () => {
    for (const value of [Object.create(null), throwing('toString'), 7, null, ['t'], Symbol('t')]) {
      for (const option of ['title', 'description', 'head']) await refuses(renderPage({}, { [option]: value }), option, /is not text/);
    }
    for (const value of ['', '  ']) await refuses(renderPage({}, { title: value }), 'title', /is not text with more than spaces/);
    assert.match(await renderPage({}, { title: 'A <title>', description: '' }), /<title>A &#60;title&#62;<\/title>\n<meta name="description" content="">/);
  });
});

describe("the host process's globals (issue #17, row 17)", () => {
  /** Runs `code` (an ES module) in a fresh Node process and returns what it printed, parsed. */
  const fresh = (code) => {
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8', cwd: new URL('../..', import.meta.url).pathname });
    return JSON.parse(out);
  };

  it('leaves customElements undefined after the import and after each render', () => {
    const seen = fresh(`
      const seen = [typeof customElements, typeof litServerRoot];
      const { renderCard } = await import('memorial-card/render');
      seen.push(typeof customElements, typeof litServerRoot);
      const html = await renderCard({ lang: 'az', now: '2026-11-25' });
      seen.push(typeof customElements, typeof litServerRoot, /20\\sYanvar faciəsi/.test(html));
      console.log(JSON.stringify(seen));`);
    assert.deepEqual(seen, ['undefined', 'undefined', 'undefined', 'undefined', 'undefined', 'undefined', true]);
  });

  it('keeps a registry the host had before, and defines the card in it', () => {
    const seen = fresh(`
      const tags = new Map();
      // As a real registry, define() reads observedAttributes (which makes Lit finalize the class).
      const registry = { get: (name) => tags.get(name), define: (name, ctor) => tags.set(name, ctor) && ctor.observedAttributes };
      globalThis.customElements = registry;
      const { renderCard } = await import('memorial-card/render');
      const html = await renderCard({ now: '2026-11-25' });
      console.log(JSON.stringify([globalThis.customElements === registry, tags.has('memorial-card'), /January\\s20\\stragedy/.test(html)]));`);
    assert.deepEqual(seen, [true, true, true]);
  });

  it('renders with its own registry when the host sets a customElements of its own later, and leaves that one in place', () => {
    const seen = fresh(`
      const { renderCard } = await import('memorial-card/render');
      const later = { get: () => undefined, define() {} };
      globalThis.customElements = later;
      const html = await renderCard({ now: '2026-11-25' });
      console.log(JSON.stringify([globalThis.customElements === later, /January\\s20\\stragedy/.test(html), typeof litServerRoot]));`);
    assert.deepEqual(seen, [true, true, 'undefined']);
  });
});

describe('renderPage', () => {
  it('is a whole page in the card\'s language: lang, title, description, main, and no icon link (a data: icon breaks img-src \'self\')', async () => {
    const page = await renderPage({ lang: 'ru', now: '2026-11-25' }, { head: '<script type="module" src="memorial-card.js"></script>' });
    const all = elements(parse(page));
    assert.equal(attr(all.find((e) => e.tagName === 'html'), 'lang'), 'ru');
    assert.match(textOf(all.find((e) => e.tagName === 'title')), /^Трагедия 20\sянваря$/);
    assert.ok(attr(all.find((e) => e.tagName === 'meta' && attr(e, 'name') === 'description'), 'content').length > 20);
    assert.equal(all.find((e) => e.tagName === 'link' && attr(e, 'rel') === 'icon'), undefined);
    assert.doesNotMatch(page, /data:/);
    const main = all.find((e) => e.tagName === 'main');
    assert.ok(elements(main).some((e) => e.tagName === 'memorial-card'));
    assert.ok(all.some((e) => e.tagName === 'script' && attr(e, 'src') === 'memorial-card.js'));
  });

  it("takes <html lang> from the language the words came from, not the card's, when the data has none in it", async () => {
    const page = await renderPage({ lang: 'az', now: '2026-11-25', data: example });
    const all = elements(parse(page));
    assert.equal(attr(all.find((e) => e.tagName === 'html'), 'lang'), 'en');
    assert.equal(textOf(all.find((e) => e.tagName === 'title')), 'An example memorial');
    assert.equal(attr(all.find((e) => e.tagName === 'meta' && attr(e, 'name') === 'description'), 'content'), 'One neutral sentence.');
    // The card keeps the language asked for (its own words are in Azerbaijani).
    assert.equal(attr(all.find((e) => e.tagName === 'memorial-card'), 'lang'), 'az');
    const az = elements(parse(await renderPage({ lang: 'az', data: { ...example, text: { ...example.text, az: { ...example.text.en, title: 'Nümunə' } } } })));
    assert.equal(attr(az.find((e) => e.tagName === 'html'), 'lang'), 'az');
  });

  it('has no script unless asked; script adds <script type="module" src>, escaped, and refuses quotes and <', async () => {
    assert.doesNotMatch(await renderPage({ lang: 'en' }), /<script/);
    const page = await renderPage({ lang: 'en' }, { script: '/cdn/memorial-card.js?v=1&x=2' });
    const scripts = elements(parse(page)).filter((e) => e.tagName === 'script');
    assert.equal(scripts.length, 1);
    assert.equal(attr(scripts[0], 'type'), 'module');
    assert.equal(attr(scripts[0], 'src'), '/cdn/memorial-card.js?v=1&x=2');
    assert.match(page, /src="\/cdn\/memorial-card\.js\?v=1&#38;x=2"/);
    for (const bad of ['a"b', "a'b", 'a<b', 'a>b', 'a b', 'a\nb', '']) {
      await assert.rejects(renderPage({}, { script: bad }), (error) => error instanceof RangeError && /^script:/.test(error.message), JSON.stringify(bad));
    }
  });
});

describe("the card's styles under a strict CSP (issue #17, row 16)", () => {
  const inlineStyle = (markup) => {
    const styles = elements(parseStrict(markup)).filter((e) => e.tagName === 'style');
    assert.equal(styles.length, 1, 'one <style>');
    return textOf(styles[0]);
  };

  it("inlines the styles by default, and styleHash is the CSP source of that <style>: 'sha256-' and its text's SHA-256", async () => {
    const css = inlineStyle(await renderCard({ lang: 'az', theme: 'dark', layout: 'compact', now: '2026-11-25' }));
    assert.equal(css, cardCss);
    assert.equal(styleHash, `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`);
    // One hash for every card: the options do not change the styles.
    assert.equal(inlineStyle(await renderCard({ lang: 'ru', data: example })), css);
  });

  it('links the stylesheet instead with the stylesheet option: no <style>, the URL escaped as an attribute', async () => {
    for (const render of [renderCard, renderPage]) {
      const markup = await render({ lang: 'en', stylesheet: '/assets/memorial-card.css?v=1&x=2' });
      assert.doesNotMatch(markup, /<style|\sstyle=/);
      const links = elements(render === renderCard ? parseStrict(markup) : parse(markup)).filter((e) => e.tagName === 'link');
      assert.deepEqual(links.map((l) => [attr(l, 'rel'), attr(l, 'href')]), [['stylesheet', '/assets/memorial-card.css?v=1&x=2']]);
      assert.match(markup, /<template shadowrootmode="open"><link rel="stylesheet" href="\/assets\/memorial-card\.css\?v=1&#38;x=2"><article/);
    }
    // `$&` in a URL is text, not a replacement pattern.
    assert.match(await renderCard({ stylesheet: 'a$&b.css' }), /href="a\$&#38;b\.css"/);
    for (const bad of ['a"b', "a'b", 'a<b', 'a>b', 'a b', 'a\nb', 'a`b', '', 'x'.repeat(2049), 7, null]) {
      await assert.rejects(renderCard({ stylesheet: bad }), (error) => error instanceof RangeError && error.option === 'stylesheet', JSON.stringify(bad));
    }
  });

  it('ships the stylesheet as dist/memorial-card.css: the very text the shadow root inlines', () => {
    assert.equal(readFileSync(new URL('../../dist/memorial-card.css', import.meta.url), 'utf8'), cardCss);
  });
});

describe('the embed pages', () => {
  for (const lang of ['', '-az', '-en', '-ru']) {
    it(`dist/embed${lang}.html has nothing inline (no <style>, style=, inline script, data: URL): it links its icon, embed.css and memorial-card.css`, () => {
      const page = readFileSync(new URL(`../../dist/embed${lang}.html`, import.meta.url), 'utf8');
      const all = elements(parse(page));
      assert.deepEqual(all.filter((e) => e.tagName === 'style' || attr(e, 'style') !== undefined), []);
      assert.deepEqual(all.filter((e) => e.tagName === 'script' && !attr(e, 'src') && attr(e, 'type') !== 'application/json'), []);
      assert.doesNotMatch(page, /data:/);
      assert.deepEqual(all.filter((e) => e.tagName === 'link').map((l) => [attr(l, 'rel'), attr(l, 'href')]), [
        ['icon', 'carnation.svg'],
        ['stylesheet', 'embed.css'],
        ['stylesheet', 'memorial-card.css'],
      ]);
    });
  }

  for (const lang of ['az', 'en', 'ru']) {
    it(`dist/embed-${lang}.html is not frozen: no now on the element, so it goes live with the reader's clock`, () => {
      const page = readFileSync(new URL(`../../dist/embed-${lang}.html`, import.meta.url), 'utf8');
      assert.match(page, new RegExp(`<memorial-card lang="${lang}"><template`));
    });
  }
});
