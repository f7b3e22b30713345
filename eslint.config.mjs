// Flat config. Not type-aware on purpose: `tsc` already type-checks in `npm test`, and the
// syntactic rules keep `npm run lint` to a few seconds on two cores.
import js from '@eslint/js';
import {defineConfig} from 'eslint/config';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import tseslint from 'typescript-eslint';

// Plain .mjs files are not type-checked, so `no-undef` stays on for them. Their globals are
// Node's own (read from this process rather than a `globals` dependency) plus the few browser
// names that scripts use inside `page.evaluate()` callbacks.
const nodeGlobals = Object.fromEntries(
  Object.getOwnPropertyNames(globalThis).map((name) => [name, 'readonly']),
);
const browserGlobals = Object.fromEntries(
  [
    'window',
    'document',
    'location',
    'localStorage',
    'customElements',
    'HTMLElement',
    'MutationObserver',
    'getComputedStyle',
  ].map((name) => [name, 'readonly']),
);

const elements = ['packages/elements/**/*.ts', '.storybook/**/*.ts'];

export default defineConfig(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      'storybook-static/**',
      'coverage/**',
      'test-results/**',
      '**/*.d.ts',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: {globals: {...nodeGlobals, ...browserGlobals}},
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        {argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none'},
      ],
      // verbatimModuleSyntax needs `import type`; the rule keeps the two forms apart.
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {files: elements, ...lit.configs['flat/recommended']},
  {files: elements, ...wc.configs['flat/recommended']},
  {
    // Strict CSP: no `style="…"`. Lit's styleMap writes that attribute on the first render.
    files: ['packages/elements/src/**/*.ts'],
    ignores: ['**/*.stories.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'lit/directives/style-map.js',
              message:
                'styleMap sets a style attribute on first render, which strict CSP blocks: use cssomStyle() from internal/cssom-style.js.',
            },
            {
              name: 'lit/directives/unsafe-html.js',
              message: 'Nothing a member or operator typed is rendered as HTML.',
            },
          ],
        },
      ],
    },
  },
  {
    // chai assertions read as expressions: expect(x).to.be.true (also in the shared test suites)
    files: ['**/*.test.ts', 'packages/elements/test/helpers/**/*.ts'],
    rules: {'@typescript-eslint/no-unused-expressions': 'off'},
  },
);
