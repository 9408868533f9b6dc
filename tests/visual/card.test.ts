// Screenshot baselines: every language × theme × layout at a phone (320 px)
// and a tablet (720 px) width, the clock frozen on an ordinary day, no motion.
import { fixture, html } from '@open-wc/testing';
import { visualDiff } from '@web/test-runner-visual-regression';
import '../../src/index.js';
import type { MemorialCard } from '../../src/memorial-card-element.js';

describe('visual: the card as people see it', () => {
  before(async () => {
    await document.fonts.ready;
  });

  for (const width of [320, 720]) {
    for (const lang of ['az', 'en', 'ru']) {
      for (const theme of ['light', 'dark']) {
        for (const layout of ['card', 'compact']) {
          const name = `${layout}-${lang}-${theme}-${width}`;
          it(name, async () => {
            const frame = await fixture<HTMLElement>(html`<div style="width: ${width}px; padding: 8px; box-sizing: border-box; background: ${theme === 'dark' ? '#000' : '#fff'}">
              <memorial-card lang=${lang} theme=${theme} layout=${layout} now="2026-11-25" no-animation></memorial-card>
            </div>`);
            await (frame.querySelector('memorial-card') as MemorialCard).updateComplete;
            await visualDiff(frame, name);
          });
        }
      }
    }
  }
});
