// Lines break where a typesetter would break them: "a number never ends a
// line when its unit, month or label follows, a date never breaks inside, the
// separator dot never starts a line, the event's name never breaks between
// month and day, and an ordinal keeps its suffix". Measured on the rendered
// card, character by character, at every 8 px from 240 to 1200 px, in every
// language and layout, on an ordinary day and on the anniversary. Not a search for no-break spaces in strings: this reads
// where the browser actually broke the lines. Also, per language: a Russian
// preposition or one-letter word never ends a line («в / Баку»), «Bu gün»
// stays together and nothing breaks right after it, the day's name («День
// всенародной скорби») never splits, and the compact banner is one line from 880 px on, on
// every day that changes its words.
import { expect } from '@open-wc/testing';
import { card } from '../support/card.js';

interface Glyph {
  readonly char: string;
  readonly top: number;
  readonly height: number;
  readonly block: Element;
  readonly time: Element | null;
  readonly node: Text;
  /** The word the glyph belongs to, for messages and the month rule. */
  readonly word: string;
}

const MONTHS = /^(january|yanvar|января|январь)$/i;
const SKIP = /[\s\u00a0\u2060]/;

/** Every visible character in the shadow root with its line position and block. */
function glyphs(root: ShadowRoot): Glyph[] {
  const blocks = new Map<Element, Element>();
  const blockOf = (element: Element): Element => {
    let block = blocks.get(element);
    if (!block) {
      block = getComputedStyle(element).display.startsWith('inline') && element.parentElement ? blockOf(element.parentElement) : element;
      blocks.set(element, block);
    }
    return block;
  };
  const out: Glyph[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement!;
    if (parent.closest('.vh, svg')) continue;
    const text = node.data;
    const block = blockOf(parent);
    const time = parent.closest('time');
    for (let i = 0; i < text.length; i++) {
      if (SKIP.test(text[i])) continue;
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const box = range.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      let start = i;
      let end = i;
      while (start > 0 && !SKIP.test(text[start - 1])) start--;
      while (end < text.length && !SKIP.test(text[end])) end++;
      out.push({ char: text[i], top: box.top, height: box.height, block, time, node, word: text.slice(start, end) });
    }
  }
  return out;
}

/**
 * Each rule a line break can break, as a message; empty when the break is
 * fine. `wordBefore` is the word before `before`'s: a number after a month
 * name ("January 20") completes a date, and what follows is not its unit.
 */
function brokenRule(before: Glyph, after: Glyph, previous: Glyph | undefined, wordBefore: string, lang: string): string {
  if (before.time && before.time === after.time) return 'a date breaks inside';
  if (lang === 'ru' && SHORT_RU.test(before.word)) return 'a short preposition or one-letter word ends a line';
  if (before.word === 'Bu' && /^gün/.test(after.word)) return '«Bu gün» splits';
  if ((letters(before.word) === 'gün' && wordBefore === 'Bu') || before.word === 'Today:') return 'a line breaks right after «Bu gün» or "Today:"';
  const pair = `${letters(before.word)} ${letters(after.word)}`;
  if (pair.trim().includes(' ') && DAY_NAMES.some((name) => name.includes(pair)) && !fillsItsLine(before.node)) return 'the day\'s name splits';
  // «с 19 / на 20 января»: a preposition after a number starts the next phrase.
  if (/\d/.test(before.char) && !MONTHS.test(letters(wordBefore)) && !(lang === 'ru' && SHORT_RU.test(after.word)))
    return 'a number ends a line before its unit, month or label';
  if (after.char === '·') return 'a separator dot starts a line';
  // (Within one text: a date after a name, "…января · 20 января", may start a line.)
  // A year may start a line in running text («на 20 января / 1990 года»); a day may not follow its month there.
  if (/\d/.test(after.char) && MONTHS.test(letters(before.word)) && before.node === after.node && !/^\d{4}/.test(after.word))
    return 'the name breaks between month and day';
  if (/[-‐‑–]/.test(before.char) && previous && /\d/.test(previous.char)) return 'a number breaks at its dash or suffix';
  return '';
}

/**
 * Whether the day's name around `node` is as wide as its whole line: no line
 * could hold it (280 px with WCAG text spacing), so it wraps inside rather
 * than overflow. Anywhere else a split is a bad break.
 */
function fillsItsLine(node: Text): boolean {
  const name = node.parentElement?.closest('.day');
  const line = name?.parentElement;
  return !!name && !!line && name.getBoundingClientRect().width >= line.clientWidth - 1;
}

