// The page around the card, and the strings in its data, cannot change how
// the card's own words are laid out: "the page cannot re-lay-out the card:
// the host element starts from all: initial, so inherited text properties do
// not come in", and "strings from data are bidi-isolated".
import { expect, html } from '@open-wc/testing';
import type { MemorialEvent } from '../../src/data/event.js';
import { HOSTILE_HOST, card } from '../support/card.js';
import { exampleEvent } from '../support/event.js';

const PROPERTIES = [
  'text-align', 'letter-spacing', 'word-spacing', 'text-transform', 'text-indent', 'font-style', 'font-variant-caps',
  'font-weight', 'line-height', 'white-space-collapse', 'text-wrap-mode', 'font-family', 'font-size', 'color', 'text-shadow',
  'word-break', 'hyphens', 'font-feature-settings', '-webkit-text-fill-color', 'direction', 'font-kerning', 'font-stretch',
  'line-break', 'writing-mode', 'visibility',
];
const PARTS = ['card', 'title', 'date', 'counter', 'value', 'label', 'summary', 'source'];

function styleOf(el: HTMLElement): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of PARTS) {
    const node = el.shadowRoot!.querySelector(`[part~="${name}"]`);
    if (!node) continue;
    const style = getComputedStyle(node);
    for (const property of PROPERTIES) out[`${name} ${property}`] = style.getPropertyValue(property);
  }
  return out;
}

