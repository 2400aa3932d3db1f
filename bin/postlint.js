#!/usr/bin/env node
// The package's `postlint` command: runs the bundled CLI (scripts/build-cli.mjs → dist/cli.js).
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli.js', import.meta.url);
// Checked up front so a missing build is a plain hint, not an ERR_MODULE_NOT_FOUND stack trace.
if (!existsSync(cli)) {
  process.stderr.write('postlint: not built yet — run `npm run build` (or `npm run build:cli`)\n');
  process.exit(2);
}
const { run } = await import(cli.href);
await run(process.argv.slice(2));