/** The day of remembrance's name, never split (in the counter, the banner and the summary). */
const DAY_NAMES = ['National Mourning Day', 'Ümumxalq Hüzn Günü', 'День всенародной скорби'];
const letters = (word: string) => word.replace(/[^\p{L}]/gu, '');
/** What Russian typesetting keeps with the next word. */
const SHORT_RU = /^(?:в|во|с|со|к|ко|на|по|о|об|от|у|до|из|за|и|а)$/i;

function lineBreakProblems(root: ShadowRoot, lang = ''): string[] {
  const list = glyphs(root);
  const problems: string[] = [];
  for (let i = 1; i < list.length; i++) {
    const before = list[i - 1];
    const after = list[i];
    if (before.block !== after.block) continue;
    if (after.top < before.top + before.height / 2) continue;
    let j = i - 1;
    while (j > 0 && list[j - 1].word === before.word) j--;
    const rule = brokenRule(before, after, list[i - 2], j > 0 ? list[j - 1].word : '', lang);
    if (rule) problems.push(`${rule}: "${before.word} / ${after.word}"`);
  }
  return problems;
}

describe('typesetting: where lines break', () => {
  for (const lang of ['az', 'en', 'ru']) {
    for (const layout of ['card', 'compact']) {
      for (const [day, now] of [['an ordinary day', '2026-11-25'], ['the eve', '2027-01-19'], ['the anniversary', '2027-01-20']]) {
        it(`${lang}, ${layout}, ${day}: no bad break at any width from 240 to 1200 px`, async () => {
          const el = await card({ width: 240, lang, layout, now });
          const box = el.parentElement!;
          const problems = new Set<string>();
          for (let width = 240; width <= 1200; width += 8) {
            box.style.width = `${width}px`;
            for (const problem of lineBreakProblems(el.shadowRoot!, lang)) problems.add(`${width}px ${problem}`);
          }
          expect([...problems].slice(0, 12)).to.deep.equal([]);
        });
      }
    }
  }

  for (const lang of ['az', 'en', 'ru']) {
    it(`${lang}, compact: one line from 880 px on, on every day that changes its words`, async () => {
      const el = await card({ width: 880, lang, layout: 'compact', now: '2026-11-25' });
      const box = el.parentElement!;
      const lines: string[] = [];
      for (const now of ['2026-11-25', '2027-01-18', '2027-01-19', '2027-01-20', '2027-01-21']) {
        el.setAttribute('now', now);
        await el.updateComplete;
        for (let width = 880; width <= 1400; width += 40) {
          box.style.width = `${width}px`;
          const list = glyphs(el.shadowRoot!);
          const breaks = list.filter((g, i) => i && g.top >= list[i - 1].top + list[i - 1].height / 2).length;
          if (breaks) lines.push(`${now} ${width}px: ${breaks + 1} lines`);
        }
      }
      expect(lines).to.deep.equal([]);
    });
  }

  it('catches the breaks it is meant to catch (the measure itself can fail)', async () => {
    const el = await card({ width: 60, lang: 'en', now: '2026-11-25' });
    const title = el.shadowRoot!.querySelector('h2')!;
    title.textContent = 'The January 20 tragedy';
    const counter = el.shadowRoot!.querySelector('.next')!;
    counter.textContent = 'anniversary in 56 days · 20 January 2027';
    const problems = lineBreakProblems(el.shadowRoot!).join('\n');
    expect(problems).to.contain('the name breaks between month and day: "January / 20"');
    expect(problems).to.contain('a number ends a line before its unit, month or label: "56 / days"');
    expect(problems).to.contain('a separator dot starts a line');
    const ru = await card({ width: 60, lang: 'ru', now: '2026-11-25' });
    ru.shadowRoot!.querySelector('.summary')!.textContent = 'войска в Баку';
    expect(lineBreakProblems(ru.shadowRoot!, 'ru').join('\n')).to.contain('a short preposition or one-letter word ends a line: "в / Баку"');
    ru.shadowRoot!.querySelector('.summary')!.textContent = 'отмечается День всенародной скорби.';
    expect(lineBreakProblems(ru.shadowRoot!, 'ru').join('\n')).to.contain('the day\'s name splits: "День / всенародной"');
    const az = await card({ width: 60, lang: 'az', now: '2026-11-25' });
    az.shadowRoot!.querySelector('.summary')!.textContent = 'Bu gün ildönümüdür';
    expect(lineBreakProblems(az.shadowRoot!, 'az').join('\n')).to.contain('a line breaks right after «Bu gün» or "Today:": "gün / ildönümüdür"');
  });
});
