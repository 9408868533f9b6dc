import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'tmp/', 'screenshots/', 'custom-elements.json', 'tests/consumers/*/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      // Lit's own registration lives in src/define.ts; the class stays unregistered.
      'wc/define-tag-after-class-definition': 'off',
    },
  },
  {
    // chai's `expect(x).to.be.true` is an expression; fixtures are known to exist.
    files: ['tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['*.config.js', 'rollup.config.js', 'scripts/**/*.js', 'tests/support/{built-pages,consumer-bundle}.js', 'tests/wordpress/**/*.js', 'tests/node/**/*.js', 'tests/consumers/run.js'],
    languageOptions: { globals: { ...globals.node } },
  },
);
