import { expect } from '@open-wc/testing';
import { ATTRIBUTES, EMBED_PARAMETERS, EXPECTED, LANGUAGES, SEASON_DAYS } from '../../src/attributes.js';

describe('the vocabulary', () => {
  it('names every attribute once, in the order of the embed parameters', () => {
    expect(ATTRIBUTES.map((attribute) => attribute.name)).to.deep.equal([...EMBED_PARAMETERS]);
    expect(Object.keys(EXPECTED)).to.have.members([...EMBED_PARAMETERS]);
  });

  const rows: [name: string, value: unknown, ok: boolean][] = [
    ['lang', 'az-Latn-AZ', true], ['lang', 'fr', false], ['lang', 42, false],
    ['theme', 'dark', true], ['theme', 'blue', false], ['theme', ['dark'], false],
    ['layout', 'compact', true], ['layout', 'Card', false],
    ['time-zone', 'Europe/Moscow', true], ['time-zone', 'Mars/Olympus', false],
    ['now', '2026-01-20', true], ['now', 'yesterday', false],
    ['show-days-before', ' 3 ', true], ['show-days-before', SEASON_DAYS.max, true], ['show-days-before', SEASON_DAYS.max + 1, false],
    ['show-days-before', '2.5', false], ['show-days-before', -1, false],
  ];
  for (const [name, value, ok] of rows) {
    it(`${name}=${JSON.stringify(value)} is ${ok ? 'taken' : 'refused'}`, () => {
      const attribute = ATTRIBUTES.find((a) => a.name === name)!;
      expect((attribute.parse as (value: unknown, zone: string) => unknown)(value, 'Asia/Baku') !== undefined).to.equal(ok);
    });
  }

  it('lists each bundled language in what lang expects', () => {
    for (const code of Object.keys(LANGUAGES)) expect(EXPECTED.lang).to.contain(code);
  });
});
