// Screenshot baselines: every language × theme × layout at a phone (320 px)
// and a desktop (900 px) width, on an ordinary day and on the anniversary
// (the clock frozen); the auto theme on a page that declares no colour
// scheme and on one that allows dark, for a reader who prefers dark; and the
// card on a hostile host page, which must look exactly like the plain one.
import { fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import '../../src/index.js';
import type { MemorialCard } from '../../src/memorial-card-element.js';
import { HOSTILE_HOST } from '../support/card.js';

const DAYS = { ordinary: '2026-11-25', anniversary: '2027-01-20' } as const;

async function shot(name: string, card: ReturnType<typeof html>, width: number, background: string, style = '') {
  const frame = await fixture<HTMLElement>(
    html`<div style="width: ${width}px; padding: 8px; box-sizing: border-box; background: ${background}; ${style}">${card}</div>`,
  );
  await (frame.querySelector('memorial-card') as MemorialCard).updateComplete;
  await visualDiff(frame, name);
}

describe('visual: the card as people see it', () => {
  before(async () => {
    await document.fonts.ready;
  });
  after(() => emulateMedia({ colorScheme: 'light' }));

  for (const width of [320, 900]) {
    for (const lang of ['az', 'en', 'ru']) {
      for (const theme of ['light', 'dark']) {
        for (const layout of ['card', 'compact']) {
          for (const [day, now] of Object.entries(DAYS)) {
            const name = `${layout}-${lang}-${theme}-${width}-${day}`;
            it(name, () =>
              shot(
                name,
                html`<memorial-card lang=${lang} theme=${theme} layout=${layout} now=${now}></memorial-card>`,
                width,
                theme === 'dark' ? '#000' : '#fff',
              ),
            );
          }
        }
      }
    }
  }

  it('auto theme, a page that declares no colour scheme, a reader who prefers dark: the light card', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    await shot('auto-silent-page-dark-reader', html`<memorial-card lang="en" now="2026-11-25"></memorial-card>`, 900, '#fff');
  });

  it('auto theme, a page that allows dark, a reader who prefers dark: the dark card', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    await shot(
      'auto-dark-page-dark-reader',
      html`<memorial-card lang="en" now="2026-11-25"></memorial-card>`,
      900,
      '#000',
      'color-scheme: light dark',
    );
  });

  for (const layout of ['card', 'compact']) {
    it(`a hostile host page changes nothing (${layout}): the same pixels as the plain page`, async () => {
      await emulateMedia({ colorScheme: 'light' });
      await shot(
        `${layout}-en-light-900-ordinary`,
        html`<memorial-card lang="en" theme="light" layout=${layout} now="2026-11-25"></memorial-card>`,
        900,
        '#fff',
        HOSTILE_HOST,
      );
    });
  }
});
