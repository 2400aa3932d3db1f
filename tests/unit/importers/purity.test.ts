// @vitest-environment node
/**
 * The importers run in the options page and in the CLI: they may depend only on each other, the
 * shared pure code (lint types, the CSV parser), fflate and zod; never on Node or extension APIs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const dir = new URL('../../../src/importers/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
const ALLOWED = [/^\.\/[\w-]+$/, /^\.\.\/lint\/types$/, /^\.\.\/formats\/csv$/, /^fflate$/, /^zod$/];

describe('src/importers', () => {
  it.each(files)('%s imports only pure modules and uses no browser or Node globals', (file) => {
    const source = readFileSync(new URL(file, dir), 'utf8');
    const specifiers = [...source.matchAll(/^(?:import|export)\s[^'"]*?from\s+'([^']+)'/gm)].map((m) => m[1]);
    for (const specifier of specifiers) expect(ALLOWED.some((pattern) => pattern.test(specifier)), `${file} imports ${specifier}`).toBe(true);
    expect(source).not.toMatch(/\b(document|localStorage|chrome|browser|fetch|XMLHttpRequest|process|Buffer|require)\s*[.(]/);
  });
});
