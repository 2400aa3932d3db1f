/**
 * Every regular expression the shipped code holds, found by walking the TypeScript syntax tree of
 * each file under `src/` and `entrypoints/`, so a new one is covered without anyone listing it.
 * Literals are read from the tree; `new RegExp(…)`/`RegExp(…)` are built from runtime values, so
 * their sources are caught while their module loads (`captureConstructed`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** A place in the code that makes a regular expression. */
export interface RegexSite {
  /** Path from the repository root, with the 1-based line. */
  file: string;
  line: number;
  /** `literal` sites carry their source; `constructed` ones are filled in at runtime. */
  kind: 'literal' | 'constructed';
  source?: string;
  flags?: string;
}

const ROOT = join(import.meta.dirname, '../../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !/\.(test|d)\.tsx?$/.test(e.name))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)));
}

/** Every regex literal and RegExp construction in `src/` and `entrypoints/`. */
export function findRegexSites(): RegexSite[] {
  const sites: RegexSite[] = [];
  for (const file of [...sourceFiles('src'), ...sourceFiles('entrypoints')]) {
    const text = readFileSync(join(ROOT, file), 'utf8');
    const tree = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    const lineOf = (node: ts.Node) => tree.getLineAndCharacterOfPosition(node.getStart(tree)).line + 1;
    const visit = (node: ts.Node): void => {
      if (ts.isRegularExpressionLiteral(node)) {
        const slash = node.text.lastIndexOf('/');
        sites.push({ file, line: lineOf(node), kind: 'literal', source: node.text.slice(1, slash), flags: node.text.slice(slash + 1) });
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        sites.push({ file, line: lineOf(node), kind: 'constructed' });
      }
      ts.forEachChild(node, visit);
    };
    visit(tree);
  }
  return sites;
}

/** A RegExp built while loading modules, with the source line that built it. */
export interface ConstructedRegex {
  file: string;
  line: number;
  source: string;
  flags: string;
}

/**
 * Runs `load` with the global `RegExp` wrapped so each construction from a file under `src/` or
 * `entrypoints/` is recorded with its line (the stack is source-mapped by vitest). The wrapper
 * returns real RegExp objects, so the modules behave as they always do.
 */
export async function captureConstructed(load: () => Promise<unknown>): Promise<ConstructedRegex[]> {
  const found: ConstructedRegex[] = [];
  const Original = globalThis.RegExp;
  const record = (args: unknown[]) => {
    const re = new Original(...(args as [string, string?]));
    const frame = new Error().stack?.split('\n').find((l) => /\/(src|entrypoints)\/.+\.tsx?:\d+/.test(l) && !l.includes('/tests/'));
    const where = frame?.match(/\/((?:src|entrypoints)\/[^:]+\.tsx?):(\d+)/);
    if (where) found.push({ file: where[1], line: Number(where[2]), source: re.source, flags: re.flags });
    return re;
  };
  globalThis.RegExp = new Proxy(Original, {
    construct: (_target, args) => record(args),
    apply: (_target, _this, args) => record(args),
  });
  try {
    await load();
  } finally {
    globalThis.RegExp = Original;
  }
  return found;
}
