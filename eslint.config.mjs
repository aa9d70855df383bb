/**
 * Lint: typescript-eslint, Lit, lit-a11y and web-component rules, and the import directions of
 * DESIGN.md (data/ imports no Lit and nothing else of src/; internal/ and render/ import no element;
 * element classes never register themselves and never import another element).
 */
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const noLit = [
  { group: ['lit', 'lit/*', '@lit/*', 'lit-html', 'lit-html/*', 'lit-element', 'lit-element/*'], message: 'src/data/ is the no-Lit data entry.' },
];
const noElements = [
  { group: ['**/components/**', '**/define/**'], message: 'Shared code must not depend on elements (DESIGN.md).' },
];

export default tseslint.config(
  { ignores: ['dist/', 'storybook-static/', 'node_modules/', '.test-results/', 'custom-elements.json', 'bench/results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.mjs', 'scripts/**', 'test/node/**', 'test/integration/**', 'test/support/**', '*.config.*'],
    languageOptions: { globals: globals.node },
  },
  {
    // Functions these scripts pass to page.evaluate() run in the browser.
    files: ['test/integration/**', 'test/consumers/**/*.mjs', 'scripts/story-sweep.mjs', 'scripts/screenshots.mjs', 'bench/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts'],
    plugins: { lit, 'lit-a11y': litA11y, wc },
    rules: {
      ...lit.configs['flat/recommended'].rules,
      ...litA11y.configs.recommended.rules,
      ...wc.configs['flat/best-practice'].rules,
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/data/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...noLit, { regex: '^\\.\\./', message: 'src/data/ imports nothing else of src/.' }] }],
    },
  },
  {
    files: ['src/internal/**/*.ts', 'src/render/**/*.ts', 'src/i18n/**/*.ts', 'src/geo/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: noElements }] },
  },
  {
    files: ['src/components/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/define/**'], message: 'Element classes never register themselves (use src/define/).' },
            { regex: '^\\.\\./(?!\\.\\./)', message: 'An element never imports another element: share through src/render/ and src/internal/.' },
          ],
        },
      ],
    },
  },
);
