// @ts-check
/**
 * Lint for the project's own code. Beside typescript-eslint's recommended rules, two boundaries the
 * architecture depends on are enforced here rather than by review: the lint core stays pure (no
 * browser, storage, clock or Node APIs, so the CLI and the worker run the same code), and content
 * scripts carry no lint core or zod (they stay small; the background worker lints). Floating
 * promises are errors: an unhandled rejection in a content script would surface in the site's page.
 */
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const browserGlobals = ['window', 'document', 'navigator', 'chrome', 'browser', 'localStorage', 'sessionStorage', 'fetch', 'XMLHttpRequest', 'WebSocket'].map((name) => ({
  name,
  message: 'The lint core is pure: it gets everything it needs through lint(draft, context, config).',
}));

export default tseslint.config(
  { ignores: ['node_modules/', '.output/', '.wxt/', 'dist/', 'tests/e2e/fixtures/', 'test-results/', '.tmp/', 'bin/postlint.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // The e2e harness talks to chrome.* inside the service worker, where no types exist.
      '@typescript-eslint/no-explicit-any': 'off',
      // Control characters in patterns are the point where they appear: escaping them for the
      // terminal, and testing that hostile drafts carry none into output.
      'no-control-regex': 'off',
    },
  },
  {
    files: ['src/lint/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['#imports', 'wxt', 'wxt/*', '@wxt-dev/*', 'react', 'react-dom', 'node:*'], message: 'The lint core is pure TypeScript: no browser, framework or Node APIs.' },
            { group: ['**/storage/**', '**/content/**', '**/history/**', '**/sites/**', '**/cli/**', '**/importers/**', '**/summary/**'], message: 'The lint core depends on nothing outside src/lint.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...browserGlobals],
      'no-restricted-properties': ['error', { object: 'Date', property: 'now', message: 'Time comes in through context.now; the lint core never reads the clock.' }],
    },
  },
  {
    files: ['src/content/**/*.ts', 'src/sites/**/*.ts', 'entrypoints/*.content/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/lint/**', '**/lint'], allowTypeImports: true, message: 'Content scripts hold no lint core (the background worker lints): import types only.' },
            { group: ['zod', 'zod/*', '**/storage/settings'], message: 'Content scripts stay small: no zod, no settings schema.' },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
    },
    // Node scripts and the in-page probe: no globals list is installed to describe both, and
    // TypeScript does not check these files, so undefined names are left to the tests that run them.
    rules: { ...tseslint.configs.disableTypeChecked.rules, 'no-undef': 'off' },
  },
);
