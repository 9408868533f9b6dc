import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';

/**
 * Every JavaScript file in dist/, each written by exactly one build below
 * from one entry file. The .d.ts files beside them come from tsc
 * (tsconfig.build.json, declarations only); scripts/build.js runs both.
 *
 *   dist/memorial-card.js, .iife.js   src/memorial-card.ts, Lit inside, minified
 *   dist/embed-page.js, dist/embed.js the iframe embed's two small scripts
 *   dist/index.js and the modules it imports   the npm entries, one file per source module
 *   dist/ssr/render.js, cli.js        the Node entries, bundled with the server renderer
 */

const { version } = JSON.parse(readFileSync(new URL('package.json', import.meta.url), 'utf8'));

/**
 * package.json's version in place of the constant src/version.ts declares,
 * so that no version is kept by hand. The build fails if the name is left
 * in any output.
 */
function packageVersion() {
  const name = '__MEMORIAL_CARD_VERSION__';
  return {
    name: 'package-version',
    transform: (code) => (code.includes(name) ? { code: code.replaceAll(name, JSON.stringify(version)), map: null } : null),
    renderChunk(code, chunk) {
      if (code.includes(name)) this.error(`${chunk.fileName}: ${name} was not replaced`);
      return null;
    },
  };
}

/** TypeScript for the shipped sources (src/ alone, tsconfig.build.json), writing JavaScript only. */
const compile = (outDir, target = 'ES2022') =>
  typescript({
    tsconfig: './tsconfig.build.json',
    compilerOptions: { declaration: false, emitDeclarationOnly: false, outDir, target },
  });

/** Lit's packages, as the Node entries import them (package.json "dependencies"). */
const LIT = /^(?:lit|lit-html|lit-element|@lit\/reactive-element|@lit-labs\/ssr-dom-shim)(?:\/|$)/;

/**
 * Property names terser may shorten: Lit's internals (`__x`, `_$x`; not
 * those ending in `$`, `_$litType$` and the like, by which copies of Lit
 * recognise each other's objects) and the card's own view and message
 * fields, which never leave the bundle. Never a name that is read by a
 * string: not the data's fields, not the element's API, not the event's
 * detail, not a message placeholder (`{ordinal}`, `{date}`, `{n}`, `{in}`).
 * `builtins` lets it shorten listed names that browsers also use
 * (`valueText`); no listed name is read from a browser object.
 */
const PRIVATE_NAMES =
  /^(?:__|_\$[^$]*$|anniversaryToday|daysLeft|daysToGo|eventDate|eventToday|figuresLabel|keepWhole|lessThanYear|nextAnniversary|nextDate|nextTomorrow|sourceDate|textLang|valueText|yearsAgo|yearsSince|inDays|localeData|pluralPattern|subtitle|since|tomorrow|messages|locale|plural|label)$/;

/** What the files a page loads with a script tag go through: Lit's production build, minified. */
const forScriptTags = (outDir) => [
  resolve({ exportConditions: ['production'] }),
  compile(outDir),
  packageVersion(),
  minifyLiterals(),
  terser({
    ecma: 2022,
    module: true,
    format: { comments: false, wrap_func_args: false },
    compress: { passes: 3, unsafe_arrows: true, keep_fargs: false },
    mangle: { properties: { regex: PRIVATE_NAMES, builtins: true } },
  }),
];

export default [
  {
    // The script-tag builds: one self-contained file, as an ES module and as a classic script.
    input: 'src/memorial-card.ts',
    output: [
      { file: 'dist/memorial-card.js', format: 'es' },
      { file: 'dist/memorial-card.iife.js', format: 'iife', name: 'MemorialCard' },
    ],
    plugins: forScriptTags('dist'),
  },
  {
    // The script of the iframe pages (dist/embed*.html, written by scripts/build-embed.js).
    input: 'src/embed/page.ts',
    output: { file: 'dist/embed-page.js', format: 'es' },
    plugins: forScriptTags('dist'),
  },
  {
    // embed.js, for the page around the iframe: a classic script.
    input: 'src/embed/resize.ts',
    output: { file: 'dist/embed.js', format: 'iife' },
    plugins: forScriptTags('dist'),
  },
  {
    // The npm entries (package.json "exports"): one readable module per
    // source module, `lit` left for the app's bundler to resolve.
    input: ['src/index.ts', 'src/memorial-card-element.ts', 'src/memorial-card-define.ts', 'src/helpers.ts'],
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src' },
    external: (id) => id === 'lit' || id.startsWith('lit/'),
    plugins: [compile('dist'), packageVersion()],
    onwarn(warning) {
      // Anything else unresolved would be a dependency package.json does not declare.
      throw new Error(warning.message);
    },
  },
  {
    // The Node entries: `memorial-card/render` and the `memorial-card`
    // command, each bundled with what it needs of the server renderer
    // (@lit-labs/ssr, parse5), so that a browser install pulls in nothing of
    // it. Lit is not inside: it is imported from the installed `lit` (and the
    // Lit packages it is made of, dependencies too), so that a server that
    // also imports `memorial-card` (Next, Astro, SvelteKit) runs one Lit, not
    // two ("Multiple versions of Lit loaded"). json-error.js is an entry too:
    // tests/node/cli.test.js imports it.
    input: { render: 'src/ssr/render.ts', cli: 'src/ssr/cli.ts', 'json-error': 'src/ssr/json-error.ts' },
    output: {
      dir: 'dist/ssr',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: '[name]-[hash].js',
      // A module of its own, imported before Lit: what it reads of the
      // host's globals must be read before Lit's Node build adds to them.
      manualChunks: (id) => (id.endsWith('/src/ssr/host-globals.ts') ? 'host-globals' : undefined),
    },
    external: (id) => id.startsWith('node:') || builtinModules.includes(id) || LIT.test(id),
    plugins: [
      resolve({ exportConditions: ['node'], preferBuiltins: true }),
      compile('dist/ssr'),
      packageVersion(),
      // The same markup the browser build renders (its literals are minified too).
      minifyLiterals(),
      // Half the size on disk; license comments kept, and the exported error
      // class's own name (`error.constructor.name`, stack traces).
      terser({ ecma: 2022, module: true, keep_classnames: /^RenderOptionError$/, format: { comments: /@license|@preserve|^!/ } }),
    ],
    onwarn(warning, warn) {
      // Lit's and parse5's own `this` at module level and circular imports are harmless.
      if (warning.code === 'CIRCULAR_DEPENDENCY' || warning.code === 'THIS_IS_UNDEFINED') return;
      warn(warning);
    },
  },
];