describe('isolation: a hostile host page', () => {
  for (const layout of ['card', 'compact']) {
    it(`cannot change the card's computed text styles (${layout})`, async () => {
      const plain = await card({ width: 700, lang: 'en', layout, now: '2026-11-25' });
      const hostile = await card(
        html`<div style=${`width: 700px; ${HOSTILE_HOST}; direction: rtl`}><memorial-card lang="en" layout=${layout} now="2026-11-25"></memorial-card></div>`,
      );
      const differences = Object.entries(styleOf(hostile)).filter(([key, value]) => styleOf(plain)[key] !== value);
      expect(differences).to.deep.equal([]);
    });
  }

  it('cannot re-lay-out the card with rules that match the element itself (".entry-content *")', async () => {
    const style = document.createElement('style');
    style.textContent = `.entry-content * { letter-spacing: .3em; text-transform: uppercase; word-spacing: 1em; text-indent: 4em;
      white-space: pre; -webkit-text-security: disc; text-align: center; text-shadow: 1px 1px red; word-break: break-all }`;
    document.head.append(style);
    try {
      const plain = await card({ width: 700, lang: 'en', now: '2026-11-25' });
      const hostile = await card(html`<div class="entry-content" style="width: 700px"><memorial-card lang="en" now="2026-11-25"></memorial-card></div>`);
      const differences = Object.entries(styleOf(hostile)).filter(([key, value]) => styleOf(plain)[key] !== value);
      expect(differences).to.deep.equal([]);
      expect(getComputedStyle(hostile.shadowRoot!.querySelector('.summary')!).getPropertyValue('-webkit-text-security')).to.equal('none');
      expect(hostile.getBoundingClientRect().height).to.equal(plain.getBoundingClientRect().height);
    } finally {
      style.remove();
    }
  });

  for (const container of ['display: flex; flex-direction: column; align-items: center', 'display: flex', 'display: grid; justify-items: center']) {
    it(`takes the width it is given inside a content-sized flex or grid item (${container})`, async () => {
      const el = await card(html`<div style="width: 700px; ${container}"><memorial-card lang="en" now="2026-11-25"></memorial-card></div>`);
      expect(el.getBoundingClientRect().width).to.be.greaterThan(600);
      expect(el.getBoundingClientRect().height).to.be.below(900);
    });
  }

  it('keeps its sizes on a page whose root font size is 62.5% (sizes follow the reader\'s font size, not the page\'s rem)', async () => {
    const plain = await card({ width: 700, lang: 'en', now: '2026-11-25' });
    const sizes = (el: HTMLElement) => ['.label', '.value', 'h2', '.n', '.source'].map((s) => getComputedStyle(el.shadowRoot!.querySelector(s)!).fontSize);
    const before = sizes(plain);
    document.documentElement.style.fontSize = '62.5%';
    try {
      expect(sizes(plain)).to.deep.equal(before);
      expect(before[0]).to.equal('15px');
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  it('scales as a whole with --memorial-card-font-size', async () => {
    const el = await card({ width: 700, lang: 'en', now: '2026-11-25', style: '--memorial-card-font-size: 20px' });
    expect(getComputedStyle(el.shadowRoot!.querySelector('.label')!).fontSize).to.equal('18.75px');
    expect(getComputedStyle(el.shadowRoot!.querySelector('.value')!).fontSize).to.equal('40px');
  });

  it('still hides the card where the page hides it (visibility is the page\'s to decide)', async () => {
    const el = await card(html`<div style="visibility: hidden"><memorial-card lang="en" now="2026-11-25"></memorial-card></div>`);
    expect(getComputedStyle(el.shadowRoot!.querySelector('h2')!).visibility).to.equal('hidden');
  });
});

/** Text nodes of the card's own words: everything outside the elements that hold strings from data. */
function ownTextNodes(root: ShadowRoot): Text[] {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (!node.parentElement!.closest('bdi, [dir="auto"], .vh, svg') && node.data.trim()) nodes.push(node);
  }
  return nodes;
}

/** Characters of our own words that are drawn out of reading order (right to left) on their line. */
function reordered(root: ShadowRoot): string[] {
  const range = document.createRange();
  const out: string[] = [];
  for (const node of ownTextNodes(root)) {
    let last: DOMRect | undefined;
    for (let i = 0; i < node.data.length; i++) {
      if (/\s/.test(node.data[i])) continue;
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const box = range.getBoundingClientRect();
      if (box.width === 0) continue;
      if (last && Math.abs(box.top - last.top) < 2 && box.left < last.left - 0.5) out.push(`"${node.data.trim()}" at "${node.data[i]}"`);
      last = box;
    }
  }
  return out;
}

describe('isolation: bidi controls in data', () => {
  const CONTROLS: [string, string][] = [
    ['RLO', '\u202E'], ['LRO', '\u202D'], ['RLI', '\u2067'], ['RLE', '\u202B'],
    // A paragraph separator ends the bidi paragraph and with it the isolation.
    ['PS then RLO', '\u2029\u202E'], ['NEL then RLO', '\u0085\u202E'], ['FS then RLO', '\u001C\u202E'],
  ];
  const FIELDS = ['title', 'label', 'short', 'summary', 'sourceName', 'source.name', 'alsoKnownAs', 'place', 'dayName'];

  const eventWith = (field: string, value: string): MemorialEvent => {
    const text: Record<string, unknown> = {
      title: 'Memorial',
      summary: 'A sentence.',
      alsoKnownAs: 'Other name',
      place: 'Town',
      dayName: 'Day of remembrance',
      figures: { a: 'names read' },
      figuresShort: { a: 'read' },
    };
    if (field === 'label') text.figures = { a: value };
    else if (field === 'short') text.figuresShort = { a: value };
    else if (field !== 'source.name') text[field] = value;
    return { ...exampleEvent({ id: 'bidi', value: 120, source: field === 'source.name' ? value : 'Archive' }), text: { en: text as never } };
  };

  for (const [name, control] of CONTROLS) {
    for (const field of FIELDS) {
      for (const layout of ['card', 'compact']) {
        for (const now of ['2026-11-25', '2026-06-15']) {
          it(`${name} in ${field} (${layout}, ${now}) leaves "26 years ago", "120" and the rest of our words in order`, async () => {
            const el = await card(
              html`<div style="width: 900px"><memorial-card lang="en" layout=${layout} now=${now} .data=${eventWith(field, `${control}abc def 12`)}></memorial-card></div>`,
            );
            // The compact banner has no figures (issue #16): its words are the name, the date and the counter.
            if (layout === 'card') expect(el.shadowRoot!.textContent).to.contain('120');
            expect(reordered(el.shadowRoot!)).to.deep.equal([]);
          });
        }
      }
    }
  }

  it('the check itself sees reordered text (it can fail)', async () => {
    const el = await card({ width: 900, lang: 'en', now: '2026-11-25' });
    el.shadowRoot!.querySelector('.n')!.textContent = '\u202E36';
    expect(reordered(el.shadowRoot!).join()).to.contain('36');
  });
});
