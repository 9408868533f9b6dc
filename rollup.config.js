import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { fileURLToPath } from 'node:url';

/**
 * The script-tag builds: one self-contained, minified file with Lit inside,
 * as an ES module and as a classic script; and the two small scripts of the
 * iframe embed (the page's own, and embed.js for the page around it).
 */
const plugins = () => [
  resolve({ exportConditions: ['production'] }),
  emptyLitErrors(),
  typescript({
    tsconfig: './tsconfig.json',
    include: ['src/**/*.ts'],
    compilerOptions: { declaration: false, outDir: 'dist', target: 'ES2022' },
  }),
  minifyLiterals(),
  terser({
    ecma: 2022,
    module: true,
    format: { comments: false },
    compress: { passes: 2 },
    // Our `__` names, Lit's own internals (`_$AH`, `_$Em`) and the view
    // model's and language files' internal names: the bundle holds one Lit
    // and no code outside it reads those, so renaming them all at once is
    // safe. (Names that data, attributes or `Intl` use are never listed.) Names ending in `$`
    // (`_$litType$`, `_$litDirective$`, `_$cssResult$`) are how copies of Lit
    // recognise each other's objects: those stay.
    mangle: { properties: { regex: /^(?:__|_\$[^$]*$|textLang|subtitle|eventDate|yearsSince|daysLeft|nextDate|sourceDate|figuresLabel|valueText|localeData|lessThanYear|anniversaryToday|nextAnniversary|daysToGo|eventToday|yearsAgo|inDays|pluralPattern|clockTimeZone|clockTick)$/ } },
  }),
];

/**
 * Lit's production build still carries a few developer error messages
 * (misused `css`, a forged template array): the script-tag files throw the
 * same errors without the text. Lit's development build has the full messages.
 */
function emptyLitErrors() {
  return {
    name: 'empty-lit-errors',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/](?:lit-html|lit-element|@lit[\\/]reactive-element)[\\/]/.test(id)) return null;
      return code.replace(/Error\("(?:[^"\\]|\\.)*"(?:\+\w+\+"(?:[^"\\]|\\.)*")?\)/g, 'Error()');
    },
  };
}

/**
 * The script-tag files' entry: src/index.ts (it registers the element) with
 * the class and `define`, but not the pure helpers: the npm entry and
 * `memorial-card/helpers` export those, and the demo imports dist/helpers.js.
 */
const CDN_ENTRY = '\0memorial-card-cdn';
const cdnEntry = {
  name: 'cdn-entry',
  resolveId: (id) => (id === CDN_ENTRY ? id : null),
  load: (id) =>
    id === CDN_ENTRY
      ? `export { MemorialCard, define, DEFAULT_TAG } from ${JSON.stringify(fileURLToPath(new URL('src/index.ts', import.meta.url)))};`
      : null,
};

export default [
  {
    input: 'src/embed/page.ts',
    output: { file: 'dist/embed-page.js', format: 'es' },
    plugins: plugins(),
  },
  {
    input: 'src/embed/resize.ts',
    output: { file: 'dist/embed.js', format: 'iife' },
    plugins: plugins(),
  },
  {
    input: CDN_ENTRY,
    output: { file: 'dist/memorial-card.js', format: 'es' },
    plugins: [cdnEntry, ...plugins()],
  },
  {
    input: CDN_ENTRY,
    output: { file: 'dist/memorial-card.iife.js', format: 'iife', name: 'MemorialCard' },
    plugins: [cdnEntry, ...plugins()],
  },
  {
    // The WordPress block's editor script: a classic script on the editor's wp.* globals.
    input: 'wordpress/src/editor.ts',
    output: { file: 'dist/wordpress/editor.js', format: 'iife' },
    plugins: [
      typescript({
        tsconfig: './tsconfig.json',
        include: ['wordpress/src/**/*.ts'],
        compilerOptions: { declaration: false, outDir: 'dist/wordpress', target: 'ES2020' },
      }),
      terser({ ecma: 2020, format: { comments: false } }),
    ],
  },
];
