import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

/**
 * The script-tag builds: one self-contained, minified file with Lit inside,
 * as an ES module and as a classic script; and the two small scripts of the
 * iframe embed (the page's own, and embed.js for the page around it).
 */
const plugins = () => [
  resolve({ exportConditions: ['production'] }),
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
    mangle: { properties: { regex: /^__/ } },
  }),
];

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
    input: 'src/index.ts',
    output: { file: 'dist/memorial-card.js', format: 'es' },
    plugins: plugins(),
  },
  {
    input: 'src/index.ts',
    output: { file: 'dist/memorial-card.iife.js', format: 'iife', name: 'MemorialCard' },
    plugins: plugins(),
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
