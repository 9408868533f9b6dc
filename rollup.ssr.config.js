import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { builtinModules } from 'node:module';

/**
 * The Node entries: `memorial-card/render` (dist/ssr/render.js) and the
 * `memorial-card` command (dist/ssr/cli.js), each bundled with everything it
 * needs (@lit-labs/ssr, Lit's server build, the element), so that the
 * package's only dependency stays `lit` and a browser install pulls in
 * nothing of the server renderer. One copy of Lit inside, shared by the
 * element and the renderer. Runs after `tsc`, whose unbundled
 * dist/ssr/*.js it replaces (the .d.ts files stay).
 */
export default {
  input: { render: 'src/ssr/render.ts', cli: 'src/ssr/cli.ts' },
  output: {
    dir: 'dist/ssr',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: '[name]-[hash].js',
  },
  external: (id) => id.startsWith('node:') || builtinModules.includes(id),
  plugins: [
    resolve({ exportConditions: ['node'], preferBuiltins: true }),
    typescript({
      tsconfig: './tsconfig.json',
      include: ['src/**/*.ts'],
      compilerOptions: { declaration: false, outDir: 'dist/ssr', target: 'ES2022' },
    }),
    // The same markup the browser build renders (its literals are minified too).
    minifyLiterals(),
    // Half the size on disk; license comments kept.
    terser({ ecma: 2022, module: true, format: { comments: /@license|@preserve|^!/ } }),
  ],
  onwarn(warning, warn) {
    // Lit's and parse5's own `this` at module level and circular imports are harmless.
    if (warning.code === 'CIRCULAR_DEPENDENCY' || warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
};
