// @vitest-environment node
/**
 * The convention, enforced: every file in src/lint/rules/ is a registered rule whose id is its
 * file name, with its metadata, its own test file and a row in the README's rules table.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES, SEVERITIES } from '../../src/lint';

const root = fileURLToPath(new URL('../../', import.meta.url));
const ruleFiles = readdirSync(`${root}src/lint/rules`)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.endsWith('.d.ts'))
  .map((f) => f.slice(0, -'.ts'.length))
  .sort();

/** The README's rules table: `| \`id\` | severity | what it flags |` rows. */
function readmeRows(): Map<string, string> {
  const rows = new Map<string, string>();
  for (const line of readFileSync(`${root}README.md`, 'utf8').split('\n')) {
    const m = /^\|\s*`([^`]+)`\s*\|\s*([^|]*?)\s*\|/.exec(line);
    if (m) rows.set(m[1], m[2]);
  }
  return rows;
}

describe('rule registry', () => {
  it('finds the rule files', () => {
    expect(ruleFiles.length).toBeGreaterThan(0);
  });

  it.each(ruleFiles)('registers %s.ts under the id "%s"', (file) => {
    expect(RULES.map((r) => r.id)).toContain(file);
  });

  it('registers no rule without its own file, and no id twice', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ruleFiles);
  });

  describe.each(RULES.map((r) => [r.id, r] as const))('%s', (id, rule) => {
    it('has its metadata, and options that all have defaults', () => {
      expect(rule.description.trim()).not.toMatch(/^(TODO)?$/);
      expect(rule.why.trim()).not.toMatch(/^(TODO)?$/);
      expect(SEVERITIES).toContain(rule.defaultSeverity);
      expect(rule.options.safeParse({}).success).toBe(true);
    });

    it(`has a test file, tests/unit/rules/${id}.test.ts`, () => {
      expect(existsSync(`${root}tests/unit/rules/${id}.test.ts`)).toBe(true);
    });

    it("is listed in the README's rules table with its default severity", () => {
      expect(readmeRows().get(id)).toBe(rule.defaultSeverity);
    });
  });

  it('lists no unknown rule in the README', () => {
    const ids = new Set(RULES.map((r) => r.id));
    expect([...readmeRows().keys()].filter((id) => !ids.has(id))).toEqual([]);
  });
});
