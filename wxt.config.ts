import { defineConfig } from 'wxt';

/**
 * Escapes every non-ASCII UTF-16 code unit left in the output as `\uXXXX`. esbuild's
 * `charset: 'ascii'` escapes strings, templates and identifiers but prints regular-expression
 * literals verbatim (evanw/esbuild#4205); in a regex literal (with or without the `u` flag), a
 * string or an identifier the escape means the same character. An identity escape of such a
 * character (`\’`) is the character itself, so its backslash goes.
 */
function escapeNonAscii(code: string): string {
  return code.replace(/(\\*)([^\x00-\x7F])/g, (_, slashes: string, ch: string) => {
    const kept = slashes.length % 2 === 1 ? slashes.slice(1) : slashes;
    return `${kept}\\u${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  });
}

/**
 * Firefox's settings. `data_collection_permissions` is Firefox's data-collection consent (AMO
 * requires it of new add-ons): PostLint collects and transmits nothing (no fetch, no telemetry;
 * drafts, history and settings stay in the browser's storage). WXT's manifest type predates the
 * key, hence a constant rather than an object literal in the manifest.
 */
const GECKO = {
  id: 'postlint@postlint.invalid',
  data_collection_permissions: { required: ['none'] },
};

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Explicit imports (from '#imports'), so every file shows what it depends on.
  imports: false,
  // ASCII-only output: esbuild's `charset: 'ascii'` (TypeScript transform and minifier) escapes
  // strings and identifiers, the plugin below what esbuild prints verbatim (regex literals). No
  // script then carries a raw noncharacter (U+FFFE/U+FFFF), which Chromium refuses in content
  // scripts, and none depends on being read as UTF-8.
  vite: () => ({
    esbuild: { charset: 'ascii' },
    plugins: [
      {
        name: 'postlint:ascii-only',
        enforce: 'post',
        // After every renderChunk (esbuild's minifier included): the final code of each chunk.
        generateBundle(_options, bundle) {
          for (const file of Object.values(bundle)) if (file.type === 'chunk') file.code = escapeNonAscii(file.code);
        },
      },
    ],
  }),
  // `wxt zip -b firefox` also zips the sources for AMO's reviewers. WXT already leaves out
  // node_modules, .output, dot-folders and test files; the tests, what they write, the CLI's build
  // and any key or certificate lying around are not needed to rebuild the add-on either.
  zip: {
    excludeSources: ['tests/**', 'test-results/**', 'dist/**', '**/*.pem', '**/*.key', '**/*.crt', '**/*.p12', '**/*.zip'],
  },
  manifest: {
    name: 'PostLint',
    description: 'Lints your social-media posts before you publish them. Everything stays in your browser.',
    // storage: settings (sync) and the history (local). unlimitedStorage: without it storage.local
    // stops at 10 MB (about 50,000 short posts) and every later publish would fail; browsers show
    // no permission warning for it. Nothing else: no host permissions beyond the content scripts'.
    permissions: ['storage', 'unlimitedStorage'],
    // PostLint's own icon (assets/icon.svg, rendered by scripts/render-icons.ts), toolbar included.
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    action: { default_title: 'PostLint', default_icon: { 16: 'icon/16.png', 32: 'icon/32.png' } },
    // The way into the popover from inside an editor that keeps Tab (LinkedIn's Quill inserts a
    // tab character); people can change it at chrome://extensions/shortcuts.
    commands: {
      'open-postlint': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: 'Open PostLint on the focused compose box',
      },
    },
    browser_specific_settings: { gecko: GECKO },
  },
});
