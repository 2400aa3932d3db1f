/**
 * Bundles the command line into one file, dist/cli.js, that bin/postlint.js imports: Node 20, ESM,
 * dependencies (zod, string-similarity) and the phrase-list JSON inlined, so the installed command
 * does not resolve TypeScript or node_modules at run time.
 *
 *   node scripts/build-cli.mjs [--outfile path/to/cli.js]
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { outfile: { type: 'string', default: 'dist/cli.js' } } });

await build({
  absWorkingDir: root,
  entryPoints: ['src/cli/main.ts'],
  outfile: values.outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  // Bundled CommonJS packages may call require() for Node built-ins, which ESM output lacks.
  banner: { js: "import { createRequire as __postlintCreateRequire } from 'node:module';\nconst require = __postlintCreateRequire(import.meta.url);" },
});
console.log(`built ${values.outfile}`);
