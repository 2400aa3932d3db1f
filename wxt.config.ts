import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Explicit imports (from '#imports'), so every file shows what it depends on.
  imports: false,
  manifest: {
    name: 'PostLint',
    description: 'Lints your social-media posts before you publish them. Everything stays in your browser.',
    permissions: ['storage'],
    browser_specific_settings: {
      gecko: { id: 'postlint@postlint.invalid' },
    },
  },
});
