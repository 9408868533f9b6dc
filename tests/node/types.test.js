// The shipped types, as a TypeScript user meets them (run `npm run build`
// first): every entry resolves under moduleResolution node (through
// typesVersions), node16 and bundler; internal members are not in the .d.ts;
// the editors' data offers the values an attribute takes.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';

const { LANGUAGES, THEMES } = await import('../../dist/helpers.js');
const root = new URL('../..', import.meta.url).pathname;
const read = (path) => readFileSync(join(root, path), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'memorial-card-types-'));
after(() => rmSync(dir, { recursive: true, force: true }));

// The fixture: an app that imports every typed entry.
mkdirSync(join(dir, 'node_modules'));
symlinkSync(root, join(dir, 'node_modules/memorial-card'));
writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
writeFileSync(join(dir, 'app.ts'), `import { MemorialCard, type MemorialCardChangeEvent } from 'memorial-card';
import { MemorialCard as Element } from 'memorial-card/element';
import { define } from 'memorial-card/define';
import { EXPECTED, january20 } from 'memorial-card/helpers';
import { renderCard } from 'memorial-card/render';
import type { MemorialCardProps } from 'memorial-card/react';
import type { MemorialCardProps as VueProps } from 'memorial-card/vue';
import type { MemorialCardProps as SvelteProps } from 'memorial-card/svelte';
import type { MemorialCardProps as AstroProps } from 'memorial-card/astro';

const card: MemorialCard = new Element();
const days: number | string | null = card.showDaysBefore;
const html: Promise<string> = renderCard({ lang: 'az' });
const props: MemorialCardProps & VueProps & SvelteProps & AstroProps = { theme: 'dark' };
// @ts-expect-error: internal, not in the shipped types
card.offSeason;
// The event is typed on addEventListener and as React's and Svelte's on<event> prop.
card.addEventListener('memorial-card-change', (event) => {
  const phase: 'anniversary' | 'between' | 'before' | 'event-day' = event.detail.phase;
  const day: string = event.detail.date;
  // @ts-expect-error: detail has date, phase and offSeason only
  event.detail.nope;
  return [phase, day];
});
const onChange: NonNullable<MemorialCardProps['onmemorial-card-change']> = (event: MemorialCardChangeEvent) => {
  const hidden: boolean = event.detail.offSeason;
  // @ts-expect-error: detail has date, phase and offSeason only
  event.detail.nope;
  return hidden;
};
const onSvelteChange: NonNullable<SvelteProps['onmemorial-card-change']> = onChange;
export { days, html, props, define, EXPECTED, january20, onChange, onSvelteChange };
`);

const tsc = (moduleResolution, module) => {
  const config = `tsconfig.${moduleResolution}.json`;
  writeFileSync(join(dir, config), JSON.stringify({
    compilerOptions: { noEmit: true, strict: true, skipLibCheck: true, types: [], target: 'es2022', lib: ['es2022', 'dom'], module, moduleResolution },
    files: ['app.ts'],
  }));
  return execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', config], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
};

describe('the shipped types in a TypeScript app', () => {
  for (const [resolution, module] of [['node', 'esnext'], ['node16', 'node16'], ['bundler', 'esnext']]) {
    it(`every entry resolves with moduleResolution ${resolution}`, () => {
      try {
        tsc(resolution, module);
      } catch (error) {
        assert.fail(`tsc --moduleResolution ${resolution}:\n${error.stdout}${error.stderr}`);
      }
    });
  }

  it('typesVersions lists every typed entry of exports, to the same file', () => {
    const pkg = JSON.parse(read('package.json'));
    const typed = Object.entries(pkg.exports).filter(([key, value]) => key !== '.' && value.types)
      .map(([key, value]) => [key.slice(2), [value.types.slice(2)]]);
    assert.deepEqual(Object.entries(pkg.typesVersions['*']), typed);
  });

  it('keeps internal members out of the .d.ts', () => {
    // The class's own members (the event's `detail` has an offSeason of its own).
    const element = read('dist/memorial-card-element.d.ts').split(/^export declare class MemorialCard\b/m)[1];
    assert.ok(element, 'the class is declared');
    for (const name of ['offSeason', 'off-season']) {
      assert.ok(!new RegExp(`^\\s*(?:(?:readonly|static|protected|private)\\s+)*["']?${name}["']?\\??:`, 'm').test(element), name);
    }
    assert.ok(!/@attr off-season/.test(element));
    assert.ok(!read('dist/attributes.d.ts').includes('languageCache'));
  });
});

describe("the editors' data", () => {
  const values = (name) => JSON.parse(read('dist/vscode.html-data.json')).tags[0].attributes.find((a) => a.name === name).values.map((v) => v.name);

  it('offers the bundled languages for lang, the themes for theme, and no type names for now', () => {
    assert.deepEqual(values('lang'), Object.keys(LANGUAGES));
    assert.deepEqual(values('theme'), [...THEMES]);
    assert.deepEqual(values('now'), []);
    const webTypes = JSON.parse(read('dist/web-types.json')).contributions.html.elements[0].attributes;
    assert.equal(webTypes.find((a) => a.name === 'lang').value.type, Object.keys(LANGUAGES).map((l) => `'${l}'`).join(' | '));
    assert.doesNotMatch(JSON.stringify(webTypes.map((a) => a.value)), /Date/);
  });
});
