// Each text run of the card is drawn in one font family (issue #16): a
// heading stack whose first installed family lacks "ə" (Liberation Serif,
// Georgia) patches that letter from another font. Asked of Chromium itself
// through the DevTools protocol's CSS.getPlatformFontsForNode, for every
// element of the shadow root that holds only text, in every language and layout.
// Also what a screen reader hears of the compact banner's separators.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright';
import { args, executablePath } from '../../scripts/chromium.js';

const script = readFileSync('dist/memorial-card.js', 'utf8');
let browser;
before(async () => {
  browser = await chromium.launch({ executablePath, args });
});
after(() => browser?.close());

async function open(lang, layout, now = '2027-01-20') {
  const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  await page.setContent(`<!doctype html><html lang="${lang}"><body><memorial-card layout="${layout}" now="${now}"></memorial-card></body></html>`);
  await page.addScriptTag({ content: script, type: 'module' });
  await page.waitForFunction(() => document.querySelector('memorial-card')?.shadowRoot?.querySelector('article'));
  return page;
}

describe('fonts: one family per text run', () => {
  for (const lang of ['az', 'en', 'ru']) {
    for (const layout of ['card', 'compact']) {
      it(`${lang}, ${layout}: every text run is drawn in one font family`, async () => {
        const page = await open(lang, layout);
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('DOM.enable');
        await cdp.send('CSS.enable');
        const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
        const withText = [];
        const walk = (node, inShadow) => {
          const shadow = inShadow || node.shadowRootType === 'open';
          // Elements whose children are all text: the protocol reports the fonts of a node's whole subtree.
          const kids = node.children ?? [];
          if (shadow && node.nodeType === 1 && kids.length && kids.every((c) => c.nodeType === 3 || c.nodeType === 8) && kids.some((c) => c.nodeValue.trim()))
            withText.push(node);
          for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) walk(child, shadow);
        };
        walk(root, false);
        assert.ok(withText.length > 1, 'found the card text');
        const mixed = [];
        for (const node of withText) {
          const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId: node.nodeId });
          const families = [...new Set(fonts.map((f) => f.familyName))];
          const text = node.children.filter((c) => c.nodeType === 3).map((c) => c.nodeValue).join('').trim();
          if (families.length > 1) mixed.push(`<${node.localName}> "${text}": ${families.join(' + ')}`);
        }
        assert.deepEqual(mixed, []);
        await page.close();
      });
    }
  }
});

describe('compact: the separators are spoken', () => {
  it('a screen reader hears a full stop between the name, the date and the counter', async () => {
    const page = await open('en', 'compact', '2026-11-25');
    const tree = await page.locator('memorial-card').ariaSnapshot();
    // The dot is CSS content with alternative text: heard as ".", never copied.
    assert.match(tree, /strong: The January 20 tragedy\n\s*- text: \.\n\s*- time: 20 January 1990\n\s*- text: \. 36 years ago \. 37th anniversary in 56 days/);
    await page.close();
  });
});
