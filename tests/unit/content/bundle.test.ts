// @vitest-environment node
/**
 * The content scripts ship without the lint core and without zod (linting happens in the
 * background service worker): their import graphs may reach `src/lint` for types only.
 */
import { build } from 'esbuild';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../../..');
const ENTRIES = ['x', 'facebook', 'linkedin'].map((site) => `entrypoints/${site}.content/index.ts`);

describe('content script bundles', () => {
  it.each(ENTRIES)('%s imports neither the lint core nor zod', async (entry) => {
    const result = await build({
      absWorkingDir: root,
      entryPoints: [entry],
      bundle: true,
      write: false,
      metafile: true,
      format: 'esm',
      platform: 'browser',
      logLevel: 'silent',
      external: ['#imports'],
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs).toContain('src/content/start-postlint.ts');
    expect(inputs.filter((file) => file.startsWith('src/lint/') || /node_modules\/zod\//.test(file) || file.startsWith('src/storage/'))).toEqual([]);
  });
});
