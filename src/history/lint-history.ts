/**
 * The history the lint service lints against: the stored posts of the last year and a bit (the
 * longest rule window is 365 days), read month by month, plus the posts published since that
 * storage has not caught up with (handed over by the writer the moment they are accepted). It
 * is ONE array between changes: the lint core caches its indexes per array.
 */
import { browser } from '#imports';
import type { HistoryPost } from '../lint';
import { isLintableRecord } from './history-for-lint';
import { readIndex, readMonths } from './store/io';
import { INDEX_KEY, monthsBetween } from './store/layout';

/** How far back linting looks: the longest rule window (365 days) and a day of slack. */
export const LINT_LOOKBACK_DAYS = 366;
/** Texts beyond this are cut for linting: a pasted book in the history must not slow every lint. */
const LINT_TEXT_CHARS = 20_000;
const DAY_MS = 86_400_000;

type Post = HistoryPost & { id?: string };

export interface LintHistory {
  /** The current array, or null before the first load. */
  readonly posts: readonly HistoryPost[] | null;
  /** Reads the stored months (once; later changes arrive by the watch). */
  load(): Promise<void>;
  /** A post the writer accepted: part of the next lint at once. */
  accept(post: Post): void;
  dispose(): void;
}

function sameHistory(a: readonly HistoryPost[], b: readonly HistoryPost[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x.text !== y.text || x.publishedAt !== y.publishedAt || x.platform !== y.platform || x.kind !== y.kind) return false;
  }
  return true;
}

const forLint = (post: Post): Post => (post.text.length > LINT_TEXT_CHARS ? { ...post, text: post.text.slice(0, LINT_TEXT_CHARS) } : post);

/** Creates the lint history; `onChange` runs after the array was replaced. */
export function createLintHistory(now: () => number, onChange: () => void): LintHistory {
  let stored: Post[] | null = null;
  let accepted: Post[] = [];
  let posts: readonly HistoryPost[] | null = null;
  let loading: Promise<void> | null = null;
  let generation = 0;

  function publish(): void {
    if (!stored) return;
    const ids = new Set(stored.map((p) => p.id));
    accepted = accepted.filter((p) => !ids.has(p.id));
    const next = accepted.length ? [...stored, ...accepted] : stored;
    if (posts && sameHistory(posts, next)) return;
    posts = next;
    onChange();
  }

  async function read(): Promise<void> {
    const mine = ++generation;
    const at = now();
    const index = await readIndex();
    const wanted = monthsBetween(at - LINT_LOOKBACK_DAYS * DAY_MS, at + DAY_MS).filter((m) => index.months[m]);
    const raw = await readMonths(wanted);
    if (mine !== generation) return; // a newer read started meanwhile
    const next: Post[] = [];
    for (const month of wanted) {
      const list = raw.get(month);
      if (Array.isArray(list)) for (const item of list) if (isLintableRecord(item)) next.push(forLint(item as Post));
    }
    stored = next;
    publish();
  }

  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && INDEX_KEY in changes && stored) void read().catch((error: unknown) => console.warn('PostLint: reading the history failed', error));
  };
  browser.storage.onChanged.addListener(listener);

  return {
    get posts() {
      return posts;
    },
    load() {
      if (stored) return Promise.resolve();
      loading ??= read().finally(() => {
        loading = null;
      });
      return loading;
    },
    accept(post) {
      accepted.push(forLint(post));
      publish();
    },
    dispose() {
      browser.storage.onChanged.removeListener(listener);
    },
  };
}
